// The game at the screen: a GameSession, the hot-seat view (the side to move sees its own
// fog of war), the selected unit, and the intents of the board and the panels turned into
// commands. Every change of state goes through GameSession.dispatch.

import {
  mapOf,
  pathTo,
  playerView,
  reachable,
  unitById,
  type ApplyResult,
  type Command,
  type GameEvent,
  type GameState,
  type HexId,
  type HexMap,
  type PlayerView,
  type Rejection,
} from "../engine";
import type { BoardModel, Selection } from "../render/board-model";
import type { GameSession } from "../session";

export type Notice =
  | { kind: "applied"; command: Command; events: GameEvent[]; before: GameState }
  | { kind: "rejected"; command: Command; rejection: Rejection }
  | { kind: "undone"; command: Command; before: GameState }
  | { kind: "selected" }
  | { kind: "info"; message: string };

type Listener = (notice: Notice) => void;

/** Everything, for when the game is over and there is nothing left to hide. */
function openView(state: GameState): PlayerView {
  const { rng: _rng, ...board } = state;
  return { ...board, viewer: state.active };
}

export class GameController implements BoardModel {
  readonly map: HexMap;
  private selected: Selection | null = null;
  private readonly listeners = new Set<Listener>();
  private cache: { state: GameState; view: PlayerView } | null = null;

  constructor(readonly session: GameSession) {
    this.map = mapOf(session.state);
  }

  get state(): GameState {
    return this.session.state;
  }

  /** The view of the side to move (hot-seat), or the whole board once the game is over. */
  view(): PlayerView {
    const state = this.session.state;
    if (this.cache?.state !== state) {
      const view = state.status.kind === "over" ? openView(state) : playerView(state, state.active);
      this.cache = { state, view };
    }
    return this.cache.view;
  }

  selection(): Selection | null {
    return this.selected;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Gives a command to the session; the result is returned as the engine gave it. */
  dispatch(command: Command): ApplyResult {
    const before = this.session.state;
    const result = this.session.dispatch(command);
    if (result.rejection) {
      this.notify({ kind: "rejected", command, rejection: result.rejection });
      return result;
    }
    if (result.state.active !== before.active) this.selected = null;
    this.refreshSelection();
    this.notify({ kind: "applied", command, events: result.events, before });
    return result;
  }

  endTurn(): ApplyResult {
    return this.dispatch({ type: "end-turn", side: this.session.state.active });
  }

  undo(): boolean {
    const command = this.session.commands[this.session.commands.length - 1];
    if (!command || !this.session.undo()) {
      this.notify({ kind: "info", message: "There is nothing to undo." });
      return false;
    }
    this.selected = null;
    this.notify({ kind: "undone", command, before: this.session.state });
    return true;
  }

  /** A click on a hex: move the selected unit there, or select (cycle through) what is there. */
  hexClicked(hex: HexId): void {
    const view = this.view();
    const selected = this.selected;
    const mover = selected ? unitById(view, selected.unit) : undefined;
    if (view.status.kind === "playing" && mover && selected?.reach?.destinations.includes(hex)) {
      this.dispatch({ type: "move", side: mover.side, unit: mover.id, path: pathTo(selected.reach, hex) });
      return;
    }
    const here = view.units.filter((u) => u.hex === hex);
    const own = here.filter((u) => u.side === view.viewer);
    const pool = own.length > 0 ? own : here;
    const next = pool[(pool.findIndex((u) => u.id === selected?.unit) + 1) % Math.max(1, pool.length)];
    this.select(next?.id ?? null);
  }

  select(unitId: string | null): void {
    this.selected = unitId === null ? null : { unit: unitId, reach: null };
    this.refreshSelection();
    this.notify({ kind: "selected" });
  }

  /** Keeps the selection consistent with the current view, and its reach current. */
  private refreshSelection(): void {
    const selected = this.selected;
    if (!selected) return;
    const view = this.view();
    const unit = unitById(view, selected.unit);
    if (!unit) {
      this.selected = null;
      return;
    }
    const movable = view.status.kind === "playing" && unit.side === view.active;
    this.selected = { unit: unit.id, reach: movable ? reachable(this.map, view, unit) : null };
  }

  private notify(notice: Notice): void {
    for (const listener of this.listeners) listener(notice);
  }
}
