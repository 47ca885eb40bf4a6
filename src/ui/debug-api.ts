// ?debug=1: window.easternFlank, a small handle for end-to-end tests. Nothing else uses it.
//
// `ready` is a Promise that resolves to `true` once the board has been drawn the first time;
// `hexToScreen` answers in page (client) pixels under the current camera, for mouse clicks.

import { hash, type ApplyResult, type Command, type GameState, type HexId } from "../engine";
import type { BoardHandle } from "../render/start-board";
import type { GameController } from "./game-controller";

export interface DebugApi {
  state(): GameState;
  dispatch(command: Command): ApplyResult;
  hexToScreen(id: HexId): { x: number; y: number };
  /** The engine's canonical hash of the current state. */
  hash(): string;
  /** The board camera's zoom and scroll (read only). */
  camera(): { zoom: number; scrollX: number; scrollY: number };
  ready: Promise<true>;
}

declare global {
  interface Window {
    easternFlank?: DebugApi;
  }
}

export function installDebugApi(controller: GameController, board: BoardHandle): void {
  window.easternFlank = {
    state: () => controller.state,
    dispatch: (command) => controller.dispatch(command),
    hexToScreen: (id) => board.hexToClient(id),
    hash: () => hash(controller.state),
    camera: () => board.camera(),
    ready: board.ready,
  };
}
