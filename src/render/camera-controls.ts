// The board camera: drag to pan, wheel, + and − or a two-finger pinch to zoom, arrow keys or
// WASD to pan, and a mouse resting at the canvas's edge pans that way. A press that does not
// move past a few pixels is a click, reported in world coordinates; a press the scene grabs
// (on the selected unit) drags that instead of the map.

import Phaser from "phaser";
import { boardHasKeys } from "./board-focus";
import { ZOOM_STEP, easeInOut, edgeDirection, pinchFactor, scrollAfterZoom, wellInside } from "./camera-maths";
import type { Point } from "./layout";

const DRAG_THRESHOLD = 5;
const MAX_ZOOM = 3;
const KEY_PAN_SPEED = 700; // screen pixels per second, for the keys and the edge alike
/** A mouse this close to the canvas's edge, for this long, pans: long enough that a click near the edge never does. */
const EDGE_BAND = 20;
const EDGE_DELAY_MS = 250;
/** The glide to a focused hex, and how far inside the view a hex may already be to need none. */
const FOCUS_MS = 250;
const FOCUS_SHARE = 0.7;

export interface CameraCallbacks {
  click(world: Point): void;
  hover(world: Point): void;
  /** The mouse left the canvas. */
  leave(): void;
  /** A press starts at `world`: true when the scene takes it (a unit to drag), so the map does not pan. */
  grab(world: Point): boolean;
  /** The grabbed press moved past the drag threshold, to `world`. */
  drag(world: Point): void;
  /** The grabbed and dragged press ended at `world`, or null when it ended off the board. */
  drop(world: Point | null): void;
}

interface Press {
  x: number;
  y: number;
  scrollX: number;
  scrollY: number;
  dragging: boolean;
  /** The scene took this press (a unit is dragged, not the map). */
  grabbed: boolean;
}

export class CameraControls {
  private readonly cam: Phaser.Cameras.Scene2D.Camera;
  private readonly input: Phaser.Input.InputPlugin;
  private press: Press | null = null;
  /** Two fingers down: their distance and midpoint at the last move. Kept until every finger is up, so no click follows. */
  private pinch: { distance: number; x: number; y: number } | null = null;
  /** Where the mouse is over the canvas (null when it is not), and how long it has rested in the edge band. */
  private mouse: { x: number; y: number } | null = null;
  private edgeMs = 0;
  private glide: { fromX: number; fromY: number; toX: number; toY: number; ms: number } | null = null;
  private readonly keys: Record<string, Phaser.Input.Keyboard.Key>;

