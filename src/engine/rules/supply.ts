// Supply: the route from a side's sources to every hex (rail without limit, then trucks
// within a range), and what each source can deliver to the units that draw on it.

import { GAUGE, distance, isWater, terrainOf, type HexMap } from "../map";
import {
  FRICTION_THROUGHPUT,
  FULL_STOCKS,
  GAUGE_BREAK_DELAY,
  GAUGE_BREAK_LOSS,
  INTERDICTION_DELAY,
  INTERDICT_CAP,
  RANGE_DELIVERY_FLOOR,
  SUPPLY_OFFROAD_COST,
  SUPPLY_RAIL_COST,
  SUPPLY_RANGE,
  SUPPLY_RIVER_COST,
  SUPPLY_ROAD_COST,
  SUPPLY_SHORT_RANGE,
} from "../params";
import type { BoardState, HexId, Side, SupplySource } from "../types";

/** Route flags per hex: the route crosses an interdicted hex, or a gauge break. */
export const VIA_INTERDICTION = 1;
export const VIA_GAUGE_BREAK = 2;

/**
 * The supply route of one side to every hex, as typed arrays indexed by hex id: of the routes
 * the search keeps, the one that delivers most (deliveryShare), the cheapest among equals.
 * Shared from a cache: read it, never write it.
 */
export interface SupplyTrace {
  side: Side;
  /** Transit time of the route in tenths of an hour; -1 where supply cannot be traced. */
  cost: Int32Array;
  /** Index in `state.sources` of the source the route starts from; -1 where untraced. */
  source: Int32Array;
  /** Part of the truck range (SUPPLY_RANGE) the route uses; 0 on the rail net. */
  range: Int32Array;
  /** Percent of what is sent that is lost on the way (interdiction, gauge breaks). */
  loss: Uint8Array;
  /** VIA_* bits. */
  via: Uint8Array;
}

type Inputs = Pick<BoardState, "units" | "missions" | "sources" | "sourceDamage">;

// The last answer per side, kept with what it was computed from: states are immutable, so the
// same arrays mean the same answer (as detectedBy in visibility.ts). The AI asks often.
const lastTrace: Partial<Record<Side, { map: HexMap } & Inputs & { trace: SupplyTrace }>> = {};

// The figures the searches read per hex, copied once from where they are defined: read through
// a module binding they cost a call each on the command line (tsx's CommonJS interop).
const BROAD = GAUGE.broad;
const STANDARD = GAUGE.standard;
const RAIL_STEP = SUPPLY_RAIL_COST;
const BREAK_DELAY = GAUGE_BREAK_DELAY;
const BREAK_LOSS = GAUGE_BREAK_LOSS;
const CUT_DELAY = INTERDICTION_DELAY;
const TRUCK_RANGE = SUPPLY_RANGE;

const ENEMY_HELD = 2;
/** Set in the blocked array once the truck walk has settled a hex. */
const DONE = 4;
const RAIL_BROAD = 0;
const RAIL_STANDARD = 1;

/** A rail hex's gauges; one with none recorded carries the region's own 1,520 mm. */
function gaugeOf(map: HexMap, hex: HexId): number {
  return map.gauge[hex] || BROAD;
}
const layerBit = (layer: number): number => (layer === RAIL_BROAD ? BROAD : STANDARD);
const bitLayer = (gauges: number): number => (gauges & BROAD ? RAIL_BROAD : RAIL_STANDARD);

/**
 * Hexes supply cannot pass for `side` (1): enemy-held (2 as well), or in an enemy's zone of
 * control (a land hex next to it) with no unit of `side` in it.
 */
function blockedHexes(map: HexMap, state: Inputs, side: Side): Uint8Array {
  const friend = new Uint8Array(map.size);
  const blocked = new Uint8Array(map.size);
  const onBoard = (u: Inputs["units"][number]): boolean => u.hex >= 0 && u.hex < map.size && u.condition !== "destroyed";
  for (const u of state.units) {
    if (!onBoard(u)) continue;
    if (u.side === side) friend[u.hex] = 1;
    else blocked[u.hex] = ENEMY_HELD;
  }
  // Marked from the units, not by a scan of every hex: the answer is the same in any order.
  for (const u of state.units) {
    if (!onBoard(u) || u.side === side) continue;
    for (let d = 0; d < 6; d++) {
      const n = map.neighbours[u.hex * 6 + d] ?? -1;
      if (n >= 0 && !friend[n] && !blocked[n] && !isWater(map, n)) blocked[n] = 1;
    }
  }
  return blocked;
}

