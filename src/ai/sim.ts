// Computer-against-computer runs for analysis (`sim` on the command line, the bench and the
// calibration tests): a whole game per seed, measured the way DESIGN.md §5 defines it.

import { WAR_START_HOUR, lossPct, movementAllowance, templateOf, type Command, type GameState, type HexMap, type Side } from "../engine";
import type { LoadedScenario } from "../scenario";
import { playAiGame, type AiGame } from "./game";
import type { AiLevel } from "./levels";

/** The capitals `hoursToCapital` reports, in DESIGN.md §5's order. */
export const CAPITALS = ["Tallinn", "Riga", "Vilnius"] as const;
export type Capital = (typeof CAPITALS)[number];

export interface SimRun {
  seed: string;
  winner: Side | "none";
  /** Turns begun when the game ended (the last turn counts whole). */
  turns: number;
  /**
   * Hours from the start of the war until a red unit first stood in or next to the capital's
   * hex; null when none did.
   */
  hoursToCapital: Record<Capital, number | null>;
  /** Hours until red first took the capital itself (held its objective); null when it never did. */
  hoursToCapture: Record<Capital, number | null>;
  /** Personnel each side lost, in percent of the authorised strength of all it fielded (engine's lossPct). */
  lossesPct: Record<Side, number>;
  commands: number;
}

/** The hexes from which a red unit counts as at a capital: the city's hex and its neighbours. */
export function capitalApproaches(map: HexMap): Map<number, Capital> {
  const out = new Map<number, Capital>();
  for (const [key, city] of Object.entries(map.cities)) {
    const capital = CAPITALS.find((c) => c === city.name);
    if (!capital) continue;
    const hex = Number(key);
    out.set(hex, capital);
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[hex * 6 + d] ?? -1;
      if (n >= 0 && !out.has(n)) out.set(n, capital);
    }
  }
  return out;
}

/**
 * Hours since the war began at the moment `command` finished: for a move, the turn's start
 * plus the hours of movement the unit has used of what it had this turn (less at night and
 * with friction); for anything else, the end of the turn.
 */
function hoursAt(before: GameState, after: GameState, command: Command): number {
  const turnStart = before.hour - WAR_START_HOUR;
  if (command.type !== "move") return turnStart + 12;
  const unit = after.units.find((u) => u.id === command.unit);
  if (!unit) return turnStart + 12;
  const allowance = movementAllowance(templateOf(unit.template).mp, before.settings[unit.side].commandFriction, before.hour);
  return turnStart + Math.min(12, Math.round(Math.max(0, allowance - unit.mp) / 10));
}

/** One game between two computer players, with its measures. */
export function simulate(loaded: LoadedScenario, seed: string, levels: Record<Side, AiLevel>): { run: SimRun; game: AiGame } {
  const approaches = capitalApproaches(loaded.map);
  const reached: Record<Capital, number | null> = { Tallinn: null, Riga: null, Vilnius: null };
  const captured: Record<Capital, number | null> = { Tallinn: null, Riga: null, Vilnius: null };
  const cityHex = new Map<Capital, number>();
  for (const [hex, capital] of approaches) if (loaded.map.cities[hex]?.name === capital) cityHex.set(capital, hex);
  const game = playAiGame(loaded, seed, levels, (before, command, after) => {
    if (command.side !== "red" || command.type === "end-turn" || command.type === "set-stance" || command.type === "mission") return;
    for (const [capital, hex] of cityHex) {
      if (captured[capital] === null && after.control[String(hex)] === "red" && before.control[String(hex)] !== "red") captured[capital] = hoursAt(before, after, command);
    }
    for (const u of after.units) {
      if (u.side !== "red" || u.hex < 0) continue;
      const capital = approaches.get(u.hex);
      if (capital && reached[capital] === null) reached[capital] = hoursAt(before, after, command);
    }
  });
  const end = game.state;
  // The engine's one measure of losses (the one victory by losses uses): the share of the
  // authorised personnel of every unit that has entered, destroyed units counting whole.
  const lossesPct = { red: Math.round(10 * lossPct(end, "red")) / 10, blue: Math.round(10 * lossPct(end, "blue")) / 10 };
  const status = end.status;
  const winner: Side | "none" = status.kind === "over" ? status.winner : "none";
  return { run: { seed, winner, turns: end.turn, hoursToCapital: reached, hoursToCapture: captured, lossesPct, commands: game.commands.length }, game };
}

