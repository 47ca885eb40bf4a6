// A game of first-contact brought to a fight: red's 6th Tank Bde BTG 1 moves up on turn 1,
// both sides end their turns, and on turn 2 it stands next to a Latvian battalion it can see.
// The same commands drive the browser test in tests/e2e/orders.test.ts.

import type { Command } from "../../src/engine";
import { loadBundled } from "../../src/scenario";
import { GameSession } from "../../src/session";

export const ATTACKER = "r-6tk-1";
export const DEFENDER = "b-lv-4";
/** Where the defender stands, and where the attacker moves to on turn 2 to be next to it. */
export const TARGET_HEX = 5156;
export const NEXT_TO_TARGET = 5044;

/** Turn 1: the approach, then both sides end their turns. */
export const APPROACH: readonly Command[] = [
  { type: "move", side: "red", unit: ATTACKER, path: [4373, 4485, 4598, 4597, 4596, 4708, 4707, 4820, 4819, 4931] },
  { type: "end-turn", side: "red" },
  { type: "end-turn", side: "blue" },
];

/** Turn 2: the step next to the defender, which leaves it time to attack. */
export const CLOSE_IN: Command = { type: "move", side: "red", unit: ATTACKER, path: [NEXT_TO_TARGET] };

export function newSession(): GameSession {
  const loaded = loadBundled("first-contact");
  if (!loaded.ok) throw new Error(loaded.error);
  return new GameSession(loaded.value, "1");
}

/** A session on red's turn 2 with the attacker next to the defender, ready to attack. */
export function contactSession(): GameSession {
  const session = newSession();
  for (const command of [...APPROACH, CLOSE_IN]) {
    const result = session.dispatch(command);
    if (result.rejection) throw new Error(`the fixture's ${command.type} was refused: ${result.rejection.message}`);
  }
  return session;
}
