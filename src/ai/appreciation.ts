// The computer player's appreciation of the situation, made from its player view: whether it
// is on the offensive, which objectives it goes for (each unit's axis and the main effort),
// how far every hex is from the objectives and from the enemy it can see, and where its
// supply reaches. Everything here is from the view; nothing hidden is read.

import {
  TERRAIN_CODE,
  landSteps,
  otherSide,
  pointsHeld,
  traceSupply,
  type HexId,
  type HexMap,
  type Objective,
  type PlayerView,
  type Side,
  type SupplyTrace,
  type Unit,
} from "../engine";
import { marchTimes } from "./march";

export interface Appreciation {
  side: Side;
  enemy: Side;
  /** Red attacks until it holds the points it needs; the defender holds and counter-attacks. */
  offensive: boolean;
  /** Objectives the side goes for (offensive) or must keep (defensive). */
  goals: Objective[];
  /** The goal most of the side's units are heading for (offensive) or nearest the enemy (defensive). */
  mainEffort: Objective | null;
  /** Steps over land to each goal, by goal index. */
  goalSteps: Int32Array[];
  /** Offensive: march times to a goal around the enemy seen (march.ts), by goal index, worked out when first asked; undefined when defending. */
  marchTo(goal: number): Int32Array | undefined;
  /** Steps over land to the nearest enemy unit the side can see (-1: none within ENEMY_HORIZON). */
  enemySteps: Int32Array;
  /** The side's supply as it can trace it past the enemies it can see (traced when first read). */
  readonly supply: SupplyTrace;
  /** Each unit's goal index (its axis), by unit id. */
  axis: Map<string, number>;
  /** Defensive: units each goal should hold, by goal index: one, and one more for each enemy unit seen within a day's march of it (half one within two days'). */
  garrison: number[];
}

/** Steps within which an enemy counts against a goal's garrison: about a day's march. */
export const THREAT_STEPS = 6;
/** Most units a garrison asks for: the stacking limit for battalions. */
const GARRISON_MAX = 6;

/** Steps beyond which the enemy counts as far away (stepsAt gives 999): a few days' march. */
const ENEMY_HORIZON = 40;

// Distance fields to objectives never change during a game: one search per map and hex.
const fieldCache = new Map<string, Int32Array>();
const FIELD_CACHE_LIMIT = 256;

export function stepsTo(map: HexMap, hex: HexId): Int32Array {
  const key = `${map.id}:${hex}`;
  let field = fieldCache.get(key);
  if (!field) {
    if (fieldCache.size >= FIELD_CACHE_LIMIT) fieldCache.clear();
    field = landSteps(map, [hex]);
    fieldCache.set(key, field);
  }
  return field;
}

// Distance fields to the enemy, by the hexes it was seen in: within a side's turn the enemy
// stands still, so the appreciations before and after the first attacks often see the same,
// and after the moves often the same and a few more.
interface EnemyField {
  /** The distinct hexes, ascending. */
  hexes: Int32Array;
  field: Int32Array;
}
const enemyCache = new Map<string, EnemyField>();
const ENEMY_CACHE_LIMIT = 8;
let enemyCacheMap: HexMap | null = null;

/** Steps over land to the nearest of `hexes`, up to ENEMY_HORIZON (shared: read it, never write it). */
function enemyField(map: HexMap, hexes: HexId[]): Int32Array {
  // The field depends on the set of hexes only, so the key is their sorted list.
  if (enemyCacheMap !== map) {
    enemyCache.clear();
    enemyCacheMap = map;
  }
  const sorted = distinct(Int32Array.from(hexes).sort());
  const key = sorted.join(",");
  const hit = enemyCache.get(key);
  if (hit) return hit.field;
  let field: Int32Array | undefined;
  // A field for some of these hexes needs only shortening near the others.
  for (const known of enemyCache.values()) {
    const added = extraHexes(known.hexes, sorted);
    if (added) {
      field = known.field.slice();
      shorten(map, field, added, ENEMY_HORIZON);
      break;
    }
  }
  field ??= landSteps(map, hexes, ENEMY_HORIZON);
  if (enemyCache.size >= ENEMY_CACHE_LIMIT) {
    const oldest = enemyCache.keys().next();
    if (!oldest.done) enemyCache.delete(oldest.value);
  }
  enemyCache.set(key, { hexes: sorted, field });
  return field;
}

function distinct(sorted: Int32Array): Int32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[n++] = sorted[i] as number;
  return sorted.subarray(0, n);
}

/** The hexes of `more` not in `some` when `some` is a subset of it (both ascending), else null. */
function extraHexes(some: Int32Array, more: Int32Array): HexId[] | null {
  if (some.length > more.length) return null;
  const extra: HexId[] = [];
  let i = 0;
  for (const hex of more) {
    if (i < some.length && some[i] === hex) i++;
    else if (i < some.length && (some[i] as number) < hex) return null;
    else extra.push(hex);
  }
  return i === some.length ? extra : null;
}

/**
 * Lowers a landSteps field to the distances from `starts` as well, where they are nearer: a
 * breadth-first search from them that goes on only through hexes it brings nearer. The result
 * is the field landSteps would give for the old starts and these together.
 */
