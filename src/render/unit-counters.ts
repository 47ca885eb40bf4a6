// Unit counters: NATO APP-6 symbols (friend rectangle, hostile diamond) with a strength bar and
// a supply marker under the top counter of each hex and the number of units in a stack. Until
// milsymbol has loaded, or if it never does, a counter is a plain frame with a two-letter arm code.
// One stack at a time may be fanned out (the pointer rests on it): all its counters spread
// around the hex on a pale disc, above everything else, each with its own bar and marker.
// Redrawn only when the view, the selection or the fanned stack changes.

import Phaser from "phaser";
import { supplyStatus, templateOf, traceSupply, type Arm, type HexId, type HexMap, type PlayerView, type Side, type Unit, type UnitId } from "../engine";
import { fanOffsets } from "./fan-out";
import { hexToWorld, type Layout, type Point } from "./layout";
import { LabelPool } from "./label-pool";
import { INK, PAPER, SIDE_COLOURS } from "./palette";
import { drawSideShape } from "./side-shape";
import { SYMBOL_SIZE, SymbolTextures } from "./symbol-textures";
import { strengthShare, supplyMark, symbolSpec, type SupplyMark } from "./unit-symbol";

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

/** A two-letter code for a unit's arm, printed on its fallback counter. */
export function armCode(template: string): string {
  return ARM_CODES[templateOf(template).arm];
}

const STACK_OFFSET = 5;
const SHOWN_PER_STACK = 3;
/** The frame sits a little above the hex centre, leaving room for the bar and marker below. */
const LIFT = 3;
/** Half the frame's height: APP-6's hostile diamond is taller than the friendly rectangle. */
const HALF_HEIGHT = { friend: SYMBOL_SIZE / 2, hostile: SYMBOL_SIZE * 0.72 } as const;
const BAR_WIDTH = 24;
const BAR_HEIGHT = 4;
/** Strength bar colours (Okabe–Ito): the bar's length carries the figure, the colour only repeats it. */
const STRENGTH_COLOURS = [
  { from: 0.7, colour: PAPER },
  { from: 0.4, colour: 0xf0e442 },
  { from: 0, colour: 0xe69f00 },
] as const;
/** Width and height of the fallback frames. */
const FALLBACK_SIZE = { red: [38, 32], blue: [34, 24] } as const;
const SUPPLY_COLOURS: Readonly<Record<SupplyMark, number>> = { in: 0x009e73, short: 0xe69f00, out: PAPER };
/**
 * Ring radius of a fanned stack, in world pixels: small enough that no frame covers a
 * neighbouring hex's centre (40 px away), large enough that three counters stand clear.
 */
const FAN_RADIUS = 26;
/** Depths above the counters' own: the fan's disc, its symbols, its bars and markers, text. */
const FAN_DEPTH = { back: 0.25, images: 0.3, marks: 0.45, labels: 0.6 } as const;

/** A counter of the fanned stack, for hit tests: its frame's centre and half sizes. */
interface FannedCounter {
  unit: UnitId;
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

export class UnitCounters {
  /** Fallback frames, under everything else. */
  private readonly frames: Phaser.GameObjects.Graphics;
  /** Strength bars, supply markers and stack badges, above the symbols. */
  private readonly marks: Phaser.GameObjects.Graphics;
  /** The fanned stack's disc, and its bars, markers and fallback frames. */
  private readonly fanBack: Phaser.GameObjects.Graphics;
  private readonly fanMarks: Phaser.GameObjects.Graphics;
  private fanned: { hex: HexId; centre: Point; counters: FannedCounter[] } | null = null;
  private readonly images: Phaser.GameObjects.Image[] = [];
  private readonly labels: LabelPool;
  private readonly symbols: SymbolTextures;
  private usedImages = 0;
  private last: { view: PlayerView; selected: UnitId | null; fan: HexId | null } | null = null;
  private supplyFor: { view: PlayerView; marks: Map<UnitId, SupplyMark> } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly depth: number,
  ) {
    this.frames = scene.add.graphics().setDepth(depth);
    this.marks = scene.add.graphics().setDepth(depth + 0.1);
    this.fanBack = scene.add.graphics().setDepth(depth + FAN_DEPTH.back);
    this.fanMarks = scene.add.graphics().setDepth(depth + FAN_DEPTH.marks);
    this.symbols = new SymbolTextures(scene.textures);
    this.labels = new LabelPool(scene);
  }

  /** Starts fetching the NATO symbols; the counters are redrawn with them when they arrive. */
  loadSymbols(): Promise<boolean> {
    return this.symbols.load().then((ok) => {
      if (ok && this.last) this.draw(this.last.view, this.last.selected, this.last.fan);
      return ok;
    });
  }

  get symbolsReady(): boolean {
    return this.symbols.ready;
  }

