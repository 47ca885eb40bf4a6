// The help overlay: every keyboard and mouse shortcut, from the lists in shortcuts.ts (and
// any group another part of the page passes in), in a modal dialog that ? opens and
// Escape or ? closes.

import { el, focusBack } from "./dom";
import { shortcutGroups, type ShortcutGroup } from "./shortcuts";

export interface HelpOverlay {
  toggle(): void;
  readonly dialog: HTMLDialogElement;
}

export function mountHelpOverlay(extra: readonly ShortcutGroup[] = []): HelpOverlay {
  const title = el("h2", { id: "help-title" }, "Keys and mouse");
  const groups = shortcutGroups(extra).map((group) =>
    el(
      "section",
      {},
      el("h3", {}, group.title),
      el("dl", { className: "shortcuts" }, ...group.shortcuts.flatMap((s) => [el("dt", {}, el("kbd", {}, s.key)), el("dd", {}, s.action)])),
    ),
  );
  const close = el("button", { id: "help-close", type: "button" }, "Close");
  const dialog = el("dialog", { id: "help-overlay", className: "order-dialog" }, title, el("div", { className: "help-groups" }, ...groups), el("div", { className: "buttons" }, close));
  dialog.setAttribute("aria-labelledby", "help-title");
  document.body.append(dialog);
  let returnFocus: Element | null = null;

  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("keydown", (e) => {
    if (e.key === "?") {
      e.preventDefault();
      dialog.close();
    }
  });
  dialog.addEventListener("close", () => {
    const back = returnFocus;
    returnFocus = null;
    focusBack(back);
  });
  return {
    dialog,
    toggle() {
      if (dialog.open) {
        dialog.close();
        return;
      }
      returnFocus = document.activeElement;
      dialog.showModal();
      close.focus();
    },
  };
}
