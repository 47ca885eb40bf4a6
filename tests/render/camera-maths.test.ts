// The camera's arithmetic: zooming keeps the point under the pointer fixed, the edge band, the
// "well inside the view" test for focus, and the pinch's factor.

import { describe, expect, test } from "vitest";
import { ZOOM_STEP, easeInOut, edgeDirection, pinchFactor, scrollAfterZoom, visibleWorld, wellInside, type CameraFrame } from "../../src/render/camera-maths";

/** The world point under canvas point (x, y), as Phaser's camera places it (zoom about the view's centre). */
function worldAt(cam: CameraFrame, x: number, y: number): { x: number; y: number } {
  return { x: (x - cam.width / 2) / cam.zoom + cam.scrollX + cam.width / 2, y: (y - cam.height / 2) / cam.zoom + cam.scrollY + cam.height / 2 };
}

describe("zooming about a point", () => {
  const cam: CameraFrame = { scrollX: 300, scrollY: -40, zoom: 0.8, width: 1000, height: 700 };

  test("the world point under the pointer stays under it", () => {
    for (const [x, y] of [[0, 0], [123, 456], [1000, 700], [500, 350]] as const) {
      const before = worldAt(cam, x, y);
      const zoom = cam.zoom * ZOOM_STEP;
      const after = worldAt({ ...cam, ...scrollAfterZoom(cam, x, y, zoom), zoom }, x, y);
      expect(after.x).toBeCloseTo(before.x, 9);
      expect(after.y).toBeCloseTo(before.y, 9);
    }
  });

  test("zooming about the middle of the view leaves the scroll as it was", () => {
    expect(scrollAfterZoom(cam, 500, 350, 2)).toEqual({ scrollX: 300, scrollY: -40 });
  });

  test("one step in and one step out come back to the same scroll", () => {
    const zoom = cam.zoom * ZOOM_STEP;
    const zoomed = { ...cam, ...scrollAfterZoom(cam, 80, 600, zoom), zoom };
    const back = scrollAfterZoom(zoomed, 80, 600, cam.zoom);
    expect(back.scrollX).toBeCloseTo(cam.scrollX, 9);
    expect(back.scrollY).toBeCloseTo(cam.scrollY, 9);
  });
});

describe("the edge band", () => {
  test("a mouse within the band pans toward its edge, corners on both axes", () => {
    expect(edgeDirection(5, 300, 800, 600, 20)).toEqual({ dx: -1, dy: 0 });
    expect(edgeDirection(795, 300, 800, 600, 20)).toEqual({ dx: 1, dy: 0 });
    expect(edgeDirection(400, 10, 800, 600, 20)).toEqual({ dx: 0, dy: -1 });
    expect(edgeDirection(400, 590, 800, 600, 20)).toEqual({ dx: 0, dy: 1 });
    expect(edgeDirection(3, 597, 800, 600, 20)).toEqual({ dx: -1, dy: 1 });
  });

  test("inside the band's inner line, or off the canvas, nothing pans", () => {
    expect(edgeDirection(20, 20, 800, 600, 20)).toEqual({ dx: 0, dy: 0 });
    expect(edgeDirection(400, 300, 800, 600, 20)).toEqual({ dx: 0, dy: 0 });
    expect(edgeDirection(-1, 300, 800, 600, 20)).toEqual({ dx: 0, dy: 0 });
    expect(edgeDirection(400, 601, 800, 600, 20)).toEqual({ dx: 0, dy: 0 });
  });
});

describe("focus", () => {
  test("a point in the middle 70 % of the view is well inside; one near the edge is not", () => {
    expect(wellInside(500, 400, 1000, 800, 0.7)).toBe(true);
    expect(wellInside(155, 125, 1000, 800, 0.7)).toBe(true);
    expect(wellInside(140, 400, 1000, 800, 0.7)).toBe(false);
    expect(wellInside(500, 790, 1000, 800, 0.7)).toBe(false);
    expect(wellInside(-50, 400, 1000, 800, 0.7)).toBe(false);
  });

  test("the glide starts and ends at rest and is half way at half time", () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(0.5)).toBe(0.5);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(2)).toBe(1);
  });
});

describe("the pinch", () => {
  test("fingers moving apart zoom in by the ratio of their distances", () => {
    expect(pinchFactor(100, 150)).toBe(1.5);
    expect(pinchFactor(200, 100)).toBe(0.5);
  });

  test("fingers on the same spot leave the zoom alone", () => {
    expect(pinchFactor(0, 50)).toBe(1);
    expect(pinchFactor(50, 0)).toBe(1);
  });
});

describe("the world the camera shows", () => {
  test("is the view's size over the zoom, centred where Phaser centres it", () => {
    const cam: CameraFrame = { scrollX: 300, scrollY: -40, zoom: 0.5, width: 1000, height: 700 };
    const view = visibleWorld(cam);
    expect(view.maxX - view.minX).toBeCloseTo(2000, 9);
    expect(view.maxY - view.minY).toBeCloseTo(1400, 9);
    // The canvas's corners map to the box's corners (worldAt above is Phaser's placement).
    expect(worldAt(cam, 0, 0)).toEqual({ x: view.minX, y: view.minY });
    expect(worldAt(cam, 1000, 700)).toEqual({ x: view.maxX, y: view.maxY });
  });
});
