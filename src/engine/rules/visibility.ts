// Fog of war: which enemy units a side can detect. A unit is seen when any unit of the
// other side is within that unit's detection range of it.

import { distance, type HexMap } from "../map";
import { derivationOf, type Derivation } from "../lineage";
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

/**
 * How many of the viewer's units see each hex, for one units array: a command moves a unit or
 * two, and the counts follow it (the hexes it no longer sees, those it now sees) rather than
 * marking every unit's range again.
 */
interface Coverage {
  map: HexMap;
  units: readonly Unit[];
  count: Uint16Array;
}
const coverage: Partial<Record<Side, Coverage>> = {};
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
      // The coverage holds for these units too: the next move updates it rather than rebuilds.
      const cov = coverage[viewer];
      if (cov && cov.units === derived.base) cov.units = state.units;
      return before.seen;
    }
  }
  const count = coverageOf(map, state.units, viewer, derived);
  const seen = new Set<string>();
  for (const enemy of state.units) {
    if (enemy.side === viewer || enemy.hex < 0) continue;
    if ((count[enemy.hex] as number) > 0) seen.add(enemy.id);
  }
  remember(viewer, { map, units: state.units, seen });
  return seen;
}

/** The viewer's coverage of `units`, updated from its base's when the units were derived from it. */
function coverageOf(map: HexMap, units: readonly Unit[], viewer: Side, derived: Derivation | undefined): Uint16Array {
  let cov = coverage[viewer];
  if (cov && cov.map === map && cov.units === units) return cov.count;
  if (cov && cov.map === map && derived && cov.units === derived.base) {
    const base = derived.base as readonly Unit[];
    for (const i of derived.changed) {
      const a = base[i];
      const b = units[i];
      if (a && b && a.hex === b.hex && a.side === b.side && a.template === b.template) continue;
      if (a && a.side === viewer) cover(map, cov.count, a, -1);
      if (b && b.side === viewer) cover(map, cov.count, b, 1);
    }
    cov.units = units;
    return cov.count;
  }
  if (!cov || cov.count.length !== map.size) cov = coverage[viewer] = { map, units, count: new Uint16Array(map.size) };
  else cov.count.fill(0);
  cov.map = map;
  cov.units = units;
  for (const u of units) if (u.side === viewer) cover(map, cov.count, u, 1);
  return cov.count;
}

/**
 * Adds `delta` to the count of every hex within the unit's detection range (none when it is
 * off the board), by axial offsets, which is what distance() measures.
 */
function cover(map: HexMap, count: Uint16Array, u: Unit, delta: number): void {
  if (u.hex < 0) return;
  const range = templateOf(u.template).detect;
  const { cols, rows } = map;
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
      if (col >= 0 && col < cols) count[row * cols + col] = (count[row * cols + col] as number) + delta;
    }
  }
}
