// The plain-JSON shapes of the game: state, units, commands, events and rejections.
// Everything here is data that survives JSON.stringify/parse unchanged.

export const SIDES = ["red", "blue"] as const;
export type Side = (typeof SIDES)[number];

/** Phases of a campaign; each has its own turn length (see params.ts). */
export type Phase = "preparation" | "crisis" | "war";

export type HexId = number;
export type UnitId = string;

/** The exportable state of seedrandom's alea generator. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/**
 * A defender's stance as the player sets it. "defend" digs in over time (hasty → prepared →
 * fortified); "delay" trades ground for time; "withdraw" pulls back when pressed.
 */
export type Stance = "defend" | "delay" | "withdraw";
export const STANCES: readonly Stance[] = ["defend", "delay", "withdraw"];

/** Dupuy's defensive postures, which the rules derive from stance and time dug in. */
export type Posture = "hasty" | "prepared" | "fortified" | "delay" | "withdrawal";
export const POSTURES: readonly Posture[] = ["hasty", "prepared", "fortified", "delay", "withdrawal"];

/** What a unit did this turn, which sets what it consumes. */
export type Activity = "idle" | "move" | "combat";

/** "broken": past its breakpoint, it cannot attack until it rallies. "destroyed": off the board. */
export type Condition = "ready" | "broken" | "destroyed";

export interface Unit {
  id: UnitId;
  side: Side;
  name: string;
  /** Unit template id (src/engine/templates.ts). */
  template: string;
  /** ISO 3166-1 alpha-2 code of the nation that fields it. */
  nation: string;
  /** Where it stands; -1 once destroyed (units are never removed from the roster). */
  hex: HexId;
  /** Movement points left this turn, in tenths of a point. */
  mp: number;
  /** Its mass now; the authorised values are in its template. */
  personnel: number;
  tanks: number;
  ifvs: number;
  artillery: number;
  /** Training, maintenance and rest, in percent of full readiness. */
  readiness: number;
  /** Morale and order, in percent; below the breakpoint (params.ts) the unit breaks. */
  cohesion: number;
  condition: Condition;
  stance: Stance;
  /**
   * How many of its side's turns had ended when it last moved (retreated, advanced); -1 for a
   * unit that has not moved since the start. How long it has dug in (hasty → prepared →
   * fortified) follows from it and the clock (`dugIn` in rules/entrenchment.ts), so a unit
   * standing still does not change from turn to turn.
   */
  settled: number;
  /** Fuel and ammunition it carries, in tenths of a day of supply. */
  fuel: number;
  ammo: number;
  /** Consecutive turns of its side without traced supply (the three-turn ladder), counted up to 3. */
  unsupplied: number;
  /** What it has done this turn; what it consumes depends on it. */
  activity: Activity;
  /** Whether it has attacked this turn (once a turn). */
  attacked: boolean;
}

/** Where a side's supply comes from: depots, railheads, ports and off-map entry points. */
export interface SupplySource {
  id: string;
  side: Side;
  kind: "depot" | "railhead" | "port" | "entry";
  name: string;
  hex: HexId;
  /** Unit-days of supply it can send out per turn. */
  throughput: number;
}

/** Settings that shape the model for one side; scenarios set them and `sim --set` varies them. */
export interface SideSettings {
  /** Command friction in percent: 0 as competent as RAND's 2016 games assumed, 100 as seen in Ukraine in 2022. */
  commandFriction: number;
  /** Logistics friction in percent, same scale. */
  logisticsFriction: number;
  /** Air sorties per turn available for support, interdiction and strikes. */
  airSorties: number;
  /** Long-range fire missions (rocket artillery, missiles) per turn. */
  fireMissions: number;
  /** Turns from the start during which this side attacks with surprise (0: none). */
  surpriseTurns: number;
}

/** A fire or air mission still in force: support for the next combat there, or interdiction. */
export interface Mission {
  side: Side;
  kind: "support" | "interdict";
  hex: HexId;
  /** Combat-power points (support) or percent of supply lost passing through (interdict). */
  effect: number;
  /** The last turn (of `until.side`'s play) in which it holds. */
  until: { turn: number; side: Side };
}

/** Air-defence cover over a zone: ports inside it deliver less, missions are weaker. */
export interface AntiAccessZone {
  side: Side;
  name: string;
  hex: HexId;
  /** Radius in hexes. */
  radius: number;
  /** Percent of a port's throughput lost inside it. */
  portPenalty: number;
}

export interface Objective {
  hex: HexId;
  name: string;
  points: number;
}

export type GameStatus =
  | { kind: "playing" }
  | { kind: "over"; winner: Side | "none"; reason: string };

/**
 * Everything about a game except the random generator: what a player may be shown, minus fog.
 * Rules that draw no dice work on this.
 */
/** How a reinforcement travels to where it enters the theatre. */
export type ArrivalMode = "air" | "sea" | "rail" | "road";

/**
 * A unit on its way: it enters at `hex` at the start of its side's turn `turn` (or the first
 * turn after when the hex is held by the enemy or full: then the nearest free hex near it).
 */
export interface Arrival extends Pick<Unit, "id" | "side" | "name" | "template" | "nation" | "hex"> {
  turn: number;
  by: ArrivalMode;
}

