// A computer player for one side. It is asked for one command at a time, each time with its
// side's player view after the last command, and works through its turn in steps: attacks
// that are already good, then moves (spearheads along their axes, or the defence onto key
// ground), missions in support of the coming attacks or defences, the attacks the moves made
// possible, stances, and the end of the turn. Everything goes through the command layer; it
// never changes state itself and never reads more than the view.

import {
  STANCES,
  attackOdds,
  distance,
  attackOptions,
  isRangedTemplate,
  makeRandom,
  mapOf,
  pathTo,
  reachable,
  sideLabel,
  templateOf,
  terrainOf,
  TERRAIN_DEFENCE,
  inFiresReach,
  type AttackCommand,
  type Command,
  type HexId,
  type HexMap,
  type PlayerView,
  type Side,
  type Stance,
  type Unit,
  unitById,
} from "../engine";
import { appreciate, stepsAt, stepsTo, type Appreciation } from "./appreciation";
import { marchSteps } from "./march";
import { lookAhead } from "./lookahead";
import { OUT, SCREEN_DEPTH, SHORT, countUnits, isWorn, moverOf, neighbours, supplyThere, targetValue, type Mover, type UnitCounts } from "./scoring";
import { TUNING, type AiLevel, type LevelTuning } from "./levels";

type Step = "first-missions" | "first-attacks" | "moves" | "missions" | "attacks" | "stances" | "end";

/** Commands a turn may take at most, so a plan that keeps being refused still ends the turn. */
const MAX_COMMANDS_PER_TURN = 600;

interface TurnPlan {
  key: string;
  step: Step;
  appreciation: Appreciation;
  /** Units still to be considered for a move, front first. */
  toMove: string[];
  /** Attack targets and mission hexes already tried this turn (accepted or refused). */
  tried: Set<string>;
  commands: number;
  /** What it did, for the summary. */
  attacks: number;
  moves: number;
  /** How the look-ahead chose to play the turn, when it looked ahead. */
  approach: string | null;
}

export interface AiOptions {
  level: AiLevel;
  /** The player's own generator seed: the same seed and views give the same orders. */
  seed: string;
  /** Judgement to use instead of the level's (the look-ahead's trial players). */
  tuning?: LevelTuning;
}

export class AiPlayer {
  /** The level's judgement, or the plan variant the look-ahead chose for this turn. */
  private tuning: LevelTuning;
  private readonly base: LevelTuning;
  private readonly random: { next(): number };
  private plan: TurnPlan | null = null;
  private lastSummary = "";
  /** The attacks in prospect in the last view asked about: missions and attacks both weigh them. */
  private prospects: Prospects | null = null;

  constructor(
    readonly side: Side,
    readonly options: AiOptions,
  ) {
    this.base = options.tuning ?? TUNING[options.level];
    this.tuning = this.base;
    this.random = makeRandom(`ai:${side}:${options.level}:${options.seed}`);
  }

  /** The next command for the view of this side's turn. */
  next(view: PlayerView): Command {
    const side = this.side;
    if (view.active !== side || view.status.kind !== "playing") return { type: "end-turn", side };
    const map = mapOf(view);
    const plan = this.planFor(map, view);
    plan.commands += 1;
    if (plan.commands > MAX_COMMANDS_PER_TURN) return this.endTurn(plan);
    for (;;) {
      const command = this.stepCommand(map, view, plan);
      if (command) return command;
    }
  }

  /** One sentence of what it meant to do in its last turn, for the event log. */
  summary(): string {
    return this.lastSummary;
  }

  private planFor(map: HexMap, view: PlayerView): TurnPlan {
    const key = `${view.phase}:${view.turn}`;
    if (this.plan?.key === key) return this.plan;
    let approach: string | null = null;
    if (this.base.lookAhead) {
      const choice = lookAhead(map, view, this.side, this.base, this.options.seed);
      this.tuning = choice.tuning;
      approach = choice.variant.name;
    }
    this.plan = { key, step: "first-missions", appreciation: appreciate(map, view, this.side), toMove: [], tried: new Set(), commands: 0, attacks: 0, moves: 0, approach };
    return this.plan;
  }

