// One engagement off the board, fought turn after turn and repeated N times with seeded dice:
// the engine's own combat model, losses and breaking, summarised for the CLI and the classroom.

import {
  COHESION_DEFEAT,
  COMBAT_DICE,
  CONSUMPTION,
  RANGED_LOSS,
  READINESS_COMBAT_LOSS,
  afterLosses,
  afterRout,
  NO_LOSSES,
  forceOf,
  freshUnit,
  isRangedTemplate,
  kindOf,
  makeRandom,
  previewEngagement,
  rollCombat,
  setupCombat,
  templateOf,
  unitLosses,
  type CombatPreview,
  type Engagement,
  type Side,
  type Unit,
} from "../engine";
import { checkEngagementSpec, type EngagementSpec } from "./engagement-spec";
import { fitLanchester, lanchesterSquare } from "./lanchester";
import { mean, quantiles, round, type Quantiles } from "./stats";

/** How a run ended. */
export type Ending = "attack-succeeded" | "defenders-broke" | "attackers-spent" | "out-of-time";

export interface RunResult {
  run: number;
  /** The attack carried the position, or every defender broke or was destroyed. */
  success: boolean;
  ending: Ending;
  turns: number;
  attackerLossPct: number;
  defenderLossPct: number;
  /** At least one defender broke or was destroyed. */
  defenderBroke: boolean;
  /** Personnel not lost on each side at the start and after each turn (the last value carried to `spec.turns`). */
  strength: { attacker: number[]; defender: number[] };
}

export interface SideSummary {
  template: string;
  count: number;
  side: Side;
  kind: string;
  label: string;
}

export interface EngagementResult {
  attacker: SideSummary[];
  defender: SideSummary[];
  terrain: EngagementSpec["terrain"];
  posture: EngagementSpec["posture"];
  turns: number;
  night: boolean;
  friction: { attacker: number; defender: number };
  seed: string;
  runs: number;
  personnel: { attacker: number; defender: number };
  attackerSuccessRate: number;
  /** Mean percent of each side's starting personnel lost over the engagement. */
  attackerLossPct: number;
  defenderLossPct: number;
  /**
   * Fraction of runs in which the defence broke: the defenders were routed by a successful
   * attack, or at least one defending unit fell below its breakpoint (cohesion or strength)
   * or was destroyed, at any turn.
   */
  defenderBrokeRate: number;
  attackerLoss: Quantiles;
  defenderLoss: Quantiles;
  meanTurns: number;
  /** Fraction of runs ending each way. */
  endings: Record<Ending, number>;
  /** The first turn as a player would see it before attacking: ratio, chance, modifiers, loss ranges. */
  preview: CombatPreview;
  /** Mean personnel not lost, at the start and after each turn: the model's curve. */
  model: { attacker: number[]; defender: number[] };
  /** Lanchester's square law fitted to the first turn's expected losses, over the same turns. */
  lanchester: { alpha: number; beta: number; attacker: number[]; defender: number[]; endsAt: number | null };
}

interface Fighter {
  unit: Unit;
  ranged: boolean;
}

function muster(spec: EngagementSpec, role: "a" | "d"): Fighter[] {
  const out: Fighter[] = [];
  for (const f of role === "a" ? spec.attacker : spec.defender) {
    const t = templateOf(f.template);
    for (let i = 0; i < f.count; i++) {
      const id = `${role}${out.length + 1}`;
      out.push({ unit: freshUnit({ id, side: t.side, name: `${t.label} ${id}`, template: t.id, nation: "", hex: 0 }), ranged: isRangedTemplate(t) });
    }
  }
  return out;
}

/** On the board a broken unit may not attack, nor one without ammunition; guns alone take no ground. */
const canAttack = (f: Fighter): boolean => f.unit.condition === "ready" && f.unit.ammo > 0;
/** A broken defender falls back out of the fight, as it must retreat on the board. */
const holds = (f: Fighter): boolean => f.unit.condition === "ready";
const personnelOf = (fs: readonly Fighter[]): number => fs.reduce((s, f) => s + f.unit.personnel, 0);

function engagementOf(spec: EngagementSpec, attackers: readonly Fighter[], defenders: readonly Fighter[]): Engagement {
  return {
    attackers: attackers.map((f) => forceOf(f.unit, { ranged: f.ranged, crossing: "none", posture: "hasty" })),
    defenders: defenders.map((f) => forceOf(f.unit, { ranged: false, crossing: "none", posture: spec.posture })),
    terrain: spec.terrain,
    night: spec.night ?? false,
    surprise: 0,
    friction: spec.friction ?? { attacker: 0, defender: 0 },
    support: { attacker: 0, defender: 0 },
  };
}

