// Regenerates the golden replay in tests/golden/ (npm run golden): a seeded random game of
// the bundled first-contact scenario with the state hash after every command. Run it only
// when a rules change is meant to change games, and commit the new file with that change.

import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { RULES_VERSION, hash } from "../src/engine";
import { loadBundled } from "../src/scenario";
import { recordRandomGame } from "../src/session";

export const GOLDEN_SCENARIO = "first-contact";
export const GOLDEN_SEED = "7";
/** Commands to record; the first-contact game ends by time limit well before this. */
export const GOLDEN_COMMANDS = 400;

const target = fileURLToPath(new URL("../tests/golden/first-contact-seed-7.json", import.meta.url));

const loaded = loadBundled(GOLDEN_SCENARIO);
if (!loaded.ok) throw new Error(loaded.error);
const session = recordRandomGame(loaded.value, GOLDEN_SEED, GOLDEN_COMMANDS);
const steps = session.commands.map((command, i) => {
  const state = session.stateAt(i + 1);
  if (!state) throw new Error(`the session has no state after command ${i + 1}`);
  return { command, hash: hash(state) };
});

// One step per line keeps a regenerated file's diff readable.
const header = {
  about: "Golden replay: regenerate only with `npm run golden` (tools/regenerate-golden.ts).",
  scenario: GOLDEN_SCENARIO,
  seed: GOLDEN_SEED,
  rulesVersion: RULES_VERSION,
  recorded: GOLDEN_COMMANDS,
  initialHash: hash(session.initial),
  finalHash: hash(session.state),
  finalStatus: session.state.status,
};
const lines = Object.entries(header).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
const body = steps.map((s) => `    ${JSON.stringify(s)}`).join(",\n");
writeFileSync(target, `{\n${lines.join(",\n")},\n  "steps": [\n${body}\n  ]\n}\n`);
console.log(`wrote ${steps.length} steps to ${target} (final ${header.finalHash}, ${session.state.status.kind})`);
