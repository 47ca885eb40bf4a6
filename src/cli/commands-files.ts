// `validate`, `replay record`, `replay verify` and `scenarios`.

import { bundledScenarios, loadBundled } from "../scenario";
import { readGameFileText, recordRandomGame, restoreSession, verifyReplay } from "../session";
import { parseOptions, positiveInt, requireString } from "./args";
import { UsageError, print, printJson, readTextFile, writeTextFileAtomic } from "./io";

/** Exit codes (DESIGN.md §5). */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2 } as const;

function readFileOrFail(path: string): string {
  const text = readTextFile(path);
  if (!text.ok) throw new UsageError(text.error);
  return text.value;
}

export function validateCommand(argv: string[]): number {
  const usage = "validate FILE [--json]";
  const { values, positionals } = parseOptions(argv, {}, usage);
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(`Name one file to check. Usage: ${usage}`);
  const file = readGameFileText(readFileOrFail(path));
  if (!file.ok) throw new UsageError(`${path}: ${file.error}`);
  const f = file.value;
  const scenario = f.loaded.scenario;
  let commands = 0;
  if (f.kind !== "scenario") {
    const restored = restoreSession(f);
    if (!restored.ok) throw new UsageError(`${path}: ${restored.error}`);
    commands = f.commands.length;
  }
  const summary = { ok: true, kind: f.kind, scenario: scenario.id, title: scenario.title, units: scenario.units.length, hexes: f.loaded.map.size, commands };
  if (values.json) printJson(summary);
  else {
    const what = f.kind === "scenario" ? "scenario" : `${f.kind} of "${scenario.id}" with ${commands} commands that all apply`;
    print(`${path}: a valid ${what} — "${scenario.title}", ${scenario.units.length} units on ${f.loaded.map.size} hexes.`);
  }
  return EXIT.ok;
}

export function replayCommand(argv: string[]): number {
  const [verb, ...rest] = argv;
  if (verb === "record") return recordReplay(rest);
  if (verb === "verify") return verify(rest);
  throw new UsageError(`"replay" needs "record" or "verify". Usage: replay record --scenario ID --seed S --commands N --out FILE | replay verify FILE`);
}

function recordReplay(argv: string[]): number {
  const usage = "replay record --scenario ID --seed S --commands N --out FILE [--json]";
  const { values } = parseOptions(argv, { scenario: { type: "string" }, seed: { type: "string" }, commands: { type: "string" }, out: { type: "string" } }, usage);
  const id = requireString(values, "scenario", usage);
  const seed = requireString(values, "seed", usage);
  const count = positiveInt(requireString(values, "commands", usage), "commands", 200_000);
  const out = requireString(values, "out", usage);
  const loaded = loadBundled(id);
  if (!loaded.ok) throw new UsageError(loaded.error);
  const session = recordRandomGame(loaded.value, seed, count);
  const replay = session.toReplay();
  writeTextFileAtomic(out, JSON.stringify(replay) + "\n");
  const last = replay.checkpoints[replay.checkpoints.length - 1];
  const summary = { ok: true, out, scenario: id, seed, commands: replay.commands.length, finalHash: last?.hash ?? null, status: session.state.status.kind };
  if (values.json) printJson(summary);
  else {
    const ended = replay.commands.length < count ? ` (the game ended after ${replay.commands.length})` : "";
    print(`Recorded ${replay.commands.length} commands of "${id}" with seed "${seed}"${ended} to ${out}; final hash ${summary.finalHash}.`);
  }
  return EXIT.ok;
}

function verify(argv: string[]): number {
  const usage = "replay verify FILE [--json]";
  const { values, positionals } = parseOptions(argv, {}, usage);
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(`Name one replay file. Usage: ${usage}`);
  const file = readGameFileText(readFileOrFail(path));
  if (!file.ok) throw new UsageError(`${path}: ${file.error}`);
  if (file.value.kind !== "replay") throw new UsageError(`${path} is a ${file.value.kind} file, not a replay; replay verify needs checkpoints to compare.`);
  const verdict = verifyReplay(file.value);
  if (values.json) printJson(verdict);
  else if (verdict.ok) print(`${path}: all ${verdict.checkpoints} checkpoints match over ${verdict.commands} commands; final hash ${verdict.finalHash}.`);
  else {
    const where = verdict.index === 0 ? "before the first command" : `at command ${verdict.index} (commands[${verdict.index - 1}] in the file)`;
    print(`${path}: diverged ${where}. ${verdict.reason}${verdict.expected ? ` Expected hash ${verdict.expected}, got ${verdict.actual}.` : ""}`);
  }
  return verdict.ok ? EXIT.ok : EXIT.checkFailed;
}

export function scenariosCommand(argv: string[]): number {
  const { values } = parseOptions(argv, {}, "scenarios [--json]");
  const list = bundledScenarios();
  if (values.json) printJson(list);
  else for (const s of list) print(`${s.id.padEnd(22)} ${s.title} — ${s.turns} turns on ${s.map}. ${s.summary}`);
  return EXIT.ok;
}