/** A unit after a turn of fighting: its losses, the shock of defeat, ammunition spent and fatigue. */
function fight(f: Fighter, rate: number, die: number, shock: number): { broke: boolean } {
  const losses = unitLosses(f.unit, rate * (f.ranged ? RANGED_LOSS : 1), die);
  const after = afterLosses(f.unit, losses, shock);
  const u: Unit = { ...f.unit, ...after.change };
  if (!after.destroyed) {
    u.ammo = Math.max(0, u.ammo - CONSUMPTION.combat.ammo);
    u.readiness = Math.max(0, u.readiness - READINESS_COMBAT_LOSS);
  }
  f.unit = u;
  return { broke: after.broke || after.destroyed };
}

/** A defender put to flight, as on the board (afterRout). */
function rout(f: Fighter, die: number): void {
  if (f.unit.hex < 0) return;
  const { after } = afterRout(f.unit, NO_LOSSES, 0, die);
  f.unit = { ...f.unit, ...after.change };
}

interface Roster {
  attackers: readonly Fighter[];
  defenders: readonly Fighter[];
}

/** Fresh units are made once per study and copied per run (building each unit anew costs more than its fight). */
const rosterOf = (spec: EngagementSpec): Roster => ({ attackers: muster(spec, "a"), defenders: muster(spec, "d") });
const copy = (fs: readonly Fighter[]): Fighter[] => fs.map((f) => ({ unit: { ...f.unit }, ranged: f.ranged }));

function simulate(spec: EngagementSpec, roster: Roster, run: number): RunResult {
  const attackers = copy(roster.attackers);
  const defenders = copy(roster.defenders);
  const pa = personnelOf(attackers);
  const pd = personnelOf(defenders);
  const rng = makeRandom(`${spec.seed}:${run}`);
  const strength = { attacker: [pa], defender: [pd] };
  let ending: Ending = "out-of-time";
  let defenderBroke = false;
  let turns = 0;
  while (turns < spec.turns) {
    const able = attackers.filter(canAttack);
    if (!able.some((f) => !f.ranged)) {
      ending = "attackers-spent";
      break;
    }
    const standing = defenders.filter(holds);
    const dice = Array.from({ length: COMBAT_DICE }, () => rng.next());
    const roll = rollCombat(setupCombat(engagementOf(spec, able, standing)), dice);
    turns++;
    // As on the board: die 7 rounds the attackers' losses, die 8 the defenders'.
    for (const f of able) fight(f, roll.attackerRate, dice[7] ?? 0.5, roll.success ? 0 : COHESION_DEFEAT);
    for (const f of standing) if (fight(f, roll.defenderRate, dice[8] ?? 0.5, roll.success ? COHESION_DEFEAT : 0).broke) defenderBroke = true;
    if (roll.rout) {
      // Routed, as on the board: the flight costs stragglers and abandoned vehicles, and breaks them.
      for (const f of standing) rout(f, dice[8] ?? 0.5);
      defenderBroke = true;
    }
    strength.attacker.push(personnelOf(attackers));
    strength.defender.push(personnelOf(defenders));
    if (roll.success) {
      ending = "attack-succeeded";
      break;
    }
    if (!defenders.some(holds)) {
      ending = "defenders-broke";
      break;
    }
  }
  for (const s of [strength.attacker, strength.defender]) while (s.length <= spec.turns) s.push(s[s.length - 1] ?? 0);
  const lostPct = (start: number, now: number[]): number => (start > 0 ? (100 * (start - (now[now.length - 1] ?? start))) / start : 0);
  return {
    run,
    success: ending === "attack-succeeded" || ending === "defenders-broke",
    ending,
    turns,
    attackerLossPct: lostPct(pa, strength.attacker),
    defenderLossPct: lostPct(pd, strength.defender),
    defenderBroke,
    strength,
  };
}

/** The preview with its figures rounded for a report (the engine keeps full precision). */
function roundedPreview(p: CombatPreview): CombatPreview {
  const range = (r: CombatPreview["attacker"]): CombatPreview["attacker"] => ({
    mean: round(r.mean, 3),
    low: round(r.low, 3),
    high: round(r.high, 3),
    personnel: round(r.personnel, 1),
    tanks: round(r.tanks, 2),
    ifvs: round(r.ifvs, 2),
    artillery: round(r.artillery, 2),
  });
  return {
    ...p,
    attackerPower: round(p.attackerPower, 1),
    defenderPower: round(p.defenderPower, 1),
    ratio: round(p.ratio, 4),
    successChance: round(p.successChance, 4),
    modifiers: p.modifiers.map((m) => ({ ...m, factor: round(m.factor, 4) })),
    attacker: range(p.attacker),
    defender: range(p.defender),
  };
}