/** Percent of supply lost in each hex to the other side's interdict missions (summed, at most INTERDICT_CAP, as fires.ts caps it). */
function interdiction(map: HexMap, state: Inputs, side: Side): Uint8Array {
  const out = new Uint8Array(map.size);
  for (const m of state.missions) {
    if (m.kind !== "interdict" || m.side === side || m.hex < 0 || m.hex >= map.size) continue;
    out[m.hex] = Math.min(INTERDICT_CAP, (out[m.hex] ?? 0) + Math.max(0, Math.round(m.effect)));
  }
  return out;
}

const lose = (loss: number, more: number): number => 100 - Math.floor(((100 - loss) * (100 - more)) / 100);

/**
 * The supply route to every hex, in two searches. First the rail net: cheapest paths
 * (Dijkstra bucketed by time) from every source of `side` not held by the enemy, along rail at
 * any distance, paying a transshipment at each gauge break. Then the trucks: from every rail
 * hex reached (in the order reached, so the cheapest first) and from each source, the least
 * truck range to every hex within SUPPLY_RANGE; trucks never board a train again. Each hex is
 * settled once in each search, so the cost grows with the map, not with the routes through it.
 */
export function traceSupply(map: HexMap, state: Inputs, side: Side): SupplyTrace {
  const last = lastTrace[side];
  if (
    last &&
    last.map === map &&
    last.units === state.units &&
    last.missions === state.missions &&
    last.sources === state.sources &&
    last.sourceDamage === state.sourceDamage
  ) {
    return last.trace;
  }
  const trace = computeTrace(map, state, side);
  lastTrace[side] = { map, units: state.units, missions: state.missions, sources: state.sources, sourceDamage: state.sourceDamage, trace };
  return trace;
}

/**
 * A queue of integer keys bucketed by an integer priority, reused between searches. The
 * searches walk `lists` themselves, in priority order, keys pushed into the bucket being
 * walked included.
 */
class Buckets {
  lists: number[][] = [];
  top = 0;
  clear(): void {
    for (let i = 0; i < this.top; i++) {
      const l = this.lists[i];
      if (l) l.length = 0;
    }
    this.top = 0;
  }
  push(priority: number, key: number): void {
    (this.lists[priority] ??= []).push(key);
    if (priority >= this.top) this.top = priority + 1;
  }
}

const railQueue = new Buckets();
const truckQueue = new Buckets();

