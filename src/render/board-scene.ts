// The board scene: the baked map, town names, objectives, unit counters, highlights, the
// overlays toggled by keys 1–5 and their legend, and the camera. Pointer input becomes intents
// sent to the BoardModel; the scene redraws its dynamic layers whenever the model says the view
// or the selection changed.

import Phaser from "phaser";
import { pathTo, type HexId, type PlayerView } from "../engine";
import type { BoardModel } from "./board-model";
import { bakeBoard } from "./board-texture";
import { CameraControls, boardHasKeys } from "./camera-controls";
import { hexToWorld, makeLayout, worldToHex, type Layout, type Point } from "./layout";
import { OverlayLegend } from "./overlay-legend";
import { overlayForKey, type OverlayId } from "./overlay-keys";
import { Overlays } from "./overlays";
import { StrategicOverlays } from "./strategic-overlays";
import { UnitCounters } from "./unit-counters";

const BOARD_TEXTURE = "eastern-flank-board";
/** The camera zoom from which a town's name shows, by population: capitals and the largest cities always. */
const TOWN_ZOOMS: readonly { population: number; zoom: number }[] = [
  { population: 300_000, zoom: 0 },
  { population: 100_000, zoom: 0.3 },
  { population: 50_000, zoom: 0.55 },
  { population: 0, zoom: 0.9 },
];
const DEPTH = { board: 0, tints: 0.5, objectives: 1, reach: 2, lines: 2.5, towns: 3, units: 4, path: 6 } as const;

export class BoardScene extends Phaser.Scene {
  private layout: Layout | null = null;
  private controls: CameraControls | null = null;
  private overlays: Overlays | null = null;
  private counters: UnitCounters | null = null;
  private strategic: StrategicOverlays | null = null;
  private legend: OverlayLegend | null = null;
  private hovered: HexId = -1;
  private townNames: { text: Phaser.GameObjects.Text; minZoom: number }[] = [];
  private labelZoom = 0;
  private framedFor: string | null = null;

  constructor(
    private readonly model: BoardModel,
    private readonly onReady: () => void,
  ) {
    super({ key: "board" });
  }

