// A coarse sketch of the Baltic theatre, generated in code, for use until the real map
// (generated from Natural Earth and GeoNames, see the map issue) is in assets/map/.
// Coastlines and borders are rough polygons and latitude bands: good enough to play on,
// not to study. Deterministic: no randomness, the same map every time.

import { TERRAIN_CODE, blankLayers, buildMap, hexCentreKm, locate, type EquirectangularFrame, type HexMap, type MapData } from "../engine";

export const PLACEHOLDER_MAP_ID = "baltic-sketch";

type LonLat = readonly [number, number];

// The Baltic Sea and its gulfs, west edge to Gdańsk, up the Baltic coast, round the Gulf of
// Finland and down the Swedish coast.
const SEA: LonLat[] = [
  [16.0, 54.55], [17.5, 54.75], [18.5, 54.8], [18.75, 54.4], [19.6, 54.45], [19.9, 54.9],
  [20.6, 54.95], [21.1, 55.3], [21.05, 56.0], [20.95, 56.5], [21.4, 57.2], [22.0, 57.6],
  [22.6, 57.75], [23.2, 57.2], [24.0, 56.98], [24.35, 57.3], [24.4, 58.0], [24.5, 58.35],
  [23.6, 58.55], [23.45, 59.0], [24.05, 59.35], [24.75, 59.47], [26.0, 59.6], [28.0, 59.45],
  [29.0, 59.9], [30.25, 59.95], [29.1, 60.2], [27.0, 60.45], [25.0, 60.12], [23.0, 59.82],
  [22.0, 60.1], [21.2, 60.7], [19.0, 60.7], [18.8, 60.2], [19.0, 59.8], [18.9, 59.35],
  [18.2, 58.9], [16.9, 58.3], [16.7, 57.6], [16.4, 57.0], [16.0, 56.9],
];

const ISLANDS: LonLat[][] = [
  // Gotland
  [[18.05, 57.3], [18.2, 57.7], [18.6, 57.95], [19.3, 57.95], [18.95, 57.45], [18.35, 56.9]],
  // Saaremaa
  [[21.8, 58.3], [22.0, 58.6], [23.0, 58.6], [23.3, 58.35], [22.3, 57.95]],
  // Hiiumaa
  [[22.2, 58.9], [22.5, 59.07], [23.0, 58.95], [22.7, 58.7]],
];

const LAKES: LonLat[][] = [
  // Peipus and Pskov
  [[27.3, 58.98], [27.85, 58.85], [27.6, 58.35], [27.9, 57.95], [27.55, 57.8], [27.0, 58.4]],
  // Ladoga, south-west shore
  [[30.7, 60.7], [31.0, 60.1], [31.6, 59.95], [32.6, 60.1], [32.6, 60.7]],
];

export const PLACEHOLDER_CITIES: { name: string; lat: number; lon: number; population: number }[] = [
  { name: "Tallinn", lat: 59.44, lon: 24.75, population: 438000 },
  { name: "Tartu", lat: 58.38, lon: 26.72, population: 97000 },
  { name: "Narva", lat: 59.38, lon: 28.19, population: 53000 },
  { name: "Pärnu", lat: 58.39, lon: 24.5, population: 51000 },
  { name: "Riga", lat: 56.95, lon: 24.11, population: 605000 },
  { name: "Daugavpils", lat: 55.87, lon: 26.53, population: 79000 },
  { name: "Rēzekne", lat: 56.51, lon: 27.33, population: 26000 },
  { name: "Liepāja", lat: 56.51, lon: 21.01, population: 67000 },
  { name: "Vilnius", lat: 54.69, lon: 25.28, population: 592000 },
  { name: "Kaunas", lat: 54.9, lon: 23.9, population: 305000 },
  { name: "Klaipėda", lat: 55.71, lon: 21.13, population: 158000 },
  { name: "Šiauliai", lat: 55.93, lon: 23.31, population: 107000 },
  { name: "Kaliningrad", lat: 54.71, lon: 20.51, population: 490000 },
  { name: "Suwałki", lat: 54.1, lon: 22.93, population: 69000 },
  { name: "Białystok", lat: 53.13, lon: 23.16, population: 292000 },
  { name: "Warsaw", lat: 52.23, lon: 21.01, population: 1860000 },
  { name: "Gdańsk", lat: 54.35, lon: 18.65, population: 486000 },
  { name: "Minsk", lat: 53.9, lon: 27.56, population: 2000000 },
  { name: "Hrodna", lat: 53.68, lon: 23.83, population: 357000 },
  { name: "Pskov", lat: 57.82, lon: 28.33, population: 187000 },
  { name: "St Petersburg", lat: 59.94, lon: 30.31, population: 5600000 },
  { name: "Helsinki", lat: 60.17, lon: 24.94, population: 674000 },
  { name: "Stockholm", lat: 59.33, lon: 18.07, population: 984000 },
  { name: "Visby", lat: 57.64, lon: 18.29, population: 24000 },
];