function computeTrace(map: HexMap, state: Inputs, side: Side): SupplyTrace {
  const size = map.size;
  if (!state.sources.some((s) => s.side === side)) return emptyTrace(side, size);
  const trace: SupplyTrace = {
    side,
    cost: new Int32Array(size).fill(-1),
    source: new Int32Array(size).fill(-1),
    range: new Int32Array(size).fill(-1),
    loss: new Uint8Array(size),
    via: new Uint8Array(size),
  };
  const blocked = blockedHexes(map, state, side);
  const cut = interdiction(map, state, side);
  const anyCut = state.missions.some((m) => m.kind === "interdict" && m.side !== side);
  const delay = (hex: HexId): number => Math.round(((cut[hex] ?? 0) * CUT_DELAY) / 100);

  // 1. The rail net: key = hex * 2 + layer. Scratch arrays are reused; touched keys are reset after.
  const { railCost, railLoss, railVia, railSrc, railDone, base } = scratchFor(size);
  const touched: number[] = [];
  const settled: number[] = [];
  railQueue.clear();
  const railPush = (key: number, cost: number, loss: number, via: number, src: number): void => {
    const old = railCost[key] ?? -1;
    if (old >= 0 && old <= cost) return;
    if (old < 0) touched.push(key);
    railCost[key] = cost;
    railLoss[key] = loss;
    railVia[key] = via;
    railSrc[key] = src;
    railQueue.push(cost, key);
  };
  state.sources.forEach((s, i) => {
    if (s.side !== side || s.hex < 0 || s.hex >= size || blocked[s.hex] === ENEMY_HELD || !map.rails[s.hex]) return;
    const d = delay(s.hex);
    const loss = cut[s.hex] ?? 0;
    const via = loss > 0 ? VIA_INTERDICTION : 0;
    const g = gaugeOf(map, s.hex);
    if (g & BROAD) railPush(s.hex * 2 + RAIL_BROAD, d, loss, via, i);
    if (g & STANDARD) railPush(s.hex * 2 + RAIL_STANDARD, d, loss, via, i);
  });
  const railLists = railQueue.lists;
  for (let c = 0; c < railQueue.top; c++) {
    const list = railLists[c];
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const key = list[k] as number;
      if (railDone[key] || railCost[key] !== c) continue;
      railDone[key] = 1;
      settled.push(key);
      const hex = key >> 1;
      const layer = key & 1;
      const loss = railLoss[key] ?? 0;
      const via = railVia[key] ?? 0;
      const src = railSrc[key] ?? -1;
      const other = layer === RAIL_BROAD ? RAIL_STANDARD : RAIL_BROAD;
      if (gaugeOf(map, hex) & layerBit(other)) railPush(hex * 2 + other, c + BREAK_DELAY, lose(loss, BREAK_LOSS), via | VIA_GAUGE_BREAK, src);
      const rails = map.rails[hex] ?? 0;
      for (let d = 0; d < 6; d++) {
        if (!(rails & (1 << d))) continue;
        const n = map.neighbours[hex * 6 + d] ?? -1;
        if (n < 0 || blocked[n]) continue;
        const more = cut[n] ?? 0;
        const cost = c + RAIL_STEP + delay(n);
        const nvia = more > 0 ? via | VIA_INTERDICTION : via;
        const ng = gaugeOf(map, n);
        if (ng & layerBit(layer)) railPush(n * 2 + layer, cost, lose(loss, more), nvia, src);
        // The edge leaves one gauge's network for the other: transship at the border.
        else railPush(n * 2 + bitLayer(ng), cost + BREAK_DELAY, lose(lose(loss, BREAK_LOSS), more), nvia | VIA_GAUGE_BREAK, src);
      }
    }
  }

  // 2. The trucks, by truck range used; the rail hexes seed it cheapest first.
  truckQueue.clear();
  const seed = (hex: HexId, off: number, cost: number, loss: number, via: number, src: number): void => {
    if (trace.range[hex] !== -1 && (trace.range[hex] ?? 0) <= off) return;
    trace.range[hex] = off;
    trace.cost[hex] = cost;
    trace.loss[hex] = loss;
    trace.via[hex] = via;
    trace.source[hex] = src;
    base[hex] = cost - off;
    truckQueue.push(off, hex);
  };
  for (const key of settled) {
    const hex = key >> 1;
    if (trace.range[hex] === 0) continue; // reached more cheaply on the other gauge
    seed(hex, 0, railCost[key] ?? 0, railLoss[key] ?? 0, railVia[key] ?? 0, railSrc[key] ?? -1);
  }
  state.sources.forEach((s, i) => {
    if (s.side !== side || s.hex < 0 || s.hex >= size || blocked[s.hex] === ENEMY_HELD) return;
    const d = delay(s.hex);
    const loss = cut[s.hex] ?? 0;
    seed(s.hex, d, d, loss, loss > 0 ? VIA_INTERDICTION : 0, i);
  });
  const edges = truckEdges(map);
  const { range, cost, loss: lossOf, via: viaOf, source } = trace;
  const limit = TRUCK_RANGE;
  // The walk is written out (no callbacks, each edge's neighbour and step from one table): it
  // visits every hex within truck range of the rail net, and ran at a third of this speed
  // through closures. A hex settled is marked DONE in `blocked`, which the walk reads anyway:
  // it skips a neighbour that is either.
  const lists = truckQueue.lists;
  for (let off = 0; off < truckQueue.top; off++) {
    const list = lists[off];
    if (!list) continue;
    for (let k = 0; k < list.length; k++) {
      const hex = list[k] as number;
      if ((blocked[hex] as number) & DONE || range[hex] !== off) continue;
      blocked[hex] = (blocked[hex] as number) | DONE;
      const loss = lossOf[hex] as number;
      const via = viaOf[hex] as number;
      const src = source[hex] as number;
      const from = base[hex] as number;
      for (let d = 0; d < 6; d++) {
        const edge = edges[hex * 6 + d] as number;
        if (edge < 0) continue;
        const n = edge >> 8;
        if (blocked[n]) continue;
        const more = anyCut ? (cut[n] as number) : 0;
        const noff = more > 0 ? off + (edge & 0xff) + delay(n) : off + (edge & 0xff);
        if (noff > limit) continue;
        const seen = range[n] as number;
        if (seen !== -1 && seen <= noff) continue;
        range[n] = noff;
        cost[n] = from + noff;
        lossOf[n] = more > 0 ? lose(loss, more) : loss;
        viaOf[n] = more > 0 ? via | VIA_INTERDICTION : via;
        source[n] = src;
        base[n] = from;
        truckQueue.push(noff, n);
      }
    }
  }
  for (const key of touched) {
    railCost[key] = -1;
    railDone[key] = 0;
  }
  return trace;
}