  create(): void {
    const layout = makeLayout(this.model.map);
    this.layout = layout;
    const baked = bakeBoard(layout);
    if (!this.textures.exists(BOARD_TEXTURE)) this.textures.addCanvas(BOARD_TEXTURE, baked.canvas);
    this.add.image(0, 0, BOARD_TEXTURE).setOrigin(0, 0).setScale(1 / baked.resolution).setDepth(DEPTH.board);
    this.addTownNames(layout);
    this.overlays = new Overlays(this, layout, { objectives: DEPTH.objectives, reach: DEPTH.reach, path: DEPTH.path });
    this.counters = new UnitCounters(this, layout, DEPTH.units);
    this.strategic = new StrategicOverlays(this, layout, { tints: DEPTH.tints, lines: DEPTH.lines });
    const host = this.game.canvas.parentElement;
    this.legend = host ? new OverlayLegend(host) : null;
    this.controls = new CameraControls(this, layout, {
      click: (w) => this.clicked(w),
      hover: (w) => this.hover(w),
    });
    this.input.keyboard?.on("keydown", (event: KeyboardEvent) => this.keyDown(event));
    this.redraw();
    const unsubscribe = this.model.subscribe(() => this.redraw());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.legend?.destroy();
    });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.onReady();
      // The symbols' library is fetched only now, so it never delays the first board.
      void this.counters?.loadSymbols().then((ok) => {
        if (host) host.dataset.symbols = ok ? "app6" : "fallback";
      });
    });
  }

  /** Keys 1–5 toggle the overlays (overlay-keys.ts), when the keys are the board's. */
  private keyDown(event: KeyboardEvent): void {
    if (event.repeat || event.ctrlKey || event.altKey || event.metaKey || !boardHasKeys()) return;
    const id = overlayForKey(event.key);
    if (id) this.toggleOverlay(id);
  }

  private toggleOverlay(id: OverlayId): void {
    this.strategic?.toggle(id);
    this.refreshOverlays();
  }

  private refreshOverlays(): void {
    const strategic = this.strategic;
    if (!strategic) return;
    const view = this.model.view();
    const shown = strategic.state();
    this.overlays?.setObjectivesVisible(shown.objectives);
    strategic.update(view);
    this.legend?.update(shown, strategic.notes(view));
  }

  override update(_time: number, delta: number): void {
    this.controls?.update(delta);
    const zoom = this.cameras.main.zoom;
    if (zoom !== this.labelZoom) {
      // Town names grow as the map shrinks, so they stay readable when zoomed out.
      this.labelZoom = zoom;
      const scale = Phaser.Math.Clamp(0.75 / zoom, 1, 5);
      // Smaller towns appear as the map is zoomed in, so names never pile up on each other.
      for (const { text, minZoom } of this.townNames) text.setScale(scale).setVisible(zoom >= minZoom);
    }
  }

  /** Where the centre of a hex is on the game canvas, in canvas pixels, under the current camera. */
  hexToCanvas(id: HexId): Point {
    if (!this.layout || !this.controls) throw new Error("the board is not ready yet");
    const w = hexToWorld(this.layout, id);
    return this.controls.worldToScreen(w.x, w.y);
  }

  private addTownNames(layout: Layout): void {
    for (const [key, city] of Object.entries(layout.map.cities)) {
      const c = hexToWorld(layout, Number(key));
      const size = city.population >= 250_000 ? 16 : 13;
      const minZoom = TOWN_ZOOMS.find((z) => city.population >= z.population)?.zoom ?? Infinity;
      const name = this.add
        .text(c.x, c.y + 9, city.name, {
          fontFamily: "system-ui, sans-serif",
          fontSize: `${size}px`,
          fontStyle: city.population >= 250_000 ? "bold" : "normal",
          color: "#1b1b1b",
          stroke: "#ffffff",
          strokeThickness: 4,
        })
        .setOrigin(0.5, 0)
        .setResolution(2)
        .setDepth(DEPTH.towns);
      this.townNames.push({ text: name, minZoom });
    }
  }

  /** Starts with the view framed on the units the player can see. */
  private frameUnits(view: PlayerView): void {
    const layout = this.layout;
    if (!layout || !this.controls) return;
    const units = view.units;
    if (units.length === 0) {
      this.controls.frame({ minX: 0, minY: 0, maxX: layout.width, maxY: layout.height }, 0);
      return;
    }
    const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
    for (const u of units) {
      const p = hexToWorld(layout, u.hex);
      box.minX = Math.min(box.minX, p.x);
      box.minY = Math.min(box.minY, p.y);
      box.maxX = Math.max(box.maxX, p.x);
      box.maxY = Math.max(box.maxY, p.y);
    }
    this.controls.frame(box, layout.radius * 4);
  }

  private redraw(): void {
    const view = this.model.view();
    const selection = this.model.selection();
    // Hot-seat: when the other side comes to the screen, show it its own units.
    if (view.active !== this.framedFor && view.status.kind === "playing") {
      this.framedFor = view.active;
      this.frameUnits(view);
    }
    this.overlays?.drawObjectives(view);
    this.overlays?.drawSelection(selection, view);
    this.counters?.draw(view, selection?.unit ?? null);
    this.refreshOverlays();
    this.hovered = -1;
  }

  private clicked(w: Point): void {
    if (!this.layout) return;
    const hex = worldToHex(this.layout, w.x, w.y);
    if (hex >= 0) this.model.hexClicked(hex);
  }

  private hover(w: Point): void {
    if (!this.layout || !this.overlays) return;
    const hex = worldToHex(this.layout, w.x, w.y);
    if (hex === this.hovered) return;
    this.hovered = hex;
    const selection = this.model.selection();
    const reach = selection?.reach;
    if (!reach || hex < 0 || !reach.destinations.includes(hex)) {
      this.overlays.drawPath(null, []);
      return;
    }
    this.overlays.drawPath(reach.origin, pathTo(reach, hex));
  }
}