  /** Draws every counter; the stack on `fan`, if it holds two or more, fanned out. */
  draw(view: PlayerView, selected: UnitId | null, fan: HexId | null = null): void {
    this.last = { view, selected, fan };
    this.frames.clear();
    this.marks.clear();
    this.fanBack.clear();
    this.fanMarks.clear();
    this.fanned = null;
    this.usedImages = 0;
    this.labels.begin();
    const supply = this.supplyMarks(view);
    const stacks = new Map<HexId, Unit[]>();
    for (const unit of view.units) {
      if (unit.hex < 0) continue; // destroyed: in the roster, off the board
      const stack = stacks.get(unit.hex);
      if (stack) stack.push(unit);
      else stacks.set(unit.hex, [unit]);
    }
    for (const [hex, units] of stacks) {
      if (hex === fan && units.length > 1) this.drawFan(hex, units, view, selected, supply);
      else this.drawStack(hex, units, view, selected, supply);
    }
    for (let i = this.usedImages; i < this.images.length; i++) this.images[i]?.setVisible(false);
    this.labels.end();
  }

  /** Supply markers for every unit on the board, traced once per view (for each side, over what the viewer knows). */
  private supplyMarks(view: PlayerView): Map<UnitId, SupplyMark> {
    if (this.supplyFor?.view === view) return this.supplyFor.marks;
    const map: HexMap = this.layout.map;
    const traces = { red: traceSupply(map, view, "red"), blue: traceSupply(map, view, "blue") };
    const marks = new Map<UnitId, SupplyMark>();
    for (const u of view.units) {
      if (u.hex >= 0) marks.set(u.id, supplyMark(supplyStatus(traces[u.side], u.hex), u.unsupplied));
    }
    this.supplyFor = { view, marks };
    return marks;
  }

  /** The hex whose stack is fanned out now, or null. */
  fannedHex(): HexId | null {
    return this.fanned?.hex ?? null;
  }

  /** The unit whose fanned counter lies under a world point (the topmost), or null. */
  fannedUnitAt(world: Point): UnitId | null {
    const counters = this.fanned?.counters ?? [];
    for (let i = counters.length - 1; i >= 0; i--) {
      const c = counters[i];
      if (c && Math.abs(world.x - c.x) <= c.halfWidth && Math.abs(world.y - c.y) <= c.halfHeight) return c.unit;
    }
    return null;
  }

  /** Each unit of the stack on its own spot around the hex, with its own strength bar and supply marker. */
  private drawFan(hex: HexId, units: Unit[], view: PlayerView, selected: UnitId | null, supply: Map<UnitId, SupplyMark>): void {
    const c = hexToWorld(this.layout, hex);
    const offsets = fanOffsets(units.length, FAN_RADIUS);
    const reach = Math.max(...offsets.map((o) => Math.hypot(o.x, o.y)));
    const back = this.fanBack;
    back.fillStyle(PAPER, 0.78);
    back.lineStyle(1.5, INK, 0.8);
    back.fillCircle(c.x, c.y, reach + SYMBOL_SIZE);
    back.strokeCircle(c.x, c.y, reach + SYMBOL_SIZE);
    const counters: FannedCounter[] = [];
    for (const [i, unit] of units.entries()) {
      const o = offsets[i] ?? { x: 0, y: 0 };
      const x = c.x + o.x;
      const y = c.y + o.y - LIFT;
      const spent = unit.side === view.active && unit.mp <= 0 && view.status.kind === "playing";
      const depth = this.depth + FAN_DEPTH.images + i * 0.01;
      const half = this.drawCounter(unit, view.viewer, x, y, spent, depth, false, this.fanMarks);
      const barY = y + half + 3;
      this.drawStrength(unit, x - BAR_WIDTH / 2 + 4, barY, this.fanMarks);
      this.drawSupply(supply.get(unit.id) ?? "in", x - BAR_WIDTH / 2 - 3, barY + BAR_HEIGHT / 2, this.fanMarks);
      if (unit.id === selected) {
        this.fanMarks.lineStyle(2.5, INK, 1);
        this.fanMarks.strokeRect(x - SYMBOL_SIZE * 0.85, y - half - 2, SYMBOL_SIZE * 1.7, half * 2 + BAR_HEIGHT + 7);
      }
      counters.push({ unit: unit.id, x, y, halfWidth: SYMBOL_SIZE * 0.75, halfHeight: half });
    }
    this.fanned = { hex, centre: c, counters };
  }

