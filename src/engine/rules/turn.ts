// End of a side's turn: the next side moves; when every side has moved the clock advances
// by the phase's turn length. Upkeep at the turn's edges (movement, supply) is in upkeep.ts.

import { TURN_HOURS } from "../params";
import type { BoardState, GameEvent, GameStatus, Side } from "../types";
import { atTimeLimit } from "./victory";

export interface TurnChange {
  next: Side;
  turn: number;
  hour: number;
  status: GameStatus;
  events: GameEvent[];
}

export function nextTurn(state: BoardState): TurnChange {
  const index = state.order.indexOf(state.active);
  const wraps = index === state.order.length - 1;
  const next = state.order[wraps ? 0 : index + 1] ?? state.active;
  const turn = wraps ? state.turn + 1 : state.turn;
  const hour = wraps ? state.hour + TURN_HOURS[state.phase] : state.hour;
  if (turn > state.lastTurn) {
    // Time is up: the game ends on its last turn; no side is to play a turn that never comes.
    const status = atTimeLimit(state);
    const events: GameEvent[] = [{ type: "turn-ended", side: state.active, next: state.active, turn: state.turn, hour: state.hour }];
    if (status.kind === "over") events.push({ type: "game-over", winner: status.winner, reason: status.reason });
    return { next: state.active, turn: state.turn, hour: state.hour, status, events };
  }
  const events: GameEvent[] = [{ type: "turn-ended", side: state.active, next, turn, hour }];
  return { next, turn, hour, status: state.status, events };
}
