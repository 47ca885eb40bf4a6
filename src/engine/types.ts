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

export interface Unit {
  id: UnitId;
  side: Side;
  name: string;
  /** Unit template id (src/engine/templates.ts). */
  template: string;
  /** ISO 3166-1 alpha-2 code of the nation that fields it. */
  nation: string;
  hex: HexId;
  /** Movement points left this turn, in tenths of a point. */
  mp: number;
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
  objectives: Objective[];
  /** Who holds each objective, by hex id. */
  control: Record<string, Side>;
  /** Victory points that make red win at once. */
  redPointsToWin: number;
  status: GameStatus;
}

export interface GameState extends BoardState {
  rng: RngState;
}

/** The state as one side may see it: enemy units it cannot detect are absent, and no dice. */
export interface PlayerView extends BoardState {
  viewer: Side;
}

export type Command =
  | { type: "move"; side: Side; unit: UnitId; path: HexId[] }
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
  | { type: "turn-ended"; side: Side; next: Side; turn: number; hour: number }
  | { type: "game-over"; winner: Side | "none"; reason: string };

export interface ApplyResult<S extends GameState = GameState> {
  state: S;
  events: GameEvent[];
  rejection?: Rejection;
}
