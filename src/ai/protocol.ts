// Messages between the page and the computer players' worker. The page sends the side's player
// view, never the whole state, so a player in the worker cannot see more than one at the table.

import type { Command, PlayerView, Side } from "../engine";
import type { AiLevel } from "./levels";

export type ToWorker =
  /** `stallMs` (tests only) makes the worker wait that long before each answer, to try the page's time budget. */
  | { type: "setup"; scenario: string; seed: string; sides: Partial<Record<Side, AiLevel>>; stallMs?: number }
  | { type: "next"; side: Side; view: PlayerView; request: number };

export type FromWorker =
  | { type: "ready" }
  | { type: "command"; request: number; side: Side; command: Command; summary: string | null; thinkMs: number }
  | { type: "failed"; request: number; message: string };
