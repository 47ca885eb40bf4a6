// The combat model for one 12-hour turn of fighting, independent of the board: combat power
// from mass and quality, Dupuy's multipliers, a smooth success curve and QJM-style loss
// rates with seeded variation. The attack command and the `engagement` CLI both use it.

import type { Terrain } from "../map";
import {
  BASE_LOSS_PER_DAY,
  BRIDGE_ATTACK_FACTOR,
  BROKEN_POWER,
  COHESION_FLOOR,
  COMMAND_FRICTION_POWER,
  FRICTION_SPREAD,
  LOSS_CAP_PER_DAY,
  LOSS_SPREAD,
  LOSS_VARIATION_FLOOR,
  NIGHT_ATTACK_FACTOR,
  NIGHT_LOSS,
  NO_AMMO_ATTACK,
  NO_AMMO_DEFENCE,
  OUTCOME_LOSS,
  POSTURE_FACTOR,
  POSTURE_LOSS,
  POWER_WEIGHTS,
  RANGED_LOSS,
  RATIO_LOSS_RANGE,
  READINESS_FLOOR,
  RIVER_ATTACK_FACTOR,
  ROUT_MAX,
  SIZE_FACTOR_RANGE,
  SIZE_REFERENCE,
  SUCCESS_MIDPOINT,
  SURPRISE_FACTOR,
  SURPRISE_LOSS,
  TERRAIN_BY_ARM,
  TERRAIN_DEFENCE,
  TURN_FRACTION_OF_DAY,
} from "../params";
import type { Modifier, Posture } from "../types";

/** One unit's part in an engagement. */
export interface Force {
  personnel: number;
  tanks: number;
  ifvs: number;
  artillery: number;
  /** Template quality, 100 = a Russian motor-rifle unit of 2016. */
  quality: number;
  readiness: number;
  cohesion: number;
  broken: boolean;
  /** Ammunition in tenths of a day; 0 means it fights with what is in the guns. */
  ammo: number;
  /** Joins from range (artillery): only its guns count, and it takes a share of the losses. */
  ranged: boolean;
  /** Attackers: the river edge it crosses to attack. */
  crossing: "none" | "bridged" | "unbridged";
  /** Defenders: its posture. */
  posture: Posture;
}

export interface Engagement {
  attackers: Force[];
  defenders: Force[];
  terrain: Terrain;
  night: boolean;
  /** How much of the surprise effect the attacker has (0 none, 1 full, fading by turns). */
  surprise: number;
  /** Command friction of each side, 0–1. */
  friction: { attacker: number; defender: number };
  /** Combat power added by air and fire support missions. */
  support: { attacker: number; defender: number };
}

/** Number of dice one resolution draws. */
export const COMBAT_DICE = 9;

export interface PowerTally {
  /** Mass times weights, before any modifier. */
  base: number;
  power: number;
  modifiers: Modifier[];
}

type Factor = { id: string; label: string; of: (f: Force) => number };

function raw(f: Force): { infantry: number; armour: number; artillery: number } {
  const w = POWER_WEIGHTS;
  if (f.ranged) return { infantry: 0, armour: 0, artillery: f.artillery * w.artillery };
  return { infantry: f.personnel * w.personnel, armour: f.tanks * w.tanks + f.ifvs * w.ifvs, artillery: f.artillery * w.artillery };
}

function rawTotal(f: Force): number {
  const r = raw(f);
  return r.infantry + r.armour + r.artillery;
}

/**
 * Power of one side: each force's mass through each factor in turn; every factor is then
 * itemised as the ratio it made to the side's total, so the itemised factors multiply to
 * power / base exactly. Factors that change nothing are listed too (at 1), so a player sees
 * what was weighed, not only what mattered.
 */
function tally(forces: readonly Force[], factors: readonly Factor[], sideFactors: readonly (readonly [string, string, number])[], support: number, side: Modifier["side"]): PowerTally {
  const values = forces.map(rawTotal);
  const base = values.reduce((a, b) => a + b, 0);
  const modifiers: Modifier[] = [];
  let total = base;
  for (const factor of factors) {
    let next = 0;
    for (let i = 0; i < forces.length; i++) {
      const force = forces[i];
      const v = values[i] ?? 0;
      const nv = force ? v * factor.of(force) : v;
      values[i] = nv;
      next += nv;
    }
    const ratio = total > 0 ? next / total : 1;
    modifiers.push({ id: factor.id, label: factor.label, side, factor: ratio });
    total = next;
  }
  for (const [id, label, factor] of sideFactors) {
    modifiers.push({ id, label, side, factor });
    total *= factor;
  }
  const ratio = total > 0 ? (total + support) / total : 1;
  modifiers.push({ id: "support", label: "Air and fire support", side, factor: ratio });
  total += support;
  return { base, power: total, modifiers };
}