export interface BoardState {
  scenario: string;
  map: string;
  phase: Phase;
  /** Turn number within the phase, from 1. */
  turn: number;
  /** Hours since D+0 00:00. */
  hour: number;
  /** The turn limit of this phase; the game ends when it is reached. */
  lastTurn: number;
  /** Sides in the order they move within a turn. */
  order: Side[];
  active: Side;
  /**
   * Every unit of the game in a fixed order, each with its id. Units are never removed
   * (a destroyed unit stays, marked), so positions are stable; look one up by id with
   * `unitById(state, id)`. An array, not a record: V8 keeps a 200-key record in dictionary
   * mode, where copying it on every command costs ~100 µs against ~0.3 µs for an array.
   */
  units: Unit[];
  /** Units still to come, by turn and then id; a player's view holds only its own side's. */
  arrivals: Arrival[];
  objectives: Objective[];
  /** Who holds each objective, by hex id. */
  control: Record<string, Side>;
  /** Victory points that make red win at once. */
  redPointsToWin: number;
  /**
   * A side that has lost this percent of the personnel it fielded gives up the war; present only
   * when the scenario sets such a limit for a side.
   */
  lossLimits?: Partial<Record<Side, number>>;
  status: GameStatus;
  settings: Record<Side, SideSettings>;
  sources: SupplySource[];
  /** Percent of each source's throughput lost to strikes, by source id, recovering each turn. */
  sourceDamage: Record<string, number>;
  zones: AntiAccessZone[];
  /** Air sorties and fire missions left this turn, by side. */
  pools: Record<Side, { air: number; fires: number }>;
  missions: Mission[];
}

export interface GameState extends BoardState {
  rng: RngState;
}

/** The state as one side may see it: enemy units it cannot detect are absent, and no dice. */
export interface PlayerView extends BoardState {
  viewer: Side;
}

export type MissionKind = "support" | "interdict" | "strike";

export type Command =
  | { type: "move"; side: Side; unit: UnitId; path: HexId[] }
  | { type: "attack"; side: Side; units: UnitId[]; target: HexId }
  | { type: "set-stance"; side: Side; unit: UnitId; stance: Stance }
  | { type: "mission"; side: Side; kind: MissionKind; asset: "air" | "fires"; hex: HexId; amount: number }
  | { type: "end-turn"; side: Side };

export type CommandType = Command["type"];

export interface Rejection {
  code: string;
  message: string;
}

export type Validation = { ok: true } | ({ ok: false } & Rejection);

export type GameEvent =
  | { type: "unit-moved"; unit: UnitId; from: HexId; to: HexId; path: HexId[]; cost: number }
  | { type: "move-interrupted"; unit: UnitId; at: HexId; by: UnitId; reason: "enemy-zoc" | "enemy-in-hex" }
  | { type: "hex-captured"; hex: HexId; side: Side; name: string | null }
  | CombatResolvedEvent
  | { type: "unit-retreated"; unit: UnitId; from: HexId; to: HexId }
  | { type: "unit-broken"; unit: UnitId; at: HexId }
  | { type: "unit-rallied"; unit: UnitId; at: HexId }
  | { type: "unit-arrived"; unit: UnitId; side: Side; at: HexId; by: ArrivalMode; late: boolean }
  | { type: "unit-destroyed"; unit: UnitId; at: HexId; reason: string }
  | { type: "stance-set"; unit: UnitId; stance: Stance }
  | MissionFlownEvent
  | { type: "supply-changed"; side: Side; cut: UnitId[]; restored: UnitId[] }
  | { type: "turn-ended"; side: Side; next: Side; turn: number; hour: number }
  | { type: "game-over"; winner: Side | "none"; reason: string };

/** One factor of a combat, as the preview and the event list it. */
export interface Modifier {
  id: string;
  label: string;
  side: "attacker" | "defender";
  factor: number;
}

/** Losses of one side in one combat. */
export interface Losses {
  personnel: number;
  tanks: number;
  ifvs: number;
  artillery: number;
  /** Personnel lost as a percent of what the side brought. */
  pct: number;
}

export interface CombatResolvedEvent {
  type: "combat-resolved";
  side: Side;
  attackers: UnitId[];
  defenders: UnitId[];
  target: HexId;
  attackerPower: number;
  defenderPower: number;
  ratio: number;
  modifiers: Modifier[];
  dice: number[];
  success: boolean;
  successChance: number;
  attackerLosses: Losses;
  defenderLosses: Losses;
  /** Where the losses fell in the preview's distribution, as percentiles (0–100). */
  percentile: { attacker: number; defender: number };
  /** What became of the defenders: held, retreated, routed (broken, or lost in the retreat). */
  result: "held" | "retreated" | "routed";
  advanced: UnitId | null;
}

export interface MissionFlownEvent {
  type: "mission-flown";
  side: Side;
  kind: MissionKind;
  asset: "air" | "fires";
  hex: HexId;
  amount: number;
  /** Percent of the effect that got through the enemy's air defence. */
  effectiveness: number;
  losses: Losses | null;
}

export interface ApplyResult<S extends GameState = GameState> {
  state: S;
  events: GameEvent[];
  rejection?: Rejection;
}
