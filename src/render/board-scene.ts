// The board scene: the baked map, town names, objectives, unit counters, highlights, the cursor,
// the overlays toggled by keys 1–5 and their legend, the box naming the hex under the pointer,
// and the camera. Pointer input becomes intents sent to the BoardModel: a click, a fanned
// counter picked, the selected unit dragged to a hex. The scene redraws its dynamic layers
// whenever the model says the view, the selection or the cursor changed.

import Phaser from "phaser";
import { pathTo, unitById, type HexId, type PlayerView } from "../engine";
import type { BoardModel, BoardNotice } from "./board-model";
import { planBoard } from "./board-texture";
import { boardHasKeys } from "./board-focus";
import { BoardTiles } from "./board-tiles";
import { CameraControls } from "./camera-controls";
import { visibleWorld } from "./camera-maths";
import { HexInfoBox } from "./hex-info-box";
import { runWhenIdle } from "./idle-work";
import { hexToWorld, makeLayout, worldToHex, type Layout, type Point } from "./layout";
import { OverlayLegend } from "./overlay-legend";
import { overlayForKey, type OverlayId } from "./overlay-keys";
import { Overlays } from "./overlays";
import { StrategicOverlays } from "./strategic-overlays";
import { TownNames } from "./town-names";
import { UnitCounters } from "./unit-counters";

/** The cursor goes over the counters (4 to 4.1) but under a fanned stack (from 4.25, unit-counters.ts). */
const DEPTH = { board: 0, tints: 0.5, objectives: 1, reach: 2, lines: 2.5, towns: 3, units: 4, cursor: 4.2, path: 6 } as const;
/** How long the mouse rests on a stack before it fans out: a click straight after a move never meets a fan. */
const FAN_DELAY_MS = 300;

