// The undo rule: a plain move can be taken back; an end of turn, an attack, a move that drew on
// chance or showed an enemy unit cannot, and the page says why in one sentence.

import { describe, expect, it } from "vitest";
import { hash, playerView, reachable, pathTo, mapOf, type Command } from "../../src/engine";
import { whyNoUndo } from "../../src/session";
import { GameController } from "../../src/ui/game-controller";
import { APPROACH, ATTACKER, TARGET_HEX, contactSession, newSession } from "../ui/fixture";

describe("what a player may take back", () => {
  it("lets a plain move be taken back, back to the very same state", () => {
    const session = newSession();
    const start = hash(session.state);
    const view = playerView(session.state, "red");
    const unit = view.units.find((u) => u.side === "red");
    if (!unit) throw new Error("first-contact has red units");
    const reach = reachable(mapOf(session.state), view, unit);
    // One step back from the front reveals nothing.
    const quiet = reach.destinations.find((hex) => {
      session.dispatch({ type: "move", side: "red", unit: unit.id, path: pathTo(reach, hex) });
      const reason = session.whyNoUndo();
      if (reason === null) return true;
      session.undo();
      return false;
    });
    expect(quiet, "some move of the first red unit reveals nothing").toBeDefined();
    const controller = new GameController(session);
    expect(controller.undo()).toBe(true);
    expect(hash(session.state)).toBe(start);
  });

  it("keeps the approach march that brought blue units into view", () => {
    const session = newSession();
    session.dispatch(APPROACH[0] as Command);
    expect(session.whyNoUndo()).toMatch(/^The last move revealed/);
    expect(new GameController(session).undo()).toBe(false);
    expect(session.commands).toHaveLength(1);
  });

  it("keeps the end of a turn", () => {
    const session = newSession();
    session.dispatch({ type: "end-turn", side: "red" });
    expect(session.whyNoUndo()).toBe("The last order was the end of a turn: only a move or a change of stance can be taken back.");
    const controller = new GameController(session);
    const said: string[] = [];
    controller.subscribe((n) => n.kind === "info" && said.push(n.message));
    expect(controller.undo()).toBe(false);
    expect(session.state.active).toBe("blue");
    expect(said).toEqual([session.whyNoUndo()]);
  });

  it("keeps an attack, whose dice have been rolled", () => {
    const session = contactSession();
    const result = session.dispatch({ type: "attack", side: "red", units: [ATTACKER], target: TARGET_HEX });
    expect(result.rejection).toBeUndefined();
    expect(session.whyNoUndo()).toMatch(/^The last order was an attack/);
  });

  it("keeps a move that drew on the generator", () => {
    const session = newSession();
    const before = session.state;
    const move = APPROACH[0] as Command;
    const after = session.dispatch(move).state;
    const changed = { ...after, rng: { ...after.rng, s0: after.rng.s0 + 1e-9 } };
    expect(whyNoUndo(before, changed, move)).toBe("Chance played a part in the last move, so it stands.");
  });

  it("keeps a move that revealed an enemy unit, and says so", () => {
    // Look for a red move on turn 2 that brings a blue unit into view it could not see before.
    const session = contactSession();
    session.undo();
    const state = session.state;
    const map = mapOf(state);
    const seen = new Set(playerView(state, "red").units.map((u) => u.id));
    let revealing: Command | undefined;
    for (const unit of state.units.filter((u) => u.side === "red" && u.mp > 0)) {
      const reach = reachable(map, playerView(state, "red"), unit);
      for (const hex of reach.destinations) {
        const command: Command = { type: "move", side: "red", unit: unit.id, path: pathTo(reach, hex) };
        const tried = session.dispatch(command);
        if (tried.rejection) continue;
        const now = playerView(tried.state, "red").units.filter((u) => u.side === "blue" && !seen.has(u.id));
        if (now.length > 0) {
          revealing = command;
          break;
        }
        session.undo();
      }
      if (revealing) break;
    }
    expect(revealing, "some red move on turn 2 shows a blue unit").toBeDefined();
    expect(session.whyNoUndo()).toMatch(/^The last move revealed (an enemy unit|\d+ enemy units), so it stands\.$/);
  });
});
