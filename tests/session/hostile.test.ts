// Hostile and broken files: every reader refuses them with one short sentence and never throws.
// Files come in through readGameFileText, as they do from the file picker and the command line.

import { describe, expect, test } from "vitest";
import { RULES_VERSION } from "../../src/engine";
import { MAX_FILE_BYTES, REPLAY_VERSION, SAVE_VERSION, readGameFileText, restoreSession, verifyReplay, type AnyFile } from "../../src/session";
import { recordRandomGame } from "../../src/session";
import { firstContact } from "../fixtures/first-contact";

const game = recordRandomGame(firstContact(), "hostile", 30);
const SCENARIO = JSON.stringify(firstContact().scenario);
const SAVE = JSON.stringify(game.toSave());
const REPLAY = JSON.stringify(game.toReplay());
const FILES = { scenario: SCENARIO, save: SAVE, replay: REPLAY };
type Kind = keyof typeof FILES;
const KINDS: Kind[] = ["scenario", "save", "replay"];

/** Reads text as a game file, failing the test if the reader throws. */
function read(text: string): ReturnType<typeof readGameFileText> {
  let result: ReturnType<typeof readGameFileText> | undefined;
  expect(() => {
    result = readGameFileText(text);
  }).not.toThrow();
  if (!result) throw new Error("no result");
  return result;
}

/** One sentence a person can read: a single line, short, no stack trace. */
function expectOneSentence(error: string): void {
  expect(error.length).toBeGreaterThan(10);
  expect(error.length).toBeLessThan(300);
  expect(error).not.toMatch(/[\n\r\u2028\u2029]/);
  expect(error).not.toMatch(/\bat .*:\d+:\d+|Error:|TypeError|RangeError/);
  expect(error).toMatch(/^[A-Z].*[.]$/);
}

function refused(text: string): string {
  const result = read(text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error("the file was accepted");
  expectOneSentence(result.error);
  return result.error;
}

/** The file with `edit` applied to its parsed form, as text again. */
function edited(kind: Kind, edit: (data: Record<string, unknown>) => void): string {
  const data = JSON.parse(FILES[kind]) as Record<string, unknown>;
  edit(data);
  return JSON.stringify(data);
}

/** The scenario object inside a file of this kind. */
function scenarioOf(data: Record<string, unknown>, kind: Kind): Record<string, unknown> {
  return (kind === "scenario" ? data : data.scenario) as Record<string, unknown>;
}

function firstUnit(data: Record<string, unknown>, kind: Kind): Record<string, unknown> {
  const units = scenarioOf(data, kind).units as Record<string, unknown>[];
  const unit = units[0];
  if (!unit) throw new Error("no units");
  return unit;
}

describe("the untouched files are read", () => {
  test.each(KINDS)("a %s file", (kind) => {
    const result = read(FILES[kind]);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.kind).toBe(kind);
  });
});

