// What the board needs from the game around it: a view to draw, the selection to highlight,
// and somewhere to send the player's intents. The board never changes game state itself.

import type { HexId, HexMap, PlayerView, Reach, UnitId } from "../engine";

export interface Selection {
  unit: UnitId;
  /** Where the unit can move now; null for a unit that is only being inspected. */
  reach: Reach | null;
}

export interface BoardModel {
  readonly map: HexMap;
  /** The state as the player at the screen may see it. */
  view(): PlayerView;
  selection(): Selection | null;
  /** The player clicked (or tapped) a hex. */
  hexClicked(hex: HexId): void;
  /** Calls `listener` after every change of view or selection; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