function assertValid(spec: EngagementSpec): void {
  const check = checkEngagementSpec(spec);
  if (!check.ok) throw new Error(`invalid engagement spec (${check.code}): ${check.message}`);
}

/** Run number `run` (0-based) of a spec, exactly as runEngagement fights it. */
export function engagementRun(spec: EngagementSpec, run: number): RunResult {
  assertValid(spec);
  return simulate(spec, rosterOf(spec), run);
}

function summarise(t: { template: string; count: number }): SideSummary {
  const tpl = templateOf(t.template);
  return { template: tpl.id, count: t.count, side: tpl.side, kind: kindOf(tpl), label: tpl.label };
}

/**
 * Fights the engagement `spec.runs` times, run r with the generator seeded `${seed}:${r}`,
 * and summarises. Pure: the same spec gives the same result. Throws on a spec that
 * checkEngagementSpec refuses (callers check user input first).
 */
export function runEngagement(spec: EngagementSpec): EngagementResult {
  assertValid(spec);
  const n = spec.runs;
  const aLoss = new Float64Array(n);
  const dLoss = new Float64Array(n);
  const curve = { attacker: new Float64Array(spec.turns + 1), defender: new Float64Array(spec.turns + 1) };
  const endings: Record<Ending, number> = { "attack-succeeded": 0, "defenders-broke": 0, "attackers-spent": 0, "out-of-time": 0 };
  let successes = 0;
  let broke = 0;
  let turns = 0;
  const roster = rosterOf(spec);
  for (let r = 0; r < n; r++) {
    const res = simulate(spec, roster, r);
    aLoss[r] = res.attackerLossPct;
    dLoss[r] = res.defenderLossPct;
    if (res.success) successes++;
    if (res.defenderBroke) broke++;
    endings[res.ending]++;
    turns += res.turns;
    for (let i = 0; i <= spec.turns; i++) {
      curve.attacker[i] = (curve.attacker[i] ?? 0) + (res.strength.attacker[i] ?? 0);
      curve.defender[i] = (curve.defender[i] ?? 0) + (res.strength.defender[i] ?? 0);
    }
  }
  const a0 = personnelOf(roster.attackers);
  const b0 = personnelOf(roster.defenders);
  const preview = previewEngagement(engagementOf(spec, roster.attackers, roster.defenders));
  const fit = fitLanchester({ a0, b0, attackerLossPerTurn: preview.attacker.mean / 100, defenderLossPerTurn: preview.defender.mean / 100 });
  const reference = lanchesterSquare({ a0, b0, alpha: fit.alpha, beta: fit.beta, steps: spec.turns, dt: 1 });
  const perRun = (x: number): number => round(x / n, 4);
  const curveOf = (c: Float64Array): number[] => Array.from(c, (v) => round(v / n, 1));
  return {
    attacker: spec.attacker.map((t) => summarise(t)),
    defender: spec.defender.map((t) => summarise(t)),
    terrain: spec.terrain,
    posture: spec.posture,
    turns: spec.turns,
    night: spec.night ?? false,
    friction: spec.friction ?? { attacker: 0, defender: 0 },
    seed: spec.seed,
    runs: n,
    personnel: { attacker: a0, defender: b0 },
    attackerSuccessRate: perRun(successes),
    attackerLossPct: round(mean(aLoss), 3),
    defenderLossPct: round(mean(dLoss), 3),
    defenderBrokeRate: perRun(broke),
    attackerLoss: quantiles(aLoss),
    defenderLoss: quantiles(dLoss),
    meanTurns: round(turns / n, 3),
    endings: { "attack-succeeded": perRun(endings["attack-succeeded"]), "defenders-broke": perRun(endings["defenders-broke"]), "attackers-spent": perRun(endings["attackers-spent"]), "out-of-time": perRun(endings["out-of-time"]) },
    preview: roundedPreview(preview),
    model: { attacker: curveOf(curve.attacker), defender: curveOf(curve.defender) },
    lanchester: { alpha: Number(fit.alpha.toPrecision(6)), beta: Number(fit.beta.toPrecision(6)), attacker: reference.a.map((v) => round(v, 1)), defender: reference.b.map((v) => round(v, 1)), endsAt: reference.endsAt },
  };
}
