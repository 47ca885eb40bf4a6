// March times to an objective for the side on the offensive: how long a tracked column needs
// from every hex to reach it, by road where there is one, across rivers at a cost, around the
// enemy units it can see rather than through them. Spearheads steer by these times, so they
// keep to the roads and flow past a strongpoint instead of queueing in front of it (issue 6:
// "bypasses strongpoints"); the strongpoint is left to the units that attack it.

import { opposite, stepCost, TERRAIN_CODE, type HexId, type HexMap } from "../engine";

/** Time a column loses passing through an enemy's zone of control: it must stop there, about a turn's march. */
export const ZOC_DELAY = 60;
/** The march time of one step across open country (tracked, tenths of an hour): march times divided by it read as steps. */
export const OPEN_STEP = 20;

/** Reused bucket lists for the search: costs are whole tenths of an hour. */
const buckets: number[][] = [];

/** No step: the map's edge, or water on one side. */
const NO_STEP = 0xffff;

// The time to step into each hex from each neighbour, for a tracked column, by map: the search
// reads it for every edge, and stepCost's lookups cost more than the rest of the search.
const inboundByMap = new WeakMap<HexMap, Uint16Array>();

/** inbound[hex * 6 + d]: time for the neighbour in direction d to step into `hex` (NO_STEP: none can). */
function inboundCosts(map: HexMap): Uint16Array {
  let inbound = inboundByMap.get(map);
  if (inbound) return inbound;
  inbound = new Uint16Array(map.size * 6).fill(NO_STEP);
  const { neighbours, terrain } = map;
  const water = (t: number | undefined): boolean => t === TERRAIN_CODE.sea || t === TERRAIN_CODE.lake;
  for (let hex = 0; hex < map.size; hex++) {
    if (water(terrain[hex])) continue;
    for (let d = 0; d < 6; d++) {
      const from = neighbours[hex * 6 + d] as number;
      if (from < 0 || water(terrain[from])) continue;
      inbound[hex * 6 + d] = Math.min(NO_STEP - 1, stepCost(map, "tracked", from, opposite(d), hex));
    }
  }
  inboundByMap.set(map, inbound);
  return inbound;
}

/**
 * Tenths of an hour a tracked column needs from each hex to `goal` (-1: it cannot get there),
 * never entering `enemyHexes` (but the goal itself) and paying ZOC_DELAY in a hex next to one.
 */
export function marchTimes(map: HexMap, goal: HexId, enemyHexes: readonly HexId[]): Int32Array {
  const size = map.size;
  const time = new Int32Array(size).fill(-1);
  if (goal < 0 || goal >= size) return time;
  const { neighbours } = map;
  const inbound = inboundCosts(map);
  // 1: held by the enemy; 2: in its zone of control (a land hex next to it).
  const enemy = new Uint8Array(size);
  for (const hex of enemyHexes) if (hex >= 0 && hex < size) enemy[hex] = 1;
  for (const hex of enemyHexes) {
    if (hex < 0 || hex >= size) continue;
    for (let d = 0; d < 6; d++) {
      const n = neighbours[hex * 6 + d] as number;
      if (n >= 0 && enemy[n] === 0) enemy[n] = 2;
    }
  }
  enemy[goal] = 0;
  time[goal] = 0;
  (buckets[0] ??= []).push(goal);
  let top = 1;
  for (let c = 0; c < top; c++) {
    const list = buckets[c];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const hex = list[i] as number;
      if (time[hex] !== c) continue; // reached more cheaply since
      const delay = enemy[hex] === 2 ? ZOC_DELAY : 0;
      // Who can step into `hex` from a neighbour, and what that step costs the neighbour.
      for (let d = 0; d < 6; d++) {
        const step = inbound[hex * 6 + d] as number;
        if (step === NO_STEP) continue;
        const from = neighbours[hex * 6 + d] as number;
        if (enemy[from] === 1) continue;
        const cost = c + step + delay;
        const old = time[from] as number;
        if (old >= 0 && old <= cost) continue;
        time[from] = cost;
        (buckets[cost] ??= []).push(from);
        if (cost >= top) top = cost + 1;
      }
    }
    list.length = 0;
  }
  return time;
}

/** March time in steps across open country, with places it cannot reach far away (999). */
export function marchSteps(field: Int32Array, hex: HexId): number {
  const t = field[hex] ?? -1;
  return t < 0 ? 999 : t / OPEN_STEP;
}
