// The expert's look-ahead (issue 6): before its turn it plays the turn out several ways with
// the engine itself, each followed by the enemy's reply, and keeps the way that left it best
// placed. The trial games start from its player view, so they know only what it knows: hidden
// enemy units are simply absent from them, and the dice are the trial's own.

import {
  apply,
  landSteps,
  otherSide,
  playerView,
  pointsHeld,
  seedRng,
  type GameState,
  type HexMap,
  type PlayerView,
  type Side,
} from "../engine";
import type { LevelTuning } from "./levels";
import { AiPlayer } from "./player";

/** One way to play the coming turn: a change to the level's judgement. */
export interface PlanVariant {
  /** A few words for the summary of intent. */
  name: string;
  tune(base: LevelTuning): LevelTuning;
}

export const PLAN_VARIANTS: readonly PlanVariant[] = [
  { name: "as planned", tune: (t) => t },
  { name: "boldly", tune: (t) => ({ ...t, attackAt: t.attackAt - 0.15, counterAt: t.counterAt - 0.15 }) },
  { name: "cautiously", tune: (t) => ({ ...t, attackAt: t.attackAt + 0.15, counterAt: t.counterAt + 0.15 }) },
  { name: "holding ground", tune: (t) => ({ ...t, withdraws: false, screens: false }) },
  { name: "pushing past its supply", tune: (t) => ({ ...t, mindsSupply: false }) },
];

/** Side-turns each trial plays: its own and the enemy's reply. */
const HORIZON = 2;
/** Commands a trial may take at most before it is cut short. */
const TRIAL_COMMANDS = 2_000;
/** The opponent in the trials is taken to play at the standard level. */
const OPPONENT_LEVEL = "standard";

/** A game state to try moves on, made from the view alone, with the trial's own dice. */
function trialState(view: PlayerView, seed: string): GameState {
  const { viewer: _viewer, ...board } = view;
  return { ...board, rng: seedRng(seed) };
}

function playOut(start: GameState, players: Record<Side, AiPlayer>): GameState {
  let state = start;
  let ends = 0;
  for (let i = 0; i < TRIAL_COMMANDS && state.status.kind === "playing" && ends < HORIZON; i++) {
    const command = players[state.active].next(playerView(state, state.active));
    const result = apply(state, command);
    if (result.rejection) {
      // A trial that goes wrong is ended, not trusted.
      const ended = apply(state, { type: "end-turn", side: state.active });
      ends += 1;
      state = ended.state;
      continue;
    }
    if (command.type === "end-turn") ends += 1;
    state = result.state;
  }
  return state;
}

/** Personnel of each side's units in `state` that were in `before`, by side. */
function personnel(state: GameState, ids: ReadonlySet<string>): Record<Side, number> {
  const out = { red: 0, blue: 0 };
  for (const u of state.units) if (ids.has(u.id)) out[u.side] += u.personnel;
  return out;
}

/** The mean steps of the side's `count` units nearest any of `targets` (999 when none can reach). */
function nearestSteps(map: HexMap, state: GameState, side: Side, targets: number[], count: number): number {
  if (targets.length === 0) return 0;
  const field = landSteps(map, targets, 60);
  const steps = state.units
    .filter((u) => u.side === side && u.hex >= 0)
    .map((u) => ((field[u.hex] ?? -1) < 0 ? 999 : (field[u.hex] ?? 999)))
    .sort((a, b) => a - b)
    .slice(0, count);
  return steps.length === 0 ? 999 : steps.reduce((a, b) => a + b, 0) / steps.length;
}

/**
 * How well placed `side` is after a trial, from its own point of view: the game's outcome
 * first, then objective points, then personnel lost on each side (known units only), then
 * how near the attacker's leading units stand to what it has yet to take.
 */
export function judge(map: HexMap, before: GameState, after: GameState, side: Side): number {
  const enemy = otherSide(side);
  if (after.status.kind === "over") {
    if (after.status.winner === side) return 10_000;
    if (after.status.winner === enemy) return -10_000;
  }
  const sign = side === "red" ? 1 : -1;
  let value = 5 * sign * (pointsHeld(after.objectives, after.control, "red") - pointsHeld(before.objectives, before.control, "red"));
  const ids = new Set(before.units.map((u) => u.id));
  const had = personnel(before, ids);
  const left = personnel(after, ids);
  value += ((had[enemy] - left[enemy]) - (had[side] - left[side])) / 400;
  const untaken = after.objectives.filter((o) => after.control[String(o.hex)] !== "red").map((o) => o.hex);
  // Red's leading units closing on what it has not taken is good for red and bad for blue.
  value -= sign * 0.5 * nearestSteps(map, after, "red", untaken, 5);
  return value;
}

export interface LookAheadChoice {
  variant: PlanVariant;
  tuning: LevelTuning;
  /** Each variant's value, in PLAN_VARIANTS order, for tests and the curious. */
  values: number[];
}

/**
 * Plays the coming turn out with each plan variant, from the same view and with the same dice,
 * and returns the best. Ties go to the earlier variant ("as planned" first).
 */
export function lookAhead(map: HexMap, view: PlayerView, side: Side, base: LevelTuning, seed: string): LookAheadChoice {
  const trialSeed = `lookahead:${side}:${seed}:${view.phase}:${view.turn}`;
  const start = trialState(view, trialSeed);
  const values: number[] = [];
  let best = 0;
  PLAN_VARIANTS.forEach((variant, i) => {
    const players: Record<Side, AiPlayer> = {
      red: new AiPlayer("red", { level: OPPONENT_LEVEL, seed: trialSeed }),
      blue: new AiPlayer("blue", { level: OPPONENT_LEVEL, seed: trialSeed }),
    };
    // The trial player does not look ahead itself: one level of trials is enough.
    players[side] = new AiPlayer(side, { level: OPPONENT_LEVEL, seed: trialSeed, tuning: { ...variant.tune(base), lookAhead: false } });
    const value = judge(map, start, playOut(start, players), side);
    values.push(value);
    if (value > (values[best] ?? -Infinity)) best = i;
  });
  const variant = PLAN_VARIANTS[best] ?? (PLAN_VARIANTS[0] as PlanVariant);
  return { variant, tuning: variant.tune(base), values };
}
