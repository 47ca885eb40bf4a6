// The attack command: who may attack what, the engagement it makes on the board, and what
// the result does to the units — losses, breaking, retreat or surrender, advance after combat.

import { isDay } from "../clock";
import { OK, reject, type Handler } from "../handler";
import { directionTo, distance, isHex, isWater, mapOf, terrainOf, type HexMap } from "../map";
import { enemyIn, occupancy, sidePointsIn, unitIndex, unitById, withUnitChanges } from "../occupancy";
import { COHESION_DEFEAT, FORTIFIED_AFTER, LADDER, PREPARED_AFTER, RANGED_LOSS, READINESS_COMBAT_LOSS, STACK_LIMIT } from "../params";
import { draw } from "../rng";
import { attackReachOf, isRangedTemplate, templateOf } from "../templates";
import type { BoardState, Command, GameEvent, HexId, Losses, Posture, Side, Unit, Validation } from "../types";
import { COMBAT_DICE, attackerPower, defenderPower, rollCombat, setupCombat, successChance, type Engagement, type Force } from "./combat";
import { distribution, lossSamples, percentileOf, type CombatPreview } from "./combat-preview";
import { afterLosses, afterRout, sumLosses, unitLosses } from "./losses";
import { supportAt } from "./fires";
import { canSee, detectedBy } from "./visibility";
import { dugIn, turnsEnded } from "./entrenchment";
import { suddenDeath } from "./victory";

export type AttackCommand = Extract<Command, { type: "attack" }>;

/** Most units one attack may combine (six hexes around, two brigades a hex, plus guns). */
export const MAX_ATTACKERS = 16;

/** The posture a unit defends in: chosen stance, or how long it has dug in. */
export function postureOf(state: Pick<BoardState, "turn" | "order" | "active">, unit: Unit): Posture {
  if (unit.stance === "delay") return "delay";
  if (unit.stance === "withdraw") return "withdrawal";
  const dug = dugIn(state, unit);
  if (dug >= FORTIFIED_AFTER) return "fortified";
  if (dug >= PREPARED_AFTER) return "prepared";
  return "hasty";
}

const isRanged = (u: Unit): boolean => isRangedTemplate(templateOf(u.template));

function crossing(map: HexMap, from: HexId, to: HexId): Force["crossing"] {
  const dir = directionTo(map, from, to);
  if (dir < 0) return "none";
  const bit = 1 << dir;
  if (!((map.rivers[from] ?? 0) & bit)) return "none";
  return (map.bridges[from] ?? 0) & bit ? "bridged" : "unbridged";
}

export function forceOf(unit: Unit, extra: Pick<Force, "ranged" | "crossing" | "posture">): Force {
  const t = templateOf(unit.template);
  return {
    personnel: unit.personnel,
    tanks: unit.tanks,
    ifvs: unit.ifvs,
    artillery: unit.artillery,
    quality: t.quality,
    readiness: unit.readiness,
    cohesion: unit.cohesion,
    broken: unit.condition === "broken",
    ammo: unit.ammo,
    ...extra,
  };
}

/** Surprise left to `side` this turn: full on turn 1, fading evenly to none after its last surprise turn. */
export function surpriseOf(state: BoardState, side: Side): number {
  const turns = state.settings[side].surpriseTurns;
  if (turns <= 0 || state.turn > turns) return 0;
  return (turns - state.turn + 1) / turns;
}

interface Sides {
  attackers: Unit[];
  defenders: Unit[];
}

