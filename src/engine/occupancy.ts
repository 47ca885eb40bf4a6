// Derived indexes over the units of a state: units by id and units by hex. States are
// immutable, so an index built for one units array stays valid for as long as it is used.

import { derivationOf, noteDerived } from "./lineage";
import type { BoardState, HexId, Side, Unit, UnitId } from "./types";

type Units = BoardState["units"];

// Unit order never changes within a game, so an id → position index is shared by every
// state whose units array has the same ids in the same places; it is checked on each use.
// A player view holds fewer units than the state it shows, so its positions differ: a few
// indexes are kept, lest the state's and the view's rebuild each other's on every command.
const recentIds: Map<UnitId, number>[] = [];
const RECENT_IDS = 3;

/** Position of a unit in the units array, or -1. O(1) after the first look-up in a game. */
export function unitIndex(state: Pick<BoardState, "units">, id: UnitId): number {
  const units = state.units;
  for (const ids of recentIds) {
    const at = ids.get(id);
    if (at !== undefined && units[at]?.id === id) return at;
  }
  const index = new Map<UnitId, number>();
  units.forEach((u, i) => index.set(u.id, i));
  if (recentIds.length >= RECENT_IDS) recentIds.pop();
  recentIds.unshift(index);
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

// Two indexes at a time, their arrays reused: allocating 11,000 entries per command would churn
// memory. Two, because the engine's states and the player views made from them alternate:
// each keeps its own, and a state's is updated from its predecessor's. An index is valid
// until its arrays are reused for another; using a stale one is a bug and throws.
const SLOTS = 2;
const slots: Occupancy[] = [];
let stamp = 0;

function live(occ: Occupancy): void {
  if (occ !== slots[0] && occ !== slots[1]) throw new Error("stale occupancy index used after a rebuild");
}

/** Puts `occ` first, in place of `replaced` when given (whose arrays it took over). */
function keep(occ: Occupancy, replaced?: Occupancy): Occupancy {
  const at = replaced ? slots.indexOf(replaced) : -1;
  if (at >= 0) slots.splice(at, 1);
  slots.unshift(occ);
  if (slots.length > SLOTS) slots.pop();
  return occ;
}

export function occupancy(state: Pick<BoardState, "units">, mapSize: number): Occupancy {
  const units = state.units;
  for (const occ of slots) {
    if (occ.units === units && occ.head.length === mapSize) {
      if (occ !== slots[0]) keep(occ, occ);
      return occ;
    }
  }
  const derived = derivationOf(units);
  const base = derived ? slots.find((occ) => occ.units === derived.base && occ.head.length === mapSize) : undefined;
  if (derived && base) {
    const before = derived.base as Units;
    for (const i of derived.changed) {
      const a = before[i];
      const b = units[i];
      if (!a || !b || a.hex === b.hex) continue;
      if (a.hex >= 0 && a.hex < mapSize) unlink(base, a.hex, i);
      if (b.hex >= 0 && b.hex < mapSize) insertSorted(base, b.hex, i);
    }
    return keep({ units, head: base.head, next: base.next, stamp: ++stamp }, base);
  }
  // A new index in the arrays of the one used least lately: its heads are cleared where its
  // units stand, which is where it set them, rather than over the whole map.
  const old = slots.length >= SLOTS ? slots[slots.length - 1] : undefined;
  let head: Int32Array;
  if (old && old.head.length === mapSize) {
    head = old.head;
    for (const u of old.units) if (u.hex >= 0 && u.hex < mapSize) head[u.hex] = -1;
  } else head = new Int32Array(mapSize).fill(-1);
  const next = old && old.next.length >= units.length ? old.next : new Int32Array(Math.max(units.length, 64) * 2);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (!u || u.hex < 0 || u.hex >= mapSize) continue;
    next[i] = head[u.hex] ?? -1;
    head[u.hex] = i;
  }
  return keep({ units, head, next, stamp: ++stamp }, old);
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