  /** The command of the plan's current step, or null after moving on to the next step. */
  private stepCommand(map: HexMap, view: PlayerView, plan: TurnPlan): Command | null {
    switch (plan.step) {
      case "first-attacks":
      case "attacks": {
        const attack = this.bestAttack(map, view, plan);
        if (attack) {
          plan.tried.add(`attack:${attack.target}`);
          plan.attacks += 1;
          return attack;
        }
        if (plan.step === "first-attacks") {
          plan.step = "moves";
          plan.appreciation = appreciate(map, view, this.side);
          plan.toMove = this.moveOrder(view, plan.appreciation);
        } else plan.step = "stances";
        return null;
      }
      case "moves": {
        while (plan.toMove.length > 0) {
          const id = plan.toMove.shift();
          const unit = id === undefined ? undefined : unitById(view, id);
          if (!unit || unit.hex < 0 || unit.mp <= 0) continue;
          const move = this.bestMove(map, view, plan.appreciation, unit);
          if (move) {
            plan.moves += 1;
            return move;
          }
        }
        plan.step = "missions";
        plan.appreciation = appreciate(map, view, this.side);
        return null;
      }
      case "first-missions":
      case "missions": {
        const mission = this.tuning.usesMissions ? this.bestMission(map, view, plan) : null;
        if (mission) return mission;
        plan.step = plan.step === "first-missions" ? "first-attacks" : "attacks";
        return null;
      }
      case "stances": {
        const stance = this.stanceChange(view, plan.appreciation, plan.tried);
        if (stance) return stance;
        plan.step = "end";
        return null;
      }
      case "end":
        return this.endTurn(plan);
    }
  }

  private endTurn(plan: TurnPlan): Command {
    this.lastSummary = describeIntent(this.side, plan);
    return { type: "end-turn", side: this.side };
  }

  // ---- attacks ----

  /** The attack with the best value above the level's threshold, not tried yet this turn. */
  private bestAttack(map: HexMap, view: PlayerView, plan: TurnPlan): AttackCommand | null {
    const a = plan.appreciation;
    const threshold = this.threshold(view, a);
    let best: AttackCommand | null = null;
    let bestValue = -Infinity;
    for (const option of this.optionsIn(map, view)) {
      if (plan.tried.has(`attack:${option.target}`)) continue;
      let units = this.tuning.mass ? option.units : this.adjacentOnly(map, view, option);
      if (!a.offensive) units = this.sparingGarrisons(map, view, a, units, option.target);
      if (units.length === 0) continue;
      const cmd: AttackCommand = { ...option, units };
      const chance = this.oddsOf(map, view, cmd) ?? 0;
      // The defender strikes at a spearhead that has run ahead of its support at lower odds.
      const spearhead = !a.offensive && isSpearhead(map, view, a, option.target);
      if (chance < threshold - (spearhead ? SPEARHEAD_ODDS : 0)) continue;
      const value = chance + targetValue(view, a, option.target) + (spearhead ? SPEARHEAD_ODDS : 0) + this.random.next() * 0.02;
      if (value > bestValue) {
        bestValue = value;
        best = cmd;
      }
    }
    return best;
  }

  /** The engine's attack options for this view, worked out once per view (read them, never write them). */
  private optionsIn(map: HexMap, view: PlayerView): readonly AttackCommand[] {
    return this.prospectsOf(map, view).options;
  }

  /** attackOdds, remembered for the view: the missions step and the attacks after it ask the same. */
  private oddsOf(map: HexMap, view: PlayerView, cmd: AttackCommand): number | null {
    const odds = this.prospectsOf(map, view).odds;
    const key = `${cmd.target}:${cmd.units.join(",")}`;
    let chance = odds.get(key);
    if (chance === undefined) {
      chance = attackOdds(view, cmd);
      odds.set(key, chance);
    }
    return chance;
  }

  private prospectsOf(map: HexMap, view: PlayerView): Prospects {
    // Views are never changed once made, so the same view object means the same answers.
    if (this.prospects?.view !== view) this.prospects = { view, options: attackOptions(map, view, this.side), odds: new Map() };
    return this.prospects;
  }

  /** The least chance it attacks at; the side on the offensive takes more risk as its time runs out. */
  private threshold(view: PlayerView, a: Appreciation): number {
    if (!a.offensive) return this.tuning.counterAt;
    const late = Math.min(1, Math.max(0, view.turn / Math.max(1, view.lastTurn)));
    return this.tuning.attackAt - 0.15 * late;
  }

