// Digging in: a unit that stands still improves its position turn by turn, from a hasty
// defence to a prepared one after its side's first turn-end and a fortified one after
// FORTIFIED_AFTER. The unit keeps only when it last moved (`settled`); the rest follows from
// the clock, so standing still changes nothing in the state.

import { FORTIFIED_AFTER } from "../params";
import type { BoardState, Side, Unit } from "../types";

/**
 * How many of `side`'s turns have ended in this phase: the turns before the current one, and
 * the current one too once the side has moved in it. (A later phase, with its own turn
 * count, sets each unit's `settled` anew when it begins.)
 */
export function turnsEnded(state: Pick<BoardState, "turn" | "order" | "active">, side: Side): number {
  const done = state.order.indexOf(state.active) > state.order.indexOf(side) ? 1 : 0;
  return state.turn - 1 + done;
}

/** Full turns a unit has stood still: -1 in the turn it moved, then 0, 1, … up to FORTIFIED_AFTER. */
export function dugIn(state: Pick<BoardState, "turn" | "order" | "active">, unit: Pick<Unit, "side" | "settled">): number {
  return Math.min(FORTIFIED_AFTER, turnsEnded(state, unit.side) - unit.settled - 1);
}
