// Town names over the board: larger towns from further out, so names never pile up, and each
// name grows as the map shrinks so it stays readable. A name is made (a canvas of its own) when
// the view first comes near its town at a zoom that shows it, or else in idle time after the
// first frame: the first board waits only for the names it shows.

import Phaser from "phaser";
import type { City } from "../engine";
import { hexToWorld, type Layout } from "./layout";
import type { Box } from "./tile-grid";

/** The camera zoom from which a town's name shows, by population: capitals and the largest cities always. */
const TOWN_ZOOMS: readonly { population: number; zoom: number }[] = [
  { population: 300_000, zoom: 0 },
  { population: 100_000, zoom: 0.3 },
  { population: 50_000, zoom: 0.55 },
  { population: 0, zoom: 0.9 },
];
const BIG_TOWN = 250_000;
/** How far a name may reach from its town, in its own pixels: half the longest name's width (16 px bold). */
const NAME_REACH_PX = 120;

/** Town names grow as the map shrinks, so they stay readable when zoomed out. */
function nameScale(zoom: number): number {
  return Phaser.Math.Clamp(0.75 / zoom, 1, 5);
}

interface Town {
  city: City;
  /** Where its name hangs from, in world pixels: just under the town's dot. */
  x: number;
  y: number;
  minZoom: number;
  text: Phaser.GameObjects.Text | null;
}

export class TownNames {
  /** Every town, those shown from furthest out first, the order they are made in idle time. */
  private readonly towns: Town[];
  /** Towns before this one in `towns` all have their names made. */
  private next = 0;
  private zoom = -1;
  private view: Box | null = null;
  /** Font metrics by style, measured on the first name of each: measuring is most of a name's cost. */
  private readonly metrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

  constructor(
    private readonly scene: Phaser.Scene,
    layout: Layout,
    private readonly depth: number,
  ) {
    this.towns = Object.entries(layout.map.cities)
      .map(([key, city]) => {
        const c = hexToWorld(layout, Number(key));
        return { city, x: c.x, y: c.y + 9, minZoom: TOWN_ZOOMS.find((z) => city.population >= z.population)?.zoom ?? Infinity, text: null };
      })
      .sort((a, b) => a.minZoom - b.minZoom);
  }

  /**
   * Shows the names this zoom shows, making those in or near the `view` (world pixels) that are
   * not made yet. Cheap when neither the zoom nor the view changed.
   */
  show(view: Box, zoom: number): void {
    const zoomed = zoom !== this.zoom;
    if (!zoomed && this.view && sameBox(view, this.view)) return;
    this.zoom = zoom;
    this.view = view;
    // Make the names that may show, their towns in view or near enough for a name to reach in.
    const reach = NAME_REACH_PX * nameScale(zoom);
    for (const town of this.towns) {
      if (town.text) {
        if (zoomed) this.place(town);
        continue;
      }
      if (town.minZoom <= zoom && town.x > view.minX - reach && town.x < view.maxX + reach && town.y > view.minY - reach && town.y < view.maxY + reach) this.make(town);
    }
  }

  /** Makes the next name not made yet; false once all are. */
  makeNext(): boolean {
    while (this.towns[this.next]?.text) this.next++;
    const town = this.towns[this.next];
    if (town) this.make(town);
    return this.next < this.towns.length - 1;
  }

  private make(town: Town): void {
    const big = town.city.population >= BIG_TOWN;
    const styleKey = big ? "big" : "small";
    const metrics = this.metrics.get(styleKey);
    town.text = this.scene.add
      .text(town.x, town.y, town.city.name, {
        fontFamily: "system-ui, sans-serif",
        fontSize: `${big ? 16 : 13}px`,
        fontStyle: big ? "bold" : "normal",
        color: "#1b1b1b",
        stroke: "#ffffff",
        strokeThickness: 4,
        resolution: 2,
        ...(metrics ? { metrics } : {}),
      })
      .setOrigin(0.5, 0)
      .setDepth(this.depth);
    if (!metrics) this.metrics.set(styleKey, town.text.style.getTextMetrics());
    this.place(town);
  }

  private place(town: Town): void {
    if (!town.text || this.zoom <= 0) return;
    town.text.setScale(nameScale(this.zoom)).setVisible(this.zoom >= town.minZoom);
  }
}

function sameBox(a: Box, b: Box): boolean {
  return a.minX === b.minX && a.minY === b.minY && a.maxX === b.maxX && a.maxY === b.maxY;
}
