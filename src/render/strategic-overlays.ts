// The overlays a player toggles with a key: supply, enemy zones of control and threat, fog of
// war and the front line. Hex shading is blended into one texture, repainted only when the view
// or the set of shown overlays changes, so panning costs one more textured quad and no more.

import Phaser from "phaser";
import { supplyStatus, traceSupply, type HexMap, type PlayerView } from "../engine";
import { edgeEnds, hexToWorld, type Layout } from "./layout";
import {
  ENEMY_THREAT,
  ENEMY_ZOC,
  SUPPLY_OUT,
  SUPPLY_SHORT,
  SUPPLY_TRACED,
  enemyPressure,
  frontLine,
  observedHexes,
  supplyClasses,
  type HexEdge,
} from "./overlay-analysis";
import { OVERLAYS, type OverlayId } from "./overlay-keys";
import { INK, PAPER } from "./palette";
import { hexWords, paintTints, type Tint } from "./tint-raster";
import { supplyMark } from "./unit-symbol";

const TINT_TEXTURE = "eastern-flank-overlay-tints";
/** Raster pixels per world pixel: 20 across a hex is plenty for flat tints and shows the hatching. */
const TINT_RESOLUTION = 0.5;
const MAX_TINT_SIDE = 2048;

/** Okabe–Ito hues, told apart by lightness and hatching as well. */
const TINTS = {
  fog: { colour: 0x0d1b2a, alpha: 0.4, hatch: false },
  traced: { colour: 0x56b4e9, alpha: 0.22, hatch: false },
  short: { colour: 0xe69f00, alpha: 0.42, hatch: false },
  out: { colour: 0x1b1b1b, alpha: 0.6, hatch: true },
  threat: { colour: 0xcc79a7, alpha: 0.32, hatch: false },
  zoc: { colour: 0x882255, alpha: 0.7, hatch: true },
} satisfies Record<string, Tint>;
const ZOC_EDGE = 0x882255;

/** What the analyses found, per view; each is worked out only once its overlay is first shown. */
interface Analysis {
  view: PlayerView;
  supply?: Uint8Array;
  enemy?: Uint8Array;
  observed?: Uint8Array;
  front?: HexEdge[];
}

export type OverlayState = Readonly<Record<OverlayId, boolean>>;