// Road corridors as chains of city names.
const ROADS: string[][] = [
  ["Warsaw", "Białystok", "Suwałki", "Kaunas", "Šiauliai", "Riga", "Pärnu", "Tallinn"],
  ["St Petersburg", "Narva", "Tallinn"],
  ["Pskov", "Tartu", "Tallinn"],
  ["Pskov", "Rēzekne", "Riga"],
  ["Rēzekne", "Daugavpils", "Vilnius"],
  ["Minsk", "Vilnius", "Kaunas", "Kaliningrad"],
  ["Daugavpils", "Riga"],
  ["Kaunas", "Klaipėda"],
  ["Riga", "Liepāja"],
  ["Hrodna", "Vilnius"],
  ["Minsk", "Hrodna", "Białystok"],
  ["St Petersburg", "Pskov"],
  ["Gdańsk", "Warsaw"],
  ["Gdańsk", "Kaliningrad"],
];

// Rivers as lon/lat polylines: Daugava, Narva, Nemunas, Gauja.
const RIVERS: LonLat[][] = [
  [[28.6, 55.6], [27.4, 55.8], [26.5, 55.9], [25.6, 56.3], [24.9, 56.6], [24.15, 57.0]],
  [[28.0, 59.45], [28.15, 59.1], [27.75, 58.95]],
  [[25.3, 54.0], [24.4, 54.3], [23.95, 54.85], [23.2, 55.05], [22.2, 55.05], [21.3, 55.25]],
  [[26.8, 57.5], [26.0, 57.4], [25.2, 57.25], [24.4, 57.2]],
];

const GEO: EquirectangularFrame = { kind: "equirectangular", west: 16.5, north: 60.6, kmPerDegLon: 61.8, kmPerDegLat: 111.2 };

function inside(poly: readonly LonLat[], lon: number, lat: number): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i] ?? [0, 0];
    const [xj, yj] = poly[j] ?? [0, 0];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Rough national territory by coordinates: a placeholder for real borders. */
function countryAt(lon: number, lat: number): string {
  if (lat >= 54.35 && lat <= 55.3 && lon >= 19.4 && lon <= 22.8) return "RU-KGD";
  if (lat < 54.35 && lon < 23.6 && !(lat > 53.95 && lon > 23.4)) return "PL";
  if (lon < 20.5 && lat > 55.5) return "SE";
  if (lat > 59.9 && lon < 28.8) return "FI";
  const ltNorth = 56.4 - (lon - 21) * 0.1;
  if (lat < ltNorth && lat >= 53.9 && lon < 26.7 - Math.max(0, 55.2 - lat) * 0.7) return "LT";
  if (lat < 57.75 && lon < 28.2 && lat >= 55.6) return lat > 56.0 || lon < 27.0 ? "LV" : "BY";
  if (lat >= 57.75 && (lon < 27.9 || (lat > 59.0 && lon < 28.22))) return "EE";
  if (lat < 56.0 && lon >= 26.0) return "BY";
  if (lat < 53.9) return "BY";
  return "RU";
}

/** Smooth deterministic noise in [0, 1) from grid coordinates (no generator needed). */
function noise(x: number, y: number): number {
  const cell = (i: number, j: number): number => {
    let h = Math.imul(i, 374761393) ^ Math.imul(j, 668265263);
    h = Math.imul(h ^ (h >>> 13), 1274126177);
    return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
  };
  const i = Math.floor(x);
  const j = Math.floor(y);
  const fx = x - i;
  const fy = y - j;
  const a = cell(i, j) + (cell(i + 1, j) - cell(i, j)) * fx;
  const b = cell(i, j + 1) + (cell(i + 1, j + 1) - cell(i, j + 1)) * fx;
  return a + (b - a) * fy;
}

function lineHexes(map: HexMap, from: LonLat, to: LonLat): number[] {
  const out: number[] = [];
  const steps = 200;
  for (let s = 0; s <= steps; s++) {
    const lon = from[0] + ((to[0] - from[0]) * s) / steps;
    const lat = from[1] + ((to[1] - from[1]) * s) / steps;
    const id = locate(map, lat, lon);
    if (id >= 0 && out[out.length - 1] !== id) out.push(id);
  }
  return out;
}