  /**
   * The defender's units but those holding an objective that other enemies could assault next:
   * a garrison worn by a counter-attack loses the city the next turn.
   */
  private sparingGarrisons(map: HexMap, view: PlayerView, a: Appreciation, units: readonly string[], target: HexId): string[] {
    return units.filter((id) => {
      const unit = unitById(view, id);
      if (!unit || !a.goals.some((g) => g.hex === unit.hex)) return true;
      const around = stepsTo(map, unit.hex);
      return !view.units.some((e) => e.side === a.enemy && e.hex >= 0 && e.hex !== target && stepsAt(around, e.hex) <= 2);
    });
  }

  /** A novice attacks with the units standing next to the target and forgets the guns behind. */
  private adjacentOnly(map: HexMap, view: PlayerView, option: AttackCommand): string[] {
    return option.units.filter((id) => {
      const unit = unitById(view, id);
      return unit !== undefined && !isRangedTemplate(templateOf(unit.template)) && neighbours(map, unit.hex).includes(option.target);
    });
  }

  // ---- moves ----

  /** Offensive: the units nearest their objectives go first, so the rest close up behind. Defensive: the most threatened first. */
  private moveOrder(view: PlayerView, a: Appreciation): string[] {
    const own = view.units.filter((u) => u.side === this.side && u.hex >= 0 && u.mp > 0 && u.condition !== "destroyed");
    const key = (u: Unit): number => {
      if (!a.offensive) return stepsAt(a.enemySteps, u.hex);
      const axis = a.axis.get(u.id) ?? -1;
      const march = this.tuning.routes ? a.marchTo(axis) : undefined;
      const field = a.goalSteps[axis];
      return march ? marchSteps(march, u.hex) : field ? stepsAt(field, u.hex) : 999;
    };
    return own.sort((x, y) => key(x) - key(y) || (x.id < y.id ? -1 : 1)).map((u) => u.id);
  }

  private bestMove(map: HexMap, view: PlayerView, a: Appreciation, unit: Unit): Command | null {
    const reach = reachable(map, view, unit);
    if (reach.destinations.length === 0) return null;
    const counts = countUnits(view, unit);
    const mover = moverOf(a, unit, this.tuning.routes);
    const score = a.offensive ? (h: HexId) => this.attackerScore(map, a, counts, mover, h) : (h: HexId) => this.defenderScore(map, a, counts, mover, h);
    let best = unit.hex;
    let bestScore = score(unit.hex) + 0.05; // staying put wins ties: moving costs time and digging in
    for (const hex of reach.destinations) {
      const s = score(hex) + (this.random.next() - 0.5) * this.tuning.noise;
      if (s > bestScore) {
        bestScore = s;
        best = hex;
      }
    }
    if (best === unit.hex) return null;
    return { type: "move", side: this.side, unit: unit.id, path: pathTo(reach, best) };
  }

  /** Forward along the unit's axis, in supply, not piled up, not alone against a strong enemy. */
  private attackerScore(map: HexMap, a: Appreciation, counts: UnitCounts, mover: Mover, hex: HexId): number {
    const march = mover.march;
    const field = mover.field;
    let score = march ? -marchSteps(march, hex) : field ? -stepsAt(field, hex) : 0;
    if (this.tuning.mindsSupply) {
      const status = supplyThere(map, a, hex);
      if (status === OUT) score -= 6;
      else if (status === SHORT) score -= 1.5;
    }
    let enemies = 0;
    let partners = 0;
    const around = map.neighbours;
    for (let d = 0; d < 6; d++) {
      const n = around[hex * 6 + d] ?? -1;
      if (n < 0) continue;
      const here = counts.enemy.get(n) ?? 0;
      enemies += here;
      // Mass: friends already next to the same enemy will attack it with this unit.
      if (here > 0) {
        for (let e = 0; e < 6; e++) {
          const m = around[n * 6 + e] ?? -1;
          if (m >= 0) partners += counts.own.get(m) ?? 0;
        }
      }
    }
    score -= 0.4 * (counts.own.get(hex) ?? 0);
    // Worn units keep out of contact; fresh ones close with the enemy, where friends already are, to attack.
    if (enemies > 0) score += mover.worn ? -3 : 1 + 0.7 * Math.min(partners, 4) - 0.4 * Math.max(0, enemies - 2);
    if (mover.ranged && enemies > 0) score -= 2; // guns stay behind the line
    return score;
  }

