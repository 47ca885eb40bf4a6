// Names of countries and waters, baked into the board texture beneath everything else, so
// the region reads at a glance when zoomed out: large, pale, letter-spaced, like an atlas.

import { countryOf, isWater, type HexMap } from "../engine";
import { countryName } from "./country-names";
import { hexToWorld, lonLatToWorld, type Layout } from "./layout";
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

/** Mean position of each country's land hexes (Russia's mainland and exclave apart). */
function countryCentres(map: HexMap, layout: Layout): Map<string, { x: number; y: number; n: number }> {
  const sums = new Map<string, { x: number; y: number; n: number }>();
  for (let id = 0; id < map.size; id++) {
    const c = countryOf(map, id);
    if (!c || isWater(map, id)) continue;
    const p = hexToWorld(layout, id);
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

export function drawMapLabels(ctx: CanvasRenderingContext2D, layout: Layout): void {
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  for (const [code, c] of countryCentres(layout.map, layout)) {
    if (!LABELLED.has(code) || c.n < MIN_HEXES) continue;
    const name = labelOf(code);
    const size = code === "RU-KGD" ? 36 : Math.min(110, 40 + Math.sqrt(c.n) * 1.6);
    // The exclave's name is its city's: below it, only whose territory it is.
    const y = code === "RU-KGD" ? c.y + 60 : c.y;
    ctx.font = `600 ${Math.round(size)}px system-ui, sans-serif`;
    ctx.lineWidth = size / 8;
    ctx.strokeStyle = rgba(0xffffff, 0.35);
    ctx.strokeText(spaced(name), c.x, y);
    ctx.fillStyle = rgba(COUNTRY_LABEL_COLOUR, 0.4);
    ctx.fillText(spaced(name), c.x, y);
  }
  for (const w of WATERS) {
    const p = lonLatToWorld(layout, w.lat, w.lon);
    ctx.font = `italic 500 ${w.size}px Georgia, serif`;
    // Seas are dark: pale names. Lakes and land are light: dark names.
    const onLand = w.name.startsWith("Lake") || w.name.startsWith("Suwałki");
    ctx.fillStyle = onLand ? rgba(0x1b3a57, 0.85) : css(SEA_LABEL_COLOUR);
    ctx.fillText(spaced(w.name), p.x, p.y);
  }
}
