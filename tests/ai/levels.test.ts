// The levels rank (issue 6): the expert beats the novice in most seeded games from either side.
// Played on first-contact, the one scenario either side can win: a short war in which red must
// take a capital within four days. The seeds are simply the first ones, not chosen.

import { describe, expect, it } from "vitest";
import { playAiGame, type AiLevel } from "../../src/ai";
import type { Side } from "../../src/engine";
import { firstContact } from "../fixtures/first-contact";

const SEEDS = Array.from({ length: 16 }, (_, i) => String(i + 1));
const TIMEOUT_MS = 300_000;

/** How many of the seeded games `side` won. */
function wins(side: Side, levels: Record<Side, AiLevel>): number {
  const loaded = firstContact();
  let won = 0;
  for (const seed of SEEDS) {
    const game = playAiGame(loaded, seed, levels);
    expect(game.refused).toEqual([]);
    if (game.state.status.kind === "over" && game.state.status.winner === side) won += 1;
  }
  return won;
}

describe("the levels rank", () => {
  it(
    "the expert attacker beats the novice defender in most games, and more often than a novice attacker does",
    () => {
      const expert = wins("red", { red: "expert", blue: "novice" });
      const novice = wins("red", { red: "novice", blue: "novice" });
      expect(expert).toBeGreaterThan(SEEDS.length / 2);
      expect(expert).toBeGreaterThan(novice);
    },
    TIMEOUT_MS,
  );

  it(
    "the expert defender beats the novice attacker in most games",
    () => {
      expect(wins("blue", { red: "novice", blue: "expert" })).toBeGreaterThan(SEEDS.length / 2);
    },
    TIMEOUT_MS,
  );
});
