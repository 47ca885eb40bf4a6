// `map locate` and `map stats` (DESIGN.md §5): the JSON they print, and a sentence with
// exit code 2 for a bad coordinate.

import { afterEach, describe, expect, test, vi } from "vitest";
import { mapCommand } from "../../src/cli/commands-map";
import { UsageError } from "../../src/cli/io";

function run(argv: string[]): { code: number; out: string } {
  let out = "";
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: mapCommand(argv), out };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe("map locate", () => {
  test("--json gives id, axial coordinates, terrain, country and city", () => {
    const { code, out } = run(["locate", "--lat", "54.7065", "--lon", "20.511", "--json"]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ id: expect.any(Number), q: expect.any(Number), r: expect.any(Number), terrain: "urban", country: "RU-KGD", city: { name: "Kaliningrad", population: expect.any(Number) } });
  });

  test("the sea has no country and no city", () => {
    const hex = JSON.parse(run(["locate", "--lat", "57.6", "--lon", "23.5", "--json"]).out) as Record<string, unknown>;
    expect(hex).toMatchObject({ terrain: "sea", country: null, city: null });
  });

  test.each([
    [["locate", "--lat", "40", "--lon", "10"], /off the map "baltic"/],
    [["locate", "--lat", "north", "--lon", "10"], /--lat must be a number of degrees/],
    [["locate", "--lat", "59"], /--lon is required/],
    [["locate", "--lat", "59", "--lon", "24", "--map", "atlantis"], /There is no map "atlantis"/],
    [["where"], /"map" needs "locate" or "stats"/],
  ])("refuses %j with one sentence (exit code 2)", (argv, message) => {
    expect(() => run(argv)).toThrow(UsageError);
    expect(() => run(argv)).toThrow(message);
  });
});

describe("map stats", () => {
  test("--json counts hexes by terrain and country and gives km per hex and the extent", () => {
    const stats = JSON.parse(run(["stats", "--json"]).out) as { hexes: number; kmPerHex: number; terrain: Record<string, number>; countries: Record<string, number>; extent: Record<string, number> };
    expect(stats.kmPerHex).toBe(10);
    expect(Object.values(stats.terrain).reduce((a, b) => a + b, 0)).toBe(stats.hexes);
    expect(Object.keys(stats.countries)).toEqual(expect.arrayContaining(["EE", "LV", "LT", "PL", "RU", "RU-KGD", "BY", "FI", "SE"]));
    expect(stats.extent.west).toBeLessThan(16.5);
    expect(stats.extent.north).toBeGreaterThan(60.6);
  });
});
