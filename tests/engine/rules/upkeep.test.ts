// Upkeep at the turn's edges: consumption by activity, recovery, resupply, the
// three-turn out-of-supply ladder, fuel, rallying and the supply-changed event.

import { describe, expect, test } from "vitest";
import {
  COHESION_RECOVERY,
  CONSUMPTION,
  FULL_STOCKS,
  LADDER,
  RALLY_COHESION,
  READINESS_RECOVERY,
  canAttackSupply,
  describeSupply,
  endOfTurn,
  ladderStep,
  startOfTurn,
  templateOf,
  type GameState,
  type Unit,
} from "../../../src/engine";
import { gridGame, gridMap, unitOf, type PieceSpec } from "../../fixtures/grid";
import { applyChanges, layRail, row, source, withSupply, withUnits } from "../../fixtures/supply";

const map = gridMap({ id: "upkeep-grid", cols: 30, rows: 12 });
layRail(map, row(2, 0, 25));

/** Blue units, with a blue railhead at [0, 2] unless `supplied` is false. */
function game(pieces: readonly PieceSpec[], supplied = true): GameState {
  const state = gridGame(map, pieces);
  return withSupply(state, { sources: supplied ? [source(map, "rh", "blue", [0, 2], 20)] : [] });
}

const change = (changes: [number, Partial<Unit>][], index: number): Partial<Unit> => changes.find(([i]) => i === index)?.[1] ?? {};

describe("end of turn: consumption", () => {
  const pieces: PieceSpec[] = [
    { id: "idle", side: "blue", at: [2, 2] },
    { id: "mover", side: "blue", at: [3, 2] },
    { id: "fighter", side: "blue", at: [4, 2] },
  ];
  const state = withUnits(game(pieces), { mover: { activity: "move" }, fighter: { activity: "combat", attacked: true } });

  test("units consume fuel and ammunition by what they did this turn", () => {
    const after = applyChanges(state, endOfTurn(map, state, "blue"));
    for (const [id, activity] of [["idle", "idle"], ["mover", "move"], ["fighter", "combat"]] as const) {
      expect(unitOf(after, id).fuel, id).toBe(FULL_STOCKS - CONSUMPTION[activity].fuel);
      expect(unitOf(after, id).ammo, id).toBe(FULL_STOCKS - CONSUMPTION[activity].ammo);
    }
  });

  test("logistics friction raises consumption (100 %: by 30 %, rounded)", () => {
    const rough = withSupply(state, { settings: { blue: { logisticsFriction: 100 } } });
    const after = applyChanges(rough, endOfTurn(map, rough, "blue"));
    expect(unitOf(after, "mover").fuel).toBe(FULL_STOCKS - 5);
    expect(unitOf(after, "fighter").ammo).toBe(FULL_STOCKS - 7);
  });

  test("stocks never fall below zero", () => {
    const low = withUnits(state, { fighter: { fuel: 1, ammo: 2, activity: "combat" } });
    const after = applyChanges(low, endOfTurn(map, low, "blue"));
    expect(unitOf(after, "fighter").fuel).toBe(0);
    expect(unitOf(after, "fighter").ammo).toBe(0);
  });

  test("activity and the attack flag reset; a unit that stood idle, full and rested is left unchanged", () => {
    const after = applyChanges(state, endOfTurn(map, state, "blue"));
    for (const u of after.units) {
      expect(u.activity).toBe("idle");
      expect(u.attacked).toBe(false);
    }
    const rested = withUnits(state, { mover: { activity: "idle" }, fighter: { activity: "idle", attacked: false } });
    expect(endOfTurn(map, rested, "blue")).toEqual([]);
  });

  test("only the side ending its turn is touched", () => {
    const all = { activity: "move" as const };
    const mixed = withUnits(game([...pieces, { id: "r1", side: "red", at: [20, 8] }]), { idle: all, mover: all, fighter: all, r1: all });
    const touched = endOfTurn(map, mixed, "blue").map(([i]) => mixed.units[i]?.side);
    expect(touched).toEqual(["blue", "blue", "blue"]);
  });
});

describe("end of turn: recovery", () => {
  const worn = { cohesion: 60, readiness: 70 };

  test("a supplied unit out of combat regains cohesion and readiness, up to 100", () => {
    const state = withUnits(game([{ id: "a", side: "blue", at: [2, 2] }, { id: "b", side: "blue", at: [3, 2] }]), { a: worn, b: { cohesion: 97, readiness: 99 } });
    const after = applyChanges(state, endOfTurn(map, state, "blue"));
    expect(unitOf(after, "a").cohesion).toBe(60 + COHESION_RECOVERY);
    expect(unitOf(after, "a").readiness).toBe(70 + READINESS_RECOVERY);
    expect(unitOf(after, "b").cohesion).toBe(100);
    expect(unitOf(after, "b").readiness).toBe(100);
  });

  test("a unit in combat this turn does not recover", () => {
    const state = withUnits(game([{ id: "a", side: "blue", at: [2, 2] }]), { a: { ...worn, activity: "combat" } });
    const after = applyChanges(state, endOfTurn(map, state, "blue"));
    expect(unitOf(after, "a").cohesion).toBe(60);
    expect(unitOf(after, "a").readiness).toBe(70);
  });
});