  /** On key ground between the enemy and the objectives, in good terrain, not about to be cut off. */
  private defenderScore(map: HexMap, a: Appreciation, counts: UnitCounts, mover: Mover, hex: HexId): number {
    const axis = mover.axis;
    const field = mover.field;
    const toGoal = field ? stepsAt(field, hex) : 0;
    const toEnemy = stepsAt(a.enemySteps, hex);
    let score = -0.5 * toGoal + 2.5 * (TERRAIN_DEFENCE[terrainOf(map, hex)] - 1);
    const goalIndex = a.goals.findIndex((g) => g.hex === hex);
    const goal = a.goals[goalIndex];
    // Hold the objectives themselves first, with as many units as the enemy near them asks for.
    if (goal && (counts.own.get(hex) ?? 0) < (a.garrison[goalIndex] ?? 1) + this.tuning.garrisonExtra) score += 3 + goal.points / 5;
    // Trade space for time: a unit not needed on the objective blocks the enemy's way to it a
    // few hexes out, on a road where it can (columns keep to the roads).
    const target = a.goals[axis];
    // Up to SCREEN_DEPTH hexes out, the screen is worth the distance from the objective.
    if (this.tuning.screens && target && !goal && !counts.own.has(hex) && toEnemy >= 2) {
      const detour = toEnemy + toGoal - stepsAt(a.enemySteps, target.hex);
      if (detour <= 1) score += 2.5 + (map.roads[hex] ? 1 : 0) - detour + 0.6 * Math.min(toGoal, SCREEN_DEPTH);
    }
    if (mover.worn) score += toEnemy >= 3 ? 1 : -2;
    else if (toEnemy <= 2) score += 1.5;
    if (this.tuning.mindsSupply && supplyThere(map, a, hex) === OUT) score -= 4;
    if (this.tuning.withdraws && !goal) {
      // An objective is held to the last. Elsewhere, count the neighbours the enemy already
      // stands next to: four or more and the hex is a pocket.
      let closed = 0;
      for (let d = 0; d < 6; d++) {
        const n = map.neighbours[hex * 6 + d] ?? -1;
        if (n >= 0 && stepsAt(a.enemySteps, n) <= 1) closed += 1;
      }
      if (closed >= 4) score -= 4;
    }
    if (mover.ranged && toEnemy <= 1) score -= 3;
    return score;
  }

  // ---- missions ----

  /** Support for the best attack in prospect (offensive) or the most threatened objective (defensive). */
  private bestMission(map: HexMap, view: PlayerView, plan: TurnPlan): Command | null {
    const pools = view.pools[this.side];
    const a = plan.appreciation;
    let hex: HexId = -1;
    if (a.offensive) {
      const options = this.optionsIn(map, view);
      let best = -Infinity;
      for (const option of options) {
        const chance = this.oddsOf(map, view, option) ?? 0;
        // Support counts most where it tips an attack over the line.
        if (chance < this.threshold(view, a) - 0.25 || chance > 0.9) continue;
        const value = chance + targetValue(view, a, option.target);
        if (value > best) {
          best = value;
          hex = option.target;
        }
      }
    } else {
      let nearest = 999;
      for (const goal of a.goals) {
        const held = view.units.some((u) => u.hex === goal.hex && u.side === this.side);
        const d = stepsAt(a.enemySteps, goal.hex);
        if (held && d <= 2 && d < nearest) {
          nearest = d;
          hex = goal.hex;
        }
      }
    }
    if (hex >= 0) {
      for (const asset of ["air", "fires"] as const) {
        const key = `mission:${asset}:${hex}`;
        const left = pools[asset];
        if (left <= 0 || plan.tried.has(key)) continue;
        plan.tried.add(key);
        if (asset === "fires" && !inFiresReach(map, view, this.side, hex)) continue;
        return { type: "mission", side: this.side, kind: "support", asset, hex, amount: Math.min(left, asset === "air" ? 6 : 4) };
      }
    }
    // Sorties and fire missions left at the end of a turn are lost: what support did not need strikes.
    return plan.step === "missions" ? this.bestStrike(map, view, plan) : null;
  }

