// The hex-info box: a few lines over the board's lower left corner naming the hex under the
// pointer (or the keyboard cursor). Not a live region: it changes with every move of the mouse,
// and the panels already announce what a player chose.

import type { HexId, HexMap, PlayerView } from "../engine";
import { boardCorner } from "./board-corner";
import { hexInfoLines } from "./hex-info";
import { supplyClasses } from "./overlay-analysis";

const BOX_STYLE: Partial<CSSStyleDeclaration> = {
  margin: "0",
  padding: "0.3rem 0.6rem",
  background: "rgba(255, 255, 255, 0.94)",
  color: "#1b1b1b",
  border: "1px solid #5b5b5b",
  borderRadius: "4px",
  font: "13px/1.4 system-ui, sans-serif",
  maxWidth: "26rem",
};

export class HexInfoBox {
  private readonly box: HTMLElement;
  private shown = "";
  /** The viewer's supply by hex, traced once per view (the first time a hex is named in it). */
  private supply: { view: PlayerView; classes: Uint8Array } | null = null;

  constructor(
    host: HTMLElement,
    private readonly map: HexMap,
  ) {
    document.getElementById("hex-info")?.remove();
    const box = document.createElement("div");
    box.id = "hex-info";
    box.setAttribute("aria-label", "The hex under the pointer");
    Object.assign(box.style, BOX_STYLE);
    box.hidden = true;
    // Above the legend in the corner column.
    boardCorner(host).prepend(box);
    this.box = box;
  }

  /** Names `hex` as `view` shows it, or hides the box for null (or a point off the map). */
  show(view: PlayerView, hex: HexId | null): void {
    const on = hex !== null && hex >= 0;
    const lines = on ? hexInfoLines(this.map, view, hex, this.supplyOf(view)) : [];
    const key = on ? `${hex}\n${lines.join("\n")}` : "";
    if (key === this.shown) return;
    this.shown = key;
    this.box.hidden = !on;
    if (on) this.box.dataset.hex = String(hex);
    else delete this.box.dataset.hex;
    this.box.replaceChildren(
      ...lines.map((line, i) => {
        const row = document.createElement("div");
        row.textContent = line;
        if (i === 0) row.style.fontWeight = "600";
        return row;
      }),
    );
  }

  destroy(): void {
    this.box.remove();
  }

  private supplyOf(view: PlayerView): Uint8Array {
    if (this.supply?.view !== view) this.supply = { view, classes: supplyClasses(this.map, view) };
    return this.supply.classes;
  }
}
