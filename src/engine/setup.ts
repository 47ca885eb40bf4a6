// Builds the first state of a game from a scenario's setup and a seed.

import { freeze } from "immer";
import { seedRng } from "./rng";
import { templateOf } from "./templates";
import { COMMAND_FRICTION_MOVEMENT, FULL_STOCKS, NIGHT_MOVEMENT, WAR_START_HOUR } from "./params";
import { isDay } from "./clock";
import type { AntiAccessZone, Arrival, ArrivalMode, GameState, HexId, Objective, Side, SideSettings, SupplySource, Unit } from "./types";

export interface UnitSetup {
  id: string;
  side: Side;
  name: string;
  template: string;
  nation: string;
  hex: HexId;
}

export interface GameSetup {
  scenario: string;
  map: string;
  order: Side[];
  lastTurn: number;
  redPointsToWin: number;
  /** Percent of its personnel a side may lose before it gives up the war (victory by losses). */
  lossLimits?: Partial<Record<Side, number>>;
  units: UnitSetup[];
  /** Units that enter later: at the start of their side's turn `turn`, at their hex. */
  arrivals?: (UnitSetup & { turn: number; by: ArrivalMode })[];
  objectives: (Objective & { holder: Side })[];
  settings?: Partial<Record<Side, Partial<SideSettings>>>;
  sources?: SupplySource[];
  zones?: AntiAccessZone[];
}

/** A side with no friction, no air or fires and no surprise: what a scenario does not say. */
export const DEFAULT_SIDE_SETTINGS: Readonly<SideSettings> = Object.freeze({
  commandFriction: 0,
  logisticsFriction: 0,
  airSorties: 0,
  fireMissions: 0,
  surpriseTurns: 0,
});

/** Movement a unit has at the start of a turn, before supply: its template's, less command friction (0–100) and at night less again. */
export function movementAllowance(templateMp: number, commandFriction: number, hour: number): number {
  const night = isDay(hour) ? 1 : NIGHT_MOVEMENT;
  return Math.round(templateMp * night * (1 - (COMMAND_FRICTION_MOVEMENT * commandFriction) / 100));
}

/** A unit as it enters the game: its template's authorised mass, rested, stocked and ready. */
export function freshUnit(u: UnitSetup, commandFriction = 0, hour = WAR_START_HOUR): Unit {
  const t = templateOf(u.template);
  return {
    ...u,
    mp: movementAllowance(t.mp, commandFriction, hour),
    personnel: t.personnel,
    tanks: t.tanks,
    ifvs: t.ifvs,
    artillery: t.artillery,
    readiness: 100,
    cohesion: 100,
    condition: "ready",
    stance: "defend",
    settled: -1,
    fuel: FULL_STOCKS,
    ammo: FULL_STOCKS,
    unsupplied: 0,
    activity: "idle",
    attacked: false,
  };
}

export function createGame(setup: GameSetup, seed: string): GameState {
  const settings = {
    red: { ...DEFAULT_SIDE_SETTINGS, ...setup.settings?.red },
    blue: { ...DEFAULT_SIDE_SETTINGS, ...setup.settings?.blue },
  };
  const units: GameState["units"] = setup.units.map((u) => freshUnit(u, settings[u.side].commandFriction));
  const control: Record<string, Side> = {};
  for (const o of setup.objectives) control[String(o.hex)] = o.holder;
  const first = setup.order[0];
  if (!first) throw new Error("a game needs at least one side");
  const state: GameState = {
    scenario: setup.scenario,
    map: setup.map,
    phase: "war",
    turn: 1,
    hour: WAR_START_HOUR,
    lastTurn: setup.lastTurn,
    order: setup.order.slice(),
    active: first,
    units,
    arrivals: (setup.arrivals ?? [])
      .map(({ turn, by, id, side, name, template, nation, hex }): Arrival => ({ turn, by, id, side, name, template, nation, hex }))
      .sort((a, b) => a.turn - b.turn || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    objectives: setup.objectives.map(({ hex, name, points }) => ({ hex, name, points })),
    control,
    redPointsToWin: setup.redPointsToWin,
    status: { kind: "playing" },
    settings,
    sources: (setup.sources ?? []).map((s) => ({ ...s })),
    sourceDamage: {},
    zones: (setup.zones ?? []).map((z) => ({ ...z })),
    pools: {
      red: { air: settings.red.airSorties, fires: settings.red.fireMissions },
      blue: { air: settings.blue.airSorties, fires: settings.blue.fireMissions },
    },
    missions: [],
    rng: seedRng(seed),
  };
  if (setup.lossLimits && Object.keys(setup.lossLimits).length > 0) state.lossLimits = { ...setup.lossLimits };
  return freeze(state, true);
}