/** Checks an attack against what the attacking side can see. */
function check(map: HexMap, state: BoardState, cmd: AttackCommand): Validation | Sides {
  if (!Array.isArray(cmd.units) || cmd.units.length === 0) return reject("attack/no-units", "An attack needs at least one unit.");
  if (cmd.units.length > MAX_ATTACKERS) return reject("attack/too-many", `An attack may combine at most ${MAX_ATTACKERS} units.`);
  if (new Set(cmd.units).size !== cmd.units.length) return reject("attack/duplicate", "An attack names the same unit twice.");
  if (typeof cmd.target !== "number" || !isHex(map, cmd.target) || isWater(map, cmd.target)) {
    return reject("attack/no-target", "The target is not a land hex on this map.");
  }
  const attackers: Unit[] = [];
  for (const id of cmd.units) {
    const unit = typeof id === "string" ? unitById(state, id) : undefined;
    if (!unit || (unit.side !== cmd.side && !canSee(map, state, cmd.side, unit))) return reject("unit/unknown", `There is no unit "${String(id)}".`);
    if (unit.side !== cmd.side) return reject("unit/not-yours", `${unit.name} belongs to ${unit.side}, not ${cmd.side}.`);
    if (unit.hex < 0) return reject("attack/destroyed", `${unit.name} no longer exists.`);
    if (unit.attacked) return reject("attack/already", `${unit.name} has already attacked this turn.`);
    if (unit.condition === "broken") return reject("attack/broken", `${unit.name} is broken and cannot attack until it rallies.`);
    if (unit.mp <= 0) return reject("attack/no-time", `${unit.name} has no time left this turn to attack.`);
    if (unit.unsupplied >= LADDER.noAttack) return reject("attack/no-supply", `${unit.name} has been out of supply for ${unit.unsupplied} turns and cannot attack.`);
    if (unit.ammo <= 0) return reject("attack/no-ammo", `${unit.name} has no ammunition left to attack with.`);
    const d = distance(map, unit.hex, cmd.target);
    const reach = attackReachOf(templateOf(unit.template));
    if (d < 1 || d > reach) {
      return reject("attack/out-of-reach", reach > 1 ? `${unit.name} reaches ${reach} hexes; the target is ${d} away.` : `${unit.name} is not next to the target.`);
    }
    attackers.push(unit);
  }
  if (attackers.every(isRanged)) return reject("attack/guns-only", "Guns alone cannot take ground: add a unit next to the target, or fly a fire mission.");
  const occ = occupancy(state, map.size);
  const first = enemyIn(occ, cmd.target, cmd.side, (u) => canSee(map, state, cmd.side, u));
  if (!first) return reject("attack/no-target", "There is no enemy the side can see in the target hex.");
  const defenders = state.units.filter((u) => u.hex === cmd.target && u.side !== cmd.side);
  return { attackers, defenders };
}

/** The engagement an attack makes on this board. */
export function engagementOf(map: HexMap, state: BoardState, side: Side, target: HexId, sides: Sides): Engagement {
  const other: Side = side === "red" ? "blue" : "red";
  return {
    attackers: sides.attackers.map((u) =>
      forceOf(u, { ranged: isRanged(u), crossing: isRanged(u) ? "none" : crossing(map, u.hex, target), posture: "hasty" }),
    ),
    defenders: sides.defenders.map((u) => forceOf(u, { ranged: false, crossing: "none", posture: postureOf(state, u) })),
    terrain: terrainOf(map, target),
    night: !isDay(state.hour),
    surprise: surpriseOf(state, side),
    friction: { attacker: state.settings[side].commandFriction / 100, defender: state.settings[other].commandFriction / 100 },
    support: { attacker: supportAt(state, side, target), defender: supportAt(state, other, target) },
  };
}

/**
 * The outcome distribution of an attack as the attacking side can know it (pass its player
 * view): success chance, loss ranges and every modifier. A rejection if the attack is not legal.
 */
export function previewCombat(state: BoardState, cmd: AttackCommand): { ok: true; preview: CombatPreview } | ({ ok: false } & { code: string; message: string }) {
  const map = mapOf(state);
  const sides = check(map, state, cmd);
  if ("ok" in sides) return sides.ok ? { ok: false, code: "attack/invalid", message: "The attack is not possible." } : sides;
  return { ok: true, preview: distribution(engagementOf(map, state, cmd.side, cmd.target, sides)).preview };
}

/**
 * The chance that an attack carries its target, as the attacking side can know it (pass its
 * player view): the combat-power ratio of the preview without its loss distribution, for
 * ranking many attacks quickly (the AI). Null if the attack is not legal.
 */
export function attackOdds(state: BoardState, cmd: AttackCommand): number | null {
  const map = mapOf(state);
  const sides = check(map, state, cmd);
  if ("ok" in sides) return null;
  const e = engagementOf(map, state, cmd.side, cmd.target, sides);
  const defence = defenderPower(e).power;
  return defence <= 0 ? 1 : successChance(attackerPower(e).power / defence);
}

/** Where a beaten unit can fall back to: away from the attackers, not into the enemy. */
function retreatHex(map: HexMap, state: BoardState, unit: Unit, attackers: readonly Unit[], taken: Map<HexId, number>): HexId {
  const occ = occupancy(state, map.size);
  let best = -1;
  let bestScore = -Infinity;
  for (let d = 0; d < 6; d++) {
    const n = map.neighbours[unit.hex * 6 + d] ?? -1;
    if (n < 0 || isWater(map, n) || enemyIn(occ, n, unit.side, (e) => e.hex >= 0)) continue;
    const friendly = sidePointsIn(occ, n, unit.side, unit.id, (u) => templateOf(u.template).stack) + (taken.get(n) ?? 0);
    if (friendly + templateOf(unit.template).stack > STACK_LIMIT) continue;
    let inZoc = false;
    for (let k = 0; k < 6 && !inZoc; k++) {
      const m = map.neighbours[n * 6 + k] ?? -1;
      if (m >= 0 && m !== unit.hex && enemyIn(occ, m, unit.side)) inZoc = true;
    }
    if (inZoc && friendly === 0) continue; // a zone of control is closed unless friends hold the hex
    let score = friendly > 0 ? 0.5 : 0;
    for (const a of attackers) score += distance(map, n, a.hex);
    if (score > bestScore) {
      bestScore = score;
      best = n;
    }
  }
  return best;
}

