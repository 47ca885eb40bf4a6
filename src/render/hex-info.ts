// What the hex-info box says about one hex: its place, terrain and country, who holds it, the
// viewer's supply there and the units the viewer sees on it. Pure text, so it is unit-tested;
// hex-info-box.ts shows it.

import { countryOf, isWater, sideLabel, terrainOf, type HexId, type HexMap, type PlayerView, type Side, type Terrain } from "../engine";
import { countryName } from "./country-names";
import { SUPPLY_SHORT, SUPPLY_TRACED } from "./overlay-analysis";

const TERRAIN_NAMES: Readonly<Record<Terrain, string>> = {
  sea: "sea",
  lake: "lake",
  open: "open ground",
  forest: "forest",
  marsh: "marsh",
  urban: "built-up",
};

/**
 * The lines of the box for `hex`: place first, then holder, supply and units where they apply.
 * `supply` is supplyClasses(map, view) (overlay-analysis.ts), worked out once per view.
 */
export function hexInfoLines(map: HexMap, view: PlayerView, hex: HexId, supply: Uint8Array): string[] {
  const terrain = terrainOf(map, hex);
  const country = countryOf(map, hex);
  const city = map.cities[hex]?.name;
  const port = map.ports[hex];
  const place = [city, TERRAIN_NAMES[terrain], country ? countryName(country) : null, `hex ${hex}`].filter((s) => s);
  const lines = [capitalise(place.join(" · "))];
  if (port && port !== city) lines.push(`Port of ${port}`);
  const holder = view.control[String(hex)];
  const objective = view.objectives.find((o) => o.hex === hex);
  if (objective) {
    const points = `${objective.points} point${objective.points === 1 ? "" : "s"}`;
    lines.push(`Objective ${objective.name} (${points}): ${holder ? `held by ${sideLabel(holder)}` : "held by no one"}`);
  } else if (holder) {
    lines.push(`Held by ${sideLabel(holder)}`);
  }
  if (!isWater(map, hex)) lines.push(`${sideLabel(view.viewer)} supply here: ${supplyWord(supply[hex] ?? 0)}`);
  const units = unitsLine(view, hex);
  if (units) lines.push(units);
  return lines;
}

function supplyWord(level: number): string {
  if (level === SUPPLY_TRACED) return "traced";
  if (level === SUPPLY_SHORT) return "short";
  return "out";
}

/** "Units: 2 Blue (yours)", "Units: 1 Red, 1 Blue (yours)"; null where the viewer sees none. */
function unitsLine(view: PlayerView, hex: HexId): string | null {
  const count: Record<Side, number> = { red: 0, blue: 0 };
  for (const u of view.units) if (u.hex === hex && u.condition !== "destroyed") count[u.side]++;
  const parts = (["red", "blue"] as const)
    .filter((side) => count[side] > 0)
    .map((side) => `${count[side]} ${sideLabel(side)}${side === view.viewer ? " (yours)" : ""}`);
  return parts.length > 0 ? `Units: ${parts.join(", ")}` : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
