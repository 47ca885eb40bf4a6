// The game at the screen: a GameSession, the hot-seat view (the side to move sees its own
// fog of war), the selected unit, the hex last chosen on the map, and the intents of the
// board and the panels turned into commands or requests to open a panel. Every change of
// state goes through GameSession.dispatch.

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
  type Side,
} from "../engine";
import type { BoardModel, Selection } from "../render/board-model";
import type { GameSession } from "../session";
import { enemiesAt, reaches } from "./attack-options";

export type Notice =
  | { kind: "applied"; command: Command; events: GameEvent[]; before: GameState }
  | { kind: "rejected"; command: Command; rejection: Rejection }
  | { kind: "undone"; command: Command; before: GameState }
  | { kind: "selected" }
  | { kind: "info"; message: string }
  /** The player asked to attack `target` with the selected unit: the attack panel opens. */
  | { kind: "attack-requested"; target: HexId }
  /** The board should bring `hex` into view (a unit picked by key, a log entry clicked, the cursor moved). */
  | { kind: "focus"; hex: HexId }
  /** A computer player's account of its turn, for the log. */
  | { kind: "computer-said"; side: Side; text: string };

type Listener = (notice: Notice) => void;

/** Everything, for when the game is over and there is nothing left to hide. */
function openView(state: GameState): PlayerView {
  const { rng: _rng, ...board } = state;
  return { ...board, viewer: state.active };
}

export class GameController implements BoardModel {
  readonly map: HexMap;
  private selected: Selection | null = null;
  private chosenHex: HexId | null = null;
  private readonly listeners = new Set<Listener>();
  private cache: { state: GameState; view: PlayerView } | null = null;
  private undoCache: { state: GameState; reason: string | null } | null = null;

  /**
   * `computer`: the sides the computer plays. Their turns are dispatched through
   * `dispatchForComputer`; the screen shows a human side's view throughout (hot seat when both
   * sides are human, everything when neither is).
   */
  constructor(
    readonly session: GameSession,
    readonly computer: ReadonlySet<Side> = new Set(),
  ) {
    this.map = mapOf(session.state);
  }

  /** Whether a person at this screen plays `side`. */
  isHuman(side: Side): boolean {
    return !this.computer.has(side);
  }

  /** The side whose view the screen shows: the side to move if a person plays it, else the person's side. */
  private viewer(state: GameState): Side | null {
    if (this.isHuman(state.active)) return state.active;
    const human = state.order.find((side) => this.isHuman(side));
    return human ?? null;
  }

  get state(): GameState {
    return this.session.state;
  }

  /** The view of the side to move (hot-seat), or the whole board once the game is over. */
  view(): PlayerView {
    const state = this.session.state;
    if (this.cache?.state !== state) {
      const viewer = this.viewer(state);
      const view = state.status.kind === "over" || viewer === null ? openView(state) : playerView(state, viewer);
      this.cache = { state, view };
    }
    return this.cache.view;
  }

  selection(): Selection | null {
    return this.selected;
  }

  /**
   * The board's cursor (BoardModel): the hex last clicked, picked by key or reached with the
   * cursor keys, where Enter acts and a mission goes unless the player picks another.
   */
  cursor(): HexId | null {
    return this.chosenHex;
  }