// apply() validates a command and then resolves it, on the same state and command: the
// second check is the first one's answer.
let lastCheck: { state: BoardState; cmd: AttackCommand; sides: Validation | Sides } | null = null;

function checkOnce(map: HexMap, state: BoardState, cmd: AttackCommand): Validation | Sides {
  if (lastCheck && lastCheck.state === state && lastCheck.cmd === cmd) return lastCheck.sides;
  const sides = check(map, state, cmd);
  lastCheck = { state, cmd, sides };
  return sides;
}

export const attack: Handler<AttackCommand> = {
  validate(map, state, cmd) {
    const sides = checkOnce(map, state, cmd);
    return "ok" in sides ? sides : OK;
  },
  resolve(map, state, cmd) {
    const sides = checkOnce(map, state, cmd);
    if ("ok" in sides) throw new Error("resolving an attack that does not validate");
    const { attackers, defenders } = sides;
    const e = engagementOf(map, state, cmd.side, cmd.target, sides);
    const setup = setupCombat(e);
    const samples = lossSamples(e, setup);
    const { values: dice, next: rng } = draw(state.rng, COMBAT_DICE);
    const roll = rollCombat(setup, dice);
    const roundA = dice[7] ?? 0.5;
    const roundD = dice[8] ?? 0.5;

    const changes = new Map<number, Partial<Unit>>();
    // Dupuy: combat power declines with each day in action.
    const tired = (u: Unit): number => Math.max(0, u.readiness - READINESS_COMBAT_LOSS);
    const events: GameEvent[] = [];
    const change = (u: Unit, c: Partial<Unit>): void => {
      const i = unitIndex(state, u.id);
      changes.set(i, { ...changes.get(i), ...c });
    };

    const aLosses: Losses[] = [];
    const survivors: Unit[] = [];
    attackers.forEach((u, i) => {
      const l = unitLosses(u, roll.attackerRate * ((e.attackers[i]?.ranged ?? false) ? RANGED_LOSS : 1), roundA);
      aLosses.push(l);
      const after = afterLosses(u, l, roll.success ? 0 : COHESION_DEFEAT);
      change(u, { ...after.change, attacked: true, activity: "combat", mp: 0, readiness: tired(u) });
      if (after.destroyed) events.push({ type: "unit-destroyed", unit: u.id, at: u.hex, reason: "destroyed attacking" });
      else if (after.broke) events.push({ type: "unit-broken", unit: u.id, at: u.hex });
      if (!after.destroyed && after.change.condition !== "broken" && u.condition !== "broken") survivors.push(u);
    });

    const dLosses: Losses[] = [];
    let result: "held" | "retreated" | "routed" = "held";
    const taken = new Map<HexId, number>();
    let hexEmpty = true;
    for (const u of defenders) {
      let l = unitLosses(u, roll.defenderRate, roundD);
      let after = afterLosses(u, l, roll.success ? COHESION_DEFEAT : 0);
      const routed = !after.destroyed && (roll.rout || after.change.condition === "broken");
      if (routed) {
        ({ losses: l, after } = afterRout(u, l, roll.success ? COHESION_DEFEAT : 0, roundD));
        result = "routed";
      }
      const mustGo = !after.destroyed && (roll.success || routed);
      dLosses.push(l);
      if (after.destroyed) {
        events.push({ type: "unit-destroyed", unit: u.id, at: u.hex, reason: "destroyed defending" });
        result = "routed";
        change(u, { ...after.change, activity: "combat", readiness: tired(u) });
        continue;
      }
      if (after.broke) events.push({ type: "unit-broken", unit: u.id, at: u.hex });
      if (!mustGo) {
        hexEmpty = false;
        change(u, { ...after.change, activity: "combat", readiness: tired(u) });
        continue;
      }
      const to = retreatHex(map, state, u, attackers, taken);
      if (to < 0) {
        events.push({ type: "unit-destroyed", unit: u.id, at: u.hex, reason: "surrendered with no way to retreat" });
        change(u, { ...after.change, condition: "destroyed", hex: -1, mp: 0, activity: "combat" });
        result = "routed";
        continue;
      }
      taken.set(to, (taken.get(to) ?? 0) + templateOf(u.template).stack);
      events.push({ type: "unit-retreated", unit: u.id, from: u.hex, to });
      change(u, { ...after.change, hex: to, settled: turnsEnded(state, u.side), activity: "combat", readiness: tired(u) });
      if (result === "held") result = "retreated";
    }

    let advanced: Unit | null = null;
    if (hexEmpty) {
      advanced = survivors.find((u) => !isRanged(u) && distance(map, u.hex, cmd.target) === 1) ?? null;
      if (advanced) change(advanced, { hex: cmd.target, settled: turnsEnded(state, cmd.side) });
    }

    const pa = attackers.reduce((s, u) => s + u.personnel, 0);
    const pd = defenders.reduce((s, u) => s + u.personnel, 0);
    const attackerLosses = sumLosses(aLosses, pa);
    const defenderLosses = sumLosses(dLosses, pd);
    const other: Side = cmd.side === "red" ? "blue" : "red";
    events.unshift({
      type: "combat-resolved",
      side: cmd.side,
      attackers: attackers.map((u) => u.id),
      defenders: defenders.map((u) => u.id),
      target: cmd.target,
      attackerPower: Math.round(setup.attacker.power),
      defenderPower: Math.round(setup.defender.power),
      ratio: Math.round(setup.ratio * 100) / 100,
      modifiers: [...setup.attacker.modifiers, ...setup.defender.modifiers].map((m) => ({ ...m, factor: Math.round(m.factor * 1000) / 1000 })),
      dice: dice.map((d) => Math.round(d * 1e6) / 1e6),
      success: roll.success,
      successChance: Math.round(setup.successChance * 1000) / 1000,
      attackerLosses,
      defenderLosses,
      percentile: { attacker: percentileOf(samples.attackerPcts, attackerLosses.pct), defender: percentileOf(samples.defenderPcts, defenderLosses.pct) },
      result,
      advanced: advanced?.id ?? null,
    });
    const captured = advanced !== null && state.control[String(cmd.target)] === other;
    if (captured) {
      const name = state.objectives.find((o) => o.hex === cmd.target)?.name ?? null;
      events.push({ type: "hex-captured", hex: cmd.target, side: cmd.side, name });
    }
    const units = withUnitChanges(state.units, [...changes.entries()]);
    const status = suddenDeath(state, { units, control: captured ? { ...state.control, [String(cmd.target)]: cmd.side } : state.control });
    if (status.kind === "over") events.push({ type: "game-over", winner: status.winner, reason: status.reason });
    return {
      events,
      write(draft) {
        draft.rng = rng;
        draft.units = units;
        // Support flown for this fight is spent by it, on both sides.
        if (state.missions.some((m) => m.kind === "support" && m.hex === cmd.target)) {
          draft.missions = state.missions.filter((m) => !(m.kind === "support" && m.hex === cmd.target));
        }
        if (captured) draft.control[String(cmd.target)] = cmd.side;
        if (status.kind === "over") draft.status = status;
      },
    };
  },
};

