// Fires and air: pools spent and refilled, reach, fog-safe strike targets, strike losses,
// air defence, support and interdiction records, their expiry, and damage to supply sources.

import { produce } from "immer";
import { describe, expect, test } from "vitest";
import {
  playerView,
  SOURCE_DAMAGE_CAP,
  SOURCE_REPAIR_PER_TURN,
  SUPPORT_POWER_PER_FIRE_MISSION,
  SUPPORT_POWER_PER_SORTIE,
  type AntiAccessZone,
  type BoardState,
  type Side,
} from "../../../src/engine";
import { airDefenceCover, firesAtStartOfTurn, interdictionAgainst, mission, strikeTargets, supportAt } from "../../../src/engine/rules/fires";
import { unitOf } from "../../fixtures/grid";
import { FRONT, at, cmd, depot, edit, flown, fly, game, map, refusal, type Piece } from "../../fixtures/fires-game";

describe("pools", () => {
  test("a mission spends its amount from its side's pool of that asset and nothing else", () => {
    const { state } = fly(game(FRONT), cmd("red", "support", "air", at(4, 5), 5));
    expect(state.pools).toEqual({ red: { air: 15, fires: 20 }, blue: { air: 20, fires: 20 } });
  });

  test("a mission asking for more than is left is refused with mission/no-pool", () => {
    let state = game(FRONT);
    expect(refusal(state, cmd("red", "support", "air", at(4, 5), 21))).toBe("mission/no-pool");
    state = fly(state, cmd("red", "support", "air", at(4, 5), 15)).state;
    expect(refusal(state, cmd("red", "support", "air", at(4, 5), 6))).toBe("mission/no-pool");
    expect(refusal(state, cmd("red", "support", "air", at(4, 5), 5))).toBe("ok");
  });

  test("the pool refills to the side's settings at the start of its turn; unspent sorties are lost and the other side's pool waits", () => {
    let state = fly(game(FRONT), cmd("red", "support", "air", at(4, 5), 7)).state;
    state = produce(state, (d) => {
      d.pools.blue.fires = 3;
    });
    const start = firesAtStartOfTurn(state, "red", 2);
    expect(start.pools.red).toEqual({ air: 20, fires: 20 });
    expect(start.pools.blue).toEqual({ air: 20, fires: 3 });
  });
});

describe("amounts and hexes", () => {
  test.each([0, -2, 1.5, Number.NaN, Infinity])("an amount of %s is refused with mission/bad-amount", (amount) => {
    expect(refusal(game(FRONT), cmd("red", "support", "air", at(4, 5), amount))).toBe("mission/bad-amount");
  });

  test("an amount that is not a number is refused with mission/bad-amount", () => {
    const bad = { ...cmd("red", "support", "air", at(4, 5), 1), amount: "3" as unknown as number };
    expect(refusal(game(FRONT), bad)).toBe("mission/bad-amount");
  });

  test.each([-1, map.size, 2.5])("hex %s is refused with mission/off-map", (hex) => {
    expect(refusal(game(FRONT), cmd("red", "interdict", "air", hex, 1))).toBe("mission/off-map");
  });

  test("support and interdiction over water are refused with mission/not-land", () => {
    expect(refusal(game(FRONT), cmd("red", "support", "air", at(7, 9), 1))).toBe("mission/not-land");
    expect(refusal(game(FRONT), cmd("red", "interdict", "air", at(7, 9), 1))).toBe("mission/not-land");
  });
});

describe("reach", () => {
  const blueRockets: Piece[] = [{ id: "bh", side: "blue", template: "nato-rocket-bn", at: [1, 3] }, ...FRONT.filter((p) => p.side === "red")];

  test("fires reach as far as an artillery or rocket unit's template reach, and no further", () => {
    const state = game(blueRockets);
    expect(refusal(state, cmd("blue", "interdict", "fires", at(7, 3), 1))).toBe("ok");
    expect(refusal(state, cmd("blue", "interdict", "fires", at(8, 3), 1))).toBe("mission/out-of-reach");
  });

  test("air reaches anywhere on the map", () => {
    expect(refusal(game(blueRockets), cmd("blue", "interdict", "air", at(15, 11), 1))).toBe("ok");
  });

  test("a destroyed rocket unit reaches nothing, and a side without guns has no fires", () => {
    const state = edit(game(blueRockets), "bh", { condition: "destroyed", hex: -1 });
    expect(refusal(state, cmd("blue", "interdict", "fires", at(2, 3), 1))).toBe("mission/out-of-reach");
    expect(refusal(game(FRONT.filter((p) => p.id !== "rmrl")), cmd("red", "support", "fires", at(2, 5), 1))).toBe("mission/out-of-reach");
  });
});

