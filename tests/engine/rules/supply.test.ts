// Supply tracing and deliveries: rail without limit, trucks within a range, gauge breaks,
// enemies and their zones of control, interdiction, anti-access zones and friction.

import { describe, expect, test } from "vitest";
import {
  FULL_STOCKS,
  GAUGE_BREAK_DELAY,
  GAUGE_BREAK_LOSS,
  INTERDICTION_DELAY,
  SUPPLY_OFFROAD_COST,
  SUPPLY_RAIL_COST,
  SUPPLY_RANGE,
  VIA_GAUGE_BREAK,
  deliveries,
  deliveryShare,
  sourceCapacity,
  supplyStatus,
  traceSupply,
  type GameState,
  type HexMap,
} from "../../../src/engine";
import { cellId, gridGame, gridMap, type Cell, type PieceSpec } from "../../fixtures/grid";
import { interdict, layRail, row, source, withSupply, withUnits } from "../../fixtures/supply";

/** A 30 × 12 open map with a broad-gauge railway along row 2 from column 0 to 25. */
function railMap(id: string): HexMap {
  const map = gridMap({ id, cols: 30, rows: 12 });
  layRail(map, row(2, 0, 25));
  return map;
}

/** A game on `map` with a blue railhead at [0, 2] (throughput 10) and the given units. */
function railGame(map: HexMap, pieces: readonly PieceSpec[], throughput = 10): GameState {
  const state = gridGame(map, pieces);
  return withSupply(state, { sources: [source(map, "rh", "blue", [0, 2], throughput)] });
}

const at = (map: HexMap, cell: Cell): number => cellId(map.cols, cell);
const total = (sent: ReturnType<typeof deliveries>): number => [...sent.values()].reduce((sum, d) => sum + d.fuel + d.ammo, 0);
const empty = { fuel: 0, ammo: 0 };

describe("tracing", () => {
  const map = railMap("supply-rail");
  const state = railGame(map, [{ id: "b1", side: "blue", at: [25, 2] }]);
  const trace = traceSupply(map, state, "blue");

  test("supply runs the whole railway at rail cost, without a range limit", () => {
    expect(trace.cost[at(map, [25, 2])]).toBe(25 * SUPPLY_RAIL_COST);
    expect(trace.range[at(map, [25, 2])]).toBe(0);
    expect(supplyStatus(trace, at(map, [25, 2]))).toBe("traced");
  });

  test("off the railway supply goes only SUPPLY_RANGE by truck: five open hexes yes, six no", () => {
    expect(SUPPLY_OFFROAD_COST.open * 5).toBeLessThanOrEqual(SUPPLY_RANGE);
    expect(SUPPLY_OFFROAD_COST.open * 6).toBeGreaterThan(SUPPLY_RANGE);
    expect(trace.range[at(map, [12, 7])]).toBe(5 * SUPPLY_OFFROAD_COST.open);
    expect(supplyStatus(trace, at(map, [12, 7]))).toBe("short");
    expect(trace.cost[at(map, [12, 8])]).toBe(-1);
    expect(supplyStatus(trace, at(map, [12, 8]))).toBe("out");
  });

  test("each traced hex names the source it draws on; the other side traces nothing without sources", () => {
    expect(trace.source[at(map, [25, 2])]).toBe(0);
    expect(traceSupply(map, state, "red").cost.every((c) => c === -1)).toBe(true);
  });

  test("the same state gives the cached answer; an equal copy gives an equal one (determinism)", () => {
    expect(traceSupply(map, state, "blue")).toBe(trace);
    const copy = JSON.parse(JSON.stringify(state)) as GameState;
    const again = traceSupply(map, copy, "blue");
    expect(again).not.toBe(trace);
    expect(Array.from(again.cost)).toEqual(Array.from(trace.cost));
    expect(Array.from(again.source)).toEqual(Array.from(trace.source));
    expect([...deliveries(map, withUnits(copy, { b1: empty }), "blue")]).toEqual([...deliveries(map, withUnits(state, { b1: empty }), "blue")]);
  });
});

