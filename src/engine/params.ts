// Every number that shapes the rules, in one place, with the reasoning or source next to it.
// Movement costs are tenths of an hour of a 12-hour turn, so they stay integers.

import type { Activity, Phase, Posture } from "./types";
import type { Terrain } from "./map";

// 3: a unit keeps when it last moved (`settled`) instead of a dug-in count, so its state hash differs.
// 4: reinforcements (`arrivals`) in the state; command friction and night slow movement.
export const RULES_VERSION = 4;

/** Hours a turn lasts in each phase (DESIGN.md §2). */
export const TURN_HOURS: Readonly<Record<Phase, number>> = {
  preparation: 24 * 365,
  crisis: 24,
  war: 12,
};

/** The war clock starts at D+0 06:00 (DESIGN.md §2: day and night alternate). */
export const WAR_START_HOUR = 6;

export type MovementClass = "tracked" | "wheeled" | "foot";

/**
 * Time to cross one ~10 km hex, in tenths of an hour. Off-road figures assume tactical
 * movement with security halts, not a road race: opposed mechanised advances run at tens of
 * km a day (MODEL.md §3), while an unopposed road march covers about 100 km in a turn.
 * Water is impassable to ground units (Infinity).
 */
export const TERRAIN_COST: Readonly<Record<MovementClass, Readonly<Record<Terrain, number>>>> = {
  tracked: { sea: Infinity, lake: Infinity, open: 20, forest: 40, marsh: 60, urban: 30 },
  wheeled: { sea: Infinity, lake: Infinity, open: 30, forest: 50, marsh: 80, urban: 30 },
  foot: { sea: Infinity, lake: Infinity, open: 40, forest: 50, marsh: 60, urban: 40 },
};

/** Moving along a road edge replaces the terrain cost (≈ 10 km/h for tracked columns). */
export const ROAD_COST: Readonly<Record<MovementClass, number>> = {
  tracked: 10,
  wheeled: 8,
  foot: 30,
};

/**
 * Extra time to cross a river edge that no bridge spans (the map's `bridges` layer), whether
 * or not a road leads to the bank: a ford, a ferry or an assault crossing.
 */
export const RIVER_CROSSING_COST: Readonly<Record<MovementClass, number>> = {
  tracked: 40,
  wheeled: 50,
  foot: 30,
};

/**
 * Stacking: a 10 km hex holds about two brigades of one side (6 points): a battalion counts 1,
 * a brigade or regiment 3, a division 6.
 */
export const STACK_LIMIT = 6;

/** Ground units see enemies this many hexes away (≈ 20 km) unless their template says more. */
export const DEFAULT_DETECTION_RANGE = 2;

// ───────────────────────── Mass and combat power ─────────────────────────
// Combat power is counted from what a unit has, weighted per item, times its quality. The
// weights follow the spirit of Dupuy's operational lethality indices: a tank is worth about
// twenty riflemen, an IFV eight, a gun or launcher twenty-five (with its share of the
// artillery's weight of fire). Personnel count at one each.

export const POWER_WEIGHTS = { personnel: 1, tanks: 20, ifvs: 8, artillery: 25 } as const;

/** Readiness and cohesion scale power linearly from these floors (at 0 %) to 1 (at 100 %). */
export const READINESS_FLOOR = 0.5;
export const COHESION_FLOOR = 0.4;

/** Cohesion below which a unit breaks (Dupuy: units break long before annihilation). */
export const BREAKPOINT_COHESION = 30;
/** Personnel below this percent of authorised also break a unit. */
export const BREAKPOINT_STRENGTH = 50;
/** Below this percent of authorised personnel a unit ceases to exist as a formation. */
export const DESTROYED_STRENGTH = 15;
/** A broken unit rallies once its cohesion is back to this. */
export const RALLY_COHESION = 50;
/** A broken unit fights at this fraction of its power. */
export const BROKEN_POWER = 0.5;

