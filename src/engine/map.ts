// The static map: terrain, rivers, roads and places of every hex. It is loaded once, kept
// outside the per-turn state (GameState names it by id) and never changes during a game.

import { projectToGrid, unprojectFromGrid, type GeoFrame } from "./geo";
import { DIRECTIONS, axialRound, offsetToAxial, type Axial } from "./hex";
import type { HexId } from "./types";

export const TERRAINS = ["sea", "lake", "open", "forest", "marsh", "urban"] as const;
export type Terrain = (typeof TERRAINS)[number];
export const TERRAIN_CODE: Readonly<Record<Terrain, number>> = {
  sea: 0,
  lake: 1,
  open: 2,
  forest: 3,
  marsh: 4,
  urban: 5,
};

export interface City {
  name: string;
  population: number;
}

/** What a map is made from: per-hex arrays in row-major order (id = row * cols + col). */
export interface MapData {
  id: string;
  name: string;
  cols: number;
  rows: number;
  /** Distance between adjacent hex centres. */
  kmPerHex: number;
  /** Terrain code per hex (TERRAIN_CODE). */
  terrain: Uint8Array;
  /** Index into `countries` per hex; 0 means none (sea). */
  country: Uint8Array;
  countries: string[];
  /** Bit d set: a river runs along the hex's edge in direction d. Kept symmetric. */
  rivers: Uint8Array;
  /** Bit d set: a road leaves the hex in direction d. Kept symmetric. */
  roads: Uint8Array;
  /** Bit d set: a railway leaves the hex in direction d. Kept symmetric. */
  rails: Uint8Array;
  /** Rail gauges present in the hex (GAUGE bits); 0 without a railway. */
  gauge: Uint8Array;
  /**
   * Bit d set: a bridge crosses the river edge in direction d, so crossing it costs no river
   * penalty. Kept symmetric; only meaningful where `rivers` has the same bit.
   */
  bridges: Uint8Array;
  cities: Record<number, City>;
  /** Harbours that can land or ship forces, by hex: the port's name. */
  ports: Record<number, string>;
  /** How latitude and longitude fall on the grid, for placing things by coordinates. */
  geo: GeoFrame;
}

/** Rail gauges as bits: the Russian gauge (1,520 mm, and Finland's compatible 1,524 mm) and the standard gauge (1,435 mm). */
export const GAUGE = { broad: 1, standard: 2 } as const;

export interface HexMap extends MapData {
  size: number;
  /** Six neighbour ids per hex (DIRECTIONS order); -1 where the map ends. */
  neighbours: Int32Array;
  q: Int32Array;
  r: Int32Array;
}

/** The per-hex byte layers of a map, each `cols * rows` long. */
export const MAP_LAYERS = ["terrain", "country", "rivers", "roads", "rails", "gauge", "bridges"] as const;

/** Every per-hex layer of a map of `size` hexes, zeroed: sea, no country, no edges. */
export function blankLayers(size: number): Pick<MapData, (typeof MAP_LAYERS)[number]> {
  return {
    terrain: new Uint8Array(size),
    country: new Uint8Array(size),
    rivers: new Uint8Array(size),
    roads: new Uint8Array(size),
    rails: new Uint8Array(size),
    gauge: new Uint8Array(size),
    bridges: new Uint8Array(size),
  };
}

/** Builds the derived indexes of a map once. */
export function buildMap(data: MapData): HexMap {
  const size = data.cols * data.rows;
  for (const key of MAP_LAYERS) {
    if (data[key].length !== size) throw new Error(`map ${data.id}: ${key} has ${data[key].length} entries, expected ${size}`);
  }
  const q = new Int32Array(size);
  const r = new Int32Array(size);
  const neighbours = new Int32Array(size * 6).fill(-1);
  for (let row = 0; row < data.rows; row++) {
    for (let col = 0; col < data.cols; col++) {
      const id = row * data.cols + col;
      const a = offsetToAxial(col, row);
      q[id] = a.q;
      r[id] = a.r;
    }
  }
  const map: HexMap = { ...data, size, neighbours, q, r };
  for (let id = 0; id < size; id++) {
    for (let d = 0; d < 6; d++) {
      const dir = DIRECTIONS[d] as Axial;
      neighbours[id * 6 + d] = hexAt(map, (q[id] ?? 0) + dir.q, (r[id] ?? 0) + dir.r);
    }
  }
  return map;
}

/** The id of the hex at axial (q, r), or -1 off the map. */
export function hexAt(map: Pick<MapData, "cols" | "rows">, q: number, r: number): HexId {
  if (r < 0 || r >= map.rows) return -1;
  const col = q + (r - (r & 1)) / 2;
  if (col < 0 || col >= map.cols) return -1;
  return r * map.cols + col;
}

/** Centre of a hex in km on the map's frame (x east, y south). */
export function hexCentreKm(map: Pick<MapData, "cols" | "kmPerHex">, id: HexId): { x: number; y: number } {
  const row = Math.floor(id / map.cols);
  const col = id - row * map.cols;
  return { x: (col + 0.5 * (row & 1)) * map.kmPerHex, y: row * map.kmPerHex * (Math.sqrt(3) / 2) };
}