  /** Asks the board to show `hex`, and makes it the cursor. */
  focus(hex: HexId): void {
    this.chosenHex = hex;
    this.notify({ kind: "focus", hex });
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A person's command: refused with a sentence when the computer plays that side. */
  dispatch(command: Command): ApplyResult {
    if (!this.isHuman(command.side)) {
      const rejection = { code: "seat/computer", message: `The computer plays ${command.side}: wait for your turn.` };
      this.notify({ kind: "rejected", command, rejection });
      return { state: this.session.state, events: [], rejection };
    }
    return this.dispatchForComputer(command);
  }

  /** Gives a command to the session; the result is returned as the engine gave it. */
  dispatchForComputer(command: Command, said: string | null = null): ApplyResult {
    const before = this.session.state;
    const result = this.session.dispatch(command);
    if (result.rejection) {
      this.notify({ kind: "rejected", command, rejection: result.rejection });
      return result;
    }
    if (result.state.active !== before.active) this.selected = null;
    this.refreshSelection();
    this.notify({ kind: "applied", command, events: result.events, before });
    if (said) this.notify({ kind: "computer-said", side: command.side, text: said });
    return result;
  }

  endTurn(): ApplyResult {
    return this.dispatch({ type: "end-turn", side: this.session.state.active });
  }

  /** Why the last command cannot be taken back (session/undo-rule.ts), or null when it can. */
  whyNoUndo(): string | null {
    const state = this.session.state;
    const last = this.session.commands[this.session.commands.length - 1];
    if (last && !this.isHuman(last.side)) return "The computer's orders stand: there is none of yours to take back.";
    if (this.undoCache?.state !== state) this.undoCache = { state, reason: this.session.whyNoUndo() };
    return this.undoCache.reason;
  }

  /** Takes back the last move if the undo rule allows it; otherwise says why not. */
  undo(): boolean {
    const command = this.session.commands[this.session.commands.length - 1];
    const reason = this.whyNoUndo();
    if (!command || reason !== null || !this.session.undo()) {
      this.notify({ kind: "info", message: reason ?? "There is nothing to undo." });
      return false;
    }
    this.selected = null;
    this.notify({ kind: "undone", command, before: this.session.state });
    return true;
  }

  /**
   * A click on a hex: move the selected unit there; with one of the player's units selected,
   * an enemy it reaches opens the attack panel; otherwise select (cycle through) what is there.
   */
  hexClicked(hex: HexId): void {
    const view = this.view();
    const selected = this.selected;
    const mover = selected ? unitById(view, selected.unit) : undefined;
    this.chosenHex = hex;
    if (view.status.kind === "playing" && mover && selected?.reach?.destinations.includes(hex)) {
      this.dispatch({ type: "move", side: mover.side, unit: mover.id, path: pathTo(selected.reach, hex) });
      return;
    }
    if (view.status.kind === "playing" && mover?.side === view.active && enemiesAt(view, hex).length > 0 && reaches(this.map, mover, hex)) {
      this.requestAttack(hex);
      return;
    }
    const here = view.units.filter((u) => u.hex === hex);
    const own = here.filter((u) => u.side === view.viewer);
    const pool = own.length > 0 ? own : here;
    const next = pool[(pool.findIndex((u) => u.id === selected?.unit) + 1) % Math.max(1, pool.length)];
    this.select(next?.id ?? null);
  }

  /** Asks for the attack panel against `target`; the panel itself checks what is possible. */
  requestAttack(target: HexId): void {
    this.chosenHex = target;
    this.notify({ kind: "attack-requested", target });
  }

  /** A message for the player that is not the result of a command (a key with nothing to act on). */
  inform(message: string): void {
    this.notify({ kind: "info", message });
  }

  /**
   * Selects the next (step 1) or previous (-1) of the side's units that can still act this
   * turn — time left and not yet attacked — or of all its units when none can: the keyboard
   * player's way onto the board.
   */
  selectNext(step: 1 | -1): void {
    const view = this.view();
    const own = view.units.filter((u) => u.side === view.viewer && u.hex >= 0 && u.condition !== "destroyed");
    const acting = own.filter((u) => u.mp > 0 && !u.attacked);
    const pool = acting.length > 0 ? acting : own;
    if (pool.length === 0) {
      this.inform("You have no units on the board.");
      return;
    }
    const at = pool.findIndex((u) => u.id === this.selected?.unit);
    const next = at < 0 ? (step === 1 ? 0 : pool.length - 1) : (at + step + pool.length) % pool.length;
    const unit = pool[next];
    if (unit) {
      this.select(unit.id);
      this.focus(unit.hex);
    }
  }

  /**
   * Moves the cursor by whole columns and rows of the hex grid (offset coordinates: a row up or
   * down is always a neighbouring hex), starting from the selected unit when there is no cursor
   * yet, and asks the board to keep it in view.
   */
  moveCursor(dCol: number, dRow: number): void {
    const map = this.map;
    const view = this.view();
    const selectedUnit = this.selected ? unitById(view, this.selected.unit) : undefined;
    const from = this.chosenHex ?? selectedUnit?.hex ?? view.units.find((u) => u.side === view.viewer && u.hex >= 0)?.hex;
    if (from === undefined) {
      this.inform("There is nothing on the board to start the cursor from.");
      return;
    }
    const row = Math.floor(from / map.cols);
    const col = from - row * map.cols;
    const nextRow = Math.min(map.rows - 1, Math.max(0, row + dRow));
    const nextCol = Math.min(map.cols - 1, Math.max(0, col + dCol));
    this.focus(nextRow * map.cols + nextCol);
  }

  /** Enter at the cursor: the same as clicking the cursor's hex. */
  actAtCursor(): void {
    if (this.chosenHex === null) {
      this.inform("Press N to pick one of your units, or Shift and an arrow key to move the cursor, then Enter.");
      return;
    }
    this.hexClicked(this.chosenHex);
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
    const movable = view.status.kind === "playing" && unit.side === view.active && this.isHuman(unit.side);
    this.selected = { unit: unit.id, reach: movable ? reachable(this.map, view, unit) : null };
  }

  private notify(notice: Notice): void {
    for (const listener of this.listeners) listener(notice);
  }
}