describe("strike targets and fog", () => {
  const hidden: Piece[] = [
    { id: "r1", side: "red", at: [2, 5] },
    { id: "b1", side: "blue", at: [12, 5] },
  ];

  test("a strike on a hidden enemy is refused exactly as a strike on an empty hex", () => {
    const withEnemy = game(hidden);
    const empty = game([{ id: "r1", side: "red", at: [2, 5] }, { id: "b1", side: "blue", at: [12, 9] }]);
    const c = cmd("red", "strike", "air", at(12, 5), 4);
    const onHidden = mission.validate(map, withEnemy, c);
    expect(onHidden.ok).toBe(false);
    if (!onHidden.ok) expect(onHidden.code).toBe("mission/no-target");
    expect(onHidden).toEqual(mission.validate(map, empty, c));
    expect(onHidden).toEqual(mission.validate(map, playerView(withEnemy, "red"), c));
    expect(strikeTargets(map, withEnemy, "red")).toEqual([]);
  });

  test("a seen enemy can be struck, and the player's view agrees with the full state", () => {
    const state = game(FRONT);
    const c = cmd("red", "strike", "air", at(4, 5), 4);
    expect(mission.validate(map, state, c)).toEqual({ ok: true });
    expect(mission.validate(map, playerView(state, "red"), c)).toEqual({ ok: true });
    expect(strikeTargets(map, state, "red")).toEqual([at(4, 5)]);
  });

  test("a side cannot strike its own units or its own depot", () => {
    const state = game(FRONT, { sources: [depot("red", [3, 3])] });
    expect(refusal(state, cmd("red", "strike", "air", at(2, 5), 1))).toBe("mission/no-target");
    expect(refusal(state, cmd("red", "strike", "air", at(3, 3), 1))).toBe("mission/no-target");
  });
});

describe("strikes on units", () => {
  test("losses appear in the unit and the event, and the same seed gives the same result", () => {
    const c = cmd("red", "strike", "fires", at(4, 5), 10);
    const first = fly(game(FRONT, { seed: "same" }), c);
    const second = fly(game(FRONT, { seed: "same" }), c);
    expect(second.state).toEqual(first.state);
    expect(second.events).toEqual(first.events);
    const e = flown(first.events);
    expect(e.effectiveness).toBe(100);
    expect(e.losses?.personnel).toBeGreaterThan(0);
    const b1 = unitOf(first.state, "b1");
    expect(b1.personnel).toBe(650 - (e.losses?.personnel ?? 0));
    expect(b1.cohesion).toBeLessThan(100);
    expect(first.state.rng).not.toEqual(game(FRONT, { seed: "same" }).rng);
  });

  test("ten fire missions at full effectiveness take about 5 % of a unit on average", () => {
    let total = 0;
    const runs = 200;
    for (let i = 0; i < runs; i++) total += flown(fly(game(FRONT, { seed: `avg-${i}` }), cmd("red", "strike", "fires", at(4, 5), 10)).events).losses?.pct ?? 0;
    expect(total / runs).toBeGreaterThan(4.6);
    expect(total / runs).toBeLessThan(5.4);
  });

  test("every enemy unit in the hex is struck", () => {
    const state = game([...FRONT, { id: "b2", side: "blue", template: "nato-mech-bn", at: [4, 5] }]);
    const after = fly(state, cmd("red", "strike", "air", at(4, 5), 20)).state;
    expect(unitOf(after, "b1").personnel).toBeLessThan(650);
    expect(unitOf(after, "b2").personnel).toBeLessThan(1100);
  });

  test("a unit pushed past its breakpoint breaks, and one below the destroyed strength is destroyed", () => {
    const shaken = edit(game(FRONT), "b1", { cohesion: 31 });
    const broke = fly(shaken, cmd("red", "strike", "fires", at(4, 5), 20));
    expect(unitOf(broke.state, "b1").condition).toBe("broken");
    expect(broke.events).toContainEqual({ type: "unit-broken", unit: "b1", at: at(4, 5) });

    const remnant = edit(game(FRONT), "b1", { personnel: 98 });
    const gone = fly(remnant, cmd("red", "strike", "fires", at(4, 5), 20));
    expect(unitOf(gone.state, "b1")).toMatchObject({ condition: "destroyed", hex: -1 });
    expect(gone.events.some((e) => e.type === "unit-destroyed" && e.unit === "b1")).toBe(true);
  });
});

