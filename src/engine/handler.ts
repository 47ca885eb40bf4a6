// The shape of one command's rules: a validator that reads only what the commanding side may
// know, and a resolver that works out what happens and writes it into an immer draft.

import type { HexMap } from "./map";
import type { BoardState, Command, GameEvent, GameState, Validation } from "./types";

export type Write = (draft: GameState) => void;

export interface Handler<C extends Command> {
  validate(map: HexMap, state: BoardState, cmd: C): Validation;
  resolve(map: HexMap, state: GameState, cmd: C): { events: GameEvent[]; write: Write };
}

export const OK: Validation = { ok: true };

export function reject(code: string, message: string): Validation {
  return { ok: false, code, message };
}
