// Invariants every reachable game state keeps, checked by the property tests after each step.

import { expect } from "vitest";
import { FULL_STOCKS, STACK_LIMIT, SIDES, isHex, isWater, mapOf, templateOf, type GameState } from "../../src/engine";
import { unitsOf } from "../fixtures/grid";

export function expectValidState(state: GameState): void {
  const map = mapOf(state);
  const units = unitsOf(state);
  const ids = units.map((u) => u.id);
  expect(new Set(ids).size, "unit ids are unique").toBe(ids.length);

  const stacks = new Map<string, number>();
  const sidesAt = new Map<number, Set<string>>();
  for (const u of units) {
    const t = templateOf(u.template);
    for (const key of ["personnel", "tanks", "ifvs", "artillery"] as const) {
      expect(Number.isInteger(u[key]) && u[key] >= 0 && u[key] <= t[key], `${u.id} has 0..${t[key]} ${key} (${u[key]})`).toBe(true);
    }
    for (const key of ["readiness", "cohesion"] as const) expect(u[key] >= 0 && u[key] <= 100, `${u.id} ${key} within 0..100`).toBe(true);
    for (const key of ["fuel", "ammo"] as const) expect(Number.isInteger(u[key]) && u[key] >= 0 && u[key] <= FULL_STOCKS, `${u.id} ${key} within stocks`).toBe(true);
    if (u.condition === "destroyed") {
      // Destroyed units stay in the roster, off the board.
      expect(u.hex, `${u.id} is destroyed and off the board`).toBe(-1);
      continue;
    }
    expect(isHex(map, u.hex) && !isWater(map, u.hex), `${u.id} stands on a land hex (${u.hex})`).toBe(true);
    const full = templateOf(u.template).mp;
    expect(Number.isInteger(u.mp) && u.mp >= 0 && u.mp <= full, `${u.id} has 0..${full} movement points (${u.mp})`).toBe(true);
    const key = `${u.side}@${u.hex}`;
    stacks.set(key, (stacks.get(key) ?? 0) + templateOf(u.template).stack);
    const here = sidesAt.get(u.hex) ?? new Set<string>();
    here.add(u.side);
    sidesAt.set(u.hex, here);
  }
  for (const [key, points] of stacks) expect(points, `stacking at ${key}`).toBeLessThanOrEqual(STACK_LIMIT);
  for (const [hex, sides] of sidesAt) expect(sides.size, `hex ${hex} holds one side only`).toBe(1);

  expect([...state.order].sort()).toEqual([...SIDES].sort());
  expect(state.order).toContain(state.active);
  expect(state.order.filter((s) => s === state.active)).toHaveLength(1);

  const objectiveHexes = state.objectives.map((o) => String(o.hex)).sort();
  expect(Object.keys(state.control).sort()).toEqual(objectiveHexes);
  for (const holder of Object.values(state.control)) expect(SIDES).toContain(holder);

  expect(Object.isFrozen(state)).toBe(true);
  expect(Object.isFrozen(state.units)).toBe(true);
  expect("viewer" in state).toBe(false);
}

/** What may only move forward from one state to the next. */
export function expectProgress(prev: GameState, next: GameState): void {
  expect(next.turn).toBeGreaterThanOrEqual(prev.turn);
  expect(next.hour).toBeGreaterThanOrEqual(prev.hour);
  if (prev.status.kind === "over") expect(next.status).toEqual(prev.status);
  expect(unitsOf(next).map((u) => u.id)).toEqual(unitsOf(prev).map((u) => u.id));
  expect(next.scenario).toBe(prev.scenario);
  expect(next.map).toBe(prev.map);
}
