// Unit counters: a blue rectangle or a red diamond with a two-letter arm code, stacked with a
// small offset when several units share a hex. Redrawn only when the view changes.

import Phaser from "phaser";
import { templateOf, type Arm, type HexId, type PlayerView, type Unit } from "../engine";
import { hexToWorld, type Layout } from "./layout";
import { INK, PAPER, SIDE_COLOURS, css } from "./palette";
import { drawSideShape } from "./side-shape";

const ARM_CODES: Readonly<Record<Arm, string>> = {
  infantry: "IN",
  mechanised: "MR",
  armour: "TK",
  airborne: "AB",
  marine: "MA",
  artillery: "AR",
  rocket: "RK",
  "air-defence": "AD",
  recon: "RC",
  headquarters: "HQ",
};

/** A two-letter code for a unit's arm, printed on its counter. */
export function armCode(template: string): string {
  return ARM_CODES[templateOf(template).arm];
}

const STACK_OFFSET = 5;
const SHOWN_PER_STACK = 3;

export class UnitCounters {
  private readonly graphics: Phaser.GameObjects.Graphics;
  private readonly labels: Phaser.GameObjects.Text[] = [];
  private used = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly depth: number,
  ) {
    this.graphics = scene.add.graphics().setDepth(depth);
  }

  draw(view: PlayerView): void {
    this.graphics.clear();
    this.used = 0;
    const stacks = new Map<HexId, Unit[]>();
    for (const unit of view.units) {
      if (unit.hex < 0) continue; // destroyed: in the roster, off the board
      const stack = stacks.get(unit.hex);
      if (stack) stack.push(unit);
      else stacks.set(unit.hex, [unit]);
    }
    for (const [hex, units] of stacks) this.drawStack(hex, units, view);
    for (let i = this.used; i < this.labels.length; i++) this.labels[i]?.setVisible(false);
  }

  private drawStack(hex: HexId, units: Unit[], view: PlayerView): void {
    const c = hexToWorld(this.layout, hex);
    const shown = units.slice(0, SHOWN_PER_STACK);
    shown.forEach((unit, i) => {
      const spent = unit.side === view.active && unit.mp <= 0 && view.status.kind === "playing";
      this.drawCounter(unit, c.x + i * STACK_OFFSET - ((shown.length - 1) * STACK_OFFSET) / 2, c.y - i * STACK_OFFSET + ((shown.length - 1) * STACK_OFFSET) / 2, spent);
    });
    if (units.length > SHOWN_PER_STACK) {
      this.label(`+${units.length - SHOWN_PER_STACK}`, c.x + 14, c.y - 18, 10, INK);
    }
  }

  private drawCounter(unit: Unit, x: number, y: number, spent: boolean): void {
    const g = this.graphics;
    const alpha = spent ? 0.55 : 1;
    g.fillStyle(SIDE_COLOURS[unit.side], alpha);
    g.lineStyle(2, spent ? INK : PAPER, 1);
    if (unit.side === "red") drawSideShape(g, unit.side, x, y, 38, 32);
    else drawSideShape(g, unit.side, x, y, 34, 24);
    this.label(armCode(unit.template), x, y, 13, PAPER);
  }

  private label(text: string, x: number, y: number, size: number, colour: number): void {
    let t = this.labels[this.used];
    if (!t) {
      t = this.scene.add
        .text(0, 0, "", { fontFamily: "system-ui, sans-serif", fontStyle: "bold", fontSize: `${size}px`, color: "#ffffff" })
        .setOrigin(0.5, 0.5)
        .setResolution(3)
        .setDepth(this.depth + 0.5);
      this.labels.push(t);
    }
    this.used++;
    t.setText(text).setFontSize(size).setColor(css(colour)).setPosition(x, y).setVisible(true);
  }
}