/** The hex containing a point given in km on the map's frame, or -1 off the map. */
export function hexAtKm(map: Pick<MapData, "cols" | "rows" | "kmPerHex">, x: number, y: number): HexId {
  const size = map.kmPerHex / Math.sqrt(3);
  const fq = ((Math.sqrt(3) / 3) * x - (1 / 3) * y) / size;
  const fr = ((2 / 3) * y) / size;
  const a = axialRound(fq, fr);
  return hexAt(map, a.q, a.r);
}

/** The hex at a latitude and longitude, or -1 outside the map. */
export function locate(map: Pick<MapData, "cols" | "rows" | "kmPerHex" | "geo">, lat: number, lon: number): HexId {
  const { x, y } = projectToGrid(map.geo, lat, lon);
  return hexAtKm(map, x, y);
}

/** Latitude and longitude of a hex centre. */
export function lonLatOf(map: Pick<MapData, "cols" | "kmPerHex" | "geo">, id: HexId): { lat: number; lon: number } {
  const { x, y } = hexCentreKm(map, id);
  return unprojectFromGrid(map.geo, x, y);
}

export function isHex(map: HexMap, id: unknown): id is HexId {
  return typeof id === "number" && Number.isInteger(id) && id >= 0 && id < map.size;
}

export function axialOf(map: HexMap, id: HexId): Axial {
  return { q: map.q[id] ?? 0, r: map.r[id] ?? 0 };
}

/** Hex steps between two hexes: axialDistance of their coordinates, without building them. */
export function distance(map: HexMap, a: HexId, b: HexId): number {
  const dq = (map.q[a] ?? 0) - (map.q[b] ?? 0);
  const dr = (map.r[a] ?? 0) - (map.r[b] ?? 0);
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

/** The direction (0–5) from hex a to its neighbour b, or -1 if they are not adjacent. */
export function directionTo(map: HexMap, a: HexId, b: HexId): number {
  for (let d = 0; d < 6; d++) if (map.neighbours[a * 6 + d] === b) return d;
  return -1;
}

/**
 * Steps over land from the nearest of `starts` to every hex (-1 where none leads): a
 * breadth-first search that never crosses water, so a gulf does not join two shores. Hexes more
 * than `maxSteps` away stay -1.
 */
export function landSteps(map: HexMap, starts: Iterable<HexId>, maxSteps = Infinity): Int32Array {
  const steps = new Int32Array(map.size).fill(-1);
  // One queue in breadth-first order rather than a frontier array per step: the steps come
  // out the same, each hex's distance to the nearest start.
  if (bfsQueue.length < map.size) bfsQueue = new Int32Array(map.size);
  const queue = bfsQueue;
  const land = landNeighbours(map);
  let tail = 0;
  for (const hex of starts) {
    if (hex < 0 || hex >= map.size || steps[hex] === 0) continue;
    steps[hex] = 0;
    queue[tail++] = hex;
  }
  for (let head = 0; head < tail; head++) {
    const hex = queue[head] as number;
    const k = (steps[hex] as number) + 1;
    if (k > maxSteps) break;
    for (let d = 0; d < 6; d++) {
      const n = land[hex * 6 + d] as number;
      if (n < 0 || steps[n] !== -1) continue;
      steps[n] = k;
      queue[tail++] = n;
    }
  }
  return steps;
}

// landSteps' queue, reused: a search writes it before reading it.
let bfsQueue = new Int32Array(0);

const landTables = new Map<HexMap, Int32Array>();

/**
 * The neighbours of every hex of a map that are land, by direction (-1 for water and off the
 * map), worked out once: landSteps looked up each neighbour's terrain, a fifth of its time.
 */
function landNeighbours(map: HexMap): Int32Array {
  let table = landTables.get(map);
  if (!table) {
    if (landTables.size >= 8) landTables.clear();
    table = new Int32Array(map.size * 6).fill(-1);
    for (let i = 0; i < map.size * 6; i++) {
      const n = map.neighbours[i] ?? -1;
      if (n >= 0 && !isWater(map, n)) table[i] = n;
    }
    landTables.set(map, table);
  }
  return table;
}

export function terrainOf(map: HexMap, id: HexId): Terrain {
  return TERRAINS[map.terrain[id] ?? 0] ?? "sea";
}

export function countryOf(map: HexMap, id: HexId): string | null {
  const index = map.country[id] ?? 0;
  return index === 0 ? null : (map.countries[index] ?? null);
}

export function isWater(map: HexMap, id: HexId): boolean {
  const t = map.terrain[id];
  return t === TERRAIN_CODE.sea || t === TERRAIN_CODE.lake;
}

// Maps are registered once by whoever loads them; states name their map by id.
const registry: Record<string, HexMap> = {};

export function registerMap(map: HexMap): HexMap {
  registry[map.id] = map;
  return map;
}

/** The registered map a state names. A missing map is a programming error, not a user's. */
export function mapOf(state: { map: string }): HexMap {
  const map = findMap(state.map);
  if (!map) throw new Error(`map "${state.map}" is not loaded`);
  return map;
}

export function findMap(id: string): HexMap | undefined {
  // Own keys only: a file naming the map "constructor" must not find Object.prototype's.
  return Object.hasOwn(registry, id) ? registry[id] : undefined;
}
