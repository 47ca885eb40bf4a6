// The event log: one plain sentence per event, newest last, announced politely to screen
// readers. Hot-seat players share the screen, so a side's own moves are listed only while
// that side is at the screen (or once the game is over); turn ends and captures are public.
// An entry that happened somewhere is a button: it brings that hex into view and puts the
// cursor there.

import type { GameEvent, HexId, Side } from "../engine";
import type { GameController, Notice } from "./game-controller";
import { describeCommand, describeEvent } from "./describe";

const MAX_ENTRIES = 300;
// Both sides know of a battle, and of what it did to their units.
const PUBLIC_EVENTS: ReadonlySet<GameEvent["type"]> = new Set(["turn-ended", "game-over", "hex-captured", "combat-resolved", "unit-retreated", "unit-broken", "unit-destroyed"]);

/** Where an event happened, for the log's jump: the end of a move, the hex fought over, and so on. */
export function eventHex(event: GameEvent): HexId | null {
  switch (event.type) {
    case "unit-moved":
    case "unit-retreated":
      return event.to;
    case "move-interrupted":
    case "unit-broken":
    case "unit-rallied":
    case "unit-arrived":
    case "unit-destroyed":
      return event.at;
    case "hex-captured":
    case "mission-flown":
      return event.hex;
    case "combat-resolved":
      return event.target;
    default:
      return null;
  }
}

export function mountEventLog(list: HTMLOListElement, controller: GameController): void {
  list.addEventListener("click", (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLButtonElement>("button[data-hex]") : null;
    if (button) controller.focus(Number(button.dataset.hex));
  });
  const add = (text: string, kind: string, side: Side, isPublic: boolean, hex: HexId | null = null): void => {
    const item = document.createElement("li");
    if (hex === null) item.textContent = text;
    else {
      const jump = document.createElement("button");
      jump.type = "button";
      jump.className = "log-jump";
      jump.dataset.hex = String(hex);
      jump.title = "Show this on the map";
      jump.textContent = text;
      item.append(jump);
    }
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
        add(describeEvent(event, controller.state, controller.map), event.type, notice.command.side, PUBLIC_EVENTS.has(event.type), eventHex(event));
      }
    } else if (notice.kind === "computer-said") {
      add(notice.text, "computer-said", notice.side, true);
    } else if (notice.kind === "undone") {
      add(`Took back ${describeCommand(notice.command, notice.before)}.`, "undo", notice.command.side, false);
    } else return;
    showForViewer();
  });
}
