// Land, sea, country and terrain of every hex: Natural Earth's countries, the overlay's lakes,
// forests and marshes, and the cities (a city's hex is land, a big city's is urban).

import { TERRAIN_CODE, type HexMap } from "../../src/engine";
import { countryAt, tagKaliningrad, type CountryPart } from "./countries";
import type { LonLat, Overlay } from "./overlay";
import { hexSamples, inArea, makeArea, type Area } from "./rasterise";

export interface CityInput {
  name: string;
  population: number;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2 code GeoNames gives the city. */
  country: string;
}

/** Of seven samples, how many must agree to decide a hex: a strict majority. */
const MAJORITY = 4;
/** Cities this large make their hex urban; a million or more, the land around it too. */
const URBAN_POPULATION = 100_000;
const METROPOLIS_POPULATION = 1_000_000;

/** The most frequent code; ties go to the centre's, then to the alphabetically first. */
function plurality(codes: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const c of codes) if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [code, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestCount || (n === bestCount && code === codes[0])) {
      best = code;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Country code per hex, null for sea. The centre decides where all six neighbours' centres
 * agree with it. Along coasts all seven samples vote, so a hex is land when most of it is.
 * A land hex belongs to the country under its centre (the nearest-sample rule): a vote would
 * shave the tips off narrow wedges of territory (the Suwałki gap would widen by a hex).
 */
export function classifyCountries(map: HexMap, parts: readonly CountryPart[], samples: readonly LonLat[][]): (string | null)[] {
  const centre: (string | null)[] = [];
  for (let id = 0; id < map.size; id++) {
    const [lon = 0, lat = 0] = samples[id]?.[0] ?? [];
    centre.push(countryAt(parts, lon, lat));
  }
  const out = centre.slice();
  for (let id = 0; id < map.size; id++) {
    let uniform = true;
    for (let d = 0; d < 6 && uniform; d++) {
      const n = map.neighbours[id * 6 + d] ?? -1;
      if (n >= 0 && centre[n] !== centre[id]) uniform = false;
    }
    if (uniform) continue;
    const codes = (samples[id] ?? []).map(([lon, lat], k) => (k === 0 ? (centre[id] ?? null) : countryAt(parts, lon, lat)));
    const land = codes.filter((c) => c !== null).length;
    out[id] = land < MAJORITY ? null : (codes[0] ?? plurality(codes));
  }
  return out;
}

/** Votes of a hex's seven samples inside any of the areas. */
function votes(points: readonly LonLat[] | undefined, areas: readonly Area[]): number {
  let n = 0;
  for (const p of points ?? []) if (areas.some((a) => inArea(a, p))) n++;
  return n;
}

/** The seven samples of every hex, computed once: every layer votes on the same points. */
export function allSamples(map: HexMap): LonLat[][] {
  const out: LonLat[][] = [];
  for (let id = 0; id < map.size; id++) out.push(hexSamples(map, id));
  return out;
}

/** The country list (index 0 the sea's empty name) and each hex's index into it. */
export function indexCountries(map: HexMap, codes: readonly (string | null)[]): void {
  const list = ["", ...[...new Set(codes.filter((c): c is string => c !== null))].sort()];
  map.countries.splice(0, map.countries.length, ...list);
  codes.forEach((c, id) => (map.country[id] = c === null ? 0 : list.indexOf(c)));
}

/** The largest city in each hex (ties: the name first in code-point order). */
export function placeCities(map: HexMap, cities: readonly CityInput[], locate: (lat: number, lon: number) => number): Map<number, CityInput> {
  const byHex = new Map<number, CityInput>();
  for (const c of cities) {
    const id = locate(c.lat, c.lon);
    if (id < 0) continue;
    const held = byHex.get(id);
    if (!held || c.population > held.population || (c.population === held.population && c.name < held.name)) byHex.set(id, c);
  }
  return byHex;
}

/** Sets terrain and country for every hex; returns notes for the generator's report. */
export function buildLand(map: HexMap, parts: readonly CountryPart[], overlay: Overlay, cities: Map<number, CityInput>): string[] {
  const notes: string[] = [];
  const samples = allSamples(map);
  const codes = classifyCountries(map, parts, samples);
  // A city of 20,000 people is land even where the coast cuts its hex mostly into the sea,
  // and its hex is its country's even on a border river (Narva faces Ivangorod).
  for (const [id, c] of [...cities].sort((a, b) => a[0] - b[0])) {
    const own = tagKaliningrad(c.country, c.lon, c.lat);
    if (codes[id] === null) notes.push(`${c.name}'s hex ${id} is mostly sea; made land (${own}).`);
    else if (codes[id] !== own) notes.push(`${c.name}'s hex ${id} lies mostly in ${codes[id]}; given to ${own}.`);
    codes[id] = own;
  }
  indexCountries(map, codes);
  map.terrain.fill(TERRAIN_CODE.sea);
  const lakes = overlay.lakes.map((l) => makeArea(l.name, l.polygon));
  const forests = overlay.forests.map((f) => makeArea(f.name, f.polygon));
  const marshes = overlay.marshes.map((m) => makeArea(m.name, m.polygon));
  for (let id = 0; id < map.size; id++) {
    if (codes[id] === null) continue;
    const at = samples[id];
    const t = votes(at, lakes) >= MAJORITY && !cities.has(id) ? "lake" : votes(at, marshes) >= MAJORITY ? "marsh" : votes(at, forests) >= MAJORITY ? "forest" : "open";
    map.terrain[id] = TERRAIN_CODE[t];
  }
  // A small named lake (Lubāns) still shows: the land hex where most of its samples fall.
  for (const lake of lakes) {
    let best = -1;
    let bestVotes = 0;
    for (let id = 0; id < map.size; id++) {
      if (map.terrain[id] === TERRAIN_CODE.sea || cities.has(id)) continue;
      const v = votes(samples[id], [lake]);
      if (v > bestVotes) [best, bestVotes] = [id, v];
    }
    if (best < 0) throw new Error(`map: the lake ${lake.name} covers no land hex`);
    if (map.terrain[best] !== TERRAIN_CODE.lake) notes.push(`${lake.name} is smaller than a hex; shown on hex ${best}.`);
    map.terrain[best] = TERRAIN_CODE.lake;
  }
  for (const [id, c] of cities) {
    if (c.population < URBAN_POPULATION) {
      if (map.terrain[id] === TERRAIN_CODE.lake) map.terrain[id] = TERRAIN_CODE.open;
      continue;
    }
    map.terrain[id] = TERRAIN_CODE.urban;
    if (c.population < METROPOLIS_POPULATION) continue;
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[id * 6 + d] ?? -1;
      const t = map.terrain[n];
      if (n >= 0 && t !== TERRAIN_CODE.sea && t !== TERRAIN_CODE.lake) map.terrain[n] = TERRAIN_CODE.urban;
    }
  }
  return notes;
}
