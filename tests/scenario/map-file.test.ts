// The map file format: the codec round-trips layers, the committed map decodes, and broken
// or hostile map files are refused with one sentence instead of a crash.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { decodeBase64, decodeLayer, encodeBase64, encodeLayer } from "../../src/scenario/map-codec";
import { MAP_VERSION, decodeMapFile } from "../../src/scenario";

const text = readFileSync(new URL("../../assets/map/baltic.json", import.meta.url), "utf8");
const fresh = (): Record<string, unknown> => JSON.parse(text) as Record<string, unknown>;

describe("the layer codec", () => {
  test("base64 and run-length layers round-trip, runs longer than 255 included", () => {
    for (const bytes of [[], [0], [1, 2], [255, 0, 7], Array.from({ length: 1000 }, (_, i) => (i < 600 ? 0 : i % 7))]) {
      const layer = Uint8Array.from(bytes);
      expect(Array.from(decodeBase64(encodeBase64(layer)) ?? [])).toEqual(bytes);
      expect(Array.from(decodeLayer(encodeLayer(layer), layer.length) ?? [])).toEqual(bytes);
    }
  });

  test("malformed text or the wrong length decodes to null", () => {
    expect(decodeBase64("abc")).toBeNull();
    expect(decodeBase64("ab!=")).toBeNull();
    expect(decodeLayer(encodeLayer(new Uint8Array(10)), 11)).toBeNull();
    expect(decodeLayer(encodeBase64(Uint8Array.from([0, 5])), 1)).toBeNull();
  });
});

describe("decoding map files", () => {
  test("the committed Baltic map decodes with every layer the size of the grid", () => {
    const decoded = decodeMapFile(fresh());
    if (!decoded.ok) throw new Error(decoded.error);
    const map = decoded.value;
    expect(map.id).toBe("baltic");
    expect(map.geo.kind).toBe("lambert-conformal-conic");
    for (const layer of [map.terrain, map.country, map.rivers, map.roads, map.rails, map.gauge, map.bridges]) expect(layer.length).toBe(map.cols * map.rows);
    expect(Object.keys(map.cities).length).toBeGreaterThan(150);
    expect(Object.values(map.ports)).toContain("Klaipėda");
  });

  test.each<[string, (f: Record<string, unknown>) => unknown, RegExp]>([
    ["not an object", () => [1, 2], /not a JSON object/],
    ["another format", (f) => ({ ...f, format: "eastern-flank/save" }), /"eastern-flank\/save" where "eastern-flank\/map" was expected/],
    ["a newer version", (f) => ({ ...f, version: MAP_VERSION + 1 }), /newer Eastern Flank/],
    ["a layer cut short", (f) => ({ ...f, layers: { ...(f.layers as object), roads: "AQA=" } }), /roads layer does not decode/],
    ["a country index past the list", (f) => ({ ...f, countries: [""] }), /country layer holds \d+ at hex \d+/],
    ["a city off the grid", (f) => ({ ...f, cities: [[99_999_999, "Atlantis", 30000]] }), /Atlantis at hex 99999999, off its/],
    ["too many hexes", (f) => ({ ...f, cols: 2000, rows: 2000 }), /more than the 250000 a map may have/],
    ["an unknown key", (f) => ({ ...f, extra: 1 }), /not valid/],
  ])("refuses %s with one sentence", (_what, edit, message) => {
    const decoded = decodeMapFile(edit(fresh()));
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.error).toMatch(message);
    expect(decoded.error.split("\n")).toHaveLength(1);
  });
});