describe.each(KINDS)("a hostile %s file is refused with one sentence", (kind) => {
  const text = FILES[kind];

  test("truncated anywhere", () => {
    for (const cut of [1, 10, Math.floor(text.length / 3), Math.floor(text.length / 2), text.length - 2, text.length - 1]) {
      expect(refused(text.slice(0, cut)), `cut at ${cut}`).toMatch(/ends too early|not valid JSON/);
    }
    expect(refused(text.slice(0, Math.floor(text.length / 2)))).toMatch(/ends too early/);
  });

  test("empty", () => {
    expect(refused("")).toMatch(/empty/);
    expect(refused("   \n  ")).toMatch(/empty/);
  });

  test("not an object", () => {
    for (const other of ["[]", "null", "42", '"text"', "true", `[${text}]`]) refused(other);
  });

  test("of the wrong format", () => {
    expect(refused(edited(kind, (d) => (d.format = "eastern-flank/spreadsheet")))).toMatch(/eastern-flank\/spreadsheet/);
    refused(edited(kind, (d) => delete d.format));
    refused(edited(kind, (d) => (d.format = 42)));
    expect(refused(edited(kind, (d) => (d.format = "evil\nformat\u2028".repeat(50))))).toMatch(/format/);
  });

  test("with __proto__ keys at the top, in a unit and in the scenario", () => {
    const inject = (json: string, at: string): string => json.replace(at, `"__proto__": {"polluted": true, "format": "x"}, ${at}`);
    refused(inject(text, '"version"'));
    refused(inject(text, '"template"'));
    refused(inject(text, '"title"'));
    refused(inject(text, '"points"'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("with a constructor or prototype key", () => {
    refused(edited(kind, (d) => (firstUnit(d, kind)["constructor"] = { prototype: { polluted: true } })));
    refused(edited(kind, (d) => (d.prototype = { polluted: true })));
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  test("with huge numbers", () => {
    expect(refused(edited(kind, (d) => (firstUnit(d, kind).at = { hex: 1e308 })))).toMatch(/units\[0\]/);
    refused(edited(kind, (d) => (firstUnit(d, kind).at = { lat: 1e308, lon: 24 })));
    refused(edited(kind, (d) => (scenarioOf(d, kind).turns = 1e308)));
    refused(text.replace(/"turns":\s*8/, '"turns": 1e400'));
    refused(text.replace(/"version":\s*1/, '"version": 1e400'));
    refused(text.replace(/"version":\s*1/, '"version": 1e308'));
    refused(text.replace(/"points":\s*10/, '"points": -1e400'));
  });

  test("nested 100,000 deep", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    refused(deep);
    refused(text.replace(/"title":\s*"[^"]*"/, `"title": ${deep}`));
    refused(text.replace(/"sources":\s*\[/, `"sources": [${deep}, `));
    refused(`{"format": "eastern-flank/${kind}", "version": 1, "nested": ${"{\"a\":".repeat(50_000)}1${"}".repeat(50_000)}}`);
  });

  test("over the size limit", () => {
    const padding = " ".repeat(MAX_FILE_BYTES + 1 - text.length);
    expect(refused(text.replace("{", `{${padding}`))).toMatch(/MB/);
  });

  test("with a hostile key full of line breaks", () => {
    refused(edited(kind, (d) => (firstUnit(d, kind)["line\nbreak\r\n".repeat(100)] = 1)));
    refused(edited(kind, (d) => (d["top\nlevel".repeat(100)] = 1)));
  });
});

describe.each(["save", "replay"] as const)("a %s file", (kind) => {
  test("from a newer version is refused", () => {
    const newer = (kind === "save" ? SAVE_VERSION : REPLAY_VERSION) + 1;
    expect(refused(edited(kind, (d) => (d.version = newer)))).toMatch(/newer/);
  });

  test("from another rules version is refused with a sentence naming it", () => {
    expect(refused(edited(kind, (d) => (d.rulesVersion = RULES_VERSION + 1)))).toMatch(/rules version/);
    expect(refused(edited(kind, (d) => (d.rulesVersion = 0)))).toMatch(/rulesVersion/);
  });

  test("whose scenario is broken is refused, saying so", () => {
    expect(refused(edited(kind, (d) => (scenarioOf(d, kind).units = [])))).toMatch(/scenario/);
    expect(refused(edited(kind, (d) => (d.scenario = "first-contact")))).toMatch(/scenario/);
    expect(refused(edited(kind, (d) => delete d.scenario))).toMatch(/scenario/);
  });

  test("with malformed commands is refused", () => {
    refused(edited(kind, (d) => (d.commands = [{ type: "nuke", side: "red" }])));
    refused(edited(kind, (d) => (d.commands = [{ type: "move", side: "red", unit: "r-25-1", path: [] }])));
    refused(edited(kind, (d) => (d.commands = [{ type: "move", side: "red", unit: "r-25-1", path: [1e308] }])));
    refused(edited(kind, (d) => (d.commands = [{ type: "end-turn", side: "red", extra: 1 }])));
    refused(edited(kind, (d) => (d.commands = "all of them")));
  });

  test.each(["ghost", "constructor", "__proto__x", "toString"])("naming a unit that does not exist (%s) cannot be restored; the sentence names the command", (ghost) => {
    const data = JSON.parse(FILES[kind]) as { commands: unknown[]; checkpoints?: unknown[] };
    const side = game.stateAt(2)?.active ?? "red";
    data.commands.splice(2, 0, { type: "move", side, unit: ghost, path: [1] });
    if (data.checkpoints) data.checkpoints = [];
    const result = read(JSON.stringify(data));
    if (!result.ok) {
      // Refusing the id outright is fine too, as long as it is said in one sentence.
      expectOneSentence(result.error);
      return;
    }
    const file = result.value as Exclude<AnyFile, { kind: "scenario" }>;
    const restored = restoreSession(file);
    expect(restored.ok).toBe(false);
    if (restored.ok) return;
    expectOneSentence(restored.error);
    expect(restored.error).toContain("command 3");
    expect(restored.error).toContain(ghost);
    expect(restored.error).toMatch(/no unit/);
    const verdict = verifyReplay(file);
    expect(verdict).toMatchObject({ ok: false, index: 3 });
  });

  test("whose seed is empty or enormous is refused", () => {
    refused(edited(kind, (d) => (d.seed = "")));
    refused(edited(kind, (d) => (d.seed = "s".repeat(10_000))));
  });
});

describe("text that would break a message onto several lines", () => {
  test.each([
    ["a unit name", (s: Record<string, unknown>) => ((s.units as Record<string, unknown>[])[0] = { ...(s.units as Record<string, unknown>[])[0], name: "Line one\nLine two" })],
    ["an objective name", (s: Record<string, unknown>) => ((s.objectives as Record<string, unknown>[])[0] = { ...(s.objectives as Record<string, unknown>[])[0], name: "Tal\u2028linn" })],
    ["a title", (s: Record<string, unknown>) => (s.title = "Title\r\nwith a break")],
  ])("in %s is refused", (_what, edit) => {
    for (const kind of KINDS) expect(refused(edited(kind, (d) => edit(scenarioOf(d, kind))))).toMatch(/single line/);
  });

  test("in a command's unit id is refused", () => {
    for (const kind of ["save", "replay"] as const) {
      expect(refused(edited(kind, (d) => (d.commands = [{ type: "move", side: "red", unit: "r-1\nr-2", path: [1] }])))).toMatch(/commands\[0\]\.unit/);
    }
  });

  test("a briefing may still have paragraphs", () => {
    expect(read(edited("scenario", (d) => (d.briefing = "One.\n\nTwo."))).ok).toBe(true);
  });
});
