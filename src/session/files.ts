// Save and replay files (DESIGN.md §4): zod schemas, writers and validating readers.
// A save is the scenario plus the command log; a replay adds a hash checkpoint per command.

import { z } from "zod";
import { MAX_ATTACKERS, MAX_PATH, RULES_VERSION, SIDES, STANCES, type Command } from "../engine";
import { checkEnvelope, idSchema, loadScenario, type LoadedScenario } from "../scenario";
import { describeIssue, oneLine, parseJsonText, type Result } from "../scenario/safe-json";

export const SAVE_FORMAT = "eastern-flank/save";
export const REPLAY_FORMAT = "eastern-flank/replay";
export const SAVE_VERSION = 1;
export const REPLAY_VERSION = 1;
export const MAX_COMMANDS = 200_000;

const side = z.enum(SIDES);
const hexId = z.number().int().min(0).max(10_000_000);
export const commandSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("move"),
      side,
      unit: idSchema,
      path: z.array(hexId).min(1).max(MAX_PATH),
    })
    .strict(),
  z.object({ type: z.literal("attack"), side, units: z.array(idSchema).min(1).max(MAX_ATTACKERS), target: hexId }).strict(),
  z.object({ type: z.literal("set-stance"), side, unit: idSchema, stance: z.enum(STANCES) }).strict(),
  z
    .object({
      type: z.literal("mission"),
      side,
      kind: z.enum(["support", "interdict", "strike"]),
      asset: z.enum(["air", "fires"]),
      hex: hexId,
      amount: z.number().int().min(1).max(10_000),
    })
    .strict(),
  z.object({ type: z.literal("end-turn"), side }).strict(),
]);

const seed = z.string().min(1).max(200);
const hashText = z.string().regex(/^[0-9a-f]{14}$/, "hashes are 14 hex digits");

// What saves and replays share: the rules they were played under, the scenario, the seed
// and the command log.
const logFields = {
  version: z.number().int(),
  rulesVersion: z.number().int().min(1),
  scenario: z.unknown(),
  seed,
  commands: z.array(commandSchema).max(MAX_COMMANDS),
};

const saveSchema = z
  .object({
    format: z.literal(SAVE_FORMAT),
    ...logFields,
    savedAt: z.string().max(40).optional(),
    title: z.string().max(200).optional(),
  })
  .strict();

const replaySchema = z
  .object({
    format: z.literal(REPLAY_FORMAT),
    ...logFields,
    checkpoints: z
      .array(z.object({ index: z.number().int().min(0).max(MAX_COMMANDS), hash: hashText, command: hashText.optional() }).strict())
      .max(MAX_COMMANDS + 1),
  })
  .strict();

export interface SaveFile {
  format: typeof SAVE_FORMAT;
  version: number;
  rulesVersion: number;
  scenario: unknown;
  seed: string;
  commands: Command[];
  savedAt?: string;
  title?: string;
}

export interface ReplayFile {
  format: typeof REPLAY_FORMAT;
  version: number;
  rulesVersion: number;
  scenario: unknown;
  seed: string;
  commands: Command[];
  /**
   * After `index` commands: the state's hash, and a hash of the command that led there (so an
   * edited command is caught even where it happens to give the same state). Index 0 is the start.
   */
  checkpoints: Checkpoint[];
}

export interface Checkpoint {
  index: number;
  hash: string;
  command?: string;
}

export interface LoadedGameFile {
  kind: "save" | "replay";
  loaded: LoadedScenario;
  seed: string;
  commands: Command[];
  checkpoints: Checkpoint[];
}

function checkRules(rulesVersion: number, what: string): Result<true> {
  if (rulesVersion !== RULES_VERSION) {
    return {
      ok: false,
      error: `The ${what} was made with rules version ${rulesVersion} and this build plays rules version ${RULES_VERSION}; replaying it would give a different game, so it is refused.`,
    };
  }
  return { ok: true, value: true };
}

function withScenario(kind: "save" | "replay", scenario: unknown): Result<LoadedScenario> {
  const loaded = loadScenario(scenario);
  if (!loaded.ok) return { ok: false, error: `In the ${kind} file: ${loaded.error}` };
  return loaded;
}

export function readSave(data: unknown): Result<LoadedGameFile> {
  const env = checkEnvelope(data, SAVE_FORMAT, SAVE_VERSION, "save file");
  if (!env.ok) return env;
  const parsed = saveSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error, "save file") };
  const rules = checkRules(parsed.data.rulesVersion, "save file");
  if (!rules.ok) return rules;
  const loaded = withScenario("save", parsed.data.scenario);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { kind: "save", loaded: loaded.value, seed: parsed.data.seed, commands: parsed.data.commands, checkpoints: [] } };
}

export function readReplay(data: unknown): Result<LoadedGameFile> {
  const env = checkEnvelope(data, REPLAY_FORMAT, REPLAY_VERSION, "replay file");
  if (!env.ok) return env;
  const parsed = replaySchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: describeIssue(parsed.error, "replay file") };
  const rules = checkRules(parsed.data.rulesVersion, "replay file");
  if (!rules.ok) return rules;
  const r = parsed.data;
  let last = -1;
  for (const [i, c] of r.checkpoints.entries()) {
    if (c.index <= last) return { ok: false, error: `The replay file's checkpoints[${i}] is out of order.` };
    if (c.index > r.commands.length) {
      return { ok: false, error: `The replay file's checkpoints[${i}] refers to command ${c.index}, but the file has only ${r.commands.length} commands.` };
    }
    last = c.index;
  }
  const loaded = withScenario("replay", r.scenario);
  if (!loaded.ok) return loaded;
  return { ok: true, value: { kind: "replay", loaded: loaded.value, seed: r.seed, commands: r.commands, checkpoints: r.checkpoints } };
}

export type AnyFile =
  | { kind: "scenario"; loaded: LoadedScenario }
  | ({ kind: "save" | "replay" } & LoadedGameFile);

/** Reads any of the game's files from text, telling them apart by their `format`. */
export function readGameFileText(text: string): Result<AnyFile> {
  const parsed = parseJsonText(text, "file");
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const format = typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).format : undefined;
  if (format === SAVE_FORMAT) return readSave(data);
  if (format === REPLAY_FORMAT) return readReplay(data);
  if (format === "eastern-flank/scenario") {
    const loaded = loadScenario(data);
    return loaded.ok ? { ok: true, value: { kind: "scenario", loaded: loaded.value } } : loaded;
  }
  const found = typeof format === "string" ? `the format "${oneLine(format)}"` : "no format field";
  return { ok: false, error: `The file has ${found}; expected an Eastern Flank scenario, save or replay.` };
}
