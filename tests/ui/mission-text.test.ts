// The mission form's words: the pools left, and the hexes it offers without a click.

import { describe, expect, it } from "vitest";
import { mapOf, playerView } from "../../src/engine";
import { missionHexChoices, poolsSentence } from "../../src/ui/mission-text";
import { ATTACKER, TARGET_HEX, contactSession } from "./fixture";

describe("the mission form", () => {
  it("states the pools in a sentence with the right plurals", () => {
    expect(poolsSentence("red", { air: 6, fires: 1 })).toBe("Red has 6 air sorties and 1 fire mission left this turn.");
    expect(poolsSentence("blue", { air: 0, fires: 0 })).toBe("Blue has 0 air sorties and 0 fire missions left this turn.");
  });

  it("offers the clicked hex first, then the selected unit, the enemies seen, enemy supply and objectives, each hex once", () => {
    const session = contactSession();
    const view = playerView(session.state, "red");
    const map = mapOf(view);
    const choices = missionHexChoices(map, view, TARGET_HEX, ATTACKER);
    expect(choices[0]?.label).toMatch(/^Clicked on the map: /);
    expect(choices[0]?.hex).toBe(TARGET_HEX);
    expect(choices[1]?.label).toMatch(/^Selected unit: 6th Tank Bde, BTG 1, /);
    // The enemy at the clicked hex is not offered twice.
    expect(choices.filter((c) => c.hex === TARGET_HEX)).toHaveLength(1);
    expect(choices.some((c) => c.label.startsWith("Enemy supply: "))).toBe(true);
    expect(choices.some((c) => c.label.startsWith("Objective: "))).toBe(true);
    expect(new Set(choices.map((c) => c.hex)).size).toBe(choices.length);
  });
});