  /**
   * A strike with all that is left of a pool on the enemy that matters most: on the offensive,
   * the defenders of the objectives it goes for, wearing them before the assault; on the
   * defensive, the enemy nearest an objective it holds, the spearhead.
   */
  private bestStrike(map: HexMap, view: PlayerView, plan: TurnPlan): Command | null {
    const a = plan.appreciation;
    const pools = view.pools[this.side];
    let best: HexId = -1;
    let bestValue = -Infinity;
    const count = new Map<HexId, number>();
    for (const u of view.units) if (u.side === a.enemy && u.hex >= 0) count.set(u.hex, (count.get(u.hex) ?? 0) + 1);
    for (const [hex, units] of count) {
      let nearest = 999;
      for (const field of a.goalSteps) nearest = Math.min(nearest, stepsAt(field, hex));
      // On the offensive, a defended objective is struck first; on the defensive, the enemy closest to one.
      const value = (a.offensive ? -3 * Math.min(nearest, 3) : -nearest) + 0.5 * units;
      if (value > bestValue || (value === bestValue && hex < best)) {
        bestValue = value;
        best = hex;
      }
    }
    if (best < 0) return null;
    for (const asset of ["air", "fires"] as const) {
      const key = `strike:${asset}`;
      const left = pools[asset];
      if (left <= 0 || plan.tried.has(key)) continue;
      plan.tried.add(key);
      if (asset === "fires" && !inFiresReach(map, view, this.side, best)) continue;
      return { type: "mission", side: this.side, kind: "strike", asset, hex: best, amount: left };
    }
    return null;
  }

  // ---- stances ----

  /** Defend by default; delay where the enemy is far stronger next door; withdraw a worn unit in contact. */
  private stanceChange(view: PlayerView, a: Appreciation, tried: Set<string>): Command | null {
    for (const unit of view.units) {
      if (unit.side !== this.side || unit.hex < 0) continue;
      const wanted = this.stanceFor(unit, a);
      const key = `stance:${unit.id}`;
      if (wanted === unit.stance || !STANCES.includes(wanted) || tried.has(key)) continue;
      tried.add(key);
      return { type: "set-stance", side: this.side, unit: unit.id, stance: wanted };
    }
    return null;
  }

  private stanceFor(unit: Unit, a: Appreciation): Stance {
    if (a.offensive || !this.tuning.withdraws) return "defend";
    const inContact = stepsAt(a.enemySteps, unit.hex) <= 1;
    // An objective is held to the last: a unit on one never gives it up by its stance.
    const onGoal = a.goals.some((g) => g.hex === unit.hex);
    if (inContact && !onGoal && isWorn(unit, 40, 0.4)) return "withdraw";
    if (inContact && !onGoal && unit.cohesion < 60) return "delay";
    return "defend";
  }
}

/** How much lower the odds may be for a counter-attack on an overextended spearhead. */
const SPEARHEAD_ODDS = 0.1;

/**
 * Whether the enemy at `target` has run ahead of its support: out of supply, or with no other
 * enemy unit seen within two hexes to help it.
 */
function isSpearhead(map: HexMap, view: PlayerView, a: Appreciation, target: HexId): boolean {
  let there = 0;
  let cut = 0;
  let supported = false;
  for (const u of view.units) {
    if (u.side !== a.enemy || u.hex < 0) continue;
    if (u.hex === target) {
      there += 1;
      if (u.unsupplied > 0) cut += 1;
    } else if (!supported && distance(map, u.hex, target) <= 2) supported = true;
  }
  return there > 0 && (cut === there || !supported);
}

/** The attacks a view offers and the odds of those weighed so far, for one view. */
interface Prospects {
  view: PlayerView;
  options: readonly AttackCommand[];
  /** attackOdds by target and attacking units. */
  odds: Map<string, number | null>;
}

function describeIntent(side: Side, plan: TurnPlan): string {
  const a = plan.appreciation;
  const who = sideLabel(side);
  const acts = `${plan.moves} move${plan.moves === 1 ? "" : "s"}, ${plan.attacks} attack${plan.attacks === 1 ? "" : "s"}${plan.approach ? `; played ${plan.approach} after trying the turn several ways` : ""}`;
  if (a.offensive) {
    const main = a.mainEffort ? `main effort toward ${a.mainEffort.name}` : "no objective within reach";
    const others = a.goals.filter((g) => g !== a.mainEffort && [...a.axis.values()].some((i) => a.goals[i] === g)).map((g) => g.name);
    return `${who}: ${main}${others.length > 0 ? `; also toward ${others.slice(0, 3).join(", ")}` : ""} (${acts}).`;
  }
  const held = a.goals.map((g) => g.name);
  const threatened = a.mainEffort ? `; most threatened: ${a.mainEffort.name}` : "";
  return `${who}: holding ${held.length > 0 ? held.slice(0, 4).join(", ") : "what it can"}${threatened} (${acts}).`;
}
