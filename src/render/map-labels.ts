// Names of countries and waters, baked into the board texture beneath everything else, so
// the region reads at a glance when zoomed out: large, pale, letter-spaced, like an atlas.

import { countryOf, isWater, type HexMap } from "../engine";
import { countryName } from "./country-names";
import { lonLatToWorld, type Layout, type Point } from "./layout";
import type { Box } from "./tile-grid";
import { COUNTRY_LABEL_COLOUR, SEA_LABEL_COLOUR, css, rgba } from "./palette";

/** The countries named on the board; the exclave is labelled as Russia's territory. */
const LABELLED: ReadonlySet<string> = new Set(["EE", "LV", "LT", "PL", "RU", "RU-KGD", "BY", "FI", "SE"]);
const labelOf = (code: string): string => (code === "RU-KGD" ? "RUSSIA" : countryName(code).toUpperCase());

/** Waters (and the Suwałki gap) by the coordinates of their middle: names a map of the theatre carries. */
const WATERS: readonly { name: string; lat: number; lon: number; size: number }[] = [
  { name: "Baltic Sea", lat: 56.3, lon: 19.3, size: 110 },
  { name: "Gulf of Finland", lat: 59.87, lon: 26.2, size: 64 },
  { name: "Gulf of Riga", lat: 57.6, lon: 23.4, size: 64 },
  { name: "Lake Peipus", lat: 58.72, lon: 27.45, size: 24 },
  { name: "Lake Ladoga", lat: 60.55, lon: 31.6, size: 40 },
  { name: "Suwałki gap", lat: 54.2, lon: 23.2, size: 40 },
];

/** Labels are not drawn for countries with fewer hexes (Åland, the sliver of Ukraine). */
const MIN_HEXES = 120;

function spaced(text: string): string {
  return text.split("").join("\u2009");
}

/** Mean position of each country's land hexes (Russia's mainland and exclave apart), from the hexes' centres. */
function countryCentres(map: HexMap, centres: readonly Point[]): Map<string, { x: number; y: number; n: number }> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (let id = 0; id < map.size; id++) {
    const c = countryOf(map, id);
    const p = centres[id];
    if (!c || !p || isWater(map, id)) continue;
    const s = sums.get(c) ?? { x: 0, y: 0, n: 0 };
    s.x += p.x;
    s.y += p.y;
    s.n++;
    sums.set(c, s);
  }
  for (const s of sums.values()) {
    s.x /= s.n;
    s.y /= s.n;
  }
  return sums;
}

/** One name on the board, with the box it covers (world pixels) so a tile draws only those over it. */
export interface MapLabel {
  text: string;
  font: string;
  x: number;
  y: number;
  fill: string;
  /** A pale halo under country names, or null. */
  halo: { colour: string; width: number } | null;
  box: Box;
}

/** No letter of these fonts is wider than this share of the font size (capital W in bold is ~0.95). */
const MAX_ADVANCE = 1;

/**
 * The names of countries and waters, placed, with boxes that surely hold them: worked out once,
 * however many tiles of the board draw them. The boxes are estimated, not measured: measuring
 * loads every font before the first frame, and a box too large only costs a tile a clipped draw.
 */
export function mapLabels(layout: Layout, centres: readonly Point[]): MapLabel[] {
  const labels: MapLabel[] = [];
  const add = (text: string, font: string, size: number, x: number, y: number, fill: string, halo: MapLabel["halo"]): void => {
    // Half the width if every letter (and thin space) were as wide as the font size; a generous
    // half height: italics and accents reach past the em box.
    const half = (text.length * size * MAX_ADVANCE) / 2 + (halo?.width ?? 0) + 2;
    const tall = size * 0.75 + (halo?.width ?? 0) + 2;
    labels.push({ text, font, x, y, fill, halo, box: { minX: x - half, minY: y - tall, maxX: x + half, maxY: y + tall } });
  };
  for (const [code, c] of countryCentres(layout.map, centres)) {
    if (!LABELLED.has(code) || c.n < MIN_HEXES) continue;
    const size = code === "RU-KGD" ? 36 : Math.min(110, 40 + Math.sqrt(c.n) * 1.6);
    // The exclave's name is its city's: below it, only whose territory it is.
    const y = code === "RU-KGD" ? c.y + 60 : c.y;
    const font = `600 ${Math.round(size)}px system-ui, sans-serif`;
    add(spaced(labelOf(code)), font, size, c.x, y, rgba(COUNTRY_LABEL_COLOUR, 0.4), { colour: rgba(0xffffff, 0.35), width: size / 8 });
  }
  for (const w of WATERS) {
    const p = lonLatToWorld(layout, w.lat, w.lon);
    // Seas are dark: pale names. Lakes and land are light: dark names.
    const onLand = w.name.startsWith("Lake") || w.name.startsWith("Suwałki");
    add(spaced(w.name), `italic 500 ${w.size}px Georgia, serif`, w.size, p.x, p.y, onLand ? rgba(0x1b3a57, 0.85) : css(SEA_LABEL_COLOUR), null);
  }
  return labels;
}

export function drawMapLabel(ctx: CanvasRenderingContext2D, label: MapLabel): void {
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.font = label.font;
  if (label.halo) {
    ctx.lineWidth = label.halo.width;
    ctx.strokeStyle = label.halo.colour;
    ctx.strokeText(label.text, label.x, label.y);
  }
  ctx.fillStyle = label.fill;
  ctx.fillText(label.text, label.x, label.y);
}