function terrainByArm(terrain: Terrain): (f: Force) => number {
  return (f) => {
    const r = raw(f);
    const sum = r.infantry + r.armour + r.artillery;
    if (sum <= 0) return 1;
    const t = TERRAIN_BY_ARM;
    return (r.infantry * t.infantry[terrain] + r.armour * t.armour[terrain] + r.artillery * t.artillery[terrain]) / sum;
  };
}

const readiness = (f: Force): number => READINESS_FLOOR + ((1 - READINESS_FLOOR) * f.readiness) / 100;
const cohesion = (f: Force): number => COHESION_FLOOR + ((1 - COHESION_FLOOR) * f.cohesion) / 100;
const broken = (f: Force): number => (f.broken ? BROKEN_POWER : 1);

/** What every force brings to either side of a fight: quality, the going, readiness, cohesion. */
function commonFactors(e: Engagement): Factor[] {
  return [
    { id: "quality", label: "Quality (combat effectiveness)", of: (f) => f.quality / 100 },
    { id: "terrain-arm", label: `Terrain by arm (${e.terrain})`, of: terrainByArm(e.terrain) },
    { id: "readiness", label: "Readiness", of: readiness },
    { id: "cohesion", label: "Cohesion", of: cohesion },
    { id: "broken", label: "Broken units", of: broken },
  ];
}

export function attackerPower(e: Engagement): PowerTally {
  const factors: Factor[] = [
    ...commonFactors(e),
    { id: "ammo", label: "Out of ammunition", of: (f) => (f.ammo > 0 ? 1 : NO_AMMO_ATTACK) },
    { id: "river", label: "Attacking across a river", of: (f) => (f.crossing === "unbridged" ? RIVER_ATTACK_FACTOR : f.crossing === "bridged" ? BRIDGE_ATTACK_FACTOR : 1) },
  ];
  const side: [string, string, number][] = [
    ["night", "Night attack", e.night ? NIGHT_ATTACK_FACTOR : 1],
    ["surprise", "Surprise", 1 + (SURPRISE_FACTOR - 1) * e.surprise],
    ["friction", "Command friction", 1 - COMMAND_FRICTION_POWER * e.friction.attacker],
  ];
  return tally(e.attackers, factors, side, e.support.attacker, "attacker");
}

export function defenderPower(e: Engagement): PowerTally {
  const factors: Factor[] = [
    ...commonFactors(e),
    { id: "ammo", label: "Out of ammunition", of: (f) => (f.ammo > 0 ? 1 : NO_AMMO_DEFENCE) },
    { id: "posture", label: "Defensive posture", of: (f) => POSTURE_FACTOR[f.posture] },
  ];
  const side: [string, string, number][] = [
    ["terrain", `Defending ${e.terrain} ground`, TERRAIN_DEFENCE[e.terrain]],
    ["friction", "Command friction", 1 - COMMAND_FRICTION_POWER * e.friction.defender],
  ];
  return tally(e.defenders, factors, side, e.support.defender, "defender");
}

