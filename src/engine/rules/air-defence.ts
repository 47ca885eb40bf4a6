// Air defence over a hex: how much of a side's air and fire missions the other side's SAMs and
// anti-access zones stop there.

import { distance, type HexMap } from "../map";
import { AIR_DEFENCE_K, ZONE_AIR_DEFENCE } from "../params";
import { templateOf } from "../templates";
import type { BoardState, HexId, Side } from "../types";

export type Asset = "air" | "fires";

/**
 * Air-defence cover over `hex` against `side`'s missions: the strength of every enemy unit on
 * the board whose air-defence radius reaches it, plus ZONE_AIR_DEFENCE per enemy anti-access
 * zone covering it. On a player view it counts only the enemies that side can see.
 */
export function airDefenceCover(map: HexMap, state: Pick<BoardState, "units" | "zones">, side: Side, hex: HexId): number {
  let cover = 0;
  for (const u of state.units) {
    if (u.side === side || u.condition === "destroyed" || u.hex < 0) continue;
    const ad = templateOf(u.template).airDefence;
    if (ad.strength > 0 && distance(map, u.hex, hex) <= ad.radius) cover += ad.strength;
  }
  for (const z of state.zones) {
    if (z.side !== side && distance(map, z.hex, hex) <= z.radius) cover += ZONE_AIR_DEFENCE;
  }
  return cover;
}

/** Percent (integer) of a mission's effect that gets through `cover`: 100 / (1 + k·cover). */
export function effectivenessUnder(cover: number, asset: Asset): number {
  return Math.round(10_000 / (100 + AIR_DEFENCE_K[asset] * cover));
}

/** Percent of `side`'s `asset` missions over `hex` that get through the other side's air defence. */
export function missionEffectiveness(map: HexMap, state: Pick<BoardState, "units" | "zones">, side: Side, hex: HexId, asset: Asset): number {
  return effectivenessUnder(airDefenceCover(map, state, side, hex), asset);
}
