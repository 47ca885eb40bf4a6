// `bench`: engine and replay throughput on the real Baltic map with a campaign-sized force
// (≥ 10,000 hexes, ≥ 200 units), against the budgets of DESIGN.md §7.

import { performance } from "node:perf_hooks";
import { apply, countryOf, isWater, landSteps, type Command, type GameState } from "../engine";
import firstContact from "../../assets/scenarios/first-contact.json";
import { SCENARIO_FORMAT, SCENARIO_VERSION, loadMap, loadScenario, BALTIC_MAP_ID, type LoadedScenario, type Scenario } from "../scenario";
import { readReplay, recordRandomGame, verifyReplay } from "../session";
import { parseOptions } from "./args";
import { print, printJson } from "./io";
import { AI_BUDGETS, runAiBench } from "./bench-ai";

/** Chance that a recorded command ends the turn: about 40 orders a side-turn. */
const ORDERS_PER_TURN_CHANCE = 1 / 40;

export const BUDGETS = { commandsPerSecond: 50_000, replayCommandsPerSecond: 20_000 } as const;

/** How deep the front is: half of each side's units stand this close to the other's land. */
const FRONT_DEPTH = 3;

/** The supply sources of the bundled first-contact scenario, on the same map. */
function supplySources(): NonNullable<Scenario["supply"]>["sources"] {
  const first = (firstContact as { supply?: { sources?: unknown } }).supply?.sources;
  if (!Array.isArray(first)) throw new Error("first-contact has no supply sources");
  return first as NonNullable<Scenario["supply"]>["sources"];
}

const RED_LANDS = new Set(["RU", "BY", "RU-KGD"]);
const BLUE_LANDS = new Set(["EE", "LV", "LT", "PL", "FI"]);

/**
 * A synthetic war on the real map: `perSide` battalions a side, half of them on a front within
 * FRONT_DEPTH hexes of the other side's land (so attacks happen), the rest spread over their
 * own land, with first-contact's supply sources (so every turn traces supply).
 */
export function benchScenario(perSide: number): LoadedScenario {
  const map = loadMap(BALTIC_MAP_ID);
  if (!map) throw new Error("the Baltic map is missing");
  const spread = (hexes: number[], count: number): number[] => {
    const step = Math.max(1, Math.floor(hexes.length / count));
    return hexes.filter((_, i) => i % step === 0).slice(0, count);
  };
  const pick = (lands: Set<string>, enemy: Set<string>): number[] => {
    const enemyLand: number[] = [];
    for (let id = 0; id < map.size; id++) if (!isWater(map, id) && enemy.has(countryOf(map, id) ?? "")) enemyLand.push(id);
    const toEnemy = landSteps(map, enemyLand);
    const own: number[] = [];
    for (let id = 0; id < map.size; id++) if (!isWater(map, id) && lands.has(countryOf(map, id) ?? "")) own.push(id);
    const front = own.filter((id) => (toEnemy[id] ?? -1) >= 1 && (toEnemy[id] ?? -1) <= FRONT_DEPTH);
    const onFront = spread(front, Math.floor(perSide / 2));
    const taken = new Set(onFront);
    return [...onFront, ...spread(own.filter((id) => !taken.has(id)), perSide - onFront.length)];
  };
  const units: Scenario["units"] = [];
  pick(RED_LANDS, BLUE_LANDS).forEach((hex, i) => units.push({ id: `r${i}`, side: "red", name: `Red BTG ${i + 1}`, template: i % 3 === 0 ? "ru-tank-btg" : "ru-mr-btg", nation: "RU", at: { hex } }));
  pick(BLUE_LANDS, RED_LANDS).forEach((hex, i) => units.push({ id: `b${i}`, side: "blue", name: `Blue battalion ${i + 1}`, template: i % 3 === 0 ? "nato-mech-bn" : "baltic-inf-bn", nation: "LT", at: { hex } }));
  const scenario: Scenario = {
    format: SCENARIO_FORMAT,
    version: SCENARIO_VERSION,
    id: "bench",
    title: "Benchmark",
    summary: "",
    briefing: "",
    sources: [],
    map: BALTIC_MAP_ID,
    order: ["red", "blue"],
    turns: 1000,
    victory: { redPointsToWin: 1000 },
    objectives: [],
    units,
    supply: { sources: supplySources(), zones: [] },
  };
  const loaded = loadScenario(scenario);
  if (!loaded.ok) throw new Error(`bench scenario: ${loaded.error}`);
  return loaded.value;
}