describe("air defence", () => {
  const sam: Piece = { id: "rsam", side: "red", template: "ru-sam-brigade", at: [8, 5] };
  const zone: AntiAccessZone = { side: "red", name: "Bubble", hex: at(10, 5), radius: 3, portPenalty: 50 };

  test("cover counts enemy air-defence units within their radius and enemy anti-access zones", () => {
    const state = game([sam, { id: "b1", side: "blue", at: [13, 5] }], { zones: [zone] });
    expect(airDefenceCover(map, state, "blue", at(2, 5))).toBe(3);
    expect(airDefenceCover(map, state, "blue", at(1, 5))).toBe(0);
    expect(airDefenceCover(map, state, "blue", at(8, 5))).toBe(7);
    expect(airDefenceCover(map, state, "red", at(8, 5))).toBe(0);
    expect(airDefenceCover(map, edit(state, "rsam", { condition: "destroyed", hex: -1 }), "blue", at(8, 5))).toBe(4);
  });

  test("air defence lowers effectiveness, more for air than for fires, and the effect with it", () => {
    const pieces: Piece[] = [sam, { id: "r1", side: "red", at: [6, 5] }, { id: "bh", side: "blue", template: "nato-rocket-bn", at: [1, 5] }, { id: "b1", side: "blue", at: [5, 5] }];
    const state = game(pieces);
    const air = fly(state, cmd("blue", "support", "air", at(5, 5), 5));
    const fires = fly(state, cmd("blue", "support", "fires", at(5, 5), 5));
    expect(flown(air.events).effectiveness).toBe(Math.round(10_000 / 145));
    expect(flown(fires.events).effectiveness).toBe(Math.round(10_000 / 115));
    expect(supportAt(air.state, "blue", at(5, 5))).toBe(Math.round((5 * SUPPORT_POWER_PER_SORTIE * 69) / 100));
    expect(supportAt(fires.state, "blue", at(5, 5))).toBe(Math.round((5 * SUPPORT_POWER_PER_FIRE_MISSION * 87) / 100));
  });

  test("a strike under air defence kills fewer than the same strike in the clear, on the same dice", () => {
    const target: Piece[] = [{ id: "r1", side: "red", at: [6, 5] }, { id: "b1", side: "blue", at: [5, 5] }];
    const clear = fly(game(target), cmd("blue", "strike", "air", at(6, 5), 20));
    const covered = fly(game([...target, sam]), cmd("blue", "strike", "air", at(6, 5), 20));
    expect(flown(covered.events).losses?.personnel ?? 0).toBeLessThan(flown(clear.events).losses?.personnel ?? 0);
  });
});

describe("support and interdiction", () => {
  test("support is recorded until the end of the other side's next turn and summed by supportAt", () => {
    let state = fly(game(FRONT), cmd("red", "support", "air", at(4, 5), 2)).state;
    expect(state.missions).toEqual([{ side: "red", kind: "support", hex: at(4, 5), effect: 2 * SUPPORT_POWER_PER_SORTIE, until: { turn: 1, side: "blue" } }]);
    state = fly(state, cmd("red", "support", "air", at(4, 5), 1)).state;
    state = fly(state, cmd("red", "support", "fires", at(4, 5), 1)).state;
    expect(state.missions).toHaveLength(1);
    expect(supportAt(state, "red", at(4, 5))).toBe(3 * SUPPORT_POWER_PER_SORTIE + SUPPORT_POWER_PER_FIRE_MISSION);
    expect(supportAt(state, "blue", at(4, 5))).toBe(0);
    expect(supportAt(state, "red", at(3, 5))).toBe(0);
  });

  test("interdiction records percent lost per sortie, capped, against the other side's supply", () => {
    let state = fly(game(FRONT), cmd("red", "interdict", "air", at(6, 5), 3)).state;
    expect(interdictionAgainst(state, "blue", at(6, 5))).toBe(15);
    state = fly(state, cmd("red", "interdict", "air", at(6, 5), 17)).state;
    expect(interdictionAgainst(state, "blue", at(6, 5))).toBe(70);
    expect(state.missions[0]?.effect).toBe(70);
    expect(interdictionAgainst(state, "red", at(6, 5))).toBe(0);
  });

  test("support and interdiction draw no dice", () => {
    const state = game(FRONT);
    expect(fly(state, cmd("red", "interdict", "air", at(6, 5), 3)).state.rng).toEqual(state.rng);
  });
});

