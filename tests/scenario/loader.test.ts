// The scenario loader: the bundled file loads; a bad scenario is refused with one sentence
// saying what is wrong and where.

import { describe, expect, test } from "vitest";
import { STACK_LIMIT } from "../../src/engine";
import { SCENARIO_VERSION, bundledScenarios, checkEnvelope, loadBundled, loadScenario, loadScenarioText, startGame, type Scenario } from "../../src/scenario";
import { FIRST_CONTACT, firstContact } from "../fixtures/first-contact";
import { unitsOf } from "../fixtures/grid";

/** A fresh, editable copy of the bundled scenario file. */
function file(): Scenario & Record<string, unknown> {
  return JSON.parse(JSON.stringify(firstContact().scenario)) as Scenario & Record<string, unknown>;
}

function refusal(data: unknown): string {
  const result = loadScenario(data);
  if (result.ok) throw new Error("the scenario was accepted");
  return result.error;
}

function expectSentence(error: string): void {
  expect(error).toMatch(/^[A-Z"].*\.$/);
  expect(error).not.toContain("\n");
  expect(error.length).toBeLessThan(300);
}

describe("the bundled scenarios", () => {
  test("first-contact loads, and its units and objectives all stand on land", () => {
    const loaded = firstContact();
    expect(loaded.scenario.id).toBe(FIRST_CONTACT);
    expect(loaded.setup.units).toHaveLength(loaded.scenario.units.length);
    expect(loaded.setup.objectives).toHaveLength(loaded.scenario.objectives.length);
    const state = startGame(loaded, "1");
    expect(unitsOf(state)).toHaveLength(loaded.scenario.units.length);
    expect(state.lastTurn).toBe(loaded.scenario.turns);
    expect(state.active).toBe(loaded.scenario.order[0]);
  });

  test("are listed with their title and length", () => {
    expect(bundledScenarios()).toContainEqual(expect.objectContaining({ id: FIRST_CONTACT, turns: 8, map: "baltic" }));
  });

  test("asking for one that does not exist lists those that do", () => {
    const result = loadBundled("no-such-scenario");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(FIRST_CONTACT);
  });
});

describe("refusals", () => {
  test.each<[string, (s: ReturnType<typeof file>) => unknown, RegExp]>([
    ["a unit id used twice", (s) => ({ ...s, units: [...s.units, s.units[0]] }), /twice/],
    ["a template that does not exist", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, template: "space-marines" } : u)) }), /template "space-marines".*does not exist/],
    ["a template named after an Object member", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, template: "constructor" } : u)) }), /template "constructor".*does not exist/],
    ["a red unit with a blue template", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, template: "baltic-inf-bn" } : u)) }), /is red but its template/],
    ["a unit off the map", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, at: { hex: 9_999_999 } } : u)) }), /off the map/],
    ["a unit far outside the map's frame", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, at: { lat: 10, lon: 10 } } : u)) }), /off the map/],
    ["a unit in the sea", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, at: { lat: 59.8, lon: 25.5 } } : u)) }), /water/],
    ["a red and a blue unit in one hex", (s) => ({ ...s, units: [...s.units, { ...s.units[s.units.length - 1], id: "b-x", side: "blue", template: "baltic-inf-bn", nation: "EE", at: s.units[0]?.at }] }), /units\[26\] \(b-x\) stands on hex \d+ with an enemy unit/],
    ["too many units in one hex", (s) => ({ ...s, units: Array.from({ length: STACK_LIMIT + 1 }, (_, k) => ({ ...s.units[0], id: `r-${k}` })) }), /stacks more than/],
    ["two objectives in one hex", (s) => ({ ...s, objectives: [...s.objectives, { ...s.objectives[0], name: "Again" }] }), /shares its hex/],
    ["an objective in the sea", (s) => ({ ...s, objectives: [{ ...s.objectives[0], at: { lat: 59.8, lon: 25.5 } }] }), /not on land/],
    ["red holding enough points to win before the first move", (s) => ({ ...s, victory: { redPointsToWin: 3 } }), /red 3 objective points at the start, already the 3/],
    ["a map this build does not have", (s) => ({ ...s, map: "atlantis" }), /map "atlantis".*baltic/],
    ["the map \"constructor\"", (s) => ({ ...s, map: "constructor" }), /map "constructor"/],
    ["the map \"toString\"", (s) => ({ ...s, map: "toString" }), /map "toString"/],
    ["red named twice in the turn order", (s) => ({ ...s, order: ["red", "red"] }), /turn order/],
    ["a side that does not exist", (s) => ({ ...s, order: ["red", "green"] }), /order/],
    ["an unknown key", (s) => ({ ...s, cheats: true }), /cheats/],
    ["a missing title", (s) => ({ ...s, title: undefined }), /title/],
    ["no units", (s) => ({ ...s, units: [] }), /units/],
    ["a negative number of turns", (s) => ({ ...s, turns: -1 }), /turns/],
    ["a fractional hex", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, at: { hex: 1.5 } } : u)) }), /units\[0\]/],
    ["a nation that is not an ISO code", (s) => ({ ...s, units: s.units.map((u, i) => (i === 0 ? { ...u, nation: "Russia" } : u)) }), /nation|ISO/],
  ])("%s", (_name, edit, pattern) => {
    const error = refusal(edit(file()));
    expect(error).toMatch(pattern);
    expectSentence(error);
  });

  test("the envelope comes first: not an object, wrong format, newer version", () => {
    expect(refusal([])).toMatch(/not a JSON object/);
    expect(refusal(null)).toMatch(/not a JSON object/);
    expect(refusal({ ...file(), format: "eastern-flank/save" })).toMatch(/"eastern-flank\/save" where "eastern-flank\/scenario"/);
    expect(refusal({ ...file(), format: undefined })).toMatch(/no format/);
    expect(refusal({ ...file(), version: SCENARIO_VERSION + 1 })).toMatch(/newer/);
    expect(refusal({ ...file(), version: 0 })).toMatch(/version/);
    expect(refusal({ ...file(), version: "1" })).toMatch(/version/);
  });

  test("checkEnvelope accepts the current version", () => {
    expect(checkEnvelope({ format: "x", version: 1 }, "x", 1, "thing")).toEqual({ ok: true, value: true });
  });

  test("loadScenarioText reads text and refuses broken JSON with a sentence", () => {
    expect(loadScenarioText(JSON.stringify(file())).ok).toBe(true);
    const result = loadScenarioText('{"format": "eastern-flank/scenario", ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^The scenario ends too early/);
  });
});
