// The overlays' legend: a small box in the board's lower left corner (board-corner.ts) that lists
// every overlay with its key, says which are shown and what their shading means. A polite live
// region, so a screen reader hears "Supply: on" when the key is pressed.

import { boardCorner } from "./board-corner";
import { OVERLAYS, type OverlayId } from "./overlay-keys";

const BOX_STYLE: Partial<CSSStyleDeclaration> = {
  margin: "0",
  padding: "0.35rem 0.6rem",
  background: "rgba(255, 255, 255, 0.92)",
  color: "#1b1b1b",
  border: "1px solid #5b5b5b",
  borderRadius: "4px",
  font: "12px/1.35 system-ui, sans-serif",
};

export class OverlayLegend {
  private readonly box: HTMLElement;
  private readonly items = new Map<OverlayId, HTMLElement>();

  constructor(host: HTMLElement) {
    document.getElementById("overlay-legend")?.remove();
    const box = document.createElement("section");
    box.id = "overlay-legend";
    box.setAttribute("aria-label", "Map overlays");
    box.setAttribute("aria-live", "polite");
    Object.assign(box.style, BOX_STYLE);
    const title = document.createElement("strong");
    title.textContent = `Overlays (keys ${OVERLAYS[0]?.key ?? ""}–${OVERLAYS[OVERLAYS.length - 1]?.key ?? ""})`;
    const list = document.createElement("ul");
    Object.assign(list.style, { listStyle: "none", margin: "0.15rem 0 0", padding: "0" });
    for (const o of OVERLAYS) {
      const item = document.createElement("li");
      item.dataset.overlay = o.id;
      list.append(item);
      this.items.set(o.id, item);
    }
    box.append(title, list);
    // Placed (and kept off the pointer) by the corner column it joins.
    boardCorner(host).append(box);
    this.box = box;
  }

  /** Rewrites the entries whose text changed (so the live region reads out only those). */
  update(shown: Readonly<Record<OverlayId, boolean>>, notes: Partial<Record<OverlayId, string>>): void {
    for (const o of OVERLAYS) {
      const item = this.items.get(o.id);
      if (!item) continue;
      const on = shown[o.id];
      const note = notes[o.id];
      const text = on ? `${o.name}: on (${o.legend}${note ? `; ${note}` : ""})` : `${o.name}: off`;
      const current = item.lastChild?.textContent ?? "";
      if (current === text && item.dataset.shown === String(on)) continue;
      item.dataset.shown = String(on);
      const key = document.createElement("kbd");
      key.textContent = o.key;
      Object.assign(key.style, { display: "inline-block", minWidth: "1.1em", marginRight: "0.35em", textAlign: "center", border: "1px solid #5b5b5b", borderRadius: "3px", background: "#f7f5ef" });
      const label = document.createElement("span");
      label.textContent = text;
      // Shown overlays take a line each with their key to the shading; hidden ones share lines.
      Object.assign(item.style, on ? { display: "block", marginRight: "0" } : { display: "inline-block", marginRight: "0.8em" });
      if (!on) label.style.color = "#5b5b5b";
      item.replaceChildren(key, label);
    }
  }

  destroy(): void {
    this.box.remove();
  }
}
