// The static map: neighbour indexes, km and lat/lon placement, terrain queries and the registry.

import { describe, expect, test } from "vitest";
import {
  axialOf,
  buildMap,
  directionTo,
  distance,
  findMap,
  hexAt,
  hexAtKm,
  hexCentreKm,
  isHex,
  isWater,
  locate,
  lonLatOf,
  mapOf,
  opposite,
  terrainOf,
} from "../../src/engine";
import { BALTIC_MAP_ID, loadMap } from "../../src/scenario";
import { PLACEHOLDER_CITIES, buildPlaceholderMap, sketchMap } from "../fixtures/sketch-map";
import { cellId, gridMap } from "../fixtures/grid";

const placeholder = sketchMap;

const grid = gridMap({ id: "map-test-grid", cols: 9, rows: 7, terrain: { lake: [[4, 3]], sea: [[0, 0]], forest: [[2, 2]] } });

describe.each([
  ["a small grid", () => grid],
  ["the placeholder map", placeholder],
])("neighbours on %s", (_name, get) => {
  // Mismatches are collected and compared once: an expect per hex would dominate the run time.
  test("every neighbour is adjacent, and the neighbour's opposite neighbour is the hex itself", () => {
    const map = get();
    const bad: string[] = [];
    for (let id = 0; id < map.size; id++) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[id * 6 + d] ?? -2;
        if (n === -1) continue;
        const ok = isHex(map, n) && distance(map, id, n) === 1 && map.neighbours[n * 6 + opposite(d)] === id && directionTo(map, id, n) === d;
        if (!ok) bad.push(`${id} → ${d}: ${n}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("a hex's axial coordinates lead back to its id", () => {
    const map = get();
    const bad: number[] = [];
    for (let id = 0; id < map.size; id++) {
      const a = axialOf(map, id);
      if (hexAt(map, a.q, a.r) !== id) bad.push(id);
    }
    expect(bad).toEqual([]);
  });

  test("the centre of every hex, in km, lies in that hex", () => {
    const map = get();
    const bad: number[] = [];
    for (let id = 0; id < map.size; id++) {
      const { x, y } = hexCentreKm(map, id);
      if (hexAtKm(map, x, y) !== id) bad.push(id);
    }
    expect(bad).toEqual([]);
  });

  test("roads and rivers are symmetric: an edge marked on one side is marked on the other", () => {
    const map = get();
    const bad: string[] = [];
    for (const [name, layer] of [["roads", map.roads], ["rivers", map.rivers], ["rails", map.rails]] as const) {
      for (let id = 0; id < map.size; id++) {
        for (let d = 0; d < 6; d++) {
          if (!((layer[id] ?? 0) & (1 << d))) continue;
          const n = map.neighbours[id * 6 + d] ?? -1;
          if (n < 0 || !((layer[n] ?? 0) & (1 << opposite(d)))) bad.push(`${name} ${id} → ${d}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("the grid's edges", () => {
  test("a hex on the edge of the map has -1 for the neighbours beyond it", () => {
    expect(grid.neighbours[0 * 6 + 3]).toBe(-1); // west of the top-left corner
    expect(grid.neighbours[0 * 6 + 2]).toBe(-1); // north-west of it
    expect(hexAt(grid, -1, 0)).toBe(-1);
    expect(hexAt(grid, 0, grid.rows)).toBe(-1);
    expect(hexAtKm(grid, -50, -50)).toBe(-1);
  });

  test("isHex accepts only whole ids on the map", () => {
    expect(isHex(grid, 0)).toBe(true);
    expect(isHex(grid, grid.size - 1)).toBe(true);
    for (const bad of [-1, grid.size, 1.5, Number.NaN, Infinity, 1e308, "3", null, undefined]) expect(isHex(grid, bad)).toBe(false);
  });

  test("terrain queries read the terrain layer", () => {
    expect(terrainOf(grid, cellId(9, [2, 2]))).toBe("forest");
    expect(terrainOf(grid, cellId(9, [1, 1]))).toBe("open");
    expect(isWater(grid, cellId(9, [4, 3]))).toBe(true);
    expect(isWater(grid, cellId(9, [0, 0]))).toBe(true);
    expect(isWater(grid, cellId(9, [2, 2]))).toBe(false);
  });
});

describe("placing by latitude and longitude on the placeholder map", () => {
  test("locate(lonLatOf(hex)) is the same hex for every hex on the map", () => {
    const map = placeholder();
    const bad: number[] = [];
    for (let id = 0; id < map.size; id++) {
      const { lat, lon } = lonLatOf(map, id);
      if (locate(map, lat, lon) !== id) bad.push(id);
    }
    expect(bad).toEqual([]);
  });

  test("every city of the sketch lies on land within half a hex of its coordinates", () => {
    const map = placeholder();
    for (const city of PLACEHOLDER_CITIES) {
      const id = locate(map, city.lat, city.lon);
      expect(id, city.name).toBeGreaterThanOrEqual(0);
      expect(isWater(map, id), city.name).toBe(false);
      expect(map.cities[id]?.name).toBe(city.name);
      const centre = lonLatOf(map, id);
      const geo = map.geo;
      if (geo.kind !== "equirectangular") throw new Error("the sketch map is equirectangular");
      expect(Math.abs(centre.lat - city.lat) * geo.kmPerDegLat).toBeLessThan(map.kmPerHex);
      expect(Math.abs(centre.lon - city.lon) * geo.kmPerDegLon).toBeLessThan(map.kmPerHex);
    }
  });

  test("points outside the frame are off the map", () => {
    const map = placeholder();
    expect(locate(map, 70, 24)).toBe(-1);
    expect(locate(map, 58, 0)).toBe(-1);
    expect(locate(map, 40, 24)).toBe(-1);
  });

  test("the sketch has roads and rivers, and the Gulf of Finland is sea", () => {
    const map = placeholder();
    expect(map.roads.some((bits) => bits !== 0)).toBe(true);
    expect(map.rivers.some((bits) => bits !== 0)).toBe(true);
    expect(terrainOf(map, locate(map, 59.8, 25.5))).toBe("sea");
  });
});

describe("building and registering maps", () => {
  test("the placeholder map is the same every time it is built", () => {
    const a = buildPlaceholderMap();
    const b = buildPlaceholderMap();
    for (const key of ["terrain", "country", "rivers", "roads", "rails"] as const) expect(Buffer.from(a[key]).equals(Buffer.from(b[key])), key).toBe(true);
    expect(a.cities).toEqual(b.cities);
  });

  test("loading a map twice gives the one registered instance", () => {
    const first = loadMap(BALTIC_MAP_ID);
    expect(first).toBeDefined();
    expect(loadMap(BALTIC_MAP_ID)).toBe(first);
    expect(findMap(BALTIC_MAP_ID)).toBe(first);
  });

  test("buildMap refuses layers of the wrong length", () => {
    expect(() =>
      buildMap({
        id: "broken",
        name: "broken",
        cols: 2,
        rows: 2,
        kmPerHex: 10,
        terrain: new Uint8Array(3),
        country: new Uint8Array(4),
        countries: [""],
        rivers: new Uint8Array(4),
        roads: new Uint8Array(4),
        rails: new Uint8Array(4),
        gauge: new Uint8Array(4),
        bridges: new Uint8Array(4),
        cities: {},
        ports: {},
        geo: { kind: "equirectangular", west: 0, north: 0, kmPerDegLon: 1, kmPerDegLat: 1 },
      }),
    ).toThrow(/terrain/);
  });

  test("mapOf finds a registered map and throws for an unknown one (a programming error)", () => {
    expect(mapOf({ map: grid.id })).toBe(grid);
    expect(() => mapOf({ map: "no-such-map" })).toThrow(/not loaded/);
  });

  test("names of Object.prototype members are not maps", () => {
    for (const id of ["constructor", "toString", "hasOwnProperty", "__proto__"]) {
      expect(findMap(id)).toBeUndefined();
      expect(() => mapOf({ map: id })).toThrow(/not loaded/);
    }
  });
});
