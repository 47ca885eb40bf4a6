// The analyst's dials (issue 7): what each scenario parameter means, its range, and how a
// scenario file is given other values (`sim --set KEY=VALUE`, the start screen). The values
// live in the scenario's own `parameters`, so a save or replay carries the ones it was played with.

import { FRICTION_ARRIVAL_DELAY, LEAST_COMMITMENT, TURN_HOURS, US_AIR_SHARE, type Side, type SideSettings } from "../engine";
import { oneLine, type Result } from "./safe-json";
import type { Reinforcement, ScenarioParameters } from "./schema";
import type { PARAMETER_KEYS } from "./parameter-keys";

export type ParameterKey = keyof ScenarioParameters & (typeof PARAMETER_KEYS)[number];

export interface ParameterInfo {
  key: ParameterKey;
  label: string;
  min: number;
  max: number;
  /** The value when a scenario leaves the parameter out. */
  fallback: number;
  /** What it does, in one sentence for the start screen and `scenarios`. */
  meaning: string;
}

export const PARAMETERS: readonly ParameterInfo[] = [
  {
    key: "warningDays",
    label: "Strategic warning (days)",
    min: 0,
    max: 90,
    fallback: 0,
    meaning: "Days between NATO's decision to reinforce and the attack: reinforcements that are ready sooner are in place at the start.",
  },
  {
    key: "redFriction",
    label: "Russian friction (0–1)",
    min: 0,
    max: 1,
    fallback: 0,
    meaning: "0 is the command and logistics competence RAND's 2016 games assumed; 1 is the friction seen in Ukraine in 2022 (slower orders, wider combat outcomes, thinner supply).",
  },
  {
    key: "usCommitment",
    label: "US commitment (0–1)",
    min: 0,
    max: 1,
    fallback: 1,
    meaning: "Whether and how fast US forces and air power come: 0 never, 1 as fast as they can be moved.",
  },
  {
    key: "alliedWill",
    label: "Allied will (0–1)",
    min: 0,
    max: 1,
    fallback: 1,
    meaning: "How readily allies other than the United States and the attacked states commit their forces: 0 never, 1 at once.",
  },
];

export function parameterInfo(key: string): ParameterInfo | undefined {
  return PARAMETERS.find((p) => p.key === key);
}

/** Every parameter's value for a scenario: its own, or the fallback. */
export function parameterValues(given: ScenarioParameters | undefined): Record<ParameterKey, number> {
  const out = {} as Record<ParameterKey, number>;
  for (const p of PARAMETERS) out[p.key] = given?.[p.key] ?? p.fallback;
  return out;
}

/** Reads `KEY=VALUE` settings, one sentence for the first that is wrong. */
export function parseSettings(settings: readonly string[]): Result<ScenarioParameters> {
  const out: ScenarioParameters = {};
  for (const text of settings) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(text);
    if (!match) return { ok: false, error: `"${oneLine(text)}" is not a setting; write KEY=VALUE, e.g. redFriction=1.` };
    const [, key = "", raw = ""] = match;
    const info = parameterInfo(key);
    if (!info) return { ok: false, error: `"${oneLine(key)}" is not a scenario parameter; the parameters are ${PARAMETERS.map((p) => p.key).join(", ")}.` };
    const value = raw.trim() === "" ? NaN : Number(raw);
    if (!Number.isFinite(value)) return { ok: false, error: `${key} must be a number, not "${oneLine(raw)}".` };
    if (value < info.min || value > info.max) return { ok: false, error: `${key} must be between ${info.min} and ${info.max}, not ${value}.` };
    out[info.key] = value;
  }
  return { ok: true, value: out };
}

/**
 * A copy of a scenario file's data with some parameters changed. The data is not validated
 * here; the loader does that, as for any file.
 */
export function withParameters(data: unknown, changes: ScenarioParameters): unknown {
  if (Object.keys(changes).length === 0 || typeof data !== "object" || data === null || Array.isArray(data)) return data;
  const file = data as Record<string, unknown>;
  const own = typeof file.parameters === "object" && file.parameters !== null ? (file.parameters as Record<string, unknown>) : {};
  return { ...file, parameters: { ...own, ...changes } };
}

/**
 * When a reinforcement enters, in hours from the start of the war; null when it never comes.
 * A blue unit's readiness counts from NATO's decision to reinforce, which strategic warning
 * puts `warningDays` before the attack; allied and US units take longer as will and
 * commitment fall (half the will, twice the time), and do not come below LEAST_COMMITMENT.
 * A unit shipped into a port inside an enemy anti-access zone takes `seaDelayPct` % longer.
 * A red unit's readiness counts from the attack, stretched by Russian friction.
 */
export function arrivalHour(r: Reinforcement, values: Record<ParameterKey, number>, seaDelayPct = 0): number | null {
  const side: Side = r.unit.side;
  // Shipping into a port under the enemy's anti-access umbrella needs escorts and waits for
  // gaps: the voyage takes longer in proportion to the zone's port penalty.
  const ready = r.by === "sea" ? r.readyHours * (1 + seaDelayPct / 100) : r.readyHours;
  if (side === "red") return ready * (1 + FRICTION_ARRIVAL_DELAY * values.redFriction);
  const will = r.commitment === "us" ? values.usCommitment : r.commitment === "allied" ? values.alliedWill : 1;
  if (will < LEAST_COMMITMENT) return null;
  return ready / will - 24 * values.warningDays;
}

/**
 * The turn a unit entering at `hour` of the war joins at the start of: the first to start after
 * it (turn 1 starts at hour 0); 0 for a unit there before the war, which starts on the map.
 */
export function arrivalTurn(hour: number): number {
  return hour <= 0 ? 0 : Math.ceil(hour / TURN_HOURS.war) + 1;
}

/** What the parameters do to each side's settings: friction for red, US air power for blue. */
export function parameterSettings(values: Record<ParameterKey, number>, given: Partial<Record<Side, Partial<SideSettings>>>): Partial<Record<Side, Partial<SideSettings>>> {
  const red = { ...given.red };
  const friction = Math.round(100 * values.redFriction);
  if (friction > 0) {
    red.commandFriction = Math.min(100, (red.commandFriction ?? 0) + friction);
    red.logisticsFriction = Math.min(100, (red.logisticsFriction ?? 0) + friction);
  }
  const blue = { ...given.blue };
  if (blue.airSorties !== undefined) blue.airSorties = Math.round(blue.airSorties * (1 - US_AIR_SHARE + US_AIR_SHARE * values.usCommitment));
  return { ...given, red, blue };
}
