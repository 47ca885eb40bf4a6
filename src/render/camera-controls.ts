// The board camera: drag to pan, wheel to zoom about the pointer, arrow keys or WASD to pan.
// A press that does not move past a few pixels is a click, reported in world coordinates.

import Phaser from "phaser";
import type { Point } from "./layout";

const DRAG_THRESHOLD = 5;
const MAX_ZOOM = 3;
const KEY_PAN_SPEED = 700; // screen pixels per second

export interface CameraCallbacks {
  click(world: Point): void;
  hover(world: Point): void;
}

/**
 * Whether keys pressed now are meant for the board: focus is on the page itself, the canvas
 * or the board, not on a panel control that has keys of its own.
 */
export function boardHasKeys(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active instanceof HTMLCanvasElement || active.id === "board";
}

export class CameraControls {
  private readonly cam: Phaser.Cameras.Scene2D.Camera;
  private press: { x: number; y: number; scrollX: number; scrollY: number; dragging: boolean } | null = null;
  private readonly keys: Record<string, Phaser.Input.Keyboard.Key>;

  constructor(
    scene: Phaser.Scene,
    private readonly world: { width: number; height: number },
    private readonly callbacks: CameraCallbacks,
  ) {
    this.cam = scene.cameras.main;
    const keyboard = scene.input.keyboard;
    // No key capture: the page keeps its own keys (Tab, Space on buttons) working.
    this.keys = keyboard ? (keyboard.addKeys("W,A,S,D,UP,DOWN,LEFT,RIGHT", false) as Record<string, Phaser.Input.Keyboard.Key>) : {};
    scene.input.on("pointerdown", (p: Phaser.Input.Pointer) => this.down(p));
    scene.input.on("pointermove", (p: Phaser.Input.Pointer) => this.move(p));
    scene.input.on("pointerup", (p: Phaser.Input.Pointer) => this.up(p));
    scene.input.on("pointerupoutside", () => (this.press = null));
    scene.input.on("wheel", (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      this.zoomAt(p.x, p.y, dy > 0 ? 1 / 1.15 : 1.15);
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
    this.cam.setScroll(x - this.cam.width / 2, y - this.cam.height / 2);
    this.clamp();
  }

  update(deltaMs: number): void {
    if (!boardHasKeys()) return;
    const k = this.keys;
    const dx = (k.RIGHT?.isDown || k.D?.isDown ? 1 : 0) - (k.LEFT?.isDown || k.A?.isDown ? 1 : 0);
    const dy = (k.DOWN?.isDown || k.S?.isDown ? 1 : 0) - (k.UP?.isDown || k.W?.isDown ? 1 : 0);
    if (dx === 0 && dy === 0) return;
    const step = (KEY_PAN_SPEED * deltaMs) / 1000 / this.cam.zoom;
    this.cam.scrollX += dx * step;
    this.cam.scrollY += dy * step;
    this.clamp();
  }

  private zoomAt(x: number, y: number, factor: number): void {
    const before = this.screenToWorld(x, y);
    this.cam.setZoom(Phaser.Math.Clamp(this.cam.zoom * factor, this.minZoom, MAX_ZOOM));
    const after = this.screenToWorld(x, y);
    this.cam.scrollX += before.x - after.x;
    this.cam.scrollY += before.y - after.y;
    this.clamp();
  }

  /** Keeps the centre of the view over the board. */
  private clamp(): void {
    const c = this.cam;
    c.scrollX = Phaser.Math.Clamp(c.scrollX, -c.width / 2, this.world.width - c.width / 2);
    c.scrollY = Phaser.Math.Clamp(c.scrollY, -c.height / 2, this.world.height - c.height / 2);
  }

  private down(p: Phaser.Input.Pointer): void {
    this.press = { x: p.x, y: p.y, scrollX: this.cam.scrollX, scrollY: this.cam.scrollY, dragging: false };
  }

  private move(p: Phaser.Input.Pointer): void {
    const press = this.press;
    if (!press || !p.isDown) {
      this.callbacks.hover(this.screenToWorld(p.x, p.y));
      return;
    }
    const dx = p.x - press.x;
    const dy = p.y - press.y;
    if (!press.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    press.dragging = true;
    this.cam.scrollX = press.scrollX - dx / this.cam.zoom;
    this.cam.scrollY = press.scrollY - dy / this.cam.zoom;
    this.clamp();
  }

  private up(p: Phaser.Input.Pointer): void {
    const press = this.press;
    this.press = null;
    if (press && !press.dragging) this.callbacks.click(this.screenToWorld(p.x, p.y));
  }
}
