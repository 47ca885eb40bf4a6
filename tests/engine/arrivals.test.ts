// Reinforcements (issue 7): when a scenario's parameters bring them, where they enter, who may
// see them before they come, and what a held or full entry does.

import { describe, expect, test } from "vitest";
import { NIGHT_MOVEMENT, apply, locate, playerView, templateOf, type GameState } from "../../src/engine";
import { loadScenario, startGame, type LoadedScenario, type Scenario } from "../../src/scenario";
import { firstContact } from "../fixtures/first-contact";

type Reinforcement = NonNullable<Scenario["reinforcements"]>[number];

const TALLINN_PORT = { lat: 59.44, lon: 24.8 };
const PSKOV = { lat: 57.82, lon: 28.33 };

function reinforcement(id: string, side: "red" | "blue", readyHours: number, commitment: Reinforcement["commitment"], at = side === "blue" ? TALLINN_PORT : PSKOV): Reinforcement {
  const template = side === "blue" ? "nato-mech-bn" : "ru-mr-btg";
  return { unit: { id, side, name: `Newcomer ${id}`, template, nation: side === "blue" ? "GB" : "RU", at }, readyHours, by: side === "blue" ? "sea" : "rail", commitment };
}

function scenario(reinforcements: Reinforcement[], parameters: Scenario["parameters"] = {}): LoadedScenario {
  const file = JSON.parse(JSON.stringify(firstContact().scenario)) as Scenario;
  const loaded = loadScenario({ ...file, reinforcements, parameters });
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

function endTurns(state: GameState, count: number): GameState {
  let s = state;
  for (let i = 0; i < count; i++) {
    const result = apply(s, { type: "end-turn", side: s.active });
    if (result.rejection) throw new Error(result.rejection.message);
    s = result.state;
  }
  return s;
}

const has = (state: GameState, id: string): boolean => state.units.some((u) => u.id === id && u.hex >= 0);

describe("when reinforcements come", () => {
  test("a blue unit ready 30 hours after the decision, with no warning, joins at the start of blue's turn 4 (hour 36)", () => {
    const loaded = scenario([reinforcement("b-new", "blue", 30, "national")], { warningDays: 0 });
    expect(loaded.setup.arrivals).toEqual([expect.objectContaining({ id: "b-new", turn: 4, by: "sea" })]);
    let state = startGame(loaded, "1");
    expect(has(state, "b-new")).toBe(false);
    state = endTurns(state, 5); // red 1, blue 1, red 2, blue 2, red 3 → blue 3 starts
    expect(has(state, "b-new")).toBe(false);
    const result = apply(endTurns(state, 1), { type: "end-turn", side: "red" }); // blue 3 ends, red 4 ends → blue 4
    expect(has(result.state, "b-new")).toBe(true);
    const arrived = result.events.find((e) => e.type === "unit-arrived");
    expect(arrived).toMatchObject({ unit: "b-new", side: "blue", at: locate(loaded.map, TALLINN_PORT.lat, TALLINN_PORT.lon), by: "sea", late: false });
    const unit = result.state.units.find((u) => u.id === "b-new");
    // Turn 4 starts at D+1 18:00, a night turn: three-quarters of the day's movement.
    expect(unit).toMatchObject({ mp: Math.round(templateOf("nato-mech-bn").mp * NIGHT_MOVEMENT), personnel: templateOf("nato-mech-bn").personnel, condition: "ready" });
    expect(result.state.arrivals).toEqual([]);
  });

  test("enough strategic warning puts it on the map from the start", () => {
    const loaded = scenario([reinforcement("b-new", "blue", 30, "national")], { warningDays: 2 });
    expect(loaded.setup.arrivals).toEqual([]);
    expect(has(startGame(loaded, "1"), "b-new")).toBe(true);
  });

  test("half the allied will doubles the time; none keeps allied and US units away", () => {
    const half = scenario([reinforcement("a", "blue", 30, "allied"), reinforcement("u", "blue", 30, "us")], { alliedWill: 0.5, usCommitment: 0 });
    expect(half.setup.arrivals).toEqual([expect.objectContaining({ id: "a", turn: 6 })]);
    const full = scenario([reinforcement("a", "blue", 30, "allied")], { alliedWill: 1 });
    expect(full.setup.arrivals).toEqual([expect.objectContaining({ id: "a", turn: 4 })]);
  });

  test("Russian friction stretches the second echelon's time; warning does not bring it sooner", () => {
    const quick = scenario([reinforcement("r-new", "red", 24, "national")], { redFriction: 0, warningDays: 10 });
    const slow = scenario([reinforcement("r-new", "red", 24, "national")], { redFriction: 1 });
    expect(quick.setup.arrivals?.[0]?.turn).toBe(3);
    expect(slow.setup.arrivals?.[0]?.turn).toBe(5);
  });

  test("a ship into a port under the enemy's anti-access umbrella takes longer by the zone's port penalty; a train does not", () => {
    const file = JSON.parse(JSON.stringify(firstContact().scenario)) as Scenario;
    const zone = { side: "red" as const, name: "Test umbrella", at: TALLINN_PORT, radius: 3, portPenalty: 50 };
    const byRail = { ...reinforcement("b-rail", "blue", 30, "national"), by: "rail" as const };
    const loaded = loadScenario({ ...file, supply: { ...file.supply, zones: [zone] }, reinforcements: [reinforcement("b-ship", "blue", 30, "national"), byRail], parameters: { warningDays: 0 } });
    if (!loaded.ok) throw new Error(loaded.error);
    // 30 h × 1.5 = 45 h: turn 5 by sea; 30 h by rail: turn 4.
    expect(Object.fromEntries(loaded.value.setup.arrivals?.map((a) => [a.id, a.turn]) ?? [])).toEqual({ "b-rail": 4, "b-ship": 5 });
  });

  test("units due after the last turn are left out", () => {
    expect(scenario([reinforcement("late", "blue", 24 * 30, "national")]).setup.arrivals).toEqual([]);
  });
});

describe("fog and entry", () => {
  test("a side's view holds its own coming units only", () => {
    const state = startGame(scenario([reinforcement("b-new", "blue", 30, "national"), reinforcement("r-new", "red", 24, "national")]), "1");
    expect(playerView(state, "red").arrivals.map((a) => a.id)).toEqual(["r-new"]);
    expect(playerView(state, "blue").arrivals.map((a) => a.id)).toEqual(["b-new"]);
  });

  test("an entry held by the enemy sends the unit to the nearest free hex, marked late", () => {
    const loaded = scenario([reinforcement("b-new", "blue", 6, "national")]);
    const port = locate(loaded.map, TALLINN_PORT.lat, TALLINN_PORT.lon);
    const start = startGame(loaded, "1");
    // A red unit stands in the port when blue's turn 2 begins.
    const redIndex = start.units.findIndex((u) => u.side === "red");
    const held: GameState = { ...start, units: start.units.map((u, i) => (i === redIndex ? { ...u, hex: port } : u)) };
    const result = apply(endTurns(held, 2), { type: "end-turn", side: "red" });
    const arrived = result.events.find((e) => e.type === "unit-arrived");
    expect(arrived).toMatchObject({ unit: "b-new", late: true });
    expect(arrived && "at" in arrived ? arrived.at : port).not.toBe(port);
  });

  test("pre-war arrivals at a full entry stand beside it; a bad entry is one sentence", () => {
    const many = [1, 2, 3, 4, 5, 6, 7].map((i) => reinforcement(`b${i}`, "blue", 0, "national"));
    const loaded = scenario(many);
    const hexes = new Set(startGame(loaded, "1").units.filter((u) => /^b\d$/.test(u.id)).map((u) => u.hex));
    expect(hexes.size).toBeGreaterThan(1);
    const file = JSON.parse(JSON.stringify(firstContact().scenario)) as Scenario;
    const atSea = loadScenario({ ...file, reinforcements: [reinforcement("wet", "blue", 50, "national", { lat: 59.0, lon: 21.0 })] });
    expect(atSea).toMatchObject({ ok: false, error: expect.stringMatching(/^The scenario's reinforcements\[0\] \(wet\) enters at 59, 21, which is not land on the map\.$/) });
    const twice = loadScenario({ ...file, reinforcements: [reinforcement(file.units[0]?.id ?? "", "blue", 50, "national")] });
    expect(twice).toMatchObject({ ok: false, error: expect.stringMatching(/twice/) });
  });
});

describe("Russian friction on the move", () => {
  test("full friction leaves red units about two-thirds of their movement, at the start and every turn", () => {
    const loaded = scenario([], { redFriction: 1 });
    expect(loaded.setup.settings?.red).toMatchObject({ commandFriction: 100, logisticsFriction: 100 });
    const state = startGame(loaded, "1");
    const red = state.units.find((u) => u.side === "red");
    if (!red) throw new Error("no red unit");
    const full = templateOf(red.template).mp;
    expect(red.mp).toBe(Math.round(full * 0.65));
    const later = endTurns(state, 2).units.find((u) => u.id === red.id);
    expect(later?.mp).toBeLessThanOrEqual(Math.round(full * 0.65));
    const blue = state.units.find((u) => u.side === "blue");
    expect(blue?.mp).toBe(templateOf(blue?.template ?? "").mp);
  });
});
