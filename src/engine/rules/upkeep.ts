// Upkeep at the turn's edges: units consume supply and rest at the end of their side's turn,
// and at the start of it are resupplied, climb or leave the out-of-supply ladder, and rally.

import { type HexMap } from "../map";
import { movementAllowance } from "../setup";
import { COHESION_RECOVERY, CONSUMPTION, FRICTION_CONSUMPTION, FULL_STOCKS, LADDER, RALLY_COHESION, READINESS_RECOVERY } from "../params";
import { templateOf } from "../templates";
import type { BoardState, GameEvent, Side, Unit, UnitId } from "../types";
import { deliveries, traceSupply } from "./supply";

type Changes = [number, Partial<Unit>][];

/** What upkeep may change in a unit. */
type Upkeep = Partial<Pick<Unit, "fuel" | "ammo" | "activity" | "attacked" | "cohesion" | "readiness" | "unsupplied" | "mp" | "condition">>;

const onBoard = (u: Unit, side: Side, map: HexMap): boolean => u.side === side && u.condition !== "destroyed" && u.hex >= 0 && u.hex < map.size;

/**
 * The end of `side`'s turn. Its units consume fuel and ammunition by what they did (raised by
 * logistics friction, never below 0); activity and the attack flag reset (digging in
 * needs no change: see entrenchment.ts). Recovery happens here too, not at the start of the next turn,
 * because only now is it known whether the unit fought since its last turn (attacked in the
 * enemy's turn, or attacking in its own): units that did not fight and traced supply this
 * turn (unsupplied below LADDER.noRecovery) regain cohesion and readiness.
 */
export function endOfTurn(map: HexMap, state: BoardState, side: Side): Changes {
  const raise = 100 + Math.round(state.settings[side].logisticsFriction * FRICTION_CONSUMPTION);
  const use = (n: number): number => Math.round((n * raise) / 100);
  const out: Changes = [];
  state.units.forEach((u, i) => {
    if (!onBoard(u, side, map)) return;
    const rate = CONSUMPTION[u.activity];
    const change: Upkeep = {
      fuel: Math.max(0, u.fuel - use(rate.fuel)),
      ammo: Math.max(0, u.ammo - use(rate.ammo)),
      activity: "idle",
      attacked: false,
    };
    if (u.activity !== "combat" && u.unsupplied < LADDER.noRecovery) {
      change.cohesion = Math.min(100, u.cohesion + COHESION_RECOVERY);
      change.readiness = Math.min(100, u.readiness + READINESS_RECOVERY);
    }
    const real = changed(u, change);
    if (real) out.push([i, real]);
  });
  return out;
}

/**
 * The start of `side`'s turn: trace supply; traced units leave the ladder and take their
 * delivery (deliveries in supply.ts), untraced ones climb it a step. Movement is restored to
 * the template's, halved on the ladder's last step (LADDER.immobile) and cut to a fifth for
 * vehicles with no fuel (foot units walk on). A broken unit whose cohesion is back to
 * RALLY_COHESION rallies. One supply-changed event lists units newly cut off and restored.
 */
