// Reinforcements entering the theatre. A unit due on a turn enters at the start of its side's
// turn where the scenario brings it in: a port, an airfield, a railhead or a border crossing.
// Held by the enemy or full, the entry gives way to the nearest free land hex within
// DIVERT_STEPS; with none, the unit waits a turn.

import { isWater, type HexMap } from "../map";
import { STACK_LIMIT } from "../params";
import { freshUnit } from "../setup";
import { templateOf } from "../templates";
import type { Arrival, BoardState, GameEvent, HexId, Side, Unit } from "../types";

/** How far from a blocked entry a unit may come in instead (≈ 30 km: the next road into town). */
export const DIVERT_STEPS = 3;

/** Hexes within `steps` of `hex` over land, nearest first (ties in direction order). */
export function nearby(map: HexMap, hex: HexId, steps: number): HexId[] {
  const seen = new Set<HexId>([hex]);
  const out: HexId[] = [hex];
  let frontier = [hex];
  for (let k = 0; k < steps; k++) {
    const next: HexId[] = [];
    for (const h of frontier) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[h * 6 + d] ?? -1;
        if (n < 0 || seen.has(n) || isWater(map, n)) continue;
        seen.add(n);
        next.push(n);
        out.push(n);
      }
    }
    frontier = next;
  }
  return out;
}

/**
 * The units of `side` due by `state.turn`, placed (`added`, to go at the end of the roster so
 * no other unit's position changes), and the arrivals still to come.
 */
export function placeArrivals(map: HexMap, state: BoardState, side: Side): { added: Unit[]; arrivals: Arrival[]; events: GameEvent[] } {
  const due = state.arrivals.filter((a) => a.side === side && a.turn <= state.turn);
  if (due.length === 0) return { added: [], arrivals: state.arrivals, events: [] };
  const enemyAt = new Set<HexId>();
  const points = new Map<HexId, number>();
  for (const u of state.units) {
    if (u.hex < 0) continue;
    if (u.side !== side) enemyAt.add(u.hex);
    else points.set(u.hex, (points.get(u.hex) ?? 0) + templateOf(u.template).stack);
  }
  const added: Unit[] = [];
  const waiting = new Set<Arrival>();
  const events: GameEvent[] = [];
  for (const a of due) {
    const stack = templateOf(a.template).stack;
    const hex = nearby(map, a.hex, DIVERT_STEPS).find((h) => !enemyAt.has(h) && (points.get(h) ?? 0) + stack <= STACK_LIMIT);
    if (hex === undefined) {
      waiting.add(a);
      continue;
    }
    points.set(hex, (points.get(hex) ?? 0) + stack);
    const { turn: _turn, by, ...setup } = a;
    added.push(Object.freeze(freshUnit({ ...setup, hex }, state.settings[side].commandFriction, state.hour)));
    events.push({ type: "unit-arrived", unit: a.id, side, at: hex, by, late: a.turn < state.turn || hex !== a.hex });
  }
  const arrivals = state.arrivals.filter((a) => a.side !== side || a.turn > state.turn || waiting.has(a));
  return { added, arrivals: arrivals.length === state.arrivals.length ? state.arrivals : Object.freeze(arrivals) as Arrival[], events };
}
