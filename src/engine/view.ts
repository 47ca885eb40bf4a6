// What one side may see: its own units, the enemy units it detects, and no dice.

import { mapOf } from "./map";
import { detectedBy } from "./rules/visibility";
import type { BoardState, GameState, PlayerView, Side } from "./types";

export function playerView(state: GameState | PlayerView, side: Side): PlayerView {
  const seen = detectedBy(mapOf(state), state, side);
  const units: BoardState["units"] = state.units.filter((u) => u.side === side || seen.has(u.id));
  const { units: _all, ...rest } = state;
  const arrivals = state.arrivals.some((a) => a.side !== side) ? state.arrivals.filter((a) => a.side === side) : state.arrivals;
  const board: BoardState & { rng?: unknown; viewer?: unknown } = { ...rest, units, arrivals };
  delete board.rng;
  delete board.viewer;
  return { ...board, viewer: side };
}
