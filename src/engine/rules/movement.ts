// Movement: paths over terrain, roads and rivers, zones of control and stacking.
// Validation uses only what the moving side knows (hidden enemies are not obstacles);
// resolution walks the path and stops where a hidden enemy is met.

import { directionTo, isHex, isWater, terrainOf, type HexMap } from "../map";
import { enemyIn, occupancy, sidePointsIn, type Occupancy } from "../occupancy";
import { RIVER_CROSSING_COST, ROAD_COST, STACK_LIMIT, TERRAIN_COST, type MovementClass } from "../params";
import { templateOf } from "../templates";
import type { BoardState, GameEvent, HexId, Side, Unit, Validation } from "../types";
import { canSee, detectedBy } from "./visibility";

/** Longest path a move command may carry. */
export const MAX_PATH = 64;

/** Time to step from `from` to its neighbour in direction `dir`, in tenths of an hour. */
export function stepCost(map: HexMap, cls: MovementClass, from: HexId, dir: number, to: HexId): number {
  const bit = 1 << dir;
  const cost = (map.roads[from] ?? 0) & bit ? ROAD_COST[cls] : TERRAIN_COST[cls][terrainOf(map, to)];
  // A river edge costs a crossing unless a bridge spans it; a road alone does not ford it.
  const unbridged = (map.rivers[from] ?? 0) & ~(map.bridges[from] ?? 0) & bit;
  return unbridged ? cost + RIVER_CROSSING_COST[cls] : cost;
}

const stackOf = (u: Unit): number => templateOf(u.template).stack;

function stackPoints(occ: Occupancy, hex: HexId, side: Side, except: string): number {
  return sidePointsIn(occ, hex, side, except, stackOf);
}

/** Whether `hex` lies in the zone of control of an enemy of `side` that passes `counts`. */
function inZoc(map: HexMap, occ: Occupancy, hex: HexId, side: Side, counts: (enemy: Unit) => boolean): Unit | undefined {
  if (isWater(map, hex)) return undefined;
  const base = hex * 6;
  for (let d = 0; d < 6; d++) {
    const n = map.neighbours[base + d] ?? -1;
    if (n < 0) continue;
    const enemy = enemyIn(occ, n, side, counts);
    if (enemy) return enemy;
  }
  return undefined;
}

function reject(code: string, message: string): Validation {
  return { ok: false, code, message };
}

/** Checks a move against what the moving side can know. */
export function validateMove(map: HexMap, state: BoardState, unit: Unit, path: readonly HexId[]): Validation {
  if (path.length === 0) return reject("move/empty-path", "A move needs at least one hex to move to.");
  if (path.length > MAX_PATH) return reject("move/path-too-long", `A move may have at most ${MAX_PATH} steps.`);
  const t = templateOf(unit.template);
  const side = unit.side;
  const known = (enemy: Unit): boolean => canSee(map, state, side, enemy);
  const occ = occupancy(state, map.size);
  let prev = unit.hex;
  let cost = 0;

  for (let i = 0; i < path.length; i++) {
    const hex = path[i];
    if (!isHex(map, hex)) return reject("move/off-map", `Step ${i + 1} of the path is not a hex on this map.`);
    if (hex === unit.hex || path.indexOf(hex) < i) return reject("move/loop", `Step ${i + 1} returns to a hex the path has already crossed.`);
    const dir = directionTo(map, prev, hex);
    if (dir < 0) return reject("move/not-adjacent", `Step ${i + 1} of the path is not next to the hex before it.`);
    if (isWater(map, hex)) return reject("move/impassable", `Step ${i + 1} of the path is water, which ground units cannot enter.`);
    const enemy = enemyIn(occ, hex, side);
    if (enemy && known(enemy)) return reject("move/occupied", `Step ${i + 1} of the path is held by the enemy; attack it instead.`);
    const zocHere = inZoc(map, occ, hex, side, known);
    if (zocHere && i === 0 && inZoc(map, occ, prev, side, known)) {
      return reject("move/zoc", "A unit in an enemy zone of control cannot move straight into another one.");
    }
    if (zocHere && i < path.length - 1) {
      return reject("move/zoc", `Step ${i + 1} enters an enemy zone of control, where the move must end.`);
    }
    cost += stepCost(map, t.movement, prev, dir, hex);
    if (cost > unit.mp) {
      return reject("move/out-of-range", `The path needs ${formatHours(cost)} but the unit has ${formatHours(unit.mp)} of movement left.`);
    }
    prev = hex;
  }
  if (stackPoints(occ, prev, side, unit.id) + t.stack > STACK_LIMIT) {
    return reject("move/stacking", `The last hex of the path already holds as many units as it can (${STACK_LIMIT} stacking points).`);
  }
  return { ok: true };
}

export function formatHours(tenths: number): string {
  return `${(tenths / 10).toFixed(1)} h`;
}

export interface MoveOutcome {
  /** Hexes actually entered, in order. */
  entered: HexId[];
  cost: number;
  events: GameEvent[];
}

