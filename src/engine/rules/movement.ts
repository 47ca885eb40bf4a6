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

/** A step that cannot be made (into water or off the map) in a step table. */
const NO_STEP = 0xffff;
const stepTables = new Map<HexMap, Map<MovementClass, Uint16Array>>();

/** stepCost for every hex and direction of a map and movement class, worked out once. */
function stepTable(map: HexMap, cls: MovementClass): Uint16Array {
  let byClass = stepTables.get(map);
  if (!byClass) {
    if (stepTables.size >= 8) stepTables.clear();
    byClass = new Map();
    stepTables.set(map, byClass);
  }
  let table = byClass.get(cls);
  if (!table) {
    table = new Uint16Array(map.size * 6).fill(NO_STEP);
    for (let hex = 0; hex < map.size; hex++) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[hex * 6 + d] ?? -1;
        if (n >= 0 && !isWater(map, n)) table[hex * 6 + d] = Math.min(NO_STEP - 1, stepCost(map, cls, hex, d, n));
      }
    }
    byClass.set(cls, table);
  }
  return table;
}

const ZOC = 1;
const ENEMY = 2;
interface ZocMask {
  map: HexMap;
  units: BoardState["units"];
  /** ZOC and ENEMY bits per hex, as knownZoc's two sets. */
  mask: Uint8Array;
  /** The hexes with a bit set, to clear them when the mask is reused. */
  marked: HexId[];
}
// The last mask per side, kept with the units array it was made from (states are immutable).
// Its array is reused for the next one: only reachable reads it, and not beyond its call.
const zocMasks: Partial<Record<Side, ZocMask>> = {};

function zocMask(map: HexMap, state: BoardState, side: Side): Uint8Array {
  let last = zocMasks[side];
  if (last && last.map === map && last.units === state.units) return last.mask;
  if (last && last.mask.length === map.size) {
    for (const hex of last.marked) last.mask[hex] = 0;
    last.marked.length = 0;
    last.map = map;
    last.units = state.units;
  } else {
    last = { map, units: state.units, mask: new Uint8Array(map.size), marked: [] };
    zocMasks[side] = last;
  }
  const { mask, marked } = last;
  const seen = detectedBy(map, state, side);
  for (const enemy of state.units) {
    if (enemy.side === side || enemy.hex < 0 || !seen.has(enemy.id)) continue;
    const hex = enemy.hex;
    mask[hex] = (mask[hex] ?? 0) | ENEMY;
    marked.push(hex);
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[hex * 6 + d] ?? -1;
      if (n >= 0 && !isWater(map, n)) {
        mask[n] = (mask[n] ?? 0) | ZOC;
        marked.push(n);
      }
    }
  }
  return mask;
}

// Working arrays of reachable, kept between calls: `best` is reset before it returns; the
// others are written before they are read.
let bestScratch = new Int32Array(0);
let prevScratch = new Int32Array(0);
let orderScratch = new Int32Array(0);
let endScratch = new Int32Array(0);
const bucketScratch: HexId[][] = [];