function shorten(map: HexMap, field: Int32Array, starts: readonly HexId[], maxSteps: number): void {
  const queue: HexId[] = [];
  // The terrain read directly, as landSteps does: isWater through the engine's exports cost
  // more than the search.
  const { neighbours, terrain } = map;
  const sea = TERRAIN_CODE.sea;
  const lake = TERRAIN_CODE.lake;
  for (const hex of starts) {
    if (hex < 0 || hex >= map.size || field[hex] === 0) continue;
    field[hex] = 0;
    queue.push(hex);
  }
  for (let head = 0; head < queue.length; head++) {
    const hex = queue[head] as HexId;
    const k = (field[hex] as number) + 1;
    if (k > maxSteps) break;
    for (let d = 0; d < 6; d++) {
      const n = neighbours[hex * 6 + d] as number;
      if (n < 0) continue;
      const t = terrain[n];
      if (t === sea || t === lake) continue;
      const old = field[n] as number;
      if (old !== -1 && old <= k) continue;
      field[n] = k;
      queue.push(n);
    }
  }
}

// March fields by goal and the enemy hexes seen: within a side's turn the enemy mostly stands
// still, so the appreciations before and after the moves share them.
const marchCache = new Map<string, Int32Array>();
const MARCH_CACHE_LIMIT = 24;
let marchCacheMap: HexMap | null = null;

function marchField(map: HexMap, goal: HexId, enemyHexes: readonly HexId[]): Int32Array {
  if (marchCacheMap !== map) {
    marchCache.clear();
    marchCacheMap = map;
  }
  const key = `${goal}|${[...new Set(enemyHexes)].sort((x, y) => x - y).join(",")}`;
  let field = marchCache.get(key);
  if (!field) {
    if (marchCache.size >= MARCH_CACHE_LIMIT) {
      const oldest = marchCache.keys().next();
      if (!oldest.done) marchCache.delete(oldest.value);
    }
    field = marchTimes(map, goal, enemyHexes);
    marchCache.set(key, field);
  }
  return field;
}

/** Steps from `hex` in a field, with unreachable hexes far away rather than -1. */
export function stepsAt(field: Int32Array, hex: HexId): number {
  const s = field[hex] ?? -1;
  return s < 0 ? 999 : s;
}

function isOffensive(view: PlayerView, side: Side): boolean {
  if (side !== "red" || view.redPointsToWin <= 0) return false;
  return pointsHeld(view.objectives, view.control, "red") < view.redPointsToWin;
}

export function appreciate(map: HexMap, view: PlayerView, side: Side): Appreciation {
  const enemy = otherSide(side);
  const offensive = isOffensive(view, side);
  const goals = view.objectives.filter((o) => (view.control[String(o.hex)] === side) !== offensive);
  const goalSteps = goals.map((g) => stepsTo(map, g.hex));
  const own = view.units.filter((u) => u.side === side && u.hex >= 0);
  const seenEnemies = view.units.filter((u) => u.side === enemy && u.hex >= 0);
  const enemyHexes = seenEnemies.map((u) => u.hex);
  const enemySteps = enemyField(map, enemyHexes);
  const march: (Int32Array | undefined)[] = [];
  const axis = new Map<string, number>();
  const load = goals.map(() => 0);
  for (const unit of own) {
    const best = bestGoal(goals, goalSteps, unit, offensive, enemySteps);
    axis.set(unit.id, best);
    if (best >= 0) load[best] = (load[best] ?? 0) + 1;
  }
  let main = -1;
  for (let i = 0; i < goals.length; i++) if (main < 0 || (load[i] ?? 0) > (load[main] ?? 0)) main = i;
  const garrison = goals.map((_, i) => {
    if (offensive) return 0;
    const field = goalSteps[i] as Int32Array;
    let near = 0;
    for (const u of seenEnemies) {
      const steps = stepsAt(field, u.hex);
      if (steps <= THREAT_STEPS) near += 1;
      else if (steps <= 2 * THREAT_STEPS) near += 0.5;
    }
    return Math.min(GARRISON_MAX, 1 + Math.round(near));
  });
  // Only move scoring reads the supply trace, the dearest part; traced on first use.
  let supply: SupplyTrace | undefined;
  return {
    side,
    enemy,
    offensive,
    goals,
    mainEffort: goals[main] ?? null,
    goalSteps,
    // A search of the whole map per goal: only the goals units steer for, and only when moves are scored.
    marchTo(i: number): Int32Array | undefined {
      const goal = goals[i];
      if (!offensive || !goal) return undefined;
      return (march[i] ??= marchField(map, goal.hex, enemyHexes));
    },
    enemySteps,
    get supply(): SupplyTrace {
      return (supply ??= traceSupply(map, view, side));
    },
    axis,
    garrison,
  };
}

/**
 * The objective a unit works for. On the offensive: the most points for the distance, so
 * units near a capital go for it and the others for what lies on their way. On the defensive:
 * the objective the enemy is nearest to, among those the unit can reach soonest.
 */
function bestGoal(goals: readonly Objective[], fields: readonly Int32Array[], unit: Unit, offensive: boolean, enemySteps: Int32Array): number {
  let best = -1;
  let bestValue = -Infinity;
  for (let i = 0; i < goals.length; i++) {
    const goal = goals[i];
    const field = fields[i];
    if (!goal || !field) continue;
    const away = stepsAt(field, unit.hex);
    if (away >= 999) continue;
    const threat = stepsAt(enemySteps, goal.hex);
    const value = offensive ? goal.points / (4 + away) : goal.points / ((4 + away) * (2 + Math.min(threat, 30)));
    if (value > bestValue) {
      bestValue = value;
      best = i;
    }
  }
  return best;
}