function link(map: HexMap, layer: Uint8Array, a: number, b: number): void {
  for (let d = 0; d < 6; d++) {
    if (map.neighbours[a * 6 + d] === b) {
      layer[a] = (layer[a] ?? 0) | (1 << d);
      layer[b] = (layer[b] ?? 0) | (1 << ((d + 3) % 6));
    }
  }
}

export function buildPlaceholderMap(): HexMap {
  const cols = 100;
  const rows = 111;
  const size = cols * rows;
  const data: MapData = {
    id: PLACEHOLDER_MAP_ID,
    name: "Baltic theatre (placeholder sketch)",
    cols,
    rows,
    kmPerHex: 10,
    ...blankLayers(size),
    countries: ["", "EE", "LV", "LT", "PL", "RU", "RU-KGD", "BY", "FI", "SE"],
    cities: {},
    ports: {},
    geo: GEO,
  };
  for (let id = 0; id < size; id++) {
    const { x, y } = hexCentreKm(data, id);
    const lon = GEO.west + x / GEO.kmPerDegLon;
    const lat = GEO.north - y / GEO.kmPerDegLat;
    const sea = inside(SEA, lon, lat) && !ISLANDS.some((p) => inside(p, lon, lat));
    if (sea) continue; // terrain 0 = sea, country 0 = none
    data.country[id] = Math.max(0, data.countries.indexOf(countryAt(lon, lat)));
    if (LAKES.some((p) => inside(p, lon, lat))) {
      data.terrain[id] = TERRAIN_CODE.lake;
      continue;
    }
    const n = noise(x / 45, y / 45) * 0.65 + noise(x / 17 + 50, y / 17) * 0.35;
    const wet = noise(x / 30 + 200, y / 30 + 90);
    data.terrain[id] = wet > 0.78 ? TERRAIN_CODE.marsh : n > 0.52 ? TERRAIN_CODE.forest : TERRAIN_CODE.open;
  }
  const map = buildMap(data);
  for (const c of PLACEHOLDER_CITIES) {
    const id = locate(map, c.lat, c.lon);
    if (id < 0 || map.terrain[id] === TERRAIN_CODE.sea || map.terrain[id] === TERRAIN_CODE.lake) {
      throw new Error(`placeholder map: ${c.name} does not fall on land`);
    }

    map.cities[id] = { name: c.name, population: c.population };
    if (c.population >= 100000) map.terrain[id] = TERRAIN_CODE.urban;
  }
  for (const chain of ROADS) {
    for (let i = 1; i < chain.length; i++) {
      const a = PLACEHOLDER_CITIES.find((c) => c.name === chain[i - 1]);
      const b = PLACEHOLDER_CITIES.find((c) => c.name === chain[i]);
      if (!a || !b) throw new Error(`placeholder map: unknown city in road ${chain.join("–")}`);
      const hexes = lineHexes(map, [a.lon, a.lat], [b.lon, b.lat]);
      for (let k = 1; k < hexes.length; k++) {
        const p = hexes[k - 1] ?? -1;
        const q = hexes[k] ?? -1;
        if (map.terrain[q] === TERRAIN_CODE.sea || map.terrain[p] === TERRAIN_CODE.sea) continue;
        link(map, map.roads, p, q);
      }
    }
  }
  // Rivers run along hex edges: for each step of the line, the edge on its left bank.
  for (const river of RIVERS) {
    for (let i = 1; i < river.length; i++) {
      const hexes = lineHexes(map, river[i - 1] ?? [0, 0], river[i] ?? [0, 0]);
      for (let k = 1; k < hexes.length; k++) {
        const p = hexes[k - 1] ?? -1;
        const q = hexes[k] ?? -1;
        for (let d = 0; d < 6; d++) {
          if (map.neighbours[p * 6 + d] !== q) continue;
          const side = map.neighbours[p * 6 + ((d + 1) % 6)] ?? -1;
          if (side >= 0) link(map, map.rivers, p, side);
          const side2 = map.neighbours[q * 6 + ((d + 2) % 6)] ?? -1;
          if (side2 >= 0 && side2 === side) link(map, map.rivers, q, side);
        }
      }
    }
  }
  // The sketch has no bridge data: every road over a river is taken to bridge it.
  for (let id = 0; id < size; id++) map.bridges[id] = (map.roads[id] ?? 0) & (map.rivers[id] ?? 0);
  return map;
}
