// Objectives and victory: red wins by holding enough objective points; blue wins by
// denying that until the last turn. A side with no units left loses.

import type { BoardState, GameStatus, Objective, Side } from "../types";
import { sideLabel } from "../occupancy";
import { templateOf } from "../templates";

export function pointsHeld(objectives: readonly Objective[], holders: Record<string, Side>, side: Side): number {
  let points = 0;
  for (const o of objectives) if (holders[String(o.hex)] === side) points += o.points;
  return points;
}

/**
 * The status after a change: the game ends at once when red has enough or a side is gone.
 * `after` gives the units and control as a command leaves them, before they are written:
 * judged through an immer draft instead, the objectives and each of them became proxies,
 * which cost more than the rest of the command's write.
 */
export function suddenDeath(state: BoardState, after: Pick<BoardState, "units" | "control"> = state): GameStatus {
  const red = pointsHeld(state.objectives, after.control, "red");
  if (red >= state.redPointsToWin) {
    return { kind: "over", winner: "red", reason: `Red holds ${red} objective points of the ${state.redPointsToWin} it needs.` };
  }
  for (const side of state.order) {
    if (!after.units.some((u) => u.side === side && u.hex >= 0)) {
      const winner: Side = side === "red" ? "blue" : "red";
      return { kind: "over", winner, reason: `${sideLabel(side)} has no units left.` };
    }
  }
  for (const side of state.order) {
    const limit = state.lossLimits?.[side];
    if (limit === undefined) continue;
    const lost = lossPct(after, side);
    if (lost >= limit) {
      const winner: Side = side === "red" ? "blue" : "red";
      return { kind: "over", winner, reason: `${sideLabel(side)} has lost ${Math.floor(lost)} % of its personnel, past the ${limit} % at which it gives up the war.` };
    }
  }
  return { kind: "playing" };
}

/** Percent of the personnel a side has fielded (its units' authorised strength) that it has lost. */
export function lossPct(state: Pick<BoardState, "units">, side: Side): number {
  let fielded = 0;
  let left = 0;
  for (const u of state.units) {
    if (u.side !== side) continue;
    fielded += templateOf(u.template).personnel;
    if (u.hex >= 0) left += u.personnel;
  }
  return fielded === 0 ? 0 : (100 * (fielded - left)) / fielded;
}

/** The result when the last turn ends without a sudden-death decision. */
export function atTimeLimit(state: BoardState): GameStatus {
  const red = pointsHeld(state.objectives, state.control, "red");
  return {
    kind: "over",
    winner: "blue",
    reason: `Time is up: red holds ${red} objective points, short of the ${state.redPointsToWin} it needed.`,
  };
}
