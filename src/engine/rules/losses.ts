// Turning a loss rate into whole people and vehicles lost, and what losses do to a unit:
// cohesion falls with them, and a unit breaks, or ceases to exist, long before annihilation.

import {
  BREAKPOINT_COHESION,
  BREAKPOINT_STRENGTH,
  COHESION_PER_LOSS_PCT,
  DESTROYED_STRENGTH,
  EQUIPMENT_LOSS,
  ROUT_COHESION,
  ROUT_LOSS,
} from "../params";
import { templateOf } from "../templates";
import type { Losses, Unit } from "../types";

export const NO_LOSSES: Readonly<Losses> = Object.freeze({ personnel: 0, tanks: 0, ifvs: 0, artillery: 0, pct: 0 });

/** Whole items lost from `count` at `rate`, rounded up or down by the die `u` so the mean is exact. */
export function roundLoss(count: number, rate: number, u: number): number {
  const exact = count * rate;
  const whole = Math.floor(exact);
  return Math.min(count, whole + (u < exact - whole ? 1 : 0));
}

/** What one unit loses at a personnel loss rate (0–1), with one die for the rounding. */
export function unitLosses(unit: Unit, rate: number, u: number): Losses {
  const r = Math.max(0, Math.min(1, rate));
  const personnel = roundLoss(unit.personnel, r, u);
  return {
    personnel,
    tanks: roundLoss(unit.tanks, Math.min(1, r * EQUIPMENT_LOSS.tanks), u),
    ifvs: roundLoss(unit.ifvs, Math.min(1, r * EQUIPMENT_LOSS.ifvs), u),
    artillery: roundLoss(unit.artillery, Math.min(1, r * EQUIPMENT_LOSS.artillery), u),
    pct: unit.personnel > 0 ? (100 * personnel) / unit.personnel : 0,
  };
}

/** Sums losses of several units; `pct` is of the personnel they had together. */
export function sumLosses(parts: readonly Losses[], personnelBefore: number): Losses {
  const total = { personnel: 0, tanks: 0, ifvs: 0, artillery: 0, pct: 0 };
  for (const l of parts) {
    total.personnel += l.personnel;
    total.tanks += l.tanks;
    total.ifvs += l.ifvs;
    total.artillery += l.artillery;
  }
  total.pct = personnelBefore > 0 ? Math.round((1000 * total.personnel) / personnelBefore) / 10 : 0;
  return total;
}

export interface AfterLosses {
  change: Partial<Unit>;
  broke: boolean;
  destroyed: boolean;
}

/**
 * A unit after losses and a cohesion shock (on top of the cohesion the losses cost). It breaks
 * below the cohesion or strength breakpoint, and is destroyed below DESTROYED_STRENGTH.
 */
export function afterLosses(unit: Unit, losses: Losses, shock: number): AfterLosses {
  const t = templateOf(unit.template);
  const personnel = unit.personnel - losses.personnel;
  const lostPct = unit.personnel > 0 ? (100 * losses.personnel) / unit.personnel : 0;
  const cohesion = Math.max(0, Math.min(100, Math.round(unit.cohesion - lostPct * COHESION_PER_LOSS_PCT - shock)));
  const change: Partial<Unit> = {
    personnel,
    tanks: unit.tanks - losses.tanks,
    ifvs: unit.ifvs - losses.ifvs,
    artillery: unit.artillery - losses.artillery,
    cohesion,
  };
  const strengthPct = t.personnel > 0 ? (100 * personnel) / t.personnel : 100;
  if (strengthPct < DESTROYED_STRENGTH) {
    return { change: { ...change, condition: "destroyed", hex: -1, mp: 0 }, broke: unit.condition !== "broken", destroyed: true };
  }
  const broken = cohesion < BREAKPOINT_COHESION || strengthPct < BREAKPOINT_STRENGTH;
  if (broken && unit.condition === "ready") return { change: { ...change, condition: "broken" }, broke: true, destroyed: false };
  return { change, broke: false, destroyed: false };
}

/**
 * A unit put to flight after a fight's `losses` and `shock`: the rout costs ROUT_LOSS more of
 * what it has left (stragglers, abandoned vehicles) and ROUT_COHESION more, and breaks it.
 */
export function afterRout(unit: Unit, losses: Losses, shock: number, die: number): { losses: Losses; after: AfterLosses } {
  const fought = afterLosses(unit, losses, shock);
  const extra = unitLosses({ ...unit, ...fought.change }, ROUT_LOSS, die);
  const total: Losses = {
    personnel: losses.personnel + extra.personnel,
    tanks: losses.tanks + extra.tanks,
    ifvs: losses.ifvs + extra.ifvs,
    artillery: losses.artillery + extra.artillery,
    pct: unit.personnel > 0 ? (100 * (losses.personnel + extra.personnel)) / unit.personnel : 0,
  };
  const after = afterLosses(unit, total, shock + ROUT_COHESION);
  if (after.destroyed || after.change.condition === "broken" || unit.condition === "broken") return { losses: total, after };
  return { losses: total, after: { ...after, change: { ...after.change, condition: "broken" }, broke: true } };
}
