// The golden replay: a recorded first-contact game (tests/golden/first-contact-seed-7.json,
// written by tools/regenerate-golden.ts) must replay to the same hash after every command.
// A failure here means games play differently now. If that is intended (a rules change),
// regenerate the file with `npm run golden` and commit it with the change; never edit it by hand.

import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { RULES_VERSION, hash, type Command, type GameStatus } from "../../src/engine";
import { loadBundled } from "../../src/scenario";
import { GameSession, recordRandomGame } from "../../src/session";

interface Golden {
  scenario: string;
  seed: string;
  rulesVersion: number;
  recorded: number;
  initialHash: string;
  finalHash: string;
  finalStatus: GameStatus;
  steps: { command: Command; hash: string }[];
}

const golden = JSON.parse(readFileSync(new URL("../golden/first-contact-seed-7.json", import.meta.url), "utf8")) as Golden;
const REGENERATE = "if the change is intended, run `npm run golden` and commit the new file with it";

function scenario() {
  const loaded = loadBundled(golden.scenario);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

describe("golden replay of first-contact, seed 7", () => {
  test("was recorded under the current rules version", () => {
    expect(golden.rulesVersion, REGENERATE).toBe(RULES_VERSION);
    expect(golden.steps.length).toBeGreaterThan(100);
  });

  test("replaying its commands from the scenario and seed gives the recorded hash after every command", () => {
    const session = new GameSession(scenario(), golden.seed);
    expect(hash(session.state), `starting state; ${REGENERATE}`).toBe(golden.initialHash);
    for (const [i, step] of golden.steps.entries()) {
      const result = session.dispatch(step.command);
      expect(result.rejection, `command ${i + 1} refused; ${REGENERATE}`).toBeUndefined();
      expect(hash(session.state), `after command ${i + 1} (${JSON.stringify(step.command)}); ${REGENERATE}`).toBe(step.hash);
    }
    expect(hash(session.state)).toBe(golden.finalHash);
    expect(session.state.status).toEqual(golden.finalStatus);
  });

  test("the recorder still plays the same game from the same seed", () => {
    const session = recordRandomGame(scenario(), golden.seed, golden.recorded);
    expect(session.commands, REGENERATE).toEqual(golden.steps.map((s) => s.command));
  });
});
