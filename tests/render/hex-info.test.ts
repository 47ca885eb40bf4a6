// What the hex-info box says: the place, terrain and country in words, the objective and its
// holder, the viewer's supply and the units the viewer sees — and nothing about hidden enemies.

import { beforeAll, describe, expect, test } from "vitest";
import { isWater, mapOf, playerView, type HexMap, type PlayerView } from "../../src/engine";
import { hexInfoLines } from "../../src/render/hex-info";
import { SUPPLY_OUT, SUPPLY_SHORT, SUPPLY_TRACED, supplyClasses } from "../../src/render/overlay-analysis";
import { newSession } from "../ui/fixture";

let map: HexMap;
let view: PlayerView;
let supply: Uint8Array;

beforeAll(() => {
  const state = newSession().state;
  map = mapOf(state);
  view = playerView(state, "red");
  supply = supplyClasses(map, view);
});

const TARTU = 3685;

describe("the hex-info text", () => {
  test("names a town's hex by its town, terrain, country in words and hex id", () => {
    expect(hexInfoLines(map, view, TARTU, supply)[0]).toBe("Tartu · built-up · Estonia · hex 3685");
  });

  test("says whose objective a hex is and what it is worth", () => {
    expect(hexInfoLines(map, view, TARTU, supply)).toContain("Objective Tartu (3 points): held by Blue");
  });

  test("gives the viewer's supply on land, in the overlay's three words", () => {
    const land = [...Array(map.size).keys()].filter((h) => !isWater(map, h));
    for (const [level, word] of [[SUPPLY_TRACED, "traced"], [SUPPLY_SHORT, "short"], [SUPPLY_OUT, "out"]] as const) {
      const hex = land.find((h) => supply[h] === level);
      if (hex === undefined) continue;
      expect(hexInfoLines(map, view, hex, supply)).toContain(`Red supply here: ${word}`);
    }
    expect(land.some((h) => supply[h] === SUPPLY_TRACED)).toBe(true);
  });

  test("names water without a supply line", () => {
    const sea = [...Array(map.size).keys()].find((h) => isWater(map, h) && map.country[h] === 0) ?? -1;
    const lines = hexInfoLines(map, view, sea, supply);
    expect(lines[0]).toMatch(/^(Sea|Lake) · hex \d+$/);
    expect(lines.some((l) => l.includes("supply"))).toBe(false);
  });

  test("counts the units the viewer sees on a hex, marking its own", () => {
    const own = view.units.find((u) => u.side === "red" && u.hex >= 0);
    if (!own) throw new Error("the fixture has no red unit on the board");
    expect(hexInfoLines(map, view, own.hex, supply)).toContain("Units: 1 Red (yours)");
    const mixed: PlayerView = { ...view, units: [...view.units, { ...own, id: "blue-guest", side: "blue" }, { ...own, id: "red-second" }] };
    expect(hexInfoLines(map, mixed, own.hex, supply)).toContain("Units: 2 Red (yours), 1 Blue");
  });

  test("says nothing of units the viewer cannot see", () => {
    const hidden = newSession().state.units.find((u) => u.side === "blue" && u.hex >= 0 && !view.units.some((v) => v.id === u.id));
    if (!hidden) return;
    expect(hexInfoLines(map, view, hidden.hex, supply).some((l) => l.startsWith("Units"))).toBe(false);
  });
});