export function startOfTurn(map: HexMap, state: BoardState, side: Side): { changes: Changes; events: GameEvent[] } {
  const trace = traceSupply(map, state, side);
  const sent = deliveries(map, state, side);
  const changes: Changes = [];
  const events: GameEvent[] = [];
  const cut: UnitId[] = [];
  const restored: UnitId[] = [];
  state.units.forEach((u, i) => {
    if (!onBoard(u, side, map)) return;
    const traced = (trace.cost[u.hex] ?? -1) >= 0;
    const got = sent.get(i);
    // The count stops at the ladder's last step: further turns change nothing.
    const unsupplied = traced ? 0 : Math.min(LADDER.immobile, u.unsupplied + 1);
    if (traced && u.unsupplied > 0) restored.push(u.id);
    if (!traced && u.unsupplied === 0) cut.push(u.id);
    const fuel = Math.min(FULL_STOCKS, u.fuel + (got?.fuel ?? 0));
    const ammo = Math.min(FULL_STOCKS, u.ammo + (got?.ammo ?? 0));
    const t = templateOf(u.template);
    let mp = movementAllowance(t.mp, state.settings[side].commandFriction, state.hour);
    if (unsupplied >= LADDER.immobile) mp = Math.min(mp, Math.floor(t.mp / 2));
    if (fuel === 0 && t.movement !== "foot") mp = Math.min(mp, Math.floor(t.mp / 5));
    const change: Upkeep = { unsupplied, fuel, ammo, mp };
    if (u.condition === "broken" && u.cohesion >= RALLY_COHESION) {
      change.condition = "ready";
      events.push({ type: "unit-rallied", unit: u.id, at: u.hex });
    }
    const real = changed(u, change);
    if (real) changes.push([i, real]);
  });
  if (cut.length > 0 || restored.length > 0) events.unshift({ type: "supply-changed", side, cut, restored });
  return { changes, events };
}

/**
 * The part of `change` that differs from `u`, or null: unchanged units keep their object.
 * Field by field rather than over Object.keys: reading and writing by a key held in a variable
 * was a generic look-up each, and upkeep does this for every unit at every turn's end.
 */
function changed(u: Unit, change: Upkeep): Partial<Unit> | null {
  let out: Partial<Unit> | null = null;
  if (change.fuel !== undefined && change.fuel !== u.fuel) (out ??= {}).fuel = change.fuel;
  if (change.ammo !== undefined && change.ammo !== u.ammo) (out ??= {}).ammo = change.ammo;
  if (change.activity !== undefined && change.activity !== u.activity) (out ??= {}).activity = change.activity;
  if (change.attacked !== undefined && change.attacked !== u.attacked) (out ??= {}).attacked = change.attacked;
  if (change.cohesion !== undefined && change.cohesion !== u.cohesion) (out ??= {}).cohesion = change.cohesion;
  if (change.readiness !== undefined && change.readiness !== u.readiness) (out ??= {}).readiness = change.readiness;
  if (change.unsupplied !== undefined && change.unsupplied !== u.unsupplied) (out ??= {}).unsupplied = change.unsupplied;
  if (change.mp !== undefined && change.mp !== u.mp) (out ??= {}).mp = change.mp;
  if (change.condition !== undefined && change.condition !== u.condition) (out ??= {}).condition = change.condition;
  return out;
}

/** Whether supply lets the unit attack: not from the ladder's second step (LADDER.noAttack). */
export function canAttackSupply(unit: Unit): boolean {
  return unit.unsupplied < LADDER.noAttack;
}

export type LadderStep = "supplied" | "no-recovery" | "no-attack" | "immobile";

/** Where the unit stands on the out-of-supply ladder, for the UI. */
export function ladderStep(unit: Unit): LadderStep {
  if (unit.unsupplied >= LADDER.immobile) return "immobile";
  if (unit.unsupplied >= LADDER.noAttack) return "no-attack";
  if (unit.unsupplied >= LADDER.noRecovery) return "no-recovery";
  return "supplied";
}

/** A sentence for the UI about a unit's supply. */
export function describeSupply(unit: Unit): string {
  const turns = unit.unsupplied === 1 ? "1 turn" : unit.unsupplied >= LADDER.immobile ? `${LADDER.immobile} turns or more` : `${unit.unsupplied} turns`;
  switch (ladderStep(unit)) {
    case "supplied":
      return `In supply; fuel ${days(unit.fuel)}, ammunition ${days(unit.ammo)}.`;
    case "no-recovery":
      return `Out of supply for ${turns}: it cannot recover cohesion or readiness.`;
    case "no-attack":
      return `Out of supply for ${turns}: it cannot recover or attack.`;
    case "immobile":
      return `Out of supply for ${turns}: it cannot recover or attack, and moves at half speed.`;
  }
}

const days = (tenths: number): string => `${(tenths / 10).toFixed(1)} days`;
