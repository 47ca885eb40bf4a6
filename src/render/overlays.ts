// Overlays drawn above the baked board: objectives and who holds them, the selected unit's
// hex, the hexes it can reach, the path to the hex under the pointer, and the cursor.

import Phaser from "phaser";
import { unitById, type HexId, type PlayerView, type Side } from "../engine";
import type { Selection } from "./board-model";
import { corner, hexToWorld, type Layout, type Point } from "./layout";
import { INK, PAPER, REACH_COLOUR, SELECT_COLOUR, SIDE_COLOURS } from "./palette";
import { drawSideShape } from "./side-shape";

function hexPoints(c: Point, radius: number): Phaser.Math.Vector2[] {
  const out: Phaser.Math.Vector2[] = [];
  for (let i = 0; i < 6; i++) {
    const p = corner(c, radius, i);
    out.push(new Phaser.Math.Vector2(p.x, p.y));
  }
  return out;
}

/** A small holder badge: a diamond for red, a square for blue (shape as well as colour). */
function badge(g: Phaser.GameObjects.Graphics, side: Side, x: number, y: number): void {
  g.fillStyle(SIDE_COLOURS[side], 1);
  g.lineStyle(1.5, PAPER, 1);
  if (side === "red") drawSideShape(g, side, x, y, 12, 12);
  else drawSideShape(g, side, x, y, 10, 10);
}

export class Overlays {
  private readonly objectives: Phaser.GameObjects.Graphics;
  private readonly reach: Phaser.GameObjects.Graphics;
  private readonly path: Phaser.GameObjects.Graphics;
  private readonly cursor: Phaser.GameObjects.Graphics;

  constructor(
    scene: Phaser.Scene,
    private readonly layout: Layout,
    depths: { objectives: number; reach: number; path: number; cursor: number },
  ) {
    this.objectives = scene.add.graphics().setDepth(depths.objectives);
    this.reach = scene.add.graphics().setDepth(depths.reach);
    this.path = scene.add.graphics().setDepth(depths.path);
    this.cursor = scene.add.graphics().setDepth(depths.cursor);
  }

  /** Shows or hides the objectives (the "objectives" overlay); they are still kept up to date. */
  setObjectivesVisible(visible: boolean): void {
    this.objectives.setVisible(visible);
  }

  drawObjectives(view: PlayerView): void {
    const g = this.objectives;
    g.clear();
    for (const o of view.objectives) {
      const holder = view.control[String(o.hex)];
      const c = hexToWorld(this.layout, o.hex);
      g.lineStyle(4, holder ? SIDE_COLOURS[holder] : INK, 0.95);
      g.strokePoints(hexPoints(c, this.layout.radius - 2), true);
      if (holder) badge(g, holder, c.x + this.layout.radius * 0.55, c.y - this.layout.radius * 0.7);
    }
  }

  drawSelection(selection: Selection | null, view: PlayerView): void {
    const g = this.reach;
    g.clear();
    this.path.clear();
    if (!selection) return;
    const unit = unitById(view, selection.unit);
    if (!unit) return;
    if (selection.reach) {
      for (const hex of selection.reach.destinations) {
        const pts = hexPoints(hexToWorld(this.layout, hex), this.layout.radius - 1);
        g.fillStyle(REACH_COLOUR, 0.4);
        g.fillPoints(pts, true);
        g.lineStyle(1.5, REACH_COLOUR, 0.9);
        g.strokePoints(pts, true);
      }
    }
    const ring = hexPoints(hexToWorld(this.layout, unit.hex), this.layout.radius - 1);
    g.lineStyle(5, INK, 0.9);
    g.strokePoints(ring, true);
    g.lineStyle(2.5, SELECT_COLOUR, 1);
    g.strokePoints(ring, true);
  }

  /**
   * The cursor (the hex the keyboard points at, or last clicked): brackets at the hex's six
   * corners, white on a dark halo. Brackets, not a ring, so it reads apart from the selected
   * unit's ring even on the same hex, and the pair of colours shows on every terrain.
   */
  drawCursor(hex: HexId | null): void {
    const g = this.cursor;
    g.clear();
    if (hex === null || hex < 0) return;
    const c = hexToWorld(this.layout, hex);
    const r = this.layout.radius + 1;
    const arm = 0.32;
    for (const [width, colour] of [[6, INK], [2.5, PAPER]] as const) {
      g.lineStyle(width, colour, 1);
      for (let i = 0; i < 6; i++) {
        const p = corner(c, r, i);
        const before = corner(c, r, (i + 5) % 6);
        const after = corner(c, r, (i + 1) % 6);
        g.beginPath();
        g.moveTo(p.x + (before.x - p.x) * arm, p.y + (before.y - p.y) * arm);
        g.lineTo(p.x, p.y);
        g.lineTo(p.x + (after.x - p.x) * arm, p.y + (after.y - p.y) * arm);
        g.strokePath();
      }
    }
  }

  /** The route a move would take, from the unit's hex through `path`. */
  drawPath(from: HexId | null, path: readonly HexId[]): void {
    const g = this.path;
    g.clear();
    if (from === null || path.length === 0) return;
    const pts = [from, ...path].map((hex) => {
      const p = hexToWorld(this.layout, hex);
      return new Phaser.Math.Vector2(p.x, p.y);
    });
    g.lineStyle(6, PAPER, 0.8);
    g.strokePoints(pts, false);
    g.lineStyle(3, INK, 1);
    g.strokePoints(pts, false);
    const end = pts[pts.length - 1];
    if (end) {
      g.fillStyle(INK, 1);
      g.fillCircle(end.x, end.y, 5);
    }
  }
}
