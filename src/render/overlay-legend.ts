// The overlays' legend and switches: a small box in the board's lower left corner (board-corner.ts)
// that lists every overlay with its key, says which are shown and what their shading means. Each
// entry is a button that toggles its overlay, as the key does: a tablet has no keys. On a narrow
// board the box folds to one row of short switches (the board is for the map); a tap on its
// title opens the key to the shading. A polite live region, so a screen reader hears "Supply: on"
// when the key is pressed, folded or not.

import { boardCorner } from "./board-corner";
import { OVERLAYS, type OverlayId } from "./overlay-keys";

/** Boards narrower than this (CSS pixels) start with the box folded: open, it would cover a fifth of the map. */
const FOLD_BELOW_PX = 800;

interface Entry {
  item: HTMLElement;
  button: HTMLButtonElement;
  label: HTMLElement;
  note: HTMLElement;
}

/** A button that toggles on a click or a tap without taking the keys from the board. */
function cornerButton(className: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = className;
  // A mouse press would move the focus here, and the board's keys (pan, 1–5) would stop.
  button.addEventListener("mousedown", (event) => event.preventDefault());
  button.addEventListener("click", onClick);
  return button;
}

export class OverlayLegend {
  private readonly box: HTMLElement;
  private readonly fold: HTMLButtonElement;
  private readonly entries = new Map<OverlayId, Entry>();

  constructor(host: HTMLElement, onToggle: (id: OverlayId) => void) {
    document.getElementById("overlay-legend")?.remove();
    const box = document.createElement("section");
    box.id = "overlay-legend";
    box.setAttribute("aria-label", "Map overlays");
    box.setAttribute("aria-live", "polite");
    this.fold = cornerButton("legend-fold", () => this.setFolded(this.fold.getAttribute("aria-expanded") === "true"));
    this.fold.setAttribute("aria-controls", "overlay-list");
    this.fold.title = "Show or hide what each overlay's shading means";
    const title = document.createElement("strong");
    const keys = document.createElement("span");
    keys.className = "legend-keys";
    keys.textContent = ` (keys ${OVERLAYS[0]?.key ?? ""}–${OVERLAYS[OVERLAYS.length - 1]?.key ?? ""})`;
    title.append("Overlays", keys);
    this.fold.append(title);
    const list = document.createElement("ul");
    list.id = "overlay-list";
    for (const o of OVERLAYS) {
      const item = document.createElement("li");
      item.dataset.overlay = o.id;
      const button = cornerButton("legend-switch", () => onToggle(o.id));
      // Folded, a switch shows its key and this word; its full label stays for screen readers.
      button.dataset.short = o.name.split(" ")[0] ?? o.name;
      const key = document.createElement("kbd");
      key.textContent = o.key;
      const label = document.createElement("span");
      button.append(key, label);
      const note = document.createElement("span");
      note.className = "legend-note";
      item.append(button, note);
      list.append(item);
      this.entries.set(o.id, { item, button, label, note });
    }
    box.append(this.fold, list);
    // Placed (and kept off the pointer but for its buttons) by the corner column it joins.
    boardCorner(host).append(box);
    this.box = box;
    this.setFolded(host.clientWidth < FOLD_BELOW_PX);
  }

  /** Rewrites the entries whose text changed (so the live region reads out only those). */
  update(shown: Readonly<Record<OverlayId, boolean>>, notes: Partial<Record<OverlayId, string>>): void {
    for (const o of OVERLAYS) {
      const entry = this.entries.get(o.id);
      if (!entry) continue;
      const on = shown[o.id];
      const note = notes[o.id];
      const label = `${o.name}: ${on ? "on" : "off"}`;
      const detail = on ? ` (${o.legend}${note ? `; ${note}` : ""})` : "";
      if (entry.label.textContent === label && entry.note.textContent === detail) continue;
      entry.item.dataset.shown = String(on);
      entry.button.setAttribute("aria-pressed", String(on));
      entry.label.textContent = label;
      entry.note.textContent = detail;
    }
  }

  destroy(): void {
    this.box.remove();
  }

  private setFolded(folded: boolean): void {
    this.fold.setAttribute("aria-expanded", String(!folded));
    this.box.dataset.folded = String(folded);
  }
}