const empties = new Map<string, SupplyTrace>();

/** The trace of a side with no sources: nothing traced anywhere (shared, read-only). */
function emptyTrace(side: Side, size: number): SupplyTrace {
  const key = `${side}:${size}`;
  let t = empties.get(key);
  if (!t) {
    t = { side, cost: new Int32Array(size).fill(-1), source: new Int32Array(size).fill(-1), range: new Int32Array(size).fill(-1), loss: new Uint8Array(size), via: new Uint8Array(size) };
    empties.set(key, t);
  }
  return t;
}

interface Scratch {
  size: number;
  railCost: Int32Array;
  railLoss: Uint8Array;
  railVia: Uint8Array;
  railSrc: Int32Array;
  railDone: Uint8Array;
  base: Int32Array;
}

// Working arrays for computeTrace, kept between calls (allocating ~300 KB a trace showed in
// the profile). Every entry written is reset before the trace returns.
let scratch: Scratch | null = null;

function scratchFor(size: number): Scratch {
  if (scratch && scratch.size === size) return scratch;
  scratch = {
    size,
    railCost: new Int32Array(size * 2).fill(-1),
    railLoss: new Uint8Array(size * 2),
    railVia: new Uint8Array(size * 2),
    railSrc: new Int32Array(size * 2).fill(-1),
    railDone: new Uint8Array(size * 2),
    base: new Int32Array(size),
  };
  return scratch;
}

const edgeTables = new Map<HexMap, Int32Array>();

/**
 * The truck edges of every hex of a map, worked out once: per hex and direction, the
 * neighbour's id shifted left 8 bits with the truck step (truckStep, below 255) in the low
 * bits, or -1 where trucks cannot go (into water, off the map).
 */
function truckEdges(map: HexMap): Int32Array {
  let table = edgeTables.get(map);
  if (!table) {
    if (edgeTables.size >= 8) edgeTables.clear();
    table = new Int32Array(map.size * 6).fill(-1);
    for (let hex = 0; hex < map.size; hex++) {
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[hex * 6 + d] ?? -1;
        if (n >= 0 && !isWater(map, n)) table[hex * 6 + d] = (n << 8) | Math.min(254, truckStep(map, hex, d, n));
      }
    }
    edgeTables.set(map, table);
  }
  return table;
}

/** Truck time over one edge, in tenths of an hour. */
function truckStep(map: HexMap, from: HexId, dir: number, to: HexId): number {
  const bit = 1 << dir;
  const terrain = terrainOf(map, to);
  // Water never gets here (the search skips it); the guard only keeps the table to land.
  const offroad = terrain === "sea" || terrain === "lake" ? SUPPLY_RANGE + 1 : SUPPLY_OFFROAD_COST[terrain];
  const base = (map.roads[from] ?? 0) & bit ? SUPPLY_ROAD_COST : offroad;
  const unbridged = (map.rivers[from] ?? 0) & ~(map.bridges[from] ?? 0) & bit;
  return unbridged ? base + SUPPLY_RIVER_COST : base;
}

/**
 * "traced": supply reaches the hex; "short": it does, but past SUPPLY_SHORT_RANGE of the truck
 * range or through an interdicted hex; "out": it does not.
 */