// ───────────────────────── Defender multipliers (QJM) ─────────────────────────
// Dupuy, Numbers, Predictions and War (1979) and the QJM tables as summarised in MODEL.md §2.

/** Posture multipliers of the defender's combat power (QJM). */
export const POSTURE_FACTOR: Readonly<Record<Posture, number>> = {
  hasty: 1.3,
  prepared: 1.5,
  fortified: 1.6,
  delay: 1.2,
  withdrawal: 1.15,
};

/** Turns a unit must stand still to count as prepared, and as fortified. */
export const PREPARED_AFTER = 1;
export const FORTIFIED_AFTER = 4;

/**
 * Terrain multiplier of the defender's power (QJM): open flat-mixed ground 1.0, forest as
 * rolling-mixed 1.3, marsh between (the going is hard for both, QJM flat-marsh ~1.2), urban
 * 1.4. Prepared defence of a city: 1.5 × 1.4 = 2.1.
 */
export const TERRAIN_DEFENCE: Readonly<Record<Terrain, number>> = {
  open: 1.0,
  forest: 1.3,
  marsh: 1.2,
  urban: 1.4,
  sea: 1.0,
  lake: 1.0,
};

/**
 * How well each part of a force fights in each terrain, for both sides (QJM terrain effects
 * by weapon): bad going hurts tanks far more than infantry; woods and towns blind artillery.
 */
export const TERRAIN_BY_ARM: Readonly<Record<"infantry" | "armour" | "artillery", Readonly<Record<Terrain, number>>>> = {
  infantry: { open: 1.0, forest: 1.0, marsh: 0.9, urban: 1.0, sea: 1, lake: 1 },
  armour: { open: 1.0, forest: 0.6, marsh: 0.4, urban: 0.5, sea: 1, lake: 1 },
  artillery: { open: 1.0, forest: 0.8, marsh: 0.9, urban: 0.7, sea: 1, lake: 1 },
};

/** Attacking across an unbridged river edge (QJM river-crossing effect on the attacker). */
export const RIVER_ATTACK_FACTOR = 0.6;
/** Attacking across a bridged river: the bridge is a defile. */
export const BRIDGE_ATTACK_FACTOR = 0.85;
/** Night attack (TNDM day/night factor for forces without a night advantage). */
export const NIGHT_ATTACK_FACTOR = 0.85;
/** Surprise multiplies the surpriser's power (Dupuy: 1.5–2.5 at the first blow); it fades by a third a turn. */
export const SURPRISE_FACTOR = 1.6;
/** Command friction at 100 % cuts power by this much (RAND RR-A2031-1: Russian forces fought far below their paper strength in 2022). */
export const COMMAND_FRICTION_POWER = 0.35;
/** Attackers out of ammunition fight at this fraction; defenders at the next. */
export const NO_AMMO_ATTACK = 0.2;
export const NO_AMMO_DEFENCE = 0.35;
/** Power per air sortie or fire mission of support, before air defence (≈ a company of artillery for half a day). */
export const SUPPORT_POWER_PER_SORTIE = 120;
export const SUPPORT_POWER_PER_FIRE_MISSION = 160;

// ───────────────────────── Outcome and attrition ─────────────────────────

/**
 * Chance an attack succeeds at combat-power ratio R: R² / (R² + K²), a logistic curve in
 * log R with no threshold: even odds succeed 41 % of the time, 2:1 about 74 %, 3:1 86 %.
 * (MODEL.md §2: no hard 3:1 rule; success rises smoothly; poor odds sometimes succeed.)
 */
export const SUCCESS_MIDPOINT = 1.2;

/**
 * Dupuy's QJM casualty rates per day of engagement: attacker 2.8 %, defender 1.5 %, caps
 * 13.44 % and 5.76 % (MODEL.md §2). A 12-hour turn takes half.
 */
export const BASE_LOSS_PER_DAY = { attacker: 0.028, defender: 0.015 } as const;
export const LOSS_CAP_PER_DAY = { attacker: 0.1344, defender: 0.0576 } as const;
export const TURN_FRACTION_OF_DAY = 0.5;

