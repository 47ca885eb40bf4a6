// The appreciation's distance field to the enemy is shared between appreciations and, when the
// enemy seen grows, shortened from the last one rather than searched afresh: whichever way it
// is made, it must be the field a fresh search gives.

import { describe, expect, it } from "vitest";
import { appreciate } from "../../src/ai/appreciation";
import { landSteps, mapOf, otherSide, playerView, type PlayerView } from "../../src/engine";
import { playAiGame } from "../../src/ai";
import { loadBundled } from "../../src/scenario";

function rand2016() {
  const loaded = loadBundled("rand-2016");
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

describe("appreciation", () => {
  it("reads the same distances to the enemy as a fresh search, view after view of a game", () => {
    const views: PlayerView[] = [];
    playAiGame(rand2016(), "11", { red: "standard", blue: "standard" }, (_before, _command, after) => {
      if (views.length < 400) views.push(playerView(after, after.active));
    });
    expect(views.length).toBeGreaterThan(50);
    let checked = 0;
    for (const view of views) {
      const map = mapOf(view);
      const side = view.active;
      const a = appreciate(map, view, side);
      const seen = view.units.filter((u) => u.side === otherSide(side) && u.hex >= 0).map((u) => u.hex);
      const fresh = landSteps(map, seen, 40);
      // A plain loop: vitest's deep equality over 13,000 numbers, 400 times, took most of a minute.
      let differs = -1;
      for (let i = 0; i < fresh.length && differs < 0; i++) if (fresh[i] !== a.enemySteps[i]) differs = i;
      expect(differs, `view ${checked}: first differing hex`).toBe(-1);
      expect(a.enemySteps.length).toBe(fresh.length);
      checked += 1;
    }
    expect(checked).toBe(views.length);
  });
});