export class BoardScene extends Phaser.Scene {
  private layout: Layout | null = null;
  private controls: CameraControls | null = null;
  private overlays: Overlays | null = null;
  private counters: UnitCounters | null = null;
  private strategic: StrategicOverlays | null = null;
  private legend: OverlayLegend | null = null;
  private info: HexInfoBox | null = null;
  /** The hex under the mouse (-1 when none), and the scene time the mouse came onto it. */
  private hovered: HexId = -1;
  private hoveredSince = 0;
  /** The hex whose stack is fanned out, or null. */
  private fan: HexId | null = null;
  /** The selected unit is being dragged (its path follows the pointer). */
  private dragging = false;
  /** Which hex the info box names: the one under the mouse, or the cursor when it moved last. */
  private infoFrom: "pointer" | "cursor" = "pointer";
  private lastCursor: HexId | null = null;
  private tiles: BoardTiles | null = null;
  private towns: TownNames | null = null;
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
    this.tiles = new BoardTiles(this, planBoard(layout), DEPTH.board);
    this.towns = new TownNames(this, layout, DEPTH.towns);
    this.overlays = new Overlays(this, layout, { objectives: DEPTH.objectives, reach: DEPTH.reach, path: DEPTH.path, cursor: DEPTH.cursor });
    this.counters = new UnitCounters(this, layout, DEPTH.units);
    this.strategic = new StrategicOverlays(this, layout, { tints: DEPTH.tints, lines: DEPTH.lines });
    const host = this.game.canvas.parentElement;
    this.info = host ? new HexInfoBox(host, this.model.map) : null;
    this.legend = host ? new OverlayLegend(host, (id) => this.toggleOverlay(id)) : null;
    this.controls = new CameraControls(this, layout, {
      click: (w) => this.clicked(w),
      hover: (w) => this.hover(w),
      leave: () => this.left(),
      grab: (w) => this.grab(w),
      drag: (w) => this.drag(w),
      drop: (w) => this.drop(w),
    });
    this.input.keyboard?.on("keydown", (event: KeyboardEvent) => this.keyDown(event));
    this.redraw({ kind: "start" });
    const unsubscribe = this.model.subscribe((notice) => this.redraw(notice));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.legend?.destroy();
      this.info?.destroy();
    });
    // Only the tiles and names the first view shows are made before the first frame.
    this.showBoard();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      this.onReady();
      // The symbols' library is fetched only now, so it never delays the first board.
      void this.counters?.loadSymbols().then((ok) => {
        if (host) host.dataset.symbols = ok ? "app6" : "fallback";
      });
      const stop = runWhenIdle(() => (this.tiles?.bakeNext() ?? false) || (this.towns?.makeNext() ?? false));
      this.events.once(Phaser.Scenes.Events.SHUTDOWN, stop);
    });
  }

  /** Keys 1–5 toggle the overlays (overlay-keys.ts), when the keys are the board's; so do the legend's buttons. */
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

  override update(time: number, delta: number): void {
    this.controls?.update(delta);
    if (this.fan === null && this.hovered >= 0 && !this.dragging && time - this.hoveredSince >= FAN_DELAY_MS && this.stackSize(this.hovered) > 1) {
      this.setFan(this.hovered);
    }
    this.showBoard();
  }

  /** Bakes the tiles and makes the town names the camera is about to show, if any are missing. */
  private showBoard(): void {
    const cam = this.cameras.main;
    const view = visibleWorld(cam);
    if (this.tiles && !this.tiles.complete()) this.tiles.show(view);
    this.towns?.show(view, cam.zoom);
  }

  /** Where the centre of a hex is on the game canvas, in canvas pixels, under the current camera. */
  hexToCanvas(id: HexId): Point {
    if (!this.layout || !this.controls) throw new Error("the board is not ready yet");
    const w = hexToWorld(this.layout, id);
    return this.controls.worldToScreen(w.x, w.y);
  }

  /** The camera's zoom and scroll, for the debug API. */
  cameraState(): { zoom: number; scrollX: number; scrollY: number } {
    if (!this.controls) throw new Error("the board is not ready yet");
    return this.controls.state();
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

  private redraw(notice: BoardNotice): void {
    const view = this.model.view();
    const selection = this.model.selection();
    // Hot-seat: when the other side comes to the screen, show it its own units.
    if (view.viewer !== this.framedFor && view.status.kind === "playing") {
      this.framedFor = view.viewer;
      this.frameUnits(view);
    }
    if (notice.kind === "focus" && notice.hex !== undefined && this.layout) {
      const w = hexToWorld(this.layout, notice.hex);
      this.controls?.focusOn(w.x, w.y);
    }
    this.overlays?.drawObjectives(view);
    this.overlays?.drawSelection(selection, view);
    this.drawCounters();
    this.refreshOverlays();
    const cursor = this.model.cursor();
    this.overlays?.drawCursor(cursor);
    if (cursor !== this.lastCursor) {
      this.lastCursor = cursor;
      // A click moves the cursor to the hex under the mouse; the keys and focus move it elsewhere.
      if (cursor !== this.hovered) this.infoFrom = "cursor";
    }
    this.refreshInfo();
    // The selection's redraw cleared the path: show it again for the hex still under the mouse.
    this.drawPathTo(this.hovered);
  }

  private drawCounters(): void {
    this.counters?.draw(this.model.view(), this.model.selection()?.unit ?? null, this.fan);
    const host = this.game.canvas.parentElement;
    const fanned = this.counters?.fannedHex() ?? null;
    if (host) host.dataset.fanned = fanned === null ? "" : String(fanned);
  }

  private setFan(hex: HexId | null): void {
    if (hex === this.fan) return;
    this.fan = hex;
    this.drawCounters();
  }

  private stackSize(hex: HexId): number {
    return this.model.view().units.filter((u) => u.hex === hex).length;
  }

  private refreshInfo(): void {
    const hex = this.infoFrom === "pointer" && this.hovered >= 0 ? this.hovered : this.model.cursor();
    this.info?.show(this.model.view(), hex);
  }

  /** A click on a fanned counter selects its unit; anywhere else it is a click on the hex. */
  private clicked(w: Point): void {
    if (!this.layout) return;
    const unit = this.fan === null ? null : (this.counters?.fannedUnitAt(w) ?? null);
    if (unit) {
      this.model.select(unit);
      return;
    }
    const hex = worldToHex(this.layout, w.x, w.y);
    if (hex >= 0) this.model.hexClicked(hex);
  }

  private hover(w: Point): void {
    if (!this.layout) return;
    let hex = worldToHex(this.layout, w.x, w.y);
    // Over a fanned counter that reaches into a neighbour, the mouse is still on the fanned stack.
    if (this.fan !== null && hex !== this.fan) {
      if (this.counters?.fannedUnitAt(w)) hex = this.fan;
      else this.setFan(null);
    }
    if (hex === this.hovered) return;
    this.hovered = hex;
    this.hoveredSince = this.time.now;
    this.infoFrom = "pointer";
    this.refreshInfo();
    this.drawPathTo(hex);
  }

  private left(): void {
    this.hovered = -1;
    this.setFan(null);
    this.infoFrom = "cursor";
    this.refreshInfo();
    if (!this.dragging) this.drawPathTo(-1);
  }

  /** The route the selected unit would take to `hex`, or none where it cannot go. */
  private drawPathTo(hex: HexId): void {
    const reach = this.model.selection()?.reach;
    if (!reach || hex < 0 || !reach.destinations.includes(hex)) this.overlays?.drawPath(null, []);
    else this.overlays?.drawPath(reach.origin, pathTo(reach, hex));
  }

  /** A press on the selected unit (its hex, or its fanned counter) drags the unit rather than the map. */
  private grab(w: Point): boolean {
    const selection = this.model.selection();
    if (!this.layout || !selection?.reach) return false;
    const unit = unitById(this.model.view(), selection.unit);
    const picked = this.fan === null ? null : (this.counters?.fannedUnitAt(w) ?? null);
    return picked ? picked === selection.unit : unit?.hex === worldToHex(this.layout, w.x, w.y);
  }

  private drag(w: Point): void {
    if (!this.layout) return;
    this.dragging = true;
    this.setFan(null);
    this.drawPathTo(worldToHex(this.layout, w.x, w.y));
  }

  /** A drop on a hex the unit can reach moves it there (as a click on that hex would); anywhere else nothing happens. */
  private drop(w: Point | null): void {
    this.dragging = false;
    const hex = w && this.layout ? worldToHex(this.layout, w.x, w.y) : -1;
    const reach = this.model.selection()?.reach;
    if (hex >= 0 && reach?.destinations.includes(hex)) this.model.hexClicked(hex);
    else this.drawPathTo(this.hovered);
  }
}
