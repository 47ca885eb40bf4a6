// What one side may see: its own units, the enemy units it detects, and no dice.

import { mapOf } from "./map";
import { detectedBy, noteDetected } from "./rules/visibility";
import type { BoardState, GameState, PlayerView, Side } from "./types";

export function playerView(state: GameState | PlayerView, side: Side): PlayerView {
  const map = mapOf(state);
  const seen = detectedBy(map, state, side);
  const units: BoardState["units"] = [];
  for (const u of state.units) if (u.side === side || seen.has(u.id)) units.push(u);
  const arrivals = state.arrivals.some((a) => a.side !== side) ? state.arrivals.filter((a) => a.side === side) : state.arrivals;
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