/** The seed of run `i` (0-based) of a series started with `seed`: numbers count up, text gets a suffix. */
export function runSeed(seed: string, i: number): string {
  if (/^\d{1,15}$/.test(seed)) return String(Number(seed) + i);
  return i === 0 ? seed : `${seed}-${i}`;
}

export interface SimSummary {
  runs: number;
  winner: Record<Side | "none", number>;
  medianTurns: number;
  hoursToCapital: Record<Capital, { median: number | null; reached: number }>;
  /** The earlier of Tallinn and Riga: RAND RR-1253's measure (MODEL.md §1, R1). */
  firstOfTallinnRiga: { median: number | null; within60h: number; within72h: number; reached: number };
  /** Hours until red took Tallinn or Riga itself (held its objective), whichever fell first. */
  firstCaptureOfTallinnRiga: { median: number | null; within72h: number };
  /** Runs in which red held neither Tallinn nor Riga at 60 hours: RAND's test of the seven brigades (R2). */
  bothHeldAt60h: number;
  medianLossesPct: Record<Side, number>;
}

/** The median, counting null (never) as later than any number; null when that is where it falls. */
export function medianOf(values: readonly (number | null)[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.map((v) => (v === null ? Infinity : v)).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const m = sorted.length % 2 === 1 ? (sorted[Math.floor(mid)] ?? Infinity) : ((sorted[mid - 1] ?? Infinity) + (sorted[mid] ?? Infinity)) / 2;
  return Number.isFinite(m) ? m : null;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const fraction = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 1000);

export function firstOfTallinnRiga(run: SimRun, measure: "hoursToCapital" | "hoursToCapture" = "hoursToCapital"): number | null {
  const t = run[measure].Tallinn;
  const r = run[measure].Riga;
  if (t === null) return r;
  if (r === null) return t;
  return Math.min(t, r);
}

export function summarise(runs: readonly SimRun[]): SimSummary {
  const n = runs.length;
  const count = (f: (r: SimRun) => boolean): number => runs.filter(f).length;
  const hoursToCapital = {} as SimSummary["hoursToCapital"];
  for (const c of CAPITALS) {
    const hours = runs.map((r) => r.hoursToCapital[c]);
    hoursToCapital[c] = { median: medianOf(hours), reached: fraction(hours.filter((h) => h !== null).length, n) };
  }
  const first = runs.map((r) => firstOfTallinnRiga(r));
  return {
    runs: n,
    winner: { red: fraction(count((r) => r.winner === "red"), n), blue: fraction(count((r) => r.winner === "blue"), n), none: fraction(count((r) => r.winner === "none"), n) },
    medianTurns: medianOf(runs.map((r) => r.turns)) ?? 0,
    hoursToCapital,
    firstOfTallinnRiga: {
      median: medianOf(first),
      within60h: fraction(first.filter((h) => h !== null && h <= 60).length, n),
      within72h: fraction(first.filter((h) => h !== null && h <= 72).length, n),
      reached: fraction(first.filter((h) => h !== null).length, n),
    },
    firstCaptureOfTallinnRiga: {
      median: medianOf(runs.map((r) => firstOfTallinnRiga(r, "hoursToCapture"))),
      within72h: fraction(runs.filter((r) => (firstOfTallinnRiga(r, "hoursToCapture") ?? Infinity) <= 72).length, n),
    },
    bothHeldAt60h: fraction(count((r) => [r.hoursToCapture.Tallinn, r.hoursToCapture.Riga].every((h) => h === null || h > 60)), n),
    medianLossesPct: { red: round1(medianOf(runs.map((r) => r.lossesPct.red)) ?? 0), blue: round1(medianOf(runs.map((r) => r.lossesPct.blue)) ?? 0) },
  };
}