function timeIt(rounds: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export function runBench(commandCount = 5000): Record<string, number> {
  const loaded = benchScenario(120);
  // A side gives about 40 orders a turn (a third of its 120 units), as in play; the recorder's
  // default of ~12 would make the turn's upkeep a third of all the work.
  const session = recordRandomGame(loaded, "bench", commandCount, ORDERS_PER_TURN_CHANCE);
  const commands: readonly Command[] = session.commands;
  const initial: GameState = session.initial;
  const applyAll = (): void => {
    let state = initial;
    for (const cmd of commands) {
      const result = apply(state, cmd);
      if (result.rejection) throw new Error(`bench command refused: ${result.rejection.code}`);
      state = result.state;
    }
  };
  // Warm up, then the median of many short rounds: single rounds of ~0.1 s swing with GC and JIT.
  for (let i = 0; i < 3; i++) applyAll();
  const applyMs = timeIt(15, applyAll);
  const replay = readReplay(JSON.parse(JSON.stringify(session.toReplay())));
  if (!replay.ok) throw new Error(replay.error);
  const verifyOnce = (): void => {
    const verdict = verifyReplay(replay.value);
    if (!verdict.ok) throw new Error(`bench replay diverged: ${verdict.reason}`);
  };
  for (let i = 0; i < 3; i++) verifyOnce();
  const replayMs = timeIt(11, verifyOnce);
  return {
    commandsPerSecond: Math.round((commands.length / applyMs) * 1000),
    replayCommandsPerSecond: Math.round((commands.length / replayMs) * 1000),
    hexes: loaded.map.size,
    units: initial.units.length,
    commands: commands.length,
    endTurns: commands.filter((c) => c.type === "end-turn").length,
    attacks: commands.filter((c) => c.type === "attack").length,
  };
}

export function benchCommand(argv: string[]): number {
  const { values } = parseOptions(argv, {}, "bench [--json]");
  const figures: Record<string, number | string> = { ...runBench(), ...runAiBench() };
  if (values.json) {
    printJson(figures);
    return 0;
  }
  print(`Engine benchmark: ${figures.commands} recorded commands (${figures.endTurns} turn ends, ${figures.attacks} attacks), ${figures.units} units on ${figures.hexes} hexes.`);
  for (const [key, budget] of Object.entries(BUDGETS)) {
    const value = Number(figures[key] ?? 0);
    print(`  ${key.padEnd(26)} ${String(value).padStart(9)}   budget ≥ ${budget}  ${value >= budget ? "ok" : "BELOW BUDGET"}`);
  }
  const turn = Number(figures.aiTurnMsP95);
  print(`  ${"aiTurnMsP95".padEnd(26)} ${String(turn).padStart(9)}   budget ≤ ${AI_BUDGETS.aiTurnMsP95}  ${turn <= AI_BUDGETS.aiTurnMsP95 ? "ok" : "OVER BUDGET"}   (${figures.aiTurnScenario}; median ${figures.aiTurnMsMedian} ms)`);
  const games = Number(figures.simGamesPerSecond);
  print(`  ${"simGamesPerSecond".padEnd(26)} ${String(games).padStart(9)}   budget ≥ ${AI_BUDGETS.simGamesPerSecond}  ${games >= AI_BUDGETS.simGamesPerSecond ? "ok" : "BELOW BUDGET"}   (${figures.simScenario}, one core)`);
  return 0;
}