  constructor(
    scene: Phaser.Scene,
    private readonly world: { width: number; height: number },
    private readonly callbacks: CameraCallbacks,
  ) {
    this.cam = scene.cameras.main;
    this.input = scene.input;
    const keyboard = scene.input.keyboard;
    // No key capture: the page keeps its own keys (Tab, Space on buttons) working.
    this.keys = keyboard ? (keyboard.addKeys("W,A,S,D,UP,DOWN,LEFT,RIGHT,SHIFT", false) as Record<string, Phaser.Input.Keyboard.Key>) : {};
    // Zoom keys straight from the page, once per press: Phaser's queued key events, read each
    // frame, let a quick "− −" under load come out as one or three steps.
    const zoomKey = (event: KeyboardEvent): void => this.zoomKey(event);
    window.addEventListener("keydown", zoomKey);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => window.removeEventListener("keydown", zoomKey));
    // A second touch pointer, for the pinch.
    scene.input.addPointer(1);
    scene.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.down(p));
    scene.input.on("pointermove", (p: Phaser.Input.Pointer) => this.move(p));
    scene.input.on("pointerup", (p: Phaser.Input.Pointer) => this.up(p));
    scene.input.on("pointerupoutside", () => {
      this.cancelPress();
      this.endPinch();
    });
    scene.input.on("gameout", () => this.left());
    // Phaser's "gameout" follows mouseout; the native event is the surer sign the mouse is gone.
    const canvas = scene.game.canvas;
    const leave = (): void => this.left();
    canvas.addEventListener("mouseleave", leave);
    scene.events.once(Phaser.Scenes.Events.SHUTDOWN, () => canvas.removeEventListener("mouseleave", leave));
    scene.input.on("wheel", (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomAt(p.x, p.y, dy > 0 ? 1 / ZOOM_STEP : ZOOM_STEP);
    });
  }

  get minZoom(): number {
    return Math.min(this.cam.width / this.world.width, this.cam.height / this.world.height) * 0.9;
  }

  /** World point under a point of the game canvas (computed now, not at the last frame). */
  screenToWorld(x: number, y: number): Point {
    const c = this.cam;
    const ox = c.width / 2;
    const oy = c.height / 2;
    return { x: (x - c.x - ox) / c.zoom + c.scrollX + ox, y: (y - c.y - oy) / c.zoom + c.scrollY + oy };
  }

  /** Point of the game canvas where a world point is drawn with the current scroll and zoom. */
  worldToScreen(x: number, y: number): Point {
    const c = this.cam;
    const ox = c.width / 2;
    const oy = c.height / 2;
    return { x: c.x + ox + (x - c.scrollX - ox) * c.zoom, y: c.y + oy + (y - c.scrollY - oy) * c.zoom };
  }

  /** Zooms and scrolls so a world rectangle fills the view, with a margin. */
  frame(box: { minX: number; minY: number; maxX: number; maxY: number }, margin: number, maxZoom = 1.5): void {
    const w = box.maxX - box.minX + 2 * margin;
    const h = box.maxY - box.minY + 2 * margin;
    const zoom = Phaser.Math.Clamp(Math.min(this.cam.width / w, this.cam.height / h), this.minZoom, maxZoom);
    this.cam.setZoom(zoom);
    this.centreOn((box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2);
  }

  centreOn(x: number, y: number): void {
    this.glide = null;
    this.cam.setScroll(x - this.cam.width / 2, y - this.cam.height / 2);
    this.clamp();
  }

  /** Glides the view to centre a world point, unless the point is already well inside it. */
  focusOn(x: number, y: number): void {
    const at = this.worldToScreen(x, y);
    if (wellInside(at.x - this.cam.x, at.y - this.cam.y, this.cam.width, this.cam.height, FOCUS_SHARE)) return;
    const c = this.cam;
    const to = this.clamped(x - c.width / 2, y - c.height / 2);
    this.glide = { fromX: c.scrollX, fromY: c.scrollY, toX: to.x, toY: to.y, ms: 0 };
  }

  /** Zoom factor and scroll, for the debug API and tests. */
  state(): { zoom: number; scrollX: number; scrollY: number } {
    return { zoom: this.cam.zoom, scrollX: this.cam.scrollX, scrollY: this.cam.scrollY };
  }

  update(deltaMs: number): void {
    this.glideOn(deltaMs);
    const edge = this.edgePan(deltaMs);
    const keyed = boardHasKeys() ? this.keyPan() : { dx: 0, dy: 0 };
    const dx = Phaser.Math.Clamp(edge.dx + keyed.dx, -1, 1);
    const dy = Phaser.Math.Clamp(edge.dy + keyed.dy, -1, 1);
    if (dx === 0 && dy === 0) return;
    this.glide = null;
    const step = (KEY_PAN_SPEED * deltaMs) / 1000 / this.cam.zoom;
    this.cam.scrollX += dx * step;
    this.cam.scrollY += dy * step;
    this.clamp();
  }

  private keyPan(): { dx: number; dy: number } {
    const k = this.keys;
    // Shift and an arrow move the hex cursor (src/ui/keyboard.ts), not the map.
    const arrows = !k.SHIFT?.isDown;
    const on = (key: Phaser.Input.Keyboard.Key | undefined, arrow: Phaser.Input.Keyboard.Key | undefined): boolean => !!key?.isDown || (arrows && !!arrow?.isDown);
    return {
      dx: (on(k.D, k.RIGHT) ? 1 : 0) - (on(k.A, k.LEFT) ? 1 : 0),
      dy: (on(k.S, k.DOWN) ? 1 : 0) - (on(k.W, k.UP) ? 1 : 0),
    };
  }

  /** The direction a mouse resting in the edge band pans, once it has rested there long enough. */
  private edgePan(deltaMs: number): { dx: number; dy: number } {
    const m = this.mouse;
    const dir = m && !this.press && !this.pinch ? edgeDirection(m.x - this.cam.x, m.y - this.cam.y, this.cam.width, this.cam.height, EDGE_BAND) : { dx: 0, dy: 0 };
    if (dir.dx === 0 && dir.dy === 0) {
      this.edgeMs = 0;
      return dir;
    }
    this.edgeMs += deltaMs;
    return this.edgeMs >= EDGE_DELAY_MS ? dir : { dx: 0, dy: 0 };
  }

  private glideOn(deltaMs: number): void {
    const g = this.glide;
    if (!g) return;
    g.ms += deltaMs;
    const t = easeInOut(g.ms / FOCUS_MS);
    this.cam.setScroll(g.fromX + (g.toX - g.fromX) * t, g.fromY + (g.toY - g.fromY) * t);
    if (g.ms >= FOCUS_MS) this.glide = null;
  }

  /** + (or =, the same key unshifted) and − zoom about the middle of the view, held keys repeating. */
  private zoomKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || !boardHasKeys()) return;
    const factor = event.key === "+" || event.key === "=" ? ZOOM_STEP : event.key === "-" || event.key === "−" ? 1 / ZOOM_STEP : 0;
    if (factor === 0) return;
    event.preventDefault();
    this.zoomAt(this.cam.x + this.cam.width / 2, this.cam.y + this.cam.height / 2, factor);
  }

  private zoomAt(x: number, y: number, factor: number): void {
    this.glide = null;
    const c = this.cam;
    const zoom = Phaser.Math.Clamp(c.zoom * factor, this.minZoom, MAX_ZOOM);
    const scroll = scrollAfterZoom({ scrollX: c.scrollX, scrollY: c.scrollY, zoom: c.zoom, width: c.width, height: c.height }, x - c.x, y - c.y, zoom);
    c.setZoom(zoom);
    c.setScroll(scroll.scrollX, scroll.scrollY);
    this.clamp();
  }

  /** Scroll clamped so the centre of the view stays over the board. */
  private clamped(scrollX: number, scrollY: number): Point {
    const c = this.cam;
    return {
      x: Phaser.Math.Clamp(scrollX, -c.width / 2, this.world.width - c.width / 2),
      y: Phaser.Math.Clamp(scrollY, -c.height / 2, this.world.height - c.height / 2),
    };
  }

  private clamp(): void {
    const to = this.clamped(this.cam.scrollX, this.cam.scrollY);
    this.cam.setScroll(to.x, to.y);
  }

  /** The two touch pointers, when both are down. */
  private fingers(): [Phaser.Input.Pointer, Phaser.Input.Pointer] | null {
    const a = this.input.pointer1;
    const b = this.input.pointer2;
    return a?.isDown && b?.isDown ? [a, b] : null;
  }

  private down(p: Phaser.Input.Pointer): void {
    this.glide = null;
    const fingers = this.fingers();
    if (fingers) {
      // A second finger turns the press into a pinch: whatever the first began is dropped.
      this.cancelPress();
      const [a, b] = fingers;
      this.pinch = { distance: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
      return;
    }
    if (this.pinch) return;
    const grabbed = this.callbacks.grab(this.screenToWorld(p.x, p.y));
    this.press = { x: p.x, y: p.y, scrollX: this.cam.scrollX, scrollY: this.cam.scrollY, dragging: false, grabbed };
  }

  private move(p: Phaser.Input.Pointer): void {
    this.mouse = p.wasTouch ? null : { x: p.x, y: p.y };
    if (this.pinch) {
      this.pinchMove();
      return;
    }
    const press = this.press;
    if (!press || !p.isDown) {
      this.callbacks.hover(this.screenToWorld(p.x, p.y));
      return;
    }
    const dx = p.x - press.x;
    const dy = p.y - press.y;
    if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    press.dragging = true;
    if (press.grabbed) {
      this.callbacks.drag(this.screenToWorld(p.x, p.y));
      return;
    }
    this.cam.scrollX = press.scrollX - dx / this.cam.zoom;
    this.cam.scrollY = press.scrollY - dy / this.cam.zoom;
    this.clamp();
  }

  /** Zooms about the fingers' midpoint by the change of their distance, and pans as the midpoint moves. */
  private pinchMove(): void {
    const fingers = this.fingers();
    const last = this.pinch;
    if (!fingers || !last) return;
    const [a, b] = fingers;
    const distance = Math.hypot(a.x - b.x, a.y - b.y);
    const x = (a.x + b.x) / 2;
    const y = (a.y + b.y) / 2;
    this.zoomAt(x, y, pinchFactor(last.distance, distance));
    this.cam.scrollX -= (x - last.x) / this.cam.zoom;
    this.cam.scrollY -= (y - last.y) / this.cam.zoom;
    this.clamp();
    this.pinch = { distance, x, y };
  }

  private up(p: Phaser.Input.Pointer): void {
    if (this.pinch) {
      this.endPinch();
      return;
    }
    const press = this.press;
    this.press = null;
    if (!press) return;
    const world = this.screenToWorld(p.x, p.y);
    if (!press.dragging) this.callbacks.click(world);
    else if (press.grabbed) this.callbacks.drop(world);
  }

  /** The pinch ends, with no click, once the last finger is up. */
  private endPinch(): void {
    if (this.pinch && !this.input.pointer1?.isDown && !this.input.pointer2?.isDown) this.pinch = null;
  }

  /** A press that will not finish here: a grabbed drag is dropped nowhere. */
  private cancelPress(): void {
    const press = this.press;
    this.press = null;
    if (press?.grabbed && press.dragging) this.callbacks.drop(null);
  }

  private left(): void {
    this.mouse = null;
    this.edgeMs = 0;
    this.callbacks.leave();
  }
}
