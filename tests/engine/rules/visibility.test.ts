// Fog of war: a side detects an enemy within the detection range of any of its units.

import { describe, expect, test } from "vitest";
import { canSee, detectedBy } from "../../../src/engine";
import { gridGame, gridMap, unitOf } from "../../fixtures/grid";

const map = gridMap({ id: "visibility-grid" });

describe("detection", () => {
  const state = gridGame(map, [
    { id: "r1", side: "red", at: [2, 2] },
    { id: "recon", side: "red", template: "ru-recon-bn", at: [2, 9] },
    { id: "near", side: "blue", at: [4, 2] }, // two hexes from r1
    { id: "far", side: "blue", at: [5, 2] }, // three from r1
    { id: "by-recon", side: "blue", at: [5, 9] }, // three from the recon battalion
    { id: "lost", side: "blue", at: [14, 5] },
  ]);

  test("an enemy within two hexes of a line unit is seen, one at three is not", () => {
    expect(canSee(map, state, "red", unitOf(state, "near"))).toBe(true);
    expect(canSee(map, state, "red", unitOf(state, "far"))).toBe(false);
  });

  test("a reconnaissance battalion sees three hexes", () => {
    expect(canSee(map, state, "red", unitOf(state, "by-recon"))).toBe(true);
  });

  test("a side always knows its own units", () => {
    expect(canSee(map, state, "blue", unitOf(state, "lost"))).toBe(true);
    expect(canSee(map, state, "red", unitOf(state, "recon"))).toBe(true);
  });

  test("detectedBy lists exactly the enemies canSee admits", () => {
    expect([...detectedBy(map, state, "red")].sort()).toEqual(["by-recon", "near"]);
    expect([...detectedBy(map, state, "blue")].sort()).toEqual(["r1"]);
  });
});