/**
 * Small forces take higher rates (Dupuy's verities): the rates above fit divisions of about
 * 15,000; a force of P personnel takes (15,000 / P)^¼, between 0.8 and 2.
 */
export const SIZE_REFERENCE = 15_000;
export const SIZE_FACTOR_RANGE = [0.8, 2.0] as const;

/**
 * The force ratio moves losses: the attacker's by R^-¼, the defender's by √R, each within
 * this range. Winners lose at lower rates than losers, and a defender overwhelmed loses
 * faster than an attacker gains (QJM: the defender's rate rises more steeply with odds).
 */
export const RATIO_LOSS_RANGE = [0.4, 2.5] as const;

/** Losses by outcome: the side that carries the day loses less (Dupuy's verities). */
export const OUTCOME_LOSS = {
  success: { attacker: 0.9, defender: 1.25 },
  failure: { attacker: 1.1, defender: 0.85 },
} as const;

/**
 * Defender posture on losses: fortification lowers the defender's losses and raises the
 * attacker's (FM 101-10-1/2: attack on a fortified zone 6.6 % a day against 3.5 %); delay
 * and withdrawal fight less intensely (delay ~1 % a day).
 */
export const POSTURE_LOSS: Readonly<Record<Posture, { attacker: number; defender: number }>> = {
  hasty: { attacker: 1.0, defender: 1.0 },
  prepared: { attacker: 1.1, defender: 0.85 },
  fortified: { attacker: 1.3, defender: 0.7 },
  delay: { attacker: 0.7, defender: 0.6 },
  withdrawal: { attacker: 0.6, defender: 0.8 },
};

/** Night and surprise on losses: night lowers both (TNDM); surprise lowers the surpriser's. */
export const NIGHT_LOSS = 0.8;
export const SURPRISE_LOSS = { surpriser: 0.6, surprised: 1.5 } as const;

/** Equipment is lost at the personnel rate times these (armour draws fire; guns stand back). */
export const EQUIPMENT_LOSS = { tanks: 1.3, ifvs: 1.2, artillery: 0.5 } as const;
/** Units that join an attack from range (artillery) take this share of the attacker's rate. */
export const RANGED_LOSS = 0.3;

/**
 * Seeded variation: losses are scaled by 1 + spread·z, z ≈ N(0, 1) from three uniforms; the
 * spread widens with command friction (friction makes outcomes less predictable).
 */
export const LOSS_SPREAD = 0.3;
export const FRICTION_SPREAD = 0.2;
export const LOSS_VARIATION_FLOOR = 0.2;

/**
 * A successful attack can shatter the defence rather than push it back: the share of
 * successes that rout the defenders rises with the odds, (R − 1) / (R + 2), up to ROUT_MAX,
 * and with the defenders' lost cohesion (doubled at none). Dupuy: units break and fall back
 * long before annihilation; overwhelming attacks break them.
 */
export const ROUT_MAX = 0.7;

/** Cohesion lost per percent of personnel lost, and for being beaten. */
export const COHESION_PER_LOSS_PCT = 3;
export const COHESION_DEFEAT = 15;
/** Cohesion a routed unit loses on top, and the extra personnel and equipment lost in a rout. */
export const ROUT_COHESION = 30;
export const ROUT_LOSS = 0.1;
/** Cohesion regained per turn out of combat (in supply), and readiness per turn resting. */
export const COHESION_RECOVERY = 8;
export const READINESS_RECOVERY = 2;
/** Readiness lost for each turn in combat (Dupuy: combat power declines with each day in action). */
export const READINESS_COMBAT_LOSS = 3;

/** Samples the preview integrates over; the same fixed dice every time. */
export const PREVIEW_SAMPLES = 400;

// ───────────────────────── Supply ─────────────────────────

/**
 * A unit carries about 3 days of supply (MODEL.md §3; the US aims for 7): 30 tenths of a day.
 * Consumption per 12-hour turn in tenths of a day, by activity: combat uses ammunition at half
 * a day a turn, so full stocks last six turns of fighting. A unit at rest uses too little to
 * count at this scale (generators and stoves, not engines).
 */