/** Walks a validated path; a hidden enemy in the way or its zone of control stops the unit. */
export function resolveMove(map: HexMap, state: BoardState, unit: Unit, path: readonly HexId[]): MoveOutcome {
  const t = templateOf(unit.template);
  const side = unit.side;
  const entered: HexId[] = [];
  const costs: number[] = [];
  const events: GameEvent[] = [];
  const occ = occupancy(state, map.size);
  let prev = unit.hex;
  let cost = 0;
  for (let i = 0; i < path.length; i++) {
    const hex = path[i] ?? prev;
    const blocker = enemyIn(occ, hex, side);
    if (blocker) {
      events.push({ type: "move-interrupted", unit: unit.id, at: prev, by: blocker.id, reason: "enemy-in-hex" });
      break;
    }
    cost += stepCost(map, t.movement, prev, directionTo(map, prev, hex), hex);
    entered.push(hex);
    costs.push(cost);
    prev = hex;
    const zoc = inZoc(map, occ, hex, side, () => true);
    if (zoc) {
      if (i < path.length - 1) events.push({ type: "move-interrupted", unit: unit.id, at: hex, by: zoc.id, reason: "enemy-zoc" });
      break;
    }
  }
  // Stopped early on a full stack: fall back to the last hex along the path where it fits.
  while (entered.length > 0) {
    const last = entered[entered.length - 1] ?? unit.hex;
    if (stackPoints(occ, last, side, unit.id) + t.stack <= STACK_LIMIT) break;
    entered.pop();
    costs.pop();
  }
  const spent = costs[costs.length - 1] ?? 0;
  const to = entered[entered.length - 1] ?? unit.hex;
  if (entered.length > 0) {
    events.unshift({ type: "unit-moved", unit: unit.id, from: unit.hex, to, path: entered.slice(), cost: spent });
  }
  return { entered, cost: spent, events };
}

/** Every hex a unit can reach this turn with its cost and the step before it (for paths). */
export interface Reach {
  unit: string;
  origin: HexId;
  cost: Map<HexId, number>;
  prev: Map<HexId, HexId>;
  /** Hexes where the unit may end its move (stacking allows it). */
  destinations: HexId[];
}

/** Cheapest paths from the unit's hex over what its side knows (Dijkstra, bucketed by cost). */
/**
 * What `side` knows of the enemy's zones of control: the hexes of the enemy units it can see,
 * and every land hex next to one, where a move must end. Movement plans with it; the board's
 * overlay draws it.
 */
export function knownZoc(map: HexMap, state: BoardState, side: Side): { enemyHex: Set<HexId>; zoc: Set<HexId> } {
  const seen = detectedBy(map, state, side);
  const enemyHex = new Set<HexId>();
  const zoc = new Set<HexId>();
  for (const enemy of state.units) {
    if (enemy.side === side || enemy.hex < 0 || !seen.has(enemy.id)) continue;
    const hex = enemy.hex;
    enemyHex.add(hex);
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[hex * 6 + d] ?? -1;
      if (n >= 0 && !isWater(map, n)) zoc.add(n);
    }
  }
  return { enemyHex, zoc };
}

export function reachable(map: HexMap, state: BoardState, unit: Unit): Reach {
  const t = templateOf(unit.template);
  const side = unit.side;
  const { enemyHex, zoc } = knownZoc(map, state, side);
  const cost = new Map<HexId, number>([[unit.hex, 0]]);
  const prev = new Map<HexId, HexId>();
  const buckets: HexId[][] = [[unit.hex]];
  const startInZoc = zoc.has(unit.hex);
  for (let c = 0; c < buckets.length; c++) {
    const bucket = buckets[c];
    if (!bucket) continue;
    for (const hex of bucket) {
      if (cost.get(hex) !== c) continue;
      if (hex !== unit.hex && zoc.has(hex)) continue; // entering a zone of control ends the move
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[hex * 6 + d] ?? -1;
        if (n < 0 || isWater(map, n) || enemyHex.has(n)) continue;
        if (hex === unit.hex && startInZoc && zoc.has(n)) continue;
        const nc = c + stepCost(map, t.movement, hex, d, n);
        if (nc > unit.mp) continue;
        const old = cost.get(n);
        if (old !== undefined && old <= nc) continue;
        cost.set(n, nc);
        prev.set(n, hex);
        (buckets[nc] ??= []).push(n);
      }
    }
  }
  const destinations: HexId[] = [];
  const occ = occupancy(state, map.size);
  for (const hex of cost.keys()) {
    if (hex === unit.hex) continue;
    if (stackPoints(occ, hex, side, unit.id) + t.stack <= STACK_LIMIT) destinations.push(hex);
  }
  destinations.sort((a, b) => a - b);
  return { unit: unit.id, origin: unit.hex, cost, prev, destinations };
}

/** The cheapest path to `hex` from a Reach, without the origin; empty when out of reach. */
export function pathTo(reach: Reach, hex: HexId): HexId[] {
  if (!reach.cost.has(hex) || hex === reach.origin) return [];
  const path: HexId[] = [];
  let at: HexId | undefined = hex;
  while (at !== undefined && at !== reach.origin) {
    path.push(at);
    at = reach.prev.get(at);
  }
  return path.reverse();
}