describe("expiry", () => {
  const kept = (state: BoardState, side: Side, turn: number): number => firesAtStartOfTurn(state, side, turn).missions.length;

  test("red moving first: its mission holds through blue's turn and is gone when red starts the next", () => {
    const state = fly(game(FRONT), cmd("red", "support", "air", at(4, 5), 1)).state;
    expect(kept(state, "blue", 1)).toBe(1);
    expect(kept(state, "red", 2)).toBe(0);
  });

  test("blue moving second: its mission holds through red's next turn and is gone when blue starts the next", () => {
    const state = fly(game(FRONT), cmd("blue", "support", "air", at(2, 5), 1)).state;
    expect(state.missions[0]?.until).toEqual({ turn: 2, side: "red" });
    expect(kept(state, "red", 2)).toBe(1);
    expect(kept(state, "blue", 2)).toBe(0);
  });

  test("with blue first, red's mission of turn 1 holds until blue's turn 2", () => {
    const state = fly(game(FRONT, { order: ["blue", "red"] }), cmd("red", "support", "air", at(4, 5), 1)).state;
    expect(state.missions[0]?.until).toEqual({ turn: 2, side: "blue" });
    expect(kept(state, "blue", 2)).toBe(1);
    expect(kept(state, "red", 2)).toBe(0);
  });

  test("with nothing to drop or repair, the same missions and damage objects come back", () => {
    const state = fly(game(FRONT, { sources: [depot("blue", [14, 1])] }), cmd("red", "strike", "air", at(14, 1), 2)).state;
    const flownState = fly(state, cmd("red", "support", "air", at(4, 5), 1)).state;
    const start = firesAtStartOfTurn(flownState, "blue", 1);
    expect(start.missions).toBe(flownState.missions);
    expect(start.sourceDamage).not.toBe(flownState.sourceDamage);
    const onRed = firesAtStartOfTurn(flownState, "red", 1);
    expect(onRed.missions).toBe(flownState.missions);
    expect(onRed.sourceDamage).toBe(flownState.sourceDamage);
  });

  test("the turn defaults to the state's own", () => {
    const state = fly(game(FRONT), cmd("red", "support", "air", at(4, 5), 1)).state;
    expect(firesAtStartOfTurn(state, "blue").missions).toHaveLength(1);
    expect(firesAtStartOfTurn({ ...state, turn: 2 }, "red").missions).toHaveLength(0);
  });
});

describe("supply sources", () => {
  test("a strike on an enemy depot damages it, up to the cap, even where no unit sees it", () => {
    let state = game(FRONT, { sources: [depot("blue", [14, 1])] });
    state = fly(state, cmd("red", "strike", "air", at(14, 1), 6)).state;
    expect(state.sourceDamage).toEqual({ depot: 30 });
    state = fly(state, cmd("red", "strike", "air", at(14, 1), 14)).state;
    expect(state.sourceDamage).toEqual({ depot: SOURCE_DAMAGE_CAP });
  });

  test("damage recovers at the start of the owner's turns only, and leaves the record once repaired", () => {
    const state = produce(game(FRONT, { sources: [depot("blue", [14, 1])] }), (d) => {
      d.sourceDamage.depot = 15;
    });
    expect(firesAtStartOfTurn(state, "red", 2).sourceDamage).toEqual({ depot: 15 });
    const once = { ...state, sourceDamage: firesAtStartOfTurn(state, "blue", 1).sourceDamage };
    expect(once.sourceDamage).toEqual({ depot: 15 - SOURCE_REPAIR_PER_TURN });
    expect(firesAtStartOfTurn(once, "blue", 2).sourceDamage).toEqual({});
  });

  test("a strike on a hex with units and a depot divides its effort between them", () => {
    const state = game(FRONT, { sources: [depot("blue", [4, 5])] });
    const { state: after, events } = fly(state, cmd("red", "strike", "air", at(4, 5), 6));
    expect(after.sourceDamage).toEqual({ depot: 15 });
    expect(flown(events).losses?.personnel).toBeGreaterThan(0);
  });
});
