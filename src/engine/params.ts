// Every number that shapes the rules, in one place, with the reasoning or source next to it.
// Movement costs are tenths of an hour of a 12-hour turn, so they stay integers.

import type { Phase } from "./types";
import type { Terrain } from "./map";

export const RULES_VERSION = 1;

/** Hours a turn lasts in each phase (DESIGN.md §2). */
export const TURN_HOURS: Readonly<Record<Phase, number>> = {
  preparation: 24 * 365,
  crisis: 24,
  war: 12,
};

/** The war clock starts at D+0 06:00 (DESIGN.md §2: day and night alternate). */
export const WAR_START_HOUR = 6;

export type MovementClass = "tracked" | "wheeled" | "foot";

/**
 * Time to cross one ~10 km hex, in tenths of an hour. Off-road figures assume tactical
 * movement with security halts, not a road race: opposed mechanised advances run at tens of
 * km a day (MODEL.md §3), while an unopposed road march covers about 100 km in a turn.
 * Water is impassable to ground units (Infinity).
 */
export const TERRAIN_COST: Readonly<Record<MovementClass, Readonly<Record<Terrain, number>>>> = {
  tracked: { sea: Infinity, lake: Infinity, open: 20, forest: 40, marsh: 60, urban: 30 },
  wheeled: { sea: Infinity, lake: Infinity, open: 30, forest: 50, marsh: 80, urban: 30 },
  foot: { sea: Infinity, lake: Infinity, open: 40, forest: 50, marsh: 60, urban: 40 },
};

/** Moving along a road edge replaces the terrain cost (≈ 10 km/h for tracked columns). */
export const ROAD_COST: Readonly<Record<MovementClass, number>> = {
  tracked: 10,
  wheeled: 8,
  foot: 30,
};

/**
 * Extra time to cross a river edge that no bridge spans (the map's `bridges` layer), whether
 * or not a road leads to the bank: a ford, a ferry or an assault crossing.
 */
export const RIVER_CROSSING_COST: Readonly<Record<MovementClass, number>> = {
  tracked: 40,
  wheeled: 50,
  foot: 30,
};

/**
 * Stacking: a 10 km hex holds about two brigades of one side (6 points): a battalion counts 1,
 * a brigade or regiment 3, a division 6.
 */
export const STACK_LIMIT = 6;

/** Ground units see enemies this many hexes away (≈ 20 km) unless their template says more. */
export const DEFAULT_DETECTION_RANGE = 2;
