// Fog of war: which enemy units a side can detect. A unit is seen when any unit of the
// other side is within that unit's detection range of it.

import { distance, type HexMap } from "../map";
import { derivationOf } from "../lineage";
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

// Recent answers per side, each kept with the units array and map it was computed for: states
// are immutable, so the same array means the same answer. A few are kept because the engine's
// state and the player views made from it alternate (legalCommands asks once per unit).
interface Sighting {
  map: HexMap;
  units: BoardState["units"];
  seen: ReadonlySet<string>;
}
const RECENT = 4;

// Hexes some unit of the viewer sees, marked with the stamp of the search that marked them.
let marks = new Int32Array(0);
let stamp = 0;
const recent: Record<Side, Sighting[]> = { red: [], blue: [] };

function remember(viewer: Side, sighting: Sighting): void {
  const list = recent[viewer];
  if (list.length >= RECENT) list.pop();
  list.unshift(sighting);
}

function recall(map: HexMap, units: readonly Unit[], viewer: Side): Sighting | undefined {
  for (const s of recent[viewer]) if (s.units === units && s.map === map) return s;
  return undefined;
}

/**
 * Records that `viewer` detects `seen` among `units`: playerView does, for the view it made,
 * which holds all the viewer's units and exactly the enemies it detects.
 */
export function noteDetected(map: HexMap, units: BoardState["units"], viewer: Side, seen: ReadonlySet<string>): void {
  if (!recall(map, units, viewer)) remember(viewer, { map, units, seen });
}

/** Whether no unit changed place, side or kind between an array and the one derived from it. */
function sameSighting(base: readonly Unit[], units: readonly Unit[], changed: readonly number[]): boolean {
  for (const i of changed) {
    const a = base[i];
    const b = units[i];
    if (!a || !b || a.hex !== b.hex || a.side !== b.side || a.id !== b.id || a.template !== b.template) return false;
  }
  return true;
}

/** Ids of the units of the other side that `viewer` detects. */
export function detectedBy(map: HexMap, state: Pick<BoardState, "units">, viewer: Side): ReadonlySet<string> {
  const hit = recall(map, state.units, viewer);
  if (hit) return hit.seen;
  // A command that moved no unit (a stance, a mission, upkeep) leaves the answer as it was.
  const derived = derivationOf(state.units);
  if (derived && derived.base.length === state.units.length) {
    const before = recall(map, derived.base as readonly Unit[], viewer);
    if (before && sameSighting(before.units, state.units, derived.changed)) {
      remember(viewer, { map, units: state.units, seen: before.seen });
      return before.seen;
    }
  }
  // Each own unit marks the hexes within its detection range (by axial offsets, which is what
  // distance() measures); an enemy is seen when its hex is marked. Cheaper than every own unit
  // against every enemy, and the marks are stamped rather than cleared.
  if (marks.length !== map.size || stamp >= 0x7fffffff) {
    marks = new Int32Array(map.size);
    stamp = 0;
  }
  const now = ++stamp;
  const { cols, rows } = map;
  for (const u of state.units) {
    if (u.side !== viewer || u.hex < 0) continue;
    const range = templateOf(u.template).detect;
    const q = map.q[u.hex] ?? 0;
    const r = map.r[u.hex] ?? 0;
    for (let dq = -range; dq <= range; dq++) {
      const lo = Math.max(-range, -dq - range);
      const hi = Math.min(range, range - dq);
      for (let dr = lo; dr <= hi; dr++) {
        // hexAt, written out: this loop runs for every hex every unit sees.
        const row = r + dr;
        if (row < 0 || row >= rows) continue;
        const col = q + dq + (row - (row & 1)) / 2;
        if (col >= 0 && col < cols) marks[row * cols + col] = now;
      }
    }
  }
  const seen = new Set<string>();
  for (const enemy of state.units) {
    if (enemy.side === viewer || enemy.hex < 0) continue;
    if (marks[enemy.hex] === now) seen.add(enemy.id);
  }
  remember(viewer, { map, units: state.units, seen });
  return seen;
}