/** Whether `unit` could join an attack this turn, leaving aside what it attacks. */
function canJoin(unit: Unit): boolean {
  return unit.hex >= 0 && !unit.attacked && unit.condition === "ready" && unit.mp > 0 && unit.unsupplied < LADDER.noAttack && unit.ammo > 0;
}

/**
 * For each enemy hex `side` can see and attack, the attack by every unit that can join it:
 * the list the AI, the random recorder and the UI's highlights start from.
 */
export function attackOptions(map: HexMap, state: BoardState, side: Side): AttackCommand[] {
  const joiners = state.units.filter((u) => u.side === side && canJoin(u));
  if (joiners.length === 0) return [];
  const targets = new Set<HexId>();
  const seen = detectedBy(map, state, side);
  for (const enemy of state.units) {
    if (enemy.side === side || enemy.hex < 0 || targets.has(enemy.hex) || !seen.has(enemy.id)) continue;
    targets.add(enemy.hex);
  }
  const out: AttackCommand[] = [];
  for (const target of [...targets].sort((a, b) => a - b)) {
    const units = joiners.filter((u) => {
      const d = distance(map, u.hex, target);
      return d >= 1 && d <= attackReachOf(templateOf(u.template));
    });
    if (units.length === 0 || units.every(isRanged)) continue;
    out.push({ type: "attack", side, units: units.slice(0, MAX_ATTACKERS).map((u) => u.id), target });
  }
  return out;
}
