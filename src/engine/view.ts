// What one side may see: its own units, the enemy units it detects, and no dice.

import { mapOf } from "./map";
import { detectedBy, noteDetected } from "./rules/visibility";
import type { BoardState, GameState, PlayerView, Side } from "./types";

// The last answer of ownArrivals per side, with the array it came from: arrivals change a few
// times a game, views are made on every command, and filtering them was a third of the view's cost.
const arrivalsSeen: Partial<Record<Side, { all: BoardState["arrivals"]; own: BoardState["arrivals"] }>> = {};

/** The arrivals of `side` (the array itself when they are all its own). */
function ownArrivals(all: BoardState["arrivals"], side: Side): BoardState["arrivals"] {
  const last = arrivalsSeen[side];
  if (last?.all === all) return last.own;
  // Frozen as the state's own are: one array now serves many views.
  const own = all.some((a) => a.side !== side) ? (Object.freeze(all.filter((a) => a.side === side)) as BoardState["arrivals"]) : all;
  arrivalsSeen[side] = { all, own };
  return own;
}

export function playerView(state: GameState | PlayerView, side: Side): PlayerView {
  const map = mapOf(state);
  const seen = detectedBy(map, state, side);
  const units: BoardState["units"] = [];
  for (const u of state.units) if (u.side === side || seen.has(u.id)) units.push(u);
  const arrivals = ownArrivals(state.arrivals, side);
  // The view holds every own unit and exactly the enemies seen, so it detects the same ones.
  noteDetected(map, units, side, seen);
  // Written out field by field, not spread from the state less its dice: the computer player
  // asks for a view on every command, and the spread and `delete` were most of its cost. The
  // order is the state's (setup.ts), with the units and the viewer last, as the spread left them.
  return {
    scenario: state.scenario,
    map: state.map,
    phase: state.phase,
    turn: state.turn,
    hour: state.hour,
    lastTurn: state.lastTurn,
    order: state.order,
    active: state.active,
    arrivals,
    objectives: state.objectives,
    control: state.control,
    redPointsToWin: state.redPointsToWin,
    status: state.status,
    settings: state.settings,
    sources: state.sources,
    sourceDamage: state.sourceDamage,
    zones: state.zones,
    pools: state.pools,
    missions: state.missions,
    units,
    viewer: side,
    // Only scenarios with victory by losses have the field; the others' views stay as they were.
    ...(state.lossLimits ? { lossLimits: state.lossLimits } : {}),
  };
}
