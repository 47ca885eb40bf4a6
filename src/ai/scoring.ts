// How the computer player weighs a hex for a move or an attack: the supply a unit would have
// there, what it needs to know of the unit being moved, the units counted on each hex, and
// the value of a target. Used by player.ts for every hex a unit can reach, so kept lean.

import { isRangedTemplate, supplyStatus, templateOf, type HexId, type HexMap, type PlayerView, type Unit } from "../engine";
import type { Appreciation } from "./appreciation";

export const TRACED = 1;
export const SHORT = 2;
export const OUT = 3;
const STATUS_CODE = { traced: TRACED, short: SHORT, out: OUT } as const;

// supplyThere by hex for each appreciation, worked out when first asked (0: not yet): every
// unit scores the hexes it can reach, and neighbouring units reach the same ones.
const supplyMemo = new WeakMap<Appreciation, Uint8Array>();

/**
 * The supply a unit would have in `hex` (TRACED, SHORT or OUT). The trace does not cross the
 * enemy's zone of control unless a friend stands in it, so an empty hex next to the enemy reads
 * "out" although a unit moving in would be supplied from the hex behind it: such a hex counts as short.
 */
export function supplyThere(map: HexMap, a: Appreciation, hex: HexId): number {
  let memo = supplyMemo.get(a);
  if (!memo) {
    memo = new Uint8Array(map.size);
    supplyMemo.set(a, memo);
  }
  const known = memo[hex];
  if (known) return known;
  let status: number = STATUS_CODE[supplyStatus(a.supply, hex)];
  if (status === OUT) {
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[hex * 6 + d] ?? -1;
      if (n >= 0 && supplyStatus(a.supply, n) !== "out") {
        status = SHORT;
        break;
      }
    }
  }
  if (hex >= 0 && hex < memo.length) memo[hex] = status;
  return status;
}

/** What scoring a unit's moves reads of the unit, worked out once per unit. */
export interface Mover {
  /** Its goal index (axis), -1 when it has none. */
  axis: number;
  /** Steps to its goal, when it has one. */
  field: Int32Array | undefined;
  /** March times to its goal around the enemy (offensive only). */
  march: Int32Array | undefined;
  /** Worn as scoring means it: under half cohesion or half strength. */
  worn: boolean;
  ranged: boolean;
}

/** `routes`: whether the player steers by march times (the level's), so they are worked out. */
export function moverOf(a: Appreciation, unit: Unit, routes: boolean): Mover {
  const axis = a.axis.get(unit.id) ?? -1;
  return { axis, field: a.goalSteps[axis], march: routes ? a.marchTo(axis) : undefined, worn: isWorn(unit, 50, 0.5), ranged: isRangedTemplate(templateOf(unit.template)) };
}

/** How far forward of an objective a defender blocks the enemy's way to it: about 40 km. */
export const SCREEN_DEPTH = 4;

/** Units on each hex, the side's own (but the one being moved) and the enemies it sees, counted once per move. */
export interface UnitCounts {
  own: Map<HexId, number>;
  enemy: Map<HexId, number>;
}

export function countUnits(view: PlayerView, mover: Unit): UnitCounts {
  const counts: UnitCounts = { own: new Map(), enemy: new Map() };
  for (const u of view.units) {
    if (u.hex < 0 || u.id === mover.id) continue;
    const into = u.side === mover.side ? counts.own : counts.enemy;
    into.set(u.hex, (into.get(u.hex) ?? 0) + 1);
  }
  return counts;
}

/** Below `cohesion` percent, or under `share` of its authorised personnel. */
export function isWorn(unit: Unit, cohesion: number, share: number): boolean {
  return unit.cohesion < cohesion || unit.personnel < templateOf(unit.template).personnel * share;
}

export function neighbours(map: HexMap, hex: HexId): HexId[] {
  const out: HexId[] = [];
  for (let d = 0; d < 6; d++) {
    const n = map.neighbours[hex * 6 + d] ?? -1;
    if (n >= 0) out.push(n);
  }
  return out;
}

/** Extra value of attacking a hex: an objective, or an enemy that is broken or out of supply. */
export function targetValue(view: PlayerView, a: Appreciation, target: HexId): number {
  let value = 0;
  const goal = a.goals.find((g) => g.hex === target) ?? view.objectives.find((o) => o.hex === target);
  if (goal) value += 0.1 + goal.points / 50;
  for (const u of view.units) {
    if (u.hex !== target || u.side === a.side) continue;
    if (u.condition === "broken") value += 0.15;
    if (u.unsupplied > 0) value += 0.05;
  }
  return value;
}
