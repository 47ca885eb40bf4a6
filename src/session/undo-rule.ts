// What a player may take back. Undo must not become a way to fish for better dice or to peek
// behind the fog: a command can be taken back only if it was a plain order (a move or a stance),
// drew nothing from the generator, did not end the game and showed its side no enemy unit it
// could not see before. Anything else stands, as it would on a table with an umpire.

import { playerView, type Command, type GameState } from "../engine";

const WHAT: Record<Command["type"], string> = {
  move: "a move",
  "set-stance": "a change of stance",
  "end-turn": "the end of a turn",
  attack: "an attack",
  mission: "an air or fire mission",
};

function sameRng(a: GameState["rng"], b: GameState["rng"]): boolean {
  return a === b || (a.c === b.c && a.s0 === b.s0 && a.s1 === b.s1 && a.s2 === b.s2);
}

/**
 * Null when `command`, which took the game from `before` to `after`, may be taken back;
 * otherwise one sentence saying why not.
 */
export function whyNoUndo(before: GameState, after: GameState, command: Command): string | null {
  if (command.type !== "move" && command.type !== "set-stance") {
    return `The last order was ${WHAT[command.type]}: only a move or a change of stance can be taken back.`;
  }
  if (after.status.kind === "over") return "The game is over: its last move stands.";
  if (!sameRng(before.rng, after.rng)) return "Chance played a part in the last move, so it stands.";
  const seenBefore = new Set(playerView(before, command.side).units.map((u) => u.id));
  const revealed = playerView(after, command.side).units.filter((u) => u.side !== command.side && !seenBefore.has(u.id));
  if (revealed.length > 0) {
    const what = revealed.length === 1 ? "an enemy unit" : `${revealed.length} enemy units`;
    return `The last move revealed ${what}, so it stands.`;
  }
  return null;
}
