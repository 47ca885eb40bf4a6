// What the board needs from the game around it: a view to draw, the selection to highlight,
// and somewhere to send the player's intents. The board never changes game state itself.

import type { HexId, HexMap, PlayerView, Reach, UnitId } from "../engine";

export interface Selection {
  unit: UnitId;
  /** Where the unit can move now; null for a unit that is only being inspected. */
  reach: Reach | null;
}

/** What the board hears after a change: a redraw is due, and `focus` asks it to bring a hex into view. */
export interface BoardNotice {
  kind: string;
  /** With kind "focus": the hex to show (the camera pans to it unless it is well inside the view). */
  hex?: HexId;
}

export interface BoardModel {
  readonly map: HexMap;
  /** The state as the player at the screen may see it. */
  view(): PlayerView;
  selection(): Selection | null;
  /**
   * The hex the player is pointing at with the keyboard or last clicked: where Enter acts and a
   * mission goes. Null before the player has chosen any.
   */
  cursor(): HexId | null;
  /** The player clicked (or tapped) a hex. */
  hexClicked(hex: HexId): void;
  /** The player picked one unit of a stack (its counter, fanned out on hover); null clears the selection. */
  select(unitId: UnitId | null): void;
  /** Calls `listener` after every change of view, selection or cursor; returns an unsubscribe function. */
  subscribe(listener: (notice: BoardNotice) => void): () => void;
}
