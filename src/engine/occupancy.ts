// Derived indexes over the units of a state: units by id and units by hex. States are
// immutable, so an index built for one units array stays valid for as long as it is used.

import { derivationOf, noteDerived } from "./lineage";
import type { BoardState, HexId, Side, Unit, UnitId } from "./types";

type Units = BoardState["units"];

// Unit order never changes within a game, so the id → position index is shared by every
// state whose units array has the same ids in the same places; it is checked on each use.
let lastIds: Map<UnitId, number> = new Map();

/** Position of a unit in the units array, or -1. O(1) after the first look-up in a game. */
export function unitIndex(state: Pick<BoardState, "units">, id: UnitId): number {
  const units = state.units;
  const at = lastIds.get(id);
  if (at !== undefined && units[at]?.id === id) return at;
  const index = new Map<UnitId, number>();
  units.forEach((u, i) => index.set(u.id, i));
  lastIds = index;
  return index.get(id) ?? -1;
}

/** The unit with this id, or undefined. */
export function unitById(state: Pick<BoardState, "units">, id: UnitId): Unit | undefined {
  return state.units[unitIndex(state, id)];
}

/**
 * Units by hex as linked lists over typed arrays: `head[hex]` is the first unit's position,
 * `next[i]` the following one (-1 ends). Rebuilt only when asked about another units array.
 */
export interface Occupancy {
  units: Units;
  head: Int32Array;
  next: Int32Array;
  stamp: number;
}

// One index at a time, its arrays reused: allocating 11,000 entries per command would churn
// memory. An index is valid until the next rebuild; using a stale one is a bug and throws.
let scratch: Occupancy | null = null;
let stamp = 0;

function live(occ: Occupancy): void {
  if (occ.stamp !== stamp) throw new Error("stale occupancy index used after a rebuild");
}

export function occupancy(state: Pick<BoardState, "units">, mapSize: number): Occupancy {
  const units = state.units;
  if (scratch && scratch.head.length === mapSize) {
    if (scratch.units === units) return scratch;
    const derived = derivationOf(units);
    if (derived && derived.base === scratch.units) {
      const base = derived.base as Units;
      for (const i of derived.changed) {
        const a = base[i];
        const b = units[i];
        if (!a || !b || a.hex === b.hex) continue;
        if (a.hex >= 0 && a.hex < mapSize) unlink(scratch, a.hex, i);
        if (b.hex >= 0 && b.hex < mapSize) insertSorted(scratch, b.hex, i);
      }
      stamp++;
      scratch = { units, head: scratch.head, next: scratch.next, stamp };
      return scratch;
    }
  }
  const head = scratch && scratch.head.length === mapSize ? scratch.head : new Int32Array(mapSize);
  const next = scratch && scratch.next.length >= units.length ? scratch.next : new Int32Array(Math.max(units.length, 64) * 2);
  head.fill(-1);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (!u || u.hex < 0 || u.hex >= mapSize) continue;
    next[i] = head[u.hex] ?? -1;
    head[u.hex] = i;
  }
  stamp++;
  scratch = { units, head, next, stamp };
  return scratch;
}

function unlink(occ: Occupancy, hex: number, index: number): void {
  let at = occ.head[hex] ?? -1;
  if (at === index) {
    occ.head[hex] = occ.next[index] ?? -1;
    return;
  }
  while (at >= 0) {
    const nxt = occ.next[at] ?? -1;
    if (nxt === index) {
      occ.next[at] = occ.next[index] ?? -1;
      return;
    }
    at = nxt;
  }
}

/** Links unit `index` into its hex's list, keeping the list in roster order (deterministic). */
function insertSorted(occ: Occupancy, hex: number, index: number): void {
  let at = occ.head[hex] ?? -1;
  if (at < 0 || at > index) {
    occ.next[index] = at;
    occ.head[hex] = index;
    return;
  }
  for (;;) {
    const nxt = occ.next[at] ?? -1;
    if (nxt < 0 || nxt > index) {
      occ.next[index] = nxt;
      occ.next[at] = index;
      return;
    }
    at = nxt;
  }
}

/** The first unit in `hex` not of `side` (and passing `accept`, if given). */
export function enemyIn(occ: Occupancy, hex: HexId, side: Side, accept?: (u: Unit) => boolean): Unit | undefined {
  live(occ);
  for (let i = occ.head[hex] ?? -1; i >= 0; i = occ.next[i] ?? -1) {
    const u = occ.units[i];
    if (u && u.side !== side && (!accept || accept(u))) return u;
  }
  return undefined;
}

/** Stacking points of `side` in `hex`, leaving out one unit (the one moving). */
export function sidePointsIn(occ: Occupancy, hex: HexId, side: Side, except: UnitId, points: (u: Unit) => number): number {
  live(occ);
  let total = 0;
  for (let i = occ.head[hex] ?? -1; i >= 0; i = occ.next[i] ?? -1) {
    const u = occ.units[i];
    if (u && u.side === side && u.id !== except) total += points(u);
  }
  return total;
}

/** The units of `side` still on the board (destroyed units stay in the roster, off the board). */
export function sideUnits(state: Pick<BoardState, "units">, side: Side): Unit[] {
  return state.units.filter((u) => u.side === side && u.hex >= 0);
}

/** The side as players read it: "Red", "Blue". */
export function sideLabel(side: Side): string {
  return side === "red" ? "Red" : "Blue";
}

export function otherSide(side: Side): Side {
  return side === "red" ? "blue" : "red";
}

/**
 * A copy of a unit built field by field in one fixed order: every unit then shares one hidden
 * class in V8, where `{ ...u }` of a frozen object was the costliest step of a command.
 */
function copyUnit(u: Unit): Unit {
  return {
    id: u.id,
    side: u.side,
    name: u.name,
    template: u.template,
    nation: u.nation,
    hex: u.hex,
    mp: u.mp,
    personnel: u.personnel,
    tanks: u.tanks,
    ifvs: u.ifvs,
    artillery: u.artillery,
    readiness: u.readiness,
    cohesion: u.cohesion,
    condition: u.condition,
    stance: u.stance,
    settled: u.settled,
    fuel: u.fuel,
    ammo: u.ammo,
    unsupplied: u.unsupplied,
    activity: u.activity,
    attacked: u.attacked,
  };
}

/**
 * A new frozen units array with some units changed. Used inside `produce` to assign the
 * array whole: drafting it instead would make immer visit every unit on every command.
 */
export function withUnitChanges(units: readonly Unit[], changes: readonly (readonly [number, Partial<Unit>])[]): Unit[] {
  // Array.from, not slice: V8 copies a frozen array with slice() ~100 times slower.
  const next = Array.from(units);
  const changed: number[] = [];
  for (const [i, change] of changes) {
    const u = next[i];
    if (u) {
      next[i] = Object.freeze(Object.assign(copyUnit(u), change));
      changed.push(i);
    }
  }
  Object.freeze(next);
  noteDerived(next, units, changed);
  return next;
}