export const FULL_STOCKS = 30;
export const CONSUMPTION: Readonly<Record<Activity, { fuel: number; ammo: number }>> = {
  idle: { fuel: 0, ammo: 0 },
  move: { fuel: 4, ammo: 0 },
  combat: { fuel: 3, ammo: 5 },
};
/**
 * Command friction at 100 % leaves a unit this share less movement a turn: orders arrive late,
 * columns jam and wait for fuel (the stalled approach to Kyiv in February–March 2022; RAND
 * RR-A2031-1 on the friction its 2016 games left out).
 */
export const COMMAND_FRICTION_MOVEMENT = 0.35;

/**
 * A night turn (18:00–06:00) leaves a unit this share of its movement: columns drive blacked
 * out, slower and with longer halts, through country whose bridges and junctions must be
 * checked. The share is this project's assumption. With it a road march on Riga from Pskov
 * takes four turns rather than three, as RAND's fastest games did (36 h; MODEL.md §1, R1).
 */
export const NIGHT_MOVEMENT = 0.75;

// ───────────────────────── Scenario parameters (issue 7) ─────────────────────────

/**
 * The share of the allied air effort over the Baltic that the United States flies. RAND
 * RR-1253 rested NATO's air superiority on US air power; 0.6 is this project's assumption,
 * not a published figure. `usCommitment` scales that share of a scenario's blue sorties.
 */
export const US_AIR_SHARE = 0.6;

/** Below this commitment or will, forces that depend on it do not come at all. */
export const LEAST_COMMITMENT = 0.05;

/**
 * Russian friction stretches the time its second echelon needs to reach the front by up to
 * this share (the 2022 build-up showed late, partly manned follow-on forces).
 */
export const FRICTION_ARRIVAL_DELAY = 1;

/** Logistics friction at 100 % raises consumption by this share and cuts throughput by the next. */
export const FRICTION_CONSUMPTION = 0.3;
export const FRICTION_THROUGHPUT = 0.5;

/**
 * Out of supply (Unity of Command's ladder, MODEL.md §3): after 1 turn no recovery, after 2
 * no attacks, after 3 partly immobile (half movement).
 */
export const LADDER = { noRecovery: 1, noAttack: 2, immobile: 3 } as const;

// ───── Fires and air ─────
// Air sorties and long-range fire missions are per-side pools spent on hexes (rules/fires.ts).
// SUPPORT_POWER_PER_SORTIE and SUPPORT_POWER_PER_FIRE_MISSION (combat section) set support.

/**
 * Air defence: a mission's effectiveness is 100 / (1 + k·cover) percent, with k in hundredths
 * per point of cover. One SAM brigade (strength 3) lets ~69 % of air and ~87 % of fires
 * through; two brigades under an anti-access zone (cover 10) ~40 % and ~67 %. Rockets and
 * missiles are far harder to stop than aircraft (Ukraine 2022–: GMLRS largely got through
 * Russian air defence while both air forces were kept away from the front).
 */
export const AIR_DEFENCE_K = { air: 15, fires: 5 } as const;
/** Cover an anti-access zone adds over its radius: the layered S-400/Bastion bubble, worth about a SAM brigade and a third. */
export const ZONE_AIR_DEFENCE = 4;

/**
 * Personnel lost by every enemy unit in a struck hex, per sortie or fire mission at full
 * effectiveness. A mission is worth ~a tenth of a BTG's combat power (120–160 points against
 * ~1,600) but is aimed at a located target rather than spread over a fight, so it costs about
 * a third of what a turn of defending costs (~1–1.5 %, MODEL.md §2); ten fire missions take 5 %.
 */