export function supplyStatus(trace: SupplyTrace, hex: HexId): "traced" | "short" | "out" {
  const cost = hex >= 0 && hex < trace.cost.length ? (trace.cost[hex] ?? -1) : -1;
  if (cost < 0) return "out";
  if ((trace.range[hex] ?? 0) > SUPPLY_SHORT_RANGE || (trace.via[hex] ?? 0) & VIA_INTERDICTION) return "short";
  return "traced";
}

/**
 * What a source can send this turn, in tenths of a day: its throughput less strike damage,
 * logistics friction and, for a port, the strongest enemy anti-access zone over it.
 */
export function sourceCapacity(map: HexMap, state: Pick<BoardState, "sourceDamage" | "settings" | "zones">, source: SupplySource): number {
  const damage = clampPct(Object.hasOwn(state.sourceDamage, source.id) ? (state.sourceDamage[source.id] ?? 0) : 0);
  const friction = clampPct(Math.round(state.settings[source.side].logisticsFriction * FRICTION_THROUGHPUT));
  let penalty = 0;
  if (source.kind === "port") {
    for (const z of state.zones) {
      if (z.side !== source.side && distance(map, z.hex, source.hex) <= z.radius) penalty = Math.max(penalty, clampPct(z.portPenalty));
    }
  }
  const tenths = Math.max(0, Math.floor(source.throughput)) * 10;
  return Math.floor((tenths * (100 - damage) * (100 - friction) * (100 - penalty)) / 1_000_000);
}

const clampPct = (n: number): number => Math.min(100, Math.max(0, Math.round(n)));

/** Percent of what is sent that reaches a unit at this hex: the truck leg, then losses on the way. */
export function deliveryShare(trace: SupplyTrace, hex: HexId): number {
  if ((trace.cost[hex] ?? -1) < 0) return 0;
  return shareOf(trace.range[hex] ?? 0, trace.loss[hex] ?? 0);
}

function shareOf(range: number, loss: number): number {
  const leg = 100 - Math.floor((Math.min(SUPPLY_RANGE, range) * (100 - RANGE_DELIVERY_FLOOR)) / SUPPLY_RANGE);
  return Math.floor((leg * (100 - loss)) / 100);
}

export interface Delivery {
  fuel: number;
  ammo: number;
}

/**
 * Each traced unit's resupply this turn, by position in `state.units`, in tenths of a day.
 * A source's capacity is allotted to the units that trace to it, nearest first (roster order
 * on ties), each drawing what it needs to refill fuel and ammunition; a unit receives its
 * allotment times its delivery share, so losses on the way still use up the source.
 */
export function deliveries(map: HexMap, state: BoardState, side: Side): Map<number, Delivery> {
  const trace = traceSupply(map, state, side);
  const drawing: number[][] = state.sources.map(() => []);
  state.units.forEach((u, i) => {
    if (u.side !== side || u.condition === "destroyed" || u.hex < 0 || u.hex >= map.size) return;
    const src = trace.source[u.hex] ?? -1;
    if (src >= 0) drawing[src]?.push(i);
  });
  const out = new Map<number, Delivery>();
  state.sources.forEach((source, s) => {
    const users = drawing[s] ?? [];
    if (users.length === 0) return;
    users.sort((a, b) => costAt(trace, state, a) - costAt(trace, state, b) || a - b);
    let left = sourceCapacity(map, state, source);
    for (const i of users) {
      const u = state.units[i];
      if (!u || left <= 0) break;
      const fuelNeed = Math.max(0, FULL_STOCKS - u.fuel);
      const ammoNeed = Math.max(0, FULL_STOCKS - u.ammo);
      const need = fuelNeed + ammoNeed;
      if (need === 0) continue;
      const allot = Math.min(need, left);
      left -= allot;
      const got = Math.floor((allot * deliveryShare(trace, u.hex)) / 100);
      if (got <= 0) continue;
      const fuel = Math.floor((got * fuelNeed) / need);
      out.set(i, { fuel, ammo: got - fuel });
    }
  });
  return out;
}

function costAt(trace: SupplyTrace, state: Pick<BoardState, "units">, index: number): number {
  const hex = state.units[index]?.hex ?? -1;
  return hex >= 0 ? (trace.cost[hex] ?? 0) : 0;
}
