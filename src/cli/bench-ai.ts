// The AI half of `bench`: how long a computer side takes over its turn (p95, on the largest
// bundled scenario) and how many whole AI-against-AI games a second one core plays (on the
// RAND scenario when it is bundled). Budgets: issue 6, DESIGN.md §7.

import { performance } from "node:perf_hooks";
import { AiPlayer, simulate } from "../ai";
import { apply, playerView, type Side } from "../engine";
import { bundledScenarios, loadBundled, startGame, type LoadedScenario } from "../scenario";

export const AI_BUDGETS = { aiTurnMsP95: 500, simGamesPerSecond: 20 } as const;

/** The scenario the sim rate is measured on: RAND's, once it ships; the first bundled one until then. */
const SIM_SCENARIO = "rand-2016";

function load(id: string): LoadedScenario {
  const loaded = loadBundled(id);
  if (!loaded.ok) throw new Error(loaded.error);
  return loaded.value;
}

function largestScenario(): LoadedScenario {
  let best: LoadedScenario | null = null;
  for (const info of bundledScenarios()) {
    const loaded = load(info.id);
    if (!best || loaded.setup.units.length > best.setup.units.length) best = loaded;
  }
  if (!best) throw new Error("no bundled scenario");
  return best;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

/** Milliseconds each side-turn took its computer player, over whole games of experts (the slowest level: it looks ahead). */
function sideTurnTimes(loaded: LoadedScenario, seeds: readonly string[]): number[] {
  const times: number[] = [];
  for (const seed of seeds) {
    let state = startGame(loaded, seed);
    const players: Record<Side, AiPlayer> = { red: new AiPlayer("red", { level: "expert", seed }), blue: new AiPlayer("blue", { level: "expert", seed }) };
    let turnMs = 0;
    let guard = 0;
    while (state.status.kind === "playing" && guard++ < 50_000) {
      const t0 = performance.now();
      const command = players[state.active].next(playerView(state, state.active));
      turnMs += performance.now() - t0;
      const result = apply(state, command);
      if (result.rejection) throw new Error(`bench: the computer player gave a refused command: ${result.rejection.message}`);
      if (command.type === "end-turn") {
        times.push(turnMs);
        turnMs = 0;
      }
      state = result.state;
    }
  }
  return times.sort((a, b) => a - b);
}

export function runAiBench(): Record<string, number | string> {
  const largest = largestScenario();
  sideTurnTimes(largest, ["warm"]);
  const turns = sideTurnTimes(largest, ["1", "2", "3"]);
  const simId = bundledScenarios().some((s) => s.id === SIM_SCENARIO) ? SIM_SCENARIO : (bundledScenarios()[0]?.id ?? "");
  const sim = load(simId);
  simulate(sim, "warm", { red: "standard", blue: "standard" });
  const games = 8;
  const t0 = performance.now();
  for (let i = 0; i < games; i++) simulate(sim, String(i + 1), { red: "standard", blue: "standard" });
  const seconds = (performance.now() - t0) / 1000;
  return {
    aiTurnMsP95: Math.round(percentile(turns, 0.95)),
    aiTurnMsMedian: Math.round(percentile(turns, 0.5)),
    aiTurnScenario: largest.scenario.id,
    simGamesPerSecond: Math.round((games / seconds) * 10) / 10,
    simScenario: simId,
  };
}
