// `sim`: full computer-against-computer games of a scenario (DESIGN.md §5), one line per run
// and a summary, each run optionally written as a replay that `replay verify` accepts.

import { extname } from "node:path";
import { AI_LEVELS, runSeed, simulate, summarise, type AiLevel, type SimRun, type SimSummary } from "../ai";
import { GameSession } from "../session";
import { loadBundled, parseSettings, withParameters, parseJsonText, loadScenario, type LoadedScenario, type ScenarioParameters } from "../scenario";
import { parseOptions, positiveInt, requireString } from "./args";
import { UsageError, print, printJson, readTextFile, writeTextFileAtomic } from "./io";

const USAGE = "sim --scenario ID|FILE --runs N --seed S [--set KEY=VALUE …] [--red LEVEL] [--blue LEVEL] [--out FILE] [--json]";

/** At most this many runs in one call: a 2-core machine plays a few a second on the large scenarios. */
const MAX_RUNS = 100_000;

function level(value: unknown, side: string): AiLevel {
  if (value === undefined) return "standard";
  const found = AI_LEVELS.find((l) => l === value);
  if (!found) throw new UsageError(`--${side} must be one of ${AI_LEVELS.join(", ")}, not "${String(value)}".`);
  return found;
}

/** A bundled scenario by id, or a scenario file by path (anything with a "/" or ending in .json). */
function scenarioFrom(ref: string, changes: ScenarioParameters): LoadedScenario {
  if (ref.includes("/") || ref.endsWith(".json")) {
    const text = readTextFile(ref);
    if (!text.ok) throw new UsageError(text.error);
    const data = parseJsonText(text.value, "scenario");
    const loaded = data.ok ? loadScenario(withParameters(data.value, changes)) : data;
    if (!loaded.ok) throw new UsageError(`${ref}: ${loaded.error}`);
    return loaded.value;
  }
  const loaded = loadBundled(ref, changes);
  if (!loaded.ok) throw new UsageError(loaded.error);
  return loaded.value;
}

/** Where run `i` of `runs` is written: the name itself for one run, the seed before the extension for more. */
export function replayPath(out: string, seed: string, runs: number): string {
  if (runs === 1) return out;
  const ext = extname(out);
  return `${ext ? out.slice(0, -ext.length) : out}-${seed}${ext || ".json"}`;
}

const hours = (h: number | null): string => (h === null ? "—" : `${h} h`);

function printRun(run: SimRun): void {
  const h = run.hoursToCapital;
  print(
    `seed ${run.seed.padEnd(8)} winner ${run.winner.padEnd(5)} turns ${String(run.turns).padStart(3)}   Tallinn ${hours(h.Tallinn).padStart(5)}  Riga ${hours(h.Riga).padStart(5)}  Vilnius ${hours(h.Vilnius).padStart(5)}   losses red ${run.lossesPct.red}%, blue ${run.lossesPct.blue}%`,
  );
}

function printSummary(s: SimSummary): void {
  const pct = (f: number): string => `${Math.round(f * 100)}%`;
  print(`${s.runs} runs: red won ${pct(s.winner.red)}, blue ${pct(s.winner.blue)}, undecided ${pct(s.winner.none)}; median ${s.medianTurns} turns.`);
  for (const [name, c] of Object.entries(s.hoursToCapital)) print(`  ${name.padEnd(8)} reached in ${pct(c.reached)} of runs; median ${hours(c.median)}`);
  const f = s.firstOfTallinnRiga;
  print(`  first of Tallinn or Riga: median ${hours(f.median)}; within 60 h in ${pct(f.within60h)}, within 72 h in ${pct(f.within72h)} of runs`);
  const c = s.firstCaptureOfTallinnRiga;
  print(`  first of Tallinn or Riga taken: median ${hours(c.median)}; within 72 h in ${pct(c.within72h)} of runs`);
  print(`  neither Tallinn nor Riga taken by 60 h in ${pct(s.bothHeldAt60h)} of runs`);
  print(`  median personnel losses: red ${s.medianLossesPct.red}%, blue ${s.medianLossesPct.blue}%`);
}

export function simCommand(argv: string[]): number {
  const { values } = parseOptions(
    argv,
    {
      scenario: { type: "string" },
      runs: { type: "string" },
      seed: { type: "string" },
      set: { type: "string", multiple: true },
      red: { type: "string" },
      blue: { type: "string" },
      out: { type: "string" },
    },
    USAGE,
  );
  const ref = requireString(values, "scenario", USAGE);
  const runs = positiveInt(requireString(values, "runs", USAGE), "runs", MAX_RUNS);
  const seed = requireString(values, "seed", USAGE);
  const levels = { red: level(values.red, "red"), blue: level(values.blue, "blue") };
  const settings = parseSettings((values.set as string[] | undefined) ?? []);
  if (!settings.ok) throw new UsageError(settings.error);
  const loaded = scenarioFrom(ref, settings.value);
  const out = typeof values.out === "string" ? values.out : undefined;
  if (out !== undefined && out === "") throw new UsageError(`--out needs a file name. Usage: ${USAGE}`);

  const results: SimRun[] = [];
  for (let i = 0; i < runs; i++) {
    const runSeedText = runSeed(seed, i);
    const { run, game } = simulate(loaded, runSeedText, levels);
    if (game.refused.length > 0) {
      const first = game.refused[0];
      throw new Error(`the ${first?.command.side} computer player gave a refused command in seed ${runSeedText}: ${first?.rejection.message}`);
    }
    if (out !== undefined) {
      const session = new GameSession(loaded, runSeedText);
      for (const command of game.commands) session.dispatch(command);
      writeTextFileAtomic(replayPath(out, runSeedText, runs), JSON.stringify(session.toReplay()) + "\n");
    }
    results.push(run);
    if (values.json) printJson(run);
    else printRun(run);
  }
  const summary = summarise(results);
  if (values.json) printJson({ summary: { scenario: loaded.scenario.id, red: levels.red, blue: levels.blue, parameters: loaded.scenario.parameters ?? {}, ...summary } });
  else {
    print("");
    print(`"${loaded.scenario.title}", red ${levels.red} against blue ${levels.blue}:`);
    printSummary(summary);
  }
  return 0;
}