  private drawStack(hex: HexId, units: Unit[], view: PlayerView, selected: UnitId | null, supply: Map<UnitId, SupplyMark>): void {
    const c = hexToWorld(this.layout, hex);
    // The selected unit is drawn on top of its stack, so its own bar and marker show.
    const ordered = selected ? [...units.filter((u) => u.id !== selected), ...units.filter((u) => u.id === selected)] : units;
    const shown = ordered.slice(-SHOWN_PER_STACK);
    const spread = ((shown.length - 1) * STACK_OFFSET) / 2;
    let top: { x: number; y: number; half: number; unit: Unit } | null = null;
    for (const [i, unit] of shown.entries()) {
      const x = c.x + i * STACK_OFFSET - spread;
      const y = c.y - LIFT - i * STACK_OFFSET + spread;
      const spent = unit.side === view.active && unit.mp <= 0 && view.status.kind === "playing";
      const covered = i < shown.length - 1;
      top = { x, y, unit, half: this.drawCounter(unit, view.viewer, x, y, spent, this.depth + i * 0.01, covered, this.frames) };
    }
    if (!top) return;
    const { x, y, unit, half } = top;
    const barY = y + half + 3;
    this.drawStrength(unit, x - BAR_WIDTH / 2 + 4, barY, this.marks);
    this.drawSupply(supply.get(unit.id) ?? "in", x - BAR_WIDTH / 2 - 3, barY + BAR_HEIGHT / 2, this.marks);
    if (units.length > 1) this.drawCount(units.length, x + SYMBOL_SIZE * 0.75 + 2, y - half);
  }

  /**
   * Draws one counter centred on (x, y) at `depth`, a fallback frame on `frames`; returns half
   * its frame's height. A counter `covered` by another in its stack goes without its nation's
   * code, which would only blur the top one's.
   */
  private drawCounter(unit: Unit, viewer: Side, x: number, y: number, spent: boolean, depth: number, covered: boolean, frames: Phaser.GameObjects.Graphics): number {
    const alpha = spent ? 0.55 : 1;
    const texture = this.symbols.texture(symbolSpec(covered ? { ...unit, nation: "" } : unit, viewer));
    if (texture) {
      const image = this.image();
      image
        .setTexture(texture.key)
        .setOrigin(texture.originX, texture.originY)
        .setScale(texture.scale)
        .setPosition(x, y)
        .setAlpha(alpha)
        .setDepth(depth)
        .setVisible(true);
      return unit.side === viewer ? HALF_HEIGHT.friend : HALF_HEIGHT.hostile;
    }
    // The fallback keeps the board's first look: a red diamond or a blue rectangle.
    const g = frames;
    g.fillStyle(SIDE_COLOURS[unit.side], alpha);
    g.lineStyle(2, spent ? INK : PAPER, 1);
    const [w, h] = unit.side === "red" ? FALLBACK_SIZE.red : FALLBACK_SIZE.blue;
    drawSideShape(g, unit.side, x, y, w, h);
    this.labels.add(armCode(unit.template), x, y, 13, PAPER, this.depth + (frames === this.frames ? 0.5 : FAN_DEPTH.labels));
    return h / 2;
  }

  /** Personnel against the template's authorised personnel: a bar on a dark track. */
  private drawStrength(unit: Unit, x: number, y: number, g: Phaser.GameObjects.Graphics): void {
    const share = strengthShare(unit);
    g.fillStyle(INK, 0.75);
    g.fillRect(x - 1, y - 1, BAR_WIDTH + 2, BAR_HEIGHT + 2);
    const colour = STRENGTH_COLOURS.find((s) => share >= s.from)?.colour ?? PAPER;
    g.fillStyle(colour, 1);
    g.fillRect(x, y, Math.max(1, Math.round(BAR_WIDTH * share)), BAR_HEIGHT);
  }

  /**
   * In supply a full disc, short a half disc, out a white disc with a cross: the shape tells
   * them apart without the colour (bluish green, orange).
   */
  private drawSupply(mark: SupplyMark, x: number, y: number, g: Phaser.GameObjects.Graphics): void {
    const r = 4;
    g.lineStyle(1.5, INK, 1);
    if (mark === "short") {
      g.fillStyle(PAPER, 1);
      g.fillCircle(x, y, r);
      g.fillStyle(SUPPLY_COLOURS.short, 1);
      g.slice(x, y, r, Math.PI / 2, (3 * Math.PI) / 2, false);
      g.fillPath();
      g.strokeCircle(x, y, r);
      return;
    }
    g.fillStyle(SUPPLY_COLOURS[mark], 1);
    g.fillCircle(x, y, r);
    g.strokeCircle(x, y, r);
    if (mark === "out") {
      const k = r * 0.6;
      g.lineBetween(x - k, y - k, x + k, y + k);
      g.lineBetween(x - k, y + k, x + k, y - k);
    }
  }

  /** How many units share the hex, in a small badge at the stack's upper right. */
  private drawCount(count: number, x: number, y: number): void {
    const g = this.marks;
    g.fillStyle(PAPER, 1);
    g.lineStyle(1.5, INK, 1);
    g.fillCircle(x, y, 6.5);
    g.strokeCircle(x, y, 6.5);
    this.labels.add(String(count), x, y, 10, INK, this.depth + 0.5);
  }

  private image(): Phaser.GameObjects.Image {
    let image = this.images[this.usedImages];
    if (!image) {
      image = this.scene.add.image(0, 0, "__DEFAULT");
      this.images.push(image);
    }
    this.usedImages++;
    return image;
  }
}
