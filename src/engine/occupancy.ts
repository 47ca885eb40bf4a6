// Derived indexes over the units of a state (units by hex), cached per units record.
// States are immutable, so a cache keyed by the units object is always current.

import type { BoardState, HexId, Side, Unit } from "./types";

export type Occupancy = Map<HexId, Unit[]>;

const cache = new WeakMap<BoardState["units"], Occupancy>();

export function occupancy(state: Pick<BoardState, "units">): Occupancy {
  let index = cache.get(state.units);
  if (!index) {
    index = new Map();
    for (const id in state.units) {
      const unit = state.units[id];
      if (!unit) continue;
      const here = index.get(unit.hex);
      if (here) here.push(unit);
      else index.set(unit.hex, [unit]);
    }
    cache.set(state.units, index);
  }
  return index;
}

export function unitsAt(state: Pick<BoardState, "units">, hex: HexId): readonly Unit[] {
  return occupancy(state).get(hex) ?? [];
}

export function enemyAt(state: Pick<BoardState, "units">, hex: HexId, side: Side): Unit | undefined {
  return unitsAt(state, hex).find((u) => u.side !== side);
}

export function sideUnits(state: Pick<BoardState, "units">, side: Side): Unit[] {
  const out: Unit[] = [];
  for (const id in state.units) {
    const unit = state.units[id];
    if (unit && unit.side === side) out.push(unit);
  }
  return out;
}

export function otherSide(side: Side): Side {
  return side === "red" ? "blue" : "red";
}
