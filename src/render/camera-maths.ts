// Pure arithmetic of the board camera: zooming about a point, the edge band where a resting
// mouse pans, and whether a point is well inside the view. No Phaser here, so it is unit-tested.

/** What the maths needs of a camera: its scroll, zoom and size in canvas pixels. */
export interface CameraFrame {
  scrollX: number;
  scrollY: number;
  zoom: number;
  width: number;
  height: number;
}

/** One notch of the wheel, one press of + or −, multiplies the zoom by this (or divides it). */
export const ZOOM_STEP = 1.15;

/**
 * The scroll after zooming to `zoom` so the world point under canvas point (x, y) stays under
 * it. Phaser zooms about the view's centre, hence the offsets from the middle.
 */
export function scrollAfterZoom(cam: CameraFrame, x: number, y: number, zoom: number): { scrollX: number; scrollY: number } {
  const dx = x - cam.width / 2;
  const dy = y - cam.height / 2;
  return {
    scrollX: cam.scrollX + dx / cam.zoom - dx / zoom,
    scrollY: cam.scrollY + dy / cam.zoom - dy / zoom,
  };
}

/** Which way a mouse at (x, y) on a canvas of that size asks the view to pan: −1, 0 or 1 on each axis. */
export function edgeDirection(x: number, y: number, width: number, height: number, band: number): { dx: number; dy: number } {
  if (x < 0 || y < 0 || x > width || y > height) return { dx: 0, dy: 0 };
  const dx = x < band ? -1 : x > width - band ? 1 : 0;
  const dy = y < band ? -1 : y > height - band ? 1 : 0;
  return { dx, dy };
}

/** Whether canvas point (x, y) lies in the middle `share` of the view on both axes. */
export function wellInside(x: number, y: number, width: number, height: number, share: number): boolean {
  const mx = (width * (1 - share)) / 2;
  const my = (height * (1 - share)) / 2;
  return x >= mx && x <= width - mx && y >= my && y <= height - my;
}

/** The zoom factor of a pinch whose fingers went from `before` to `after` pixels apart (1 if either is degenerate). */
export function pinchFactor(before: number, after: number): number {
  return before > 1 && after > 1 ? after / before : 1;
}

/** Smooth start and stop for the camera's glide to a hex, over t from 0 to 1. */
export function easeInOut(t: number): number {
  const c = Math.min(1, Math.max(0, t));
  return c * c * (3 - 2 * c);
}

/** The rectangle of the world the camera shows, in world pixels (Phaser zooms about the view's centre). */
export function visibleWorld(cam: CameraFrame): { minX: number; minY: number; maxX: number; maxY: number } {
  const halfW = cam.width / (2 * cam.zoom);
  const halfH = cam.height / (2 * cam.zoom);
  const cx = cam.scrollX + cam.width / 2;
  const cy = cam.scrollY + cam.height / 2;
  return { minX: cx - halfW, minY: cy - halfH, maxX: cx + halfW, maxY: cy + halfH };
}
