// The generated Baltic map (assets/map/baltic.json) against the real theatre: named places on
// land in the right country, the big waters and islands, the Narva border river, the Suwałki
// gap, and distances true to the great circle.

import { describe, expect, test } from "vitest";
import { countryOf, distance, hexCentreKm, isWater, locate, lonLatOf, terrainOf, type HexMap } from "../../src/engine";
import { BALTIC_MAP_ID, loadMap } from "../../src/scenario";
import { NAMED_PLACES, greatCircleKm } from "./places";

function baltic(): HexMap {
  const map = loadMap(BALTIC_MAP_ID);
  if (!map) throw new Error("the Baltic map is missing");
  return map;
}

const at = (lat: number, lon: number): number => locate(baltic(), lat, lon);

describe("the Baltic map's extent and grid", () => {
  test("covers the whole box of 16.5–32.5° E and 52.0–60.6° N", () => {
    const off: string[] = [];
    for (let lat = 52; lat <= 60.6001; lat += 0.1) for (let lon = 16.5; lon <= 32.5001; lon += 0.1) if (at(lat, lon) < 0) off.push(`${lat.toFixed(1)},${lon.toFixed(1)}`);
    expect(off).toEqual([]);
  });

  test("has more than 10,000 hexes about 10 km apart, and locate(lonLatOf(hex)) is the hex itself", () => {
    const map = baltic();
    expect(map.size).toBeGreaterThan(10_000);
    expect(map.kmPerHex).toBe(10);
    const bad: number[] = [];
    for (let id = 0; id < map.size; id++) {
      const p = lonLatOf(map, id);
      if (locate(map, p.lat, p.lon) !== id) bad.push(id);
    }
    expect(bad).toEqual([]);
  });
});

describe("named places", () => {
  test.each(NAMED_PLACES.map((p) => [p.name, p] as const))("%s is on land, in the right country, and named on its hex", (_name, place) => {
    const map = baltic();
    const id = at(place.lat, place.lon);
    expect(id).toBeGreaterThanOrEqual(0);
    expect(isWater(map, id)).toBe(false);
    expect(countryOf(map, id)).toBe(place.country);
    expect(map.cities[id]?.population ?? 0).toBeGreaterThanOrEqual(20_000);
  });
});

describe("water and islands", () => {
  test("Lake Peipus, Pskov lake, Võrtsjärv and Lubāns are lakes; the gulfs are sea", () => {
    const map = baltic();
    for (const [lat, lon] of [[58.75, 27.4], [58.55, 27.45], [57.95, 27.85], [58.25, 26.03], [56.78, 26.9], [60.5, 31.5]] as const) expect(terrainOf(map, at(lat, lon)), `${lat}, ${lon}`).toBe("lake");
    for (const [lat, lon] of [[57.6, 23.5], [57.2, 23.6], [59.8, 25.5], [59.9, 27.5], [56.0, 19.0]] as const) expect(terrainOf(map, at(lat, lon)), `${lat}, ${lon}`).toBe("sea");
    expect(countryOf(map, at(57.6, 23.5))).toBeNull();
  });

  test("Gotland, Saaremaa and Hiiumaa are land", () => {
    const map = baltic();
    expect(countryOf(map, at(57.45, 18.5))).toBe("SE");
    expect(countryOf(map, at(58.4, 22.55))).toBe("EE");
    expect(countryOf(map, at(58.88, 22.6))).toBe("EE");
    for (const [lat, lon] of [[57.45, 18.5], [58.4, 22.55], [58.88, 22.6]] as const) expect(isWater(map, at(lat, lon))).toBe(false);
  });
});

describe("borders", () => {
  test("the Narva river runs along most of the land border between Estonia and Russia north of Lake Peipus", () => {
    const map = baltic();
    let border = 0;
    let river = 0;
    for (let id = 0; id < map.size; id++) {
      if (countryOf(map, id) !== "EE" || lonLatOf(map, id).lat < 59.0) continue;
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[id * 6 + d] ?? -1;
        if (n < 0 || countryOf(map, n) !== "RU" || isWater(map, id) || isWater(map, n)) continue;
        border++;
        if ((map.rivers[id] ?? 0) & (1 << d)) river++;
      }
    }
    expect(border).toBeGreaterThan(5);
    expect(river / border).toBeGreaterThan(0.7);
  });

  test("the Suwałki gap between Kaliningrad oblast and Belarus is at most 7 hexes wide", () => {
    const map = baltic();
    const kgd: number[] = [];
    const by: number[] = [];
    for (let id = 0; id < map.size; id++) {
      if (countryOf(map, id) === "RU-KGD") kgd.push(id);
      else if (countryOf(map, id) === "BY") by.push(id);
    }
    let km = Infinity;
    let steps = Infinity;
    for (const a of kgd) {
      for (const b of by) {
        const ca = hexCentreKm(map, a);
        const cb = hexCentreKm(map, b);
        km = Math.min(km, Math.hypot(ca.x - cb.x, ca.y - cb.y));
        steps = Math.min(steps, distance(map, a, b));
      }
    }
    // Each nearest centre lies up to half a hex inside its own border: the width between the
    // borders is the centres' distance less one hex (Natural Earth: 66 km from tripoint to tripoint).
    expect(km / map.kmPerHex - 1).toBeLessThanOrEqual(7);
    // A unit crossing the gap on the diagonal grid needs a few steps more.
    expect(steps).toBeLessThanOrEqual(9);
  });
});

describe("distances", () => {
  test("between named cities more than 150 km apart, hex centres are within 10 % of the great-circle distance", () => {
    const map = baltic();
    const bad: string[] = [];
    let worst = 0;
    for (const a of NAMED_PLACES) {
      for (const b of NAMED_PLACES) {
        if (a.name >= b.name) continue;
        const gc = greatCircleKm(a, b);
        if (gc <= 150) continue;
        const ca = hexCentreKm(map, at(a.lat, a.lon));
        const cb = hexCentreKm(map, at(b.lat, b.lon));
        const ratio = Math.hypot(ca.x - cb.x, ca.y - cb.y) / gc;
        worst = Math.max(worst, Math.abs(ratio - 1));
        if (Math.abs(ratio - 1) > 0.1) bad.push(`${a.name}–${b.name}: ${ratio.toFixed(3)}`);
      }
    }
    expect(bad).toEqual([]);
    expect(worst).toBeLessThan(0.05);
  });
});