describe("the 1,520/1,435 mm gauge break", () => {
  const plain = railMap("supply-gauge-none");
  // Standard gauge to a transshipment yard at column 10 that carries both, broad gauge beyond.
  const yard = gridMap({ id: "supply-gauge-yard", cols: 30, rows: 12 });
  layRail(yard, row(2, 0, 10), "standard");
  layRail(yard, row(2, 10, 25), "broad");
  // Standard gauge meets broad gauge at a border edge with no dual-gauge hex.
  const border = gridMap({ id: "supply-gauge-border", cols: 30, rows: 12 });
  layRail(border, row(2, 0, 9), "standard");
  layRail(border, row(2, 10, 25), "broad");
  layRail(border, [[9, 2], [10, 2]], null);

  const unit: PieceSpec[] = [{ id: "b1", side: "blue", at: [20, 2] }];
  const far = (map: HexMap) => at(map, [20, 2]);

  test("supply across the 1,520/1,435 mm gauge break is slower: same rail distance, one transshipment more", () => {
    const base = traceSupply(plain, railGame(plain, unit), "blue").cost[far(plain)] ?? -1;
    expect(base).toBe(20 * SUPPLY_RAIL_COST);
    for (const map of [yard, border]) {
      const trace = traceSupply(map, railGame(map, unit), "blue");
      expect(trace.cost[far(map)]).toBe(base + GAUGE_BREAK_DELAY);
      expect(trace.loss[far(map)]).toBe(GAUGE_BREAK_LOSS);
      expect((trace.via[far(map)] ?? 0) & VIA_GAUGE_BREAK).toBe(VIA_GAUGE_BREAK);
    }
  });

  test("supply across the gauge break delivers less to the same unit", () => {
    const got = (map: HexMap) => total(deliveries(map, withUnits(railGame(map, unit), { b1: empty }), "blue"));
    expect(got(plain)).toBe(2 * FULL_STOCKS);
    expect(got(yard)).toBe(Math.floor((2 * FULL_STOCKS * (100 - GAUGE_BREAK_LOSS)) / 100));
    expect(got(yard)).toBeLessThan(got(plain));
  });
});

describe("what cuts the trace", () => {
  const map = railMap("supply-cut");
  const blue: PieceSpec = { id: "b1", side: "blue", at: [20, 2] };
  const far = at(map, [20, 2]);
  const enemyAt: Cell = [10, 1];
  const zocOnRail = [0, 1, 2, 3, 4, 5]
    .map((d) => map.neighbours[at(map, enemyAt) * 6 + d] ?? -1)
    .filter((n) => n >= 0 && Math.floor(n / map.cols) === 2);
  const cellOf = (id: number): Cell => [id % map.cols, Math.floor(id / map.cols)];

  test("an enemy unit on the railway cuts supply beyond it", () => {
    const state = railGame(map, [blue, { id: "r1", side: "red", at: [10, 2] }]);
    expect(traceSupply(map, state, "blue").cost[far]).toBe(-1);
  });

  test("an enemy's zone of control over the railway cuts it", () => {
    expect(zocOnRail).toHaveLength(2);
    const state = railGame(map, [blue, { id: "r1", side: "red", at: enemyAt }]);
    expect(traceSupply(map, state, "blue").cost[far]).toBe(-1);
  });

  test("friendly units standing in the zone of control keep the railway open", () => {
    const guards = zocOnRail.map((hex, i): PieceSpec => ({ id: `g${i}`, side: "blue", at: cellOf(hex) }));
    const state = railGame(map, [blue, ...guards, { id: "r1", side: "red", at: enemyAt }]);
    expect(traceSupply(map, state, "blue").cost[far]).toBe(20 * SUPPLY_RAIL_COST);
  });

  test("a source held by the enemy supplies nothing", () => {
    const state = railGame(map, [blue, { id: "r1", side: "red", at: [0, 2] }]);
    expect(traceSupply(map, state, "blue").cost.every((c) => c === -1)).toBe(true);
  });

  test("a destroyed enemy unit blocks nothing", () => {
    const state = withUnits(railGame(map, [blue, { id: "r1", side: "red", at: [10, 2] }]), { r1: { condition: "destroyed", hex: -1 } });
    expect(traceSupply(map, state, "blue").cost[far]).toBe(20 * SUPPLY_RAIL_COST);
  });
});

describe("interdiction", () => {
  const map = railMap("supply-interdict");
  const base = railGame(map, [{ id: "b1", side: "blue", at: [20, 2] }]);
  const far = at(map, [20, 2]);

  test("an enemy interdict mission on the route raises its cost and loses its effect in percent", () => {
    const state = withSupply(base, { missions: [interdict(map, "red", [5, 2], 50)] });
    const trace = traceSupply(map, state, "blue");
    expect(trace.cost[far]).toBe(20 * SUPPLY_RAIL_COST + INTERDICTION_DELAY / 2);
    expect(trace.loss[far]).toBe(50);
    expect(supplyStatus(trace, far)).toBe("short");
    expect(total(deliveries(map, withUnits(state, { b1: empty }), "blue"))).toBe(FULL_STOCKS);
  });

  test("a side's own interdict missions do not hinder its supply", () => {
    const state = withSupply(base, { missions: [interdict(map, "blue", [5, 2], 50)] });
    expect(traceSupply(map, state, "blue").cost[far]).toBe(20 * SUPPLY_RAIL_COST);
  });
});

