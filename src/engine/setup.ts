// Builds the first state of a game from a scenario's setup and a seed.

import { freeze } from "immer";
import { seedRng } from "./rng";
import { templateOf } from "./templates";
import { WAR_START_HOUR } from "./params";
import type { GameState, HexId, Objective, Side } from "./types";

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
  units: UnitSetup[];
  objectives: (Objective & { holder: Side })[];
}

export function createGame(setup: GameSetup, seed: string): GameState {
  const units: GameState["units"] = setup.units.map((u) => ({ ...u, mp: templateOf(u.template).mp }));
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
    objectives: setup.objectives.map(({ hex, name, points }) => ({ hex, name, points })),
    control,
    redPointsToWin: setup.redPointsToWin,
    status: { kind: "playing" },
    rng: seedRng(seed),
  };
  return freeze(state, true);
}
