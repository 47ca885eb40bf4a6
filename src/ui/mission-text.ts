// Words for the mission form: the pools left, and the hexes a player may send a mission to
// without clicking the map (known enemies, enemy supply sources, objectives, the selected
// unit), so the form works from the keyboard too. Pure, tested in Node.

import { unitById, type HexId, type HexMap, type PlayerView, type Side } from "../engine";
import { placeName, sideName } from "./describe";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "Red has 6 air sorties and 1 fire mission left this turn." */
export function poolsSentence(side: Side, pools: { air: number; fires: number }): string {
  return `${sideName(side)} has ${plural(pools.air, "air sortie", "air sorties")} and ${plural(pools.fires, "fire mission", "fire missions")} left this turn.`;
}

export interface HexChoice {
  hex: HexId;
  label: string;
}

/**
 * The hexes offered for a mission, each once, in this order: the hex last clicked, the
 * selected unit's, every known enemy stack, every enemy supply source, every objective.
 */
export function missionHexChoices(map: HexMap, view: PlayerView, chosen: HexId | null, selectedUnit: string | null): HexChoice[] {
  const out: HexChoice[] = [];
  const add = (hex: HexId, label: string): void => {
    if (hex >= 0 && !out.some((c) => c.hex === hex)) out.push({ hex, label });
  };
  if (chosen !== null) add(chosen, `Clicked on the map: ${placeName(map, chosen)}`);
  const selected = selectedUnit ? unitById(view, selectedUnit) : undefined;
  if (selected && selected.hex >= 0) add(selected.hex, `Selected unit: ${selected.name}, ${placeName(map, selected.hex)}`);
  const enemies = view.units.filter((u) => u.side !== view.viewer && u.hex >= 0 && u.condition !== "destroyed");
  for (const u of enemies) add(u.hex, `Enemy: ${u.name}, ${placeName(map, u.hex)}`);
  for (const s of view.sources) if (s.side !== view.viewer) add(s.hex, `Enemy supply: ${s.name}`);
  for (const o of view.objectives) add(o.hex, `Objective: ${o.name}`);
  return out;
}
