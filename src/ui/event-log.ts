// The event log: one plain sentence per event, newest last, announced politely to screen
// readers. Hot-seat players share the screen, so a side's own moves are listed only while
// that side is at the screen (or once the game is over); turn ends and captures are public.

import type { GameEvent, Side } from "../engine";
import type { GameController, Notice } from "./game-controller";
import { describeCommand, describeEvent } from "./describe";

const MAX_ENTRIES = 300;
const PUBLIC_EVENTS: ReadonlySet<GameEvent["type"]> = new Set(["turn-ended", "game-over", "hex-captured"]);

export function mountEventLog(list: HTMLOListElement, controller: GameController): void {
  const add = (text: string, kind: string, side: Side, isPublic: boolean): void => {
    const item = document.createElement("li");
    item.textContent = text;
    item.className = kind;
    item.dataset.side = side;
    if (isPublic) item.dataset.public = "true";
    list.append(item);
    while (list.children.length > MAX_ENTRIES) list.firstElementChild?.remove();
  };
  const showForViewer = (): void => {
    const view = controller.view();
    const everything = view.status.kind === "over";
    for (const item of list.querySelectorAll("li")) {
      item.hidden = !(everything || item.dataset.public === "true" || item.dataset.side === view.viewer);
    }
    list.scrollTop = list.scrollHeight;
  };
  controller.subscribe((notice: Notice) => {
    if (notice.kind === "applied") {
      for (const event of notice.events) {
        add(describeEvent(event, controller.state, controller.map), event.type, notice.command.side, PUBLIC_EVENTS.has(event.type));
      }
    } else if (notice.kind === "undone") {
      add(`Took back ${describeCommand(notice.command, notice.before)}.`, "undo", notice.command.side, notice.command.type === "end-turn");
    } else return;
    showForViewer();
  });
}
