// The frame each side is drawn in: red a diamond, blue a rectangle (after APP-6 hostile and
// friendly frames), so sides never differ by colour alone.

import Phaser from "phaser";
import type { Side } from "../engine";

/** Fills and strokes the side's frame centred on (x, y), `w` by `h` across, with the current styles. */
export function drawSideShape(g: Phaser.GameObjects.Graphics, side: Side, x: number, y: number, w: number, h: number): void {
  if (side === "red") {
    const pts = [new Phaser.Math.Vector2(x, y - h / 2), new Phaser.Math.Vector2(x + w / 2, y), new Phaser.Math.Vector2(x, y + h / 2), new Phaser.Math.Vector2(x - w / 2, y)];
    g.fillPoints(pts, true);
    g.strokePoints(pts, true);
  } else {
    g.fillRect(x - w / 2, y - h / 2, w, h);
    g.strokeRect(x - w / 2, y - h / 2, w, h);
  }
}
