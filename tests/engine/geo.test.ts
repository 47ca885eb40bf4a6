// Map projections: the Lambert conic's inverse undoes it, and it keeps distances true to
// within a fraction of a percent across the theatre; the sketch's equirectangular frame is unchanged.

import { describe, expect, test } from "vitest";
import { projectToGrid, unprojectFromGrid, type LambertConicFrame } from "../../src/engine";

const conic: LambertConicFrame = { kind: "lambert-conformal-conic", radiusKm: 6371, lon0: 24.5, lat0: 56.3, lat1: 54, lat2: 59, originX: -558, originY: 514 };

/** Great-circle distance on the same sphere (haversine). */
function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

describe("the Lambert conformal conic frame", () => {
  test("unprojecting a projected point gives the point back", () => {
    for (let lat = 51.5; lat <= 61; lat += 0.5) {
      for (let lon = 14; lon <= 35; lon += 0.75) {
        const p = projectToGrid(conic, lat, lon);
        const back = unprojectFromGrid(conic, p.x, p.y);
        expect(back.lat).toBeCloseTo(lat, 9);
        expect(back.lon).toBeCloseTo(lon, 9);
      }
    }
  });

  test("x grows eastward and y southward from the grid origin", () => {
    const a = projectToGrid(conic, 56, 24.5);
    expect(projectToGrid(conic, 56, 25).x).toBeGreaterThan(a.x);
    expect(projectToGrid(conic, 55.5, 24.5).y).toBeGreaterThan(a.y);
  });

  test("a short distance anywhere in 52–60.6° N is true to within 0.5 %", () => {
    for (let lat = 52; lat <= 60.6; lat += 0.4) {
      for (const [dlat, dlon] of [[0.3, 0], [0, 0.5], [0.2, 0.3]] as const) {
        const a = projectToGrid(conic, lat, 24);
        const b = projectToGrid(conic, lat + dlat, 24 + dlon);
        const ratio = Math.hypot(b.x - a.x, b.y - a.y) / greatCircleKm(lat, 24, lat + dlat, 24 + dlon);
        expect(Math.abs(ratio - 1), `at ${lat.toFixed(1)}° N`).toBeLessThan(0.005);
      }
    }
  });
});

describe("the equirectangular frame", () => {
  test("is the plain scaling the sketch map has always used", () => {
    const geo = { kind: "equirectangular", west: 16.5, north: 60.6, kmPerDegLon: 61.8, kmPerDegLat: 111.2 } as const;
    expect(projectToGrid(geo, 59.6, 18.5)).toEqual({ x: 2 * 61.8, y: expect.closeTo(111.2, 9) });
    expect(unprojectFromGrid(geo, 123.6, 111.2)).toEqual({ lat: expect.closeTo(59.6, 9), lon: expect.closeTo(18.5, 9) });
  });
});
