// The scenario loader: the bundled file loads; a bad scenario is refused with one sentence
// saying what is wrong and where.

import { describe, expect, test } from "vitest";
import { DEFAULT_SIDE_SETTINGS, STACK_LIMIT, locate, traceSupply } from "../../src/engine";
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

describe("supply sources, anti-access zones and side settings", () => {
  type Supply = NonNullable<Scenario["supply"]>;
  type SourceEntry = NonNullable<Supply["sources"]>[number];
  const port: SourceEntry = { id: "test-port", side: "blue", kind: "port", name: "Test port", at: { lat: 59.44, lon: 24.8 }, throughput: 5 };
  const withSources = (s: ReturnType<typeof file>, extra: SourceEntry[]) => ({ ...s, supply: { ...s.supply, sources: [...(s.supply?.sources ?? []), ...extra] } });

  test("first-contact gives both sides sources, and every unit traces supply at the start", () => {
    const loaded = firstContact();
    const state = startGame(loaded, "1");
    for (const side of ["red", "blue"] as const) {
      expect(state.sources.filter((s) => s.side === side).length, side).toBeGreaterThan(2);
      const trace = traceSupply(loaded.map, state, side);
      for (const u of state.units.filter((x) => x.side === side)) expect(trace.cost[u.hex], `${u.id} traces supply`).toBeGreaterThanOrEqual(0);
    }
  });

  test("sources and zones are placed on their hexes; side settings override the defaults", () => {
    const zone = { side: "red" as const, name: "Kaliningrad A2/AD", at: { lat: 54.71, lon: 20.51 }, radius: 30, portPenalty: 50 };
    const data = { ...withSources(file(), [port]), sides: { red: { logisticsFriction: 40, surpriseTurns: 2 } } };
    data.supply = { ...data.supply, zones: [zone] };
    const result = loadScenario(data);
    if (!result.ok) throw new Error(result.error);
    const state = startGame(result.value, "1");
    const map = result.value.map;
    expect(state.sources.find((s) => s.id === "test-port")).toEqual({ id: "test-port", side: "blue", kind: "port", name: "Test port", hex: locate(map, 59.44, 24.8), throughput: 5 });
    expect(state.zones).toEqual([{ side: "red", name: "Kaliningrad A2/AD", hex: locate(map, 54.71, 20.51), radius: 30, portPenalty: 50 }]);
    expect(state.settings.red).toEqual({ ...DEFAULT_SIDE_SETTINGS, logisticsFriction: 40, surpriseTurns: 2 });
    expect(state.settings.blue).toEqual(DEFAULT_SIDE_SETTINGS);
  });

  test.each<[string, (s: ReturnType<typeof file>) => unknown, RegExp]>([
    ["a supply source off the map", (s) => withSources(s, [{ ...port, at: { hex: 9_999_999 } }]), /supply\.sources\[\d+\] \(test-port\).*off the map/],
    ["a supply source in the sea", (s) => withSources(s, [{ ...port, kind: "depot", at: { lat: 59.8, lon: 25.5 } }]), /supply\.sources\[\d+\] \(test-port\).*water/],
    ["a port that does not touch the sea", (s) => withSources(s, [{ ...port, at: { lat: 58.38, lon: 26.72 } }]), /is a port, but hex \d+ does not touch the sea/],
    ["a supply source id used twice", (s) => withSources(s, [port, { ...port, at: { lat: 56.95, lon: 23.96 } }]), /supply source id "test-port" twice/],
    ["a supply source with a negative throughput", (s) => withSources(s, [{ ...port, throughput: -1 }]), /throughput/],
    ["a supply source of an unknown kind", (s) => withSources(s, [{ ...port, kind: "airbase" as SourceEntry["kind"] }]), /kind/],
    ["an anti-access zone off the map", (s) => ({ ...s, supply: { ...s.supply, zones: [{ side: "red", name: "Nowhere", at: { lat: 10, lon: 10 }, radius: 5, portPenalty: 50 }] } }), /supply\.zones\[0\] \(Nowhere\).*off the map/],
    ["a port penalty over 100 %", (s) => ({ ...s, supply: { ...s.supply, zones: [{ side: "red", name: "Z", at: { lat: 54.71, lon: 20.51 }, radius: 5, portPenalty: 150 }] } }), /portPenalty/],
    ["logistics friction over 100 %", (s) => ({ ...s, sides: { blue: { logisticsFriction: 101 } } }), /logisticsFriction/],
    ["an unknown side setting", (s) => ({ ...s, sides: { red: { morale: 3 } } }), /morale/],
  ])("refuses %s with a sentence", (_name, edit, pattern) => {
    const error = refusal(edit(file()));
    expect(error).toMatch(pattern);
    expectSentence(error);
  });
});

describe("the war scenarios (issue 7)", () => {
  const WAR = ["rand-2016", "seven-brigades", "eastern-flank-2026", "suwalki-2026"];

  test.each(WAR)("%s loads, declares all four parameters, says where its numbers come from and lists its sources", (id) => {
    const loaded = loadBundled(id);
    if (!loaded.ok) throw new Error(loaded.error);
    const s = loaded.value.scenario;
    expect(Object.keys(s.parameters ?? {}).sort()).toEqual(["alliedWill", "redFriction", "usCommitment", "warningDays"]);
    expect(s.briefing).toMatch(/Where the numbers come from/);
    expect(s.sources.length).toBeGreaterThanOrEqual(5);
    expect(s.units.filter((u) => u.side === "red").length).toBeGreaterThan(10);
    expect(s.units.filter((u) => u.side === "blue").length).toBeGreaterThan(10);
    expect((s.reinforcements ?? []).length).toBeGreaterThan(0);
    const info = bundledScenarios().find((b) => b.id === id);
    expect(info?.parameters).toEqual(s.parameters);
    expect(info?.victory.redPointsToWin).toBe(s.victory.redPointsToWin);
  });

  test("seven-brigades keeps rand-2016's Russian force and dials and changes only NATO's", () => {
    const rand = loadBundled("rand-2016");
    const seven = loadBundled("seven-brigades");
    if (!rand.ok || !seven.ok) throw new Error("a bundled scenario does not load");
    const red = (s: Scenario) => JSON.stringify([s.units.filter((u) => u.side === "red"), (s.reinforcements ?? []).filter((r) => r.unit.side === "red"), s.sides?.red, s.parameters, s.objectives]);
    expect(red(seven.value.scenario)).toBe(red(rand.value.scenario));
    const brigades = seven.value.scenario.units.filter((u) => u.side === "blue" && /brigade/.test(u.template));
    expect(brigades.length).toBeGreaterThanOrEqual(7);
    expect(brigades.filter((u) => u.template === "nato-armd-brigade").length).toBe(3);
  });

  test("more warning brings more of NATO's reinforcements to the map before the war", () => {
    const count = (warningDays: number) => {
      const loaded = loadBundled("rand-2016", { warningDays });
      if (!loaded.ok) throw new Error(loaded.error);
      return loaded.value.setup.units.filter((u) => u.side === "blue").length;
    };
    expect(count(30)).toBeGreaterThan(count(7));
    expect(count(7)).toBeGreaterThanOrEqual(count(0));
  });
});