export function reachable(map: HexMap, state: BoardState, unit: Unit): Reach {
  const t = templateOf(unit.template);
  const side = unit.side;
  const zoc = zocMask(map, state, side);
  const steps = stepTable(map, t.movement);
  if (bestScratch.length !== map.size) {
    bestScratch = new Int32Array(map.size).fill(-1);
    prevScratch = new Int32Array(map.size);
    orderScratch = new Int32Array(map.size + 1);
    endScratch = new Int32Array(map.size);
  }
  const best = bestScratch;
  const before = prevScratch;
  const buckets = bucketScratch;
  // Hexes in the order first reached, which is the order of `cost` and `prev`.
  const order = orderScratch;
  const origin = unit.hex;
  order[0] = origin;
  let count = 1;
  const mp = unit.mp;
  const startInZoc = (zoc[origin] ?? 0) & ZOC;
  best[origin] = 0;
  (buckets[0] ??= []).push(origin);
  let top = 1;
  // Dijkstra bucketed by cost, as the sets and maps it replaced: ties keep the first path found.
  for (let c = 0; c < top; c++) {
    const bucket = buckets[c];
    if (!bucket || bucket.length === 0) continue;
    for (let k = 0; k < bucket.length; k++) {
      const hex = bucket[k] as HexId;
      if (best[hex] !== c) continue;
      if (hex !== origin && (zoc[hex] as number) & ZOC) continue; // entering a zone of control ends the move
      for (let d = 0; d < 6; d++) {
        const step = steps[hex * 6 + d] as number;
        if (step === NO_STEP) continue;
        const n = map.neighbours[hex * 6 + d] as HexId;
        const z = zoc[n] as number;
        if (z & ENEMY) continue;
        if (hex === origin && startInZoc && z & ZOC) continue;
        const nc = c + step;
        if (nc > mp) continue;
        const old = best[n] as number;
        if (old !== -1 && old <= nc) continue;
        if (old === -1) order[count++] = n;
        best[n] = nc;
        before[n] = hex;
        (buckets[nc] ??= []).push(n);
        if (nc >= top) top = nc + 1;
      }
    }
    bucket.length = 0;
  }
  // What the result keeps, three numbers a hex in the order reached: hex, cost, step before.
  const occ = occupancy(state, map.size);
  const reached: number[] = new Array<number>(count * 3);
  let ends = 0;
  for (let i = 0; i < count; i++) {
    const hex = order[i] as HexId;
    reached[3 * i] = hex;
    reached[3 * i + 1] = i > 0 ? (best[hex] as number) : 0;
    reached[3 * i + 2] = i > 0 ? (before[hex] as HexId) : -1;
    if (i === 0) continue;
    best[hex] = -1;
    if (stackPoints(occ, hex, side, unit.id) + t.stack <= STACK_LIMIT) endScratch[ends++] = hex;
  }
  if (origin >= 0 && origin < map.size) best[origin] = -1;
  // The destinations in ascending order: a typed array sorts numbers without a callback (a
  // callback was most of the cost of sort((a, b) => a - b)), and each hex is reached once.
  const destinations: HexId[] = Array.from(endScratch.subarray(0, ends).sort());
  return new LazyReach(unit.id, origin, destinations, reached, count);
}

/**
 * A Reach whose maps are built when first read: the computer player reads neither for most
 * units. A class, not an object literal with getters: the literal's accessors were made
 * afresh on every call, a tenth of reachable's own time.
 */
class LazyReach implements Reach {
  private costs: Map<HexId, number> | undefined;
  private steps: Map<HexId, HexId> | undefined;

  constructor(
    readonly unit: string,
    readonly origin: HexId,
    readonly destinations: HexId[],
    /** Three numbers a hex, in the order reached: hex, cost, step before. */
    private readonly reached: readonly number[],
    private readonly count: number,
  ) {}

  get cost(): Map<HexId, number> {
    if (!this.costs) {
      this.costs = new Map();
      for (let i = 0; i < this.count; i++) this.costs.set(this.reached[3 * i] as HexId, this.reached[3 * i + 1] as number);
    }
    return this.costs;
  }

  get prev(): Map<HexId, HexId> {
    if (!this.steps) {
      this.steps = new Map();
      for (let i = 1; i < this.count; i++) this.steps.set(this.reached[3 * i] as HexId, this.reached[3 * i + 2] as HexId);
    }
    return this.steps;
  }
}

/** The cheapest path to `hex` from a Reach, without the origin; empty when out of reach. */
export function pathTo(reach: Reach, hex: HexId): HexId[] {
  // Every hex reached but the origin has a step before it.
  if (hex === reach.origin || !reach.prev.has(hex)) return [];
  const path: HexId[] = [];
  let at: HexId | undefined = hex;
  while (at !== undefined && at !== reach.origin) {
    path.push(at);
    at = reach.prev.get(at);
  }
  return path.reverse();
}
