// The computer players: whole games end within the turn limit with only legal commands, the
// same seed gives the same game, and the orders come from the player view alone.

import { describe, expect, it } from "vitest";
import { apply, hash, playerView, type GameState } from "../../src/engine";
import { AiPlayer, playAiGame, type AiLevel } from "../../src/ai";
import { loadBundled, startGame } from "../../src/scenario";
import { replayCommands } from "./replay-helper";

function firstContact() {
  const loaded = loadBundled("first-contact");
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

describe("computer against computer", () => {
  for (const [red, blue] of [
    ["standard", "standard"],
    ["novice", "expert"],
  ] as [AiLevel, AiLevel][]) {
    it(`${red} red against ${blue} blue finishes within the turn limit with only legal commands`, () => {
      const game = playAiGame(firstContact(), "7", { red, blue });
      expect(game.refused).toEqual([]);
      expect(game.state.status.kind).toBe("over");
      expect(game.state.turn).toBeLessThanOrEqual(game.state.lastTurn);
      // Both sides did something besides ending turns, and explained it.
      expect(game.commands.filter((c) => c.type === "move" && c.side === "red").length).toBeGreaterThan(5);
      expect(game.commands.filter((c) => c.type === "move" && c.side === "blue").length).toBeGreaterThan(0);
      expect(game.summaries.find((s) => s.side === "red")?.text).toMatch(/^Red: main effort toward \S/);
      expect(game.summaries.find((s) => s.side === "blue")?.text).toMatch(/^Blue: holding \S/);
      // The commands are a replay: applied again from the start they give the same end.
      expect(hash(replayCommands(firstContact(), "7", game.commands))).toBe(hash(game.state));
    });
  }

  it("repeats exactly with the same seed, and plays differently with another", () => {
    const a = playAiGame(firstContact(), "11", { red: "standard", blue: "standard" });
    const b = playAiGame(firstContact(), "11", { red: "standard", blue: "standard" });
    const c = playAiGame(firstContact(), "12", { red: "standard", blue: "standard" });
    expect(b.commands).toEqual(a.commands);
    expect(hash(b.state)).toBe(hash(a.state));
    expect(hash(c.state)).not.toBe(hash(a.state));
  });
});

describe("an honest computer player", () => {
  it("gives the same orders whatever the hidden enemy units do", () => {
    // Red's opening turn: move every blue unit red cannot see somewhere else that red cannot see
    // either, and the red player's whole turn of orders stays the same.
    const start = startGame(firstContact(), "3");
    const seen = new Set(playerView(start, "red").units.map((u) => u.id));
    const hidden = start.units.filter((u) => u.side === "blue" && !seen.has(u.id));
    expect(hidden.length).toBeGreaterThan(0);
    const elsewhere: GameState = { ...start, units: start.units.map((u) => (seen.has(u.id) || u.side === "red" ? u : { ...u, hex: hidden[0]?.hex ?? u.hex })) };
    expect(playerView(elsewhere, "red")).toEqual(playerView(start, "red"));

    // The two games run side by side while red's views agree (a hidden unit may stop a move
    // differently, and then the views part); until then every order must be the same.
    const a = new AiPlayer("red", { level: "standard", seed: "3" });
    const b = new AiPlayer("red", { level: "standard", seed: "3" });
    let [sa, sb] = [start, elsewhere];
    let compared = 0;
    for (;;) {
      const [va, vb] = [playerView(sa, "red"), playerView(sb, "red")];
      if (JSON.stringify(va) !== JSON.stringify(vb)) break;
      const [ca, cb] = [a.next(va), b.next(vb)];
      expect(cb).toEqual(ca);
      compared += 1;
      if (ca.type === "end-turn") break;
      [sa, sb] = [apply(sa, ca).state, apply(sb, cb).state];
    }
    expect(compared).toBeGreaterThan(5);
  });
});