export const STRIKE_LOSS = { air: 0.004, fires: 0.005 } as const;
/** No single strike takes more than this share of a unit: dispersal and cover limit what fires kill. */
export const STRIKE_LOSS_CAP = 0.15;
/**
 * Cohesion a struck unit loses per percent of personnel lost, on top of COHESION_PER_LOSS_PCT:
 * being hit without a chance to hit back. Proportional to the loss, so splitting a strike into
 * many small ones gains nothing.
 */
export const STRIKE_SHOCK_PER_PCT = 1;

/**
 * Percent of a supply source's throughput knocked out per sortie or fire mission at full
 * effectiveness. Precision rockets against fixed depots did most (HIMARS on Russian depots
 * in 2022 forced them back beyond reach). Damage is capped at 90 %: something always moves.
 */
export const SOURCE_DAMAGE = { air: 5, fires: 6 } as const;
export const SOURCE_DAMAGE_CAP = 90;
/** Percent of source damage repaired at the start of each of its side's turns (a 90 % hit takes ~4½ days). */
export const SOURCE_REPAIR_PER_TURN = 10;

/**
 * Percent of supply lost passing through an interdicted hex, per sortie or fire mission at
 * full effectiveness. Aircraft loiter over roads and hit what moves; rockets need a fixed aim
 * point (a bridge, a junction). Capped: interdiction slows supply but never stopped it
 * (Operation Strangle, Italy 1944 and Korea 1951: traffic fell, trucks and night moves made up).
 */
export const INTERDICT_PCT = { air: 5, fires: 3 } as const;
export const INTERDICT_CAP = 70;

// ───── Supply tracing ─────
// Supply is traced from a side's sources along rail without limit, then by truck with a
// range (MODEL.md §3, after Unity of Command II). Costs are tenths of an hour of transit, as
// for movement, so they stay integers.

/**
 * A military train over a ~10 km hex: ~35 km/h averaged over the line, with passing loops
 * and staging. Cheap enough that rail distance hardly matters, as MODEL.md §3 asks.
 */
export const SUPPLY_RAIL_COST = 3;

/**
 * Changing between the 1,520 mm network (Baltic states, Belarus, Russia) and the 1,435 mm one
 * (Poland; standard gauge reaches only to Kaunas until Rail Baltica, MODEL.md §3): every wagon
 * is unloaded and reloaded or re-bogied. Judgement: 12 hours of delay at a transshipment yard,
 * and a fifth of what is sent lost to the yard's lower capacity.
 */
export const GAUGE_BREAK_DELAY = 120;
export const GAUGE_BREAK_LOSS = 20;

/** Supply trucks on a mapped road: a convoy's ~20 km/h average with halts and traffic. */
export const SUPPLY_ROAD_COST = 5;

/**
 * Trucks off the mapped roads, on the secondary roads and tracks a 10 km hex always has:
 * ~12 km/h in open country, ~8 in woods, 5 in bog; towns about as fast as a road.
 */
export const SUPPLY_OFFROAD_COST = { open: 8, forest: 12, marsh: 20, urban: 6 } as const;

/** Trucks crossing a river edge no bridge spans: a ferry or a ford, two hours. */
export const SUPPLY_RIVER_COST = 20;

/**
 * How far supply goes by truck from the rail net or a source: 4 hours one way, ~80 km by road
 * (50 km across open country, 30 in forest). Vershinin ("Feeding the Bear", War on the Rocks, 2021) puts the
 * Russian truck fleet's reach at about 150 km from a railhead for a round trip a day; a 12-hour
 * turn fits half that, with loading and unloading.
 */
export const SUPPLY_RANGE = 40;

/** Beyond this much of the truck range, supply counts as "short" (three quarters of it). */
export const SUPPLY_SHORT_RANGE = 30;

/** Delivery falls linearly with the truck leg to this percent at the range limit. */
export const RANGE_DELIVERY_FLOOR = 50;

/**
 * An interdict mission with effect 100 % adds this delay (6 hours: convoys moving at night,
 * detours round cut bridges) to supply passing its hex, pro rata; its effect is also the
 * percent of the supply lost there.
 */
export const INTERDICTION_DELAY = 60;