describe("start of turn", () => {
  test("a traced unit is resupplied towards full stocks, never past them", () => {
    const state = withUnits(game([{ id: "a", side: "blue", at: [2, 2] }]), { a: { fuel: 5, ammo: 28 } });
    const { changes } = startOfTurn(map, state, "blue");
    expect(unitOf(applyChanges(state, changes), "a")).toMatchObject({ fuel: FULL_STOCKS, ammo: FULL_STOCKS, unsupplied: 0 });
  });

  test("movement is restored to the template's allowance", () => {
    const state = withUnits(game([{ id: "a", side: "blue", at: [2, 2] }]), { a: { mp: 0 } });
    expect(change(startOfTurn(map, state, "blue").changes, 0).mp).toBe(templateOf("baltic-inf-bn").mp);
  });

  test("vehicles out of fuel move at a fifth; a foot unit walks on", () => {
    const pieces: PieceSpec[] = [
      { id: "wheels", side: "blue", at: [20, 9] },
      { id: "tracks", side: "blue", template: "nato-mech-bn", at: [21, 9] },
      { id: "feet", side: "blue", template: "us-airborne-coy", at: [22, 9] },
    ];
    const state = withUnits(game(pieces, false), { wheels: { fuel: 0 }, tracks: { fuel: 0 }, feet: { fuel: 0 } });
    const after = applyChanges(state, startOfTurn(map, state, "blue").changes);
    expect(unitOf(after, "wheels").mp).toBe(Math.floor(templateOf("baltic-inf-bn").mp / 5));
    expect(unitOf(after, "tracks").mp).toBe(Math.floor(templateOf("nato-mech-bn").mp / 5));
    expect(unitOf(after, "feet").mp).toBe(templateOf("us-airborne-coy").mp);
  });

  test("a broken unit whose cohesion is back to the rally level rallies, with an event", () => {
    const state = withUnits(game([{ id: "a", side: "blue", at: [2, 2] }, { id: "b", side: "blue", at: [3, 2] }]), {
      a: { condition: "broken", cohesion: RALLY_COHESION },
      b: { condition: "broken", cohesion: RALLY_COHESION - 1 },
    });
    const { changes, events } = startOfTurn(map, state, "blue");
    expect(change(changes, 0).condition).toBe("ready");
    expect(change(changes, 1).condition).toBeUndefined();
    expect(events).toEqual([{ type: "unit-rallied", unit: "a", at: unitOf(state, "a").hex }]);
  });

  test("destroyed units are left alone", () => {
    const state = withUnits(game([{ id: "a", side: "blue", at: [2, 2] }]), { a: { condition: "destroyed", hex: -1 } });
    expect(startOfTurn(map, state, "blue").changes).toEqual([]);
    expect(endOfTurn(map, state, "blue")).toEqual([]);
  });
});

describe("the out-of-supply ladder", () => {
  /** One full turn of `side` (start, then end) applied to the state. */
  function turn(state: GameState): { state: GameState; start: GameState } {
    const start = applyChanges(state, startOfTurn(map, state, "blue").changes);
    return { start, state: applyChanges(start, endOfTurn(map, start, "blue")) };
  }

  test("a unit out of supply follows the three-turn ladder: no recovery, then no attack, then half movement", () => {
    let state = withUnits(game([{ id: "a", side: "blue", at: [20, 9] }], false), { a: { cohesion: 50, readiness: 50 } });
    const full = templateOf("baltic-inf-bn").mp;

    const one = turn(state);
    const u1 = unitOf(one.start, "a");
    expect([u1.unsupplied, ladderStep(u1), canAttackSupply(u1), u1.mp]).toEqual([LADDER.noRecovery, "no-recovery", true, full]);
    expect(unitOf(one.state, "a").cohesion).toBe(50);
    expect(unitOf(one.state, "a").readiness).toBe(50);
    state = one.state;

    const two = turn(state);
    const u2 = unitOf(two.start, "a");
    expect([u2.unsupplied, ladderStep(u2), canAttackSupply(u2), u2.mp]).toEqual([LADDER.noAttack, "no-attack", false, full]);
    state = two.state;

    const three = turn(state);
    const u3 = unitOf(three.start, "a");
    expect([u3.unsupplied, ladderStep(u3), canAttackSupply(u3), u3.mp]).toEqual([LADDER.immobile, "immobile", false, Math.floor(full / 2)]);
    expect(describeSupply(u3)).toMatch(/^Out of supply for 3 turns or more: .*half speed\.$/);
  });

  test("a supplied unit is on no step of the ladder", () => {
    const u = unitOf(game([{ id: "a", side: "blue", at: [2, 2] }]), "a");
    expect(ladderStep(u)).toBe("supplied");
    expect(canAttackSupply(u)).toBe(true);
    expect(describeSupply(u)).toMatch(/^In supply/);
  });
});

describe("the supply-changed event", () => {
  const pieces: PieceSpec[] = [{ id: "near", side: "blue", at: [2, 2] }, { id: "far", side: "blue", at: [20, 9] }];

  test("lists units newly cut off and newly restored, once", () => {
    const state = withUnits(game(pieces), { near: { unsupplied: 2 } });
    const { events } = startOfTurn(map, state, "blue");
    expect(events).toEqual([{ type: "supply-changed", side: "blue", cut: ["far"], restored: ["near"] }]);
  });

  test("is left out when no unit's supply changed", () => {
    const state = withUnits(game(pieces), { far: { unsupplied: 1 } });
    expect(startOfTurn(map, state, "blue").events).toEqual([]);
  });

  test("the same state gives the same start of turn (determinism)", () => {
    const state = game(pieces);
    const copy = JSON.parse(JSON.stringify(state)) as GameState;
    expect(startOfTurn(map, copy, "blue")).toEqual(startOfTurn(map, state, "blue"));
  });
});
