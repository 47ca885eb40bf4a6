// `map locate` and `map stats`: what the static map holds at a coordinate, and in total.

import { GAUGE, TERRAINS, axialOf, countryOf, locate, lonLatOf, terrainOf, type HexMap } from "../engine";
import { BALTIC_MAP_ID, knownMapIds, loadMap } from "../scenario";
import { parseOptions } from "./args";
import { EXIT } from "./commands-files";
import { UsageError, print, printJson } from "./io";

const LOCATE_USAGE = "map locate --lat LAT --lon LON [--map ID] [--json]";
const STATS_USAGE = "map stats [--map ID] [--json]";

export function mapCommand(argv: string[]): number {
  const [verb, ...rest] = argv;
  if (verb === "locate") return locateCommand(rest);
  if (verb === "stats") return statsCommand(rest);
  throw new UsageError(`"map" needs "locate" or "stats". Usage: ${LOCATE_USAGE} | ${STATS_USAGE}`);
}

function mapNamed(id: unknown): HexMap {
  const name = typeof id === "string" ? id : BALTIC_MAP_ID;
  const map = loadMap(name);
  if (!map) throw new UsageError(`There is no map "${name}"; the maps are: ${knownMapIds().join(", ")}.`);
  return map;
}

/** A coordinate option: a plain decimal number within its range, or a sentence saying why not. */
function degrees(value: unknown, name: string, limit: number): number {
  if (typeof value !== "string" || value === "") throw new UsageError(`--${name} is required. Usage: ${LOCATE_USAGE}`);
  const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isFinite(n) || Math.abs(n) > limit) throw new UsageError(`--${name} must be a number of degrees between -${limit} and ${limit}, not "${value}".`);
  return n;
}

export interface Located {
  id: number;
  q: number;
  r: number;
  terrain: string;
  country: string | null;
  city: { name: string; population: number } | null;
}

/** What the map holds at a coordinate, or null off the map. */
export function locateOn(map: HexMap, lat: number, lon: number): Located | null {
  const id = locate(map, lat, lon);
  if (id < 0) return null;
  const { q, r } = axialOf(map, id);
  const city = map.cities[id];
  return { id, q, r, terrain: terrainOf(map, id), country: countryOf(map, id), city: city ? { name: city.name, population: city.population } : null };
}

function locateCommand(argv: string[]): number {
  const { values } = parseOptions(argv, { lat: { type: "string" }, lon: { type: "string" }, map: { type: "string" } }, LOCATE_USAGE);
  const lat = degrees(values.lat, "lat", 90);
  const lon = degrees(values.lon, "lon", 180);
  const map = mapNamed(values.map);
  const hex = locateOn(map, lat, lon);
  if (!hex) {
    const e = extentOf(map);
    throw new UsageError(`${lat}, ${lon} is off the map "${map.id}", which spans ${e.south.toFixed(1)}–${e.north.toFixed(1)}° N and ${e.west.toFixed(1)}–${e.east.toFixed(1)}° E.`);
  }
  if (values.json) printJson(hex);
  else {
    const where = hex.country ? `in ${hex.country}` : "at sea";
    const city = hex.city ? `; ${hex.city.name}, ${hex.city.population.toLocaleString("en-GB")} people` : "";
    const port = map.ports[hex.id] ? `; port of ${map.ports[hex.id]}` : "";
    print(`Hex ${hex.id} (q ${hex.q}, r ${hex.r}): ${hex.terrain} ${where}${city}${port}.`);
  }
  return EXIT.ok;
}

/** The latitudes and longitudes the hex centres span. */
function extentOf(map: HexMap): { west: number; east: number; south: number; north: number } {
  const e = { west: Infinity, east: -Infinity, south: Infinity, north: -Infinity };
  for (let id = 0; id < map.size; id++) {
    const { lat, lon } = lonLatOf(map, id);
    e.west = Math.min(e.west, lon);
    e.east = Math.max(e.east, lon);
    e.south = Math.min(e.south, lat);
    e.north = Math.max(e.north, lat);
  }
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  return { west: round(e.west), east: round(e.east), south: round(e.south), north: round(e.north) };
}

/** Edges a symmetric per-hex bitmask marks, each counted once. */
function edgeCount(layer: Uint8Array): number {
  let bits = 0;
  for (const v of layer) for (let b = v; b; b &= b - 1) bits++;
  return bits / 2;
}

export function mapStats(map: HexMap): Record<string, unknown> {
  const terrain: Record<string, number> = Object.fromEntries(TERRAINS.map((t) => [t, 0]));
  const countries: Record<string, number> = {};
  const gauge = { broad: 0, standard: 0 };
  for (let id = 0; id < map.size; id++) {
    const t = terrainOf(map, id);
    terrain[t] = (terrain[t] ?? 0) + 1;
    const c = countryOf(map, id);
    if (c) countries[c] = (countries[c] ?? 0) + 1;
    if ((map.gauge[id] ?? 0) & GAUGE.broad) gauge.broad++;
    if ((map.gauge[id] ?? 0) & GAUGE.standard) gauge.standard++;
  }
  const byCountry = Object.fromEntries(Object.entries(countries).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  return {
    map: map.id,
    name: map.name,
    hexes: map.size,
    cols: map.cols,
    rows: map.rows,
    kmPerHex: map.kmPerHex,
    projection: map.geo.kind,
    extent: extentOf(map),
    terrain,
    countries: byCountry,
    cities: Object.keys(map.cities).length,
    ports: Object.keys(map.ports).length,
    edges: { rivers: edgeCount(map.rivers), roads: edgeCount(map.roads), rails: edgeCount(map.rails), bridges: edgeCount(map.bridges) },
    railHexesByGauge: { "1520mm": gauge.broad, "1435mm": gauge.standard },
  };
}

function statsCommand(argv: string[]): number {
  const { values } = parseOptions(argv, { map: { type: "string" } }, STATS_USAGE);
  const map = mapNamed(values.map);
  const s = mapStats(map);
  if (values.json) {
    printJson(s);
    return EXIT.ok;
  }
  const list = (o: unknown): string => Object.entries(o as Record<string, number>).map(([k, v]) => `${k} ${v}`).join(", ");
  const e = extentOf(map);
  print(`${map.name} ("${map.id}"): ${map.size} hexes (${map.cols} × ${map.rows}), ${map.kmPerHex} km between adjacent hex centres, ${map.geo.kind} projection.`);
  print(`  extent     hex centres span ${e.south}–${e.north}° N, ${e.west}–${e.east}° E`);
  print(`  terrain    ${list(s.terrain)}`);
  print(`  countries  ${list(s.countries)}`);
  print(`  features   ${s.cities} cities, ${s.ports} ports; edges: ${list(s.edges)}; rail hexes: ${list(s.railHexesByGauge)}`);
  return EXIT.ok;
}