export class StrategicOverlays {
  private readonly shown: Record<OverlayId, boolean>;
  /** The tint texture, its pixels and the image showing it: made when a tint is first shown (15 MB or so). */
  private tint: { image: Phaser.GameObjects.Image; texture: Phaser.Textures.CanvasTexture; pixels: ImageData } | null = null;
  private readonly lines: Phaser.GameObjects.Graphics;
  private readonly resolution: number;
  private analysis: Analysis | null = null;
  /** The view and overlays the board was last painted for. */
  private painted: { view: PlayerView; key: string } | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layout: Layout,
    private readonly depths: { tints: number; lines: number },
  ) {
    this.shown = Object.fromEntries(OVERLAYS.map((o) => [o.id, o.initially])) as Record<OverlayId, boolean>;
    this.resolution = Math.min(TINT_RESOLUTION, MAX_TINT_SIDE / Math.max(layout.width, layout.height));
    this.lines = scene.add.graphics().setDepth(depths.lines);
  }

  private tintLayer(): { image: Phaser.GameObjects.Image; texture: Phaser.Textures.CanvasTexture; pixels: ImageData } {
    if (this.tint) return this.tint;
    const width = Math.ceil(this.layout.width * this.resolution);
    const height = Math.ceil(this.layout.height * this.resolution);
    const textures = this.scene.textures;
    const texture = textures.exists(TINT_TEXTURE) ? textures.get(TINT_TEXTURE) : textures.createCanvas(TINT_TEXTURE, width, height);
    if (!(texture instanceof Phaser.Textures.CanvasTexture)) throw new Error("the overlay texture could not be made");
    const pixels = texture.getContext().createImageData(width, height);
    const image = this.scene.add.image(0, 0, TINT_TEXTURE).setOrigin(0, 0).setScale(1 / this.resolution).setDepth(this.depths.tints);
    this.tint = { image, texture, pixels };
    return this.tint;
  }

  state(): OverlayState {
    return { ...this.shown };
  }

  toggle(id: OverlayId): boolean {
    this.shown[id] = !this.shown[id];
    return this.shown[id];
  }

  /** Repaints what the shown overlays mark, if the view or the set of overlays changed since the last time. */
  update(view: PlayerView): void {
    const key = OVERLAYS.map((o) => (this.shown[o.id] ? "1" : "0")).join("");
    if (this.painted?.view === view && this.painted.key === key) return;
    this.painted = { view, key };
    if (this.analysis?.view !== view) this.analysis = { view };
    this.paintTints(this.analysis);
    this.drawLines(this.analysis);
  }

  /** A sentence per shown overlay about what it finds now, for the legend. */
  notes(view: PlayerView): Partial<Record<OverlayId, string>> {
    const notes: Partial<Record<OverlayId, string>> = {};
    const a = this.analysis?.view === view ? this.analysis : null;
    if (this.shown.supply) {
      const trace = traceSupply(this.layout.map, view, view.viewer);
      const count = { in: 0, short: 0, out: 0 };
      for (const u of view.units) {
        if (u.side !== view.viewer || u.hex < 0) continue;
        const mark = supplyMark(supplyStatus(trace, u.hex), u.unsupplied);
        count[mark]++;
      }
      notes.supply = `your units: ${count.in} in supply, ${count.short} short, ${count.out} out`;
    }
    if (this.shown.enemy) {
      const seen = view.units.filter((u) => u.side !== view.viewer && u.hex >= 0).length;
      notes.enemy = seen === 0 ? "no enemy unit in sight" : `${seen} enemy unit${seen === 1 ? "" : "s"} in sight`;
    }
    if (this.shown.front && a?.front?.length === 0) notes.front = "no line: no enemy in sight near your units";
    return notes;
  }

  private supply(a: Analysis): Uint8Array {
    return (a.supply ??= supplyClasses(this.layout.map, a.view));
  }

  private enemy(a: Analysis): Uint8Array {
    return (a.enemy ??= enemyPressure(this.layout.map, a.view));
  }

  private observed(a: Analysis): Uint8Array {
    return (a.observed ??= observedHexes(this.layout.map, a.view));
  }

  private front(a: Analysis): HexEdge[] {
    return (a.front ??= frontLine(this.layout.map, a.view));
  }

  /** Blends the shown overlays' tints hex by hex (fog lowest, then supply, then the enemy) and paints them. */
  private paintTints(a: Analysis): void {
    const { shown } = this;
    if (!shown.fog && !shown.supply && !shown.enemy) {
      this.tint?.image.setVisible(false);
      return;
    }
    const map: HexMap = this.layout.map;
    const fog = shown.fog ? this.observed(a) : null;
    const supply = shown.supply ? this.supply(a) : null;
    const enemy = shown.enemy ? this.enemy(a) : null;
    const plain = new Uint32Array(map.size);
    const stripe = new Uint32Array(map.size);
    // Few distinct combinations occur: blend each once.
    const blended = new Map<string, { plain: number; stripe: number }>();
    const tints: Tint[] = [];
    for (let hex = 0; hex < map.size; hex++) {
      tints.length = 0;
      if (fog && !fog[hex]) tints.push(TINTS.fog);
      const s = supply?.[hex] ?? 0;
      if (s === SUPPLY_TRACED) tints.push(TINTS.traced);
      else if (s === SUPPLY_SHORT) tints.push(TINTS.short);
      else if (s === SUPPLY_OUT) tints.push(TINTS.out);
      const e = enemy?.[hex] ?? 0;
      if (e === ENEMY_THREAT) tints.push(TINTS.threat);
      else if (e === ENEMY_ZOC) tints.push(TINTS.zoc);
      if (tints.length === 0) continue;
      const combo = `${fog && !fog[hex] ? 1 : 0}${s}${e}`;
      let words = blended.get(combo);
      if (!words) {
        words = hexWords(tints);
        blended.set(combo, words);
      }
      plain[hex] = words.plain;
      stripe[hex] = words.stripe;
    }
    const { image, texture, pixels } = this.tintLayer();
    paintTints(new Uint32Array(pixels.data.buffer), pixels.width, pixels.height, this.layout, this.resolution, plain, stripe);
    texture.getContext().putImageData(pixels, 0, 0);
    texture.refresh();
    image.setVisible(true);
  }

  /** The front line, and the outline of the enemy's zones of control. */
  private drawLines(a: Analysis): void {
    const g = this.lines;
    g.clear();
    const map = this.layout.map;
    if (this.shown.enemy) {
      const enemy = this.enemy(a);
      const edges: HexEdge[] = [];
      for (let hex = 0; hex < map.size; hex++) {
        if (enemy[hex] !== ENEMY_ZOC) continue;
        for (let d = 0; d < 6; d++) {
          const n = map.neighbours[hex * 6 + d] ?? -1;
          if (n >= 0 && enemy[n] !== ENEMY_ZOC) edges.push({ hex, dir: d });
        }
      }
      this.strokeEdges(edges, 2.5, ZOC_EDGE, 0.95);
    }
    if (this.shown.front) {
      const front = this.front(a);
      // A bold black line on a white halo, legible on every tint; railways, the other black
      // lines on the board, are thinner and dashed with white.
      this.strokeEdges(front, 8, PAPER, 0.85);
      this.strokeEdges(front, 4.5, INK, 1);
    }
  }

  private strokeEdges(edges: readonly HexEdge[], width: number, colour: number, alpha: number): void {
    if (edges.length === 0) return;
    const g = this.lines;
    g.lineStyle(width, colour, alpha);
    g.beginPath();
    for (const e of edges) {
      const [p, q] = edgeEnds(hexToWorld(this.layout, e.hex), this.layout.radius, e.dir);
      g.moveTo(p.x, p.y);
      g.lineTo(q.x, q.y);
    }
    g.strokePath();
  }
}
