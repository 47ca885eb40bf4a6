// What a player is shown before committing to an attack: the combat model integrated over a
// fixed set of dice, giving the success chance, loss ranges and every modifier. The same
// dice set places an actual result within that distribution afterwards.

import { EQUIPMENT_LOSS, PREVIEW_SAMPLES, RANGED_LOSS } from "../params";
import { makeRandom } from "../rng";
import type { Modifier, Posture } from "../types";
import { COMBAT_DICE, rollCombat, setupCombat, sideLossPct, type CombatSetup, type Engagement, type Force } from "./combat";

export interface LossRange {
  /** Mean percent of personnel lost. */
  mean: number;
  /** 10th and 90th percentiles. */
  low: number;
  high: number;
  /** Expected whole losses. */
  personnel: number;
  tanks: number;
  ifvs: number;
  artillery: number;
}

export interface CombatPreview {
  attackerPower: number;
  defenderPower: number;
  ratio: number;
  successChance: number;
  /** Chance the defenders are routed (broken and put to flight): part of the success chance. */
  routChance: number;
  posture: Posture;
  modifiers: Modifier[];
  attacker: LossRange;
  defender: LossRange;
}

let fixedDice: number[][] | null = null;

/** The preview's dice: the same PREVIEW_SAMPLES sets every time, from a fixed seed. */
export function previewDice(): readonly (readonly number[])[] {
  if (fixedDice) return fixedDice;
  const prng = makeRandom("eastern-flank/combat-preview");
  const sets: number[][] = [];
  for (let i = 0; i < PREVIEW_SAMPLES; i++) {
    const set: number[] = [];
    for (let j = 0; j < COMBAT_DICE; j++) set.push(prng.next());
    sets.push(set);
  }
  fixedDice = sets;
  return sets;
}

function expected(forces: readonly Force[], rates: readonly number[]): Pick<LossRange, "personnel" | "tanks" | "ifvs" | "artillery"> {
  let personnel = 0;
  let tanks = 0;
  let ifvs = 0;
  let artillery = 0;
  for (const rate of rates) {
    for (const f of forces) {
      const r = Math.min(1, rate * (f.ranged ? RANGED_LOSS : 1));
      personnel += f.personnel * r;
      tanks += f.tanks * Math.min(1, r * EQUIPMENT_LOSS.tanks);
      ifvs += f.ifvs * Math.min(1, r * EQUIPMENT_LOSS.ifvs);
      artillery += f.artillery * Math.min(1, r * EQUIPMENT_LOSS.artillery);
    }
  }
  const n = Math.max(1, rates.length);
  return { personnel: personnel / n, tanks: tanks / n, ifvs: ifvs / n, artillery: artillery / n };
}

function range(sorted: Float64Array, forces: readonly Force[], rates: readonly number[]): LossRange {
  const n = sorted.length;
  const at = (q: number): number => sorted[Math.min(n - 1, Math.floor(q * n))] ?? 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, n);
  return { mean, low: at(0.1), high: at(0.9), ...expected(forces, rates) };
}

export interface Distribution {
  setup: CombatSetup;
  preview: CombatPreview;
  /**
   * Sorted loss percents of each side over the preview's dice, for placing a result. Typed
   * arrays: their numeric sort is native, where sorting a number[] with a comparator took
   * half of an attack's time.
   */
  attackerPcts: Float64Array;
  defenderPcts: Float64Array;
}

/** The engagement's outcome distribution over the preview's fixed dice. */
export function distribution(e: Engagement): Distribution {
  const setup = setupCombat(e);
  const sets = previewDice();
  const attackerRates: number[] = [];
  const defenderRates: number[] = [];
  const attackerPcts = new Float64Array(sets.length);
  const defenderPcts = new Float64Array(sets.length);
  sets.forEach((dice, i) => {
    const roll = rollCombat(setup, dice);
    attackerRates.push(roll.attackerRate);
    defenderRates.push(roll.defenderRate);
    attackerPcts[i] = sideLossPct(e.attackers, roll.attackerRate);
    defenderPcts[i] = sideLossPct(e.defenders, roll.defenderRate);
  });
  attackerPcts.sort();
  defenderPcts.sort();
  const preview: CombatPreview = {
    attackerPower: setup.attacker.power,
    defenderPower: setup.defender.power,
    ratio: setup.ratio,
    successChance: setup.successChance,
    routChance: setup.routChance,
    posture: setup.posture,
    modifiers: [...setup.attacker.modifiers, ...setup.defender.modifiers],
    attacker: range(attackerPcts, e.attackers, attackerRates),
    defender: range(defenderPcts, e.defenders, defenderRates),
  };
  return { setup, preview, attackerPcts, defenderPcts };
}

/**
 * What resolving a combat needs of the distribution, and no more: each side's loss percent
 * over the preview's dice, unsorted (percentileOf counts, it does not need them sorted). The
 * preview's loss ranges and expected losses are for the player, before the attack.
 */
export function lossSamples(e: Engagement, setup: CombatSetup): { attackerPcts: Float64Array; defenderPcts: Float64Array } {
  const sets = previewDice();
  const attackerPcts = new Float64Array(sets.length);
  const defenderPcts = new Float64Array(sets.length);
  sets.forEach((dice, i) => {
    const roll = rollCombat(setup, dice);
    attackerPcts[i] = sideLossPct(e.attackers, roll.attackerRate);
    defenderPcts[i] = sideLossPct(e.defenders, roll.defenderRate);
  });
  return { attackerPcts, defenderPcts };
}

export function previewEngagement(e: Engagement): CombatPreview {
  return distribution(e).preview;
}

/** Where `value` falls among samples (in any order), as a percentile 0–100 (mid-rank for ties). */
export function percentileOf(sorted: ArrayLike<number> & Iterable<number>, value: number): number {
  let below = 0;
  let equal = 0;
  for (const x of sorted) {
    if (x < value - 1e-9) below++;
    else if (x <= value + 1e-9) equal++;
  }
  return sorted.length > 0 ? Math.round((100 * (below + equal / 2)) / sorted.length) : 50;
}