describe("deliveries", () => {
  const map = railMap("supply-deliveries");

  test("a unit at the truck range limit receives half of what it draws", () => {
    const state = withUnits(railGame(map, [{ id: "b1", side: "blue", at: [12, 7] }]), { b1: empty });
    const trace = traceSupply(map, state, "blue");
    expect(trace.range[at(map, [12, 7])]).toBe(SUPPLY_RANGE);
    expect(deliveryShare(trace, at(map, [12, 7]))).toBe(50);
    expect(total(deliveries(map, state, "blue"))).toBe(FULL_STOCKS);
  });

  test("deliveries never exceed a source's throughput, and the nearest unit is served first", () => {
    for (const throughput of [0, 1, 2, 5, 9, 13, 40]) {
      const pieces: PieceSpec[] = [3, 6, 0, 9, 12].map((col, i) => ({ id: `b${i}`, side: "blue", at: [col, 2] }));
      const state = withUnits(railGame(map, pieces, throughput), { b0: empty, b1: empty, b2: empty, b3: empty, b4: { fuel: 25, ammo: 10 } });
      const sent = deliveries(map, state, "blue");
      expect(total(sent), `throughput ${throughput}`).toBeLessThanOrEqual(throughput * 10);
      for (const d of sent.values()) expect(Number.isInteger(d.fuel) && Number.isInteger(d.ammo) && d.fuel >= 0 && d.ammo >= 0).toBe(true);
      if (throughput === 2) expect([...sent.keys()]).toEqual([2]); // b2 stands on the railhead
    }
  });

  test("a unit is sent what refills fuel and ammunition to full, no more", () => {
    const state = withUnits(railGame(map, [{ id: "b1", side: "blue", at: [4, 2] }]), { b1: { fuel: 20, ammo: 26 } });
    expect(deliveries(map, state, "blue").get(0)).toEqual({ fuel: 10, ammo: 4 });
  });

  test("logistics friction cuts what a source delivers", () => {
    const pieces: PieceSpec[] = [{ id: "b1", side: "blue", at: [2, 2] }, { id: "b2", side: "blue", at: [3, 2] }];
    const state = withUnits(railGame(map, pieces, 10), { b1: empty, b2: empty });
    const frictioned = withSupply(state, { settings: { blue: { logisticsFriction: 100 } } });
    expect(total(deliveries(map, state, "blue"))).toBe(100);
    expect(total(deliveries(map, frictioned, "blue"))).toBe(50);
  });

  test("strike damage to a source cuts its capacity", () => {
    const state = withSupply(railGame(map, []), { sourceDamage: { rh: 40 } });
    expect(sourceCapacity(map, state, state.sources[0] ?? source(map, "x", "blue", [0, 0], 0))).toBe(60);
  });
});

describe("anti-access zones", () => {
  const map = gridMap({ id: "supply-a2ad", cols: 30, rows: 12 });
  const port = source(map, "port", "blue", [3, 3], 10, "port");
  const depot = source(map, "depot", "blue", [3, 9], 10, "depot");
  const zone = { side: "red" as const, name: "Kaliningrad", hex: at(map, [0, 3]), radius: 10, portPenalty: 60 };
  const base = withSupply(gridGame(map, [{ id: "b1", side: "blue", at: [3, 3] }]), { sources: [port, depot] });

  test("an enemy A2/AD zone cuts a port's delivery, not a depot's", () => {
    const state = withUnits(withSupply(base, { zones: [zone] }), { b1: empty });
    expect(sourceCapacity(map, state, port)).toBe(40);
    expect(sourceCapacity(map, state, depot)).toBe(100);
    expect(total(deliveries(map, state, "blue"))).toBe(40);
    expect(total(deliveries(map, withUnits(base, { b1: empty }), "blue"))).toBe(2 * FULL_STOCKS);
  });

  test("a zone of the port's own side, or one that does not reach it, costs nothing", () => {
    expect(sourceCapacity(map, withSupply(base, { zones: [{ ...zone, side: "blue" }] }), port)).toBe(100);
    expect(sourceCapacity(map, withSupply(base, { zones: [{ ...zone, radius: 2 }] }), port)).toBe(100);
  });
});
