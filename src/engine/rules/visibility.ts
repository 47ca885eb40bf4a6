// Fog of war: which enemy units a side can detect. A unit is seen when any unit of the
// other side is within that unit's detection range of it.

import { distance, type HexMap } from "../map";
import { sideUnits } from "../occupancy";
import { templateOf } from "../templates";
import type { BoardState, Side, Unit } from "../types";

/** Whether `viewer` detects `unit` (own units are always known). */
export function canSee(map: HexMap, state: Pick<BoardState, "units">, viewer: Side, unit: Unit): boolean {
  if (unit.side === viewer) return true;
  if (unit.hex < 0) return false;
  for (const own of state.units) {
    if (own.side === viewer && own.hex >= 0 && distance(map, own.hex, unit.hex) <= templateOf(own.template).detect) return true;
  }
  return false;
}

// The last answer per side, kept with the units array and map it was computed for: states are
// immutable, so the same array means the same answer. legalCommands asks once per unit.
const lastSeen: Partial<Record<Side, { map: HexMap; units: BoardState["units"]; seen: ReadonlySet<string> }>> = {};

/** Ids of the units of the other side that `viewer` detects. */
export function detectedBy(map: HexMap, state: Pick<BoardState, "units">, viewer: Side): ReadonlySet<string> {
  const last = lastSeen[viewer];
  if (last && last.units === state.units && last.map === map) return last.seen;
  // Every own unit against every enemy: the distance is worked out inline from the map's
  // axial coordinates (distance() builds two objects a call, and this runs after each move).
  const own = sideUnits(state, viewer);
  const oq = new Int32Array(own.length);
  const or = new Int32Array(own.length);
  const range = new Int32Array(own.length);
  own.forEach((u, i) => {
    oq[i] = map.q[u.hex] ?? 0;
    or[i] = map.r[u.hex] ?? 0;
    range[i] = templateOf(u.template).detect;
  });
  const seen = new Set<string>();
  for (const enemy of state.units) {
    if (enemy.side === viewer || enemy.hex < 0) continue;
    const eq = map.q[enemy.hex] ?? 0;
    const er = map.r[enemy.hex] ?? 0;
    for (let i = 0; i < own.length; i++) {
      const dq = (oq[i] as number) - eq;
      const dr = (or[i] as number) - er;
      if ((Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2 <= (range[i] as number)) {
        seen.add(enemy.id);
        break;
      }
    }
  }
  lastSeen[viewer] = { map, units: state.units, seen };
  return seen;
}