/** Chance that an attack at combat-power ratio `ratio` carries the position: no threshold, no cliff. */
export function successChance(ratio: number): number {
  const r2 = ratio * ratio;
  return r2 / (r2 + SUCCESS_MIDPOINT * SUCCESS_MIDPOINT);
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** Small forces take higher rates: (reference / personnel)^¼ within a range. */
export function sizeFactor(personnel: number): number {
  if (personnel <= 0) return SIZE_FACTOR_RANGE[1];
  return clamp(Math.sqrt(Math.sqrt(SIZE_REFERENCE / personnel)), SIZE_FACTOR_RANGE[0], SIZE_FACTOR_RANGE[1]);
}

/** The defenders' posture for losses and retreat: that of the defender with the most mass. */
export function leadPosture(defenders: readonly Force[]): Posture {
  let best: Force | undefined;
  for (const f of defenders) if (!best || rawTotal(f) > rawTotal(best)) best = f;
  return best?.posture ?? "hasty";
}

/** What is fixed before the dice: powers, ratio, chance and the expected loss rates' parts. */
export interface CombatSetup {
  attacker: PowerTally;
  defender: PowerTally;
  ratio: number;
  successChance: number;
  /** Chance the defenders are routed (a subset of success). */
  routChance: number;
  posture: Posture;
  /** Per-turn loss rates before outcome and variation. */
  baseRate: { attacker: number; defender: number };
  spread: { attacker: number; defender: number };
  personnel: { attacker: number; defender: number };
}

export function setupCombat(e: Engagement): CombatSetup {
  const attacker = attackerPower(e);
  const defender = defenderPower(e);
  const ratio = defender.power > 0 ? attacker.power / defender.power : 100;
  const posture = leadPosture(e.defenders);
  const pa = e.attackers.reduce((s, f) => s + (f.ranged ? 0 : f.personnel), 0);
  const pd = e.defenders.reduce((s, f) => s + f.personnel, 0);
  const [lo, hi] = RATIO_LOSS_RANGE;
  const sqrtR = Math.sqrt(ratio);
  const night = e.night ? NIGHT_LOSS : 1;
  const surpriseA = 1 + (SURPRISE_LOSS.surpriser - 1) * e.surprise;
  const surpriseD = 1 + (SURPRISE_LOSS.surprised - 1) * e.surprise;
  const day = TURN_FRACTION_OF_DAY;
  const attackerRate = BASE_LOSS_PER_DAY.attacker * sizeFactor(pa) * clamp(1 / Math.sqrt(sqrtR), lo, hi) * POSTURE_LOSS[posture].attacker * night * surpriseA;
  const defenderRate = BASE_LOSS_PER_DAY.defender * sizeFactor(pd) * clamp(sqrtR, lo, hi) * POSTURE_LOSS[posture].defender * night * surpriseD;
  const chance = successChance(ratio);
  return {
    attacker,
    defender,
    ratio,
    successChance: chance,
    routChance: chance * routShare(ratio, e.defenders),
    posture,
    baseRate: { attacker: attackerRate * day, defender: defenderRate * day },
    spread: { attacker: LOSS_SPREAD + FRICTION_SPREAD * e.friction.attacker, defender: LOSS_SPREAD + FRICTION_SPREAD * e.friction.defender },
    personnel: { attacker: pa, defender: pd },
  };
}

/** Share of successful attacks that rout the defenders: higher odds and lower cohesion break them. */
export function routShare(ratio: number, defenders: readonly Force[]): number {
  let weight = 0;
  let cohesion = 0;
  for (const f of defenders) {
    weight += f.personnel;
    cohesion += f.personnel * (f.broken ? 0 : f.cohesion);
  }
  const mean = weight > 0 ? cohesion / weight : 0;
  const odds = clamp((ratio - 1) / (ratio + 2), 0, ROUT_MAX);
  return clamp((odds * (200 - mean)) / 100, 0, 0.95);
}

/** Approximately standard normal from three uniforms (Irwin–Hall, variance 1/4 scaled to 1). */
function normal3(a: number, b: number, c: number): number {
  return (a + b + c - 1.5) * 2;
}

export interface CombatRoll {
  success: boolean;
  /** The defenders broke and fled (only when the attack succeeded). */
  rout: boolean;
  /** Personnel loss rate this turn for manoeuvre forces (ranged forces take RANGED_LOSS of it). */
  attackerRate: number;
  defenderRate: number;
}

/** The result for one set of dice (COMBAT_DICE values in [0, 1)). */
export function rollCombat(s: CombatSetup, dice: readonly number[]): CombatRoll {
  // The dice read by index and the caps taken from constants worked out once: resolving an
  // attack rolls PREVIEW_SAMPLES times, and a closure and the parameter look-ups per roll showed.
  const d6 = dice[6] ?? 0.5;
  const success = d6 < s.successChance;
  const rout = d6 < s.routChance;
  const outcome = success ? SUCCESS_LOSS : FAILURE_LOSS;
  const va = Math.max(VARIATION_FLOOR, 1 + s.spread.attacker * normal3(dice[0] ?? 0.5, dice[1] ?? 0.5, dice[2] ?? 0.5));
  const vd = Math.max(VARIATION_FLOOR, 1 + s.spread.defender * normal3(dice[3] ?? 0.5, dice[4] ?? 0.5, dice[5] ?? 0.5));
  const attackerRate = Math.min(ATTACKER_CAP, s.baseRate.attacker * outcome.attacker * va);
  const defenderRate = Math.min(DEFENDER_CAP, s.baseRate.defender * outcome.defender * vd);
  return { success, rout, attackerRate, defenderRate };
}

const SUCCESS_LOSS = OUTCOME_LOSS.success;
const FAILURE_LOSS = OUTCOME_LOSS.failure;
const VARIATION_FLOOR = LOSS_VARIATION_FLOOR;
/** A turn's share of the daily loss caps. */
const ATTACKER_CAP = LOSS_CAP_PER_DAY.attacker * TURN_FRACTION_OF_DAY;
const DEFENDER_CAP = LOSS_CAP_PER_DAY.defender * TURN_FRACTION_OF_DAY;

/** Share of a side's personnel a roll costs it (ranged forces lose at a reduced rate). */
export function sideLossPct(forces: readonly Force[], rate: number): number {
  let lost = 0;
  let total = 0;
  for (const f of forces) {
    lost += f.personnel * rate * (f.ranged ? RANGED_LOSS : 1);
    total += f.personnel;
  }
  return total > 0 ? (100 * lost) / total : 0;
}
