// The generated Baltic map (assets/map/baltic.json) against the real theatre: named places on
// land in the right country, the big waters and islands, the Narva border river, the Suwałki
// gap, distances true to the great circle, and the edge layers, gauges, ports and bridges.

import { describe, expect, test } from "vitest";
import { GAUGE, RIVER_CROSSING_COST, ROAD_COST, TERRAIN_COST, countryOf, distance, hexCentreKm, isWater, locate, lonLatOf, stepCost, terrainOf, type HexMap } from "../../src/engine";
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

describe("edges, railways and ports", () => {
  test("rivers, roads, rails and bridges are symmetric; bridges span rivers; rail hexes have a gauge; ports are coastal land", () => {
    const map = baltic();
    const bad: string[] = [];
    for (let id = 0; id < map.size; id++) {
      for (const [name, layer] of [["rivers", map.rivers], ["roads", map.roads], ["rails", map.rails], ["bridges", map.bridges]] as const) {
        for (let d = 0; d < 6; d++) {
          if (!((layer[id] ?? 0) & (1 << d))) continue;
          const n = map.neighbours[id * 6 + d] ?? -1;
          if (n < 0 || !((layer[n] ?? 0) & (1 << ((d + 3) % 6)))) bad.push(`${name} ${id}→${d}`);
        }
      }
      if ((map.bridges[id] ?? 0) & ~(map.rivers[id] ?? 0)) bad.push(`bridge off a river at ${id}`);
      if (map.rails[id] && !map.gauge[id]) bad.push(`rail without gauge at ${id}`);
    }
    for (const key of Object.keys(map.ports)) {
      const id = Number(key);
      const coast = [0, 1, 2, 3, 4, 5].some((d) => terrainOf(map, map.neighbours[id * 6 + d] ?? -1) === "sea");
      if (isWater(map, id) || !coast) bad.push(`port ${map.ports[id]} at ${id}`);
    }
    expect(bad).toEqual([]);
    expect(Object.values(map.ports).sort()).toEqual(
      ["Baltiysk", "Gdańsk", "Gdynia", "Helsinki", "Kaliningrad", "Klaipėda", "Liepāja", "Muuga", "Paldiski", "Riga", "St Petersburg", "Stockholm", "Tallinn", "Ventspils", "Visby"].sort(),
    );
  });

  test("the standard gauge reaches Kaunas from Poland; the Baltic states otherwise run on the Russian gauge", () => {
    const map = baltic();
    const gauge = (lat: number, lon: number): number => map.gauge[at(lat, lon)] ?? 0;
    expect(gauge(54.9027, 23.9096) & GAUGE.standard).toBeTruthy(); // Kaunas
    expect(gauge(54.9027, 23.9096) & GAUGE.broad).toBeTruthy();
    expect(gauge(52.2298, 21.0118)).toBe(GAUGE.standard); // Warsaw
    for (const [lat, lon] of [[59.437, 24.7535], [56.946, 24.1059], [54.6892, 25.2798], [53.9, 27.5667], [57.8136, 28.3496]] as const) expect(gauge(lat, lon)).toBe(GAUGE.broad);
  });

  test("movement pays a river crossing on unbridged river edges only", () => {
    const map = baltic();
    let bridged = 0;
    let unbridged = 0;
    const bad: string[] = [];
    for (let id = 0; id < map.size; id++) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[id * 6 + d] ?? -1;
        if (n < 0 || isWater(map, n) || !((map.rivers[id] ?? 0) & (1 << d))) continue;
        const cost = stepCost(map, "tracked", id, d, n);
        const base = (map.roads[id] ?? 0) & (1 << d) ? ROAD_COST.tracked : TERRAIN_COST.tracked[terrainOf(map, n)];
        const bridge = ((map.bridges[id] ?? 0) & (1 << d)) !== 0;
        if (bridge) bridged++;
        else unbridged++;
        if (cost !== base + (bridge ? 0 : RIVER_CROSSING_COST.tracked)) bad.push(`${id}→${n}`);
      }
    }
    expect(bad).toEqual([]);
    expect(bridged).toBeGreaterThan(100);
    expect(unbridged).toBeGreaterThan(500);
  });
});

describe("corridors", () => {
  /** Hexes reachable from a start over the edges a layer marks (and that `ok` accepts). */
  function network(map: HexMap, layer: Uint8Array, start: number, ok: (a: number, b: number) => boolean = () => true): Set<number> {
    const seen = new Set([start]);
    const queue = [start];
    for (let h = queue.shift(); h !== undefined; h = queue.shift()) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[h * 6 + d] ?? -1;
        if (n >= 0 && (layer[h] ?? 0) & (1 << d) && !seen.has(n) && ok(h, n)) {
          seen.add(n);
          queue.push(n);
        }
      }
    }
    return seen;
  }
  const city = (name: string): number => {
    const p = NAMED_PLACES.find((x) => x.name === name);
    if (!p) throw new Error(`no place ${name}`);
    return at(p.lat, p.lon);
  };

  test("one road network joins every named city on the mainland", () => {
    const map = baltic();
    const roads = network(map, map.roads, city("Tallinn"));
    const missing = NAMED_PLACES.filter((p) => !["Stockholm", "Visby"].includes(p.name) && !roads.has(city(p.name))).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  test("the railways join Tallinn, Riga, Vilnius, Minsk, Pskov, St Petersburg and Kaliningrad; the standard gauge runs from Warsaw to Kaunas", () => {
    const map = baltic();
    const rails = network(map, map.rails, city("Tallinn"));
    for (const name of ["Riga", "Vilnius", "Kaunas", "Minsk", "Pskov", "St Petersburg", "Kaliningrad", "Daugavpils", "Klaipėda"]) expect(rails.has(city(name)), name).toBe(true);
    const standard = network(map, map.rails, city("Warsaw"), (a, b) => ((map.gauge[a] ?? 0) & (map.gauge[b] ?? 0) & GAUGE.standard) !== 0);
    for (const name of ["Białystok", "Suwałki", "Kaunas", "Gdańsk"]) expect(standard.has(city(name)), name).toBe(true);
    expect(standard.has(city("Vilnius"))).toBe(false);
  });
});
