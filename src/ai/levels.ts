// How well each computer player plays. The levels differ in judgement, not in what they may
// see: every level decides from its side's player view alone.

export type AiLevel = "novice" | "standard" | "expert";

export const AI_LEVELS: readonly AiLevel[] = ["novice", "standard", "expert"];

export interface LevelTuning {
  /** The least chance of success for which the side on the offensive attacks. */
  attackAt: number;
  /** The least chance for a counter-attack by the side that defends. */
  counterAt: number;
  /** Spread of the random error added to every move's score: a novice misjudges ground. */
  noise: number;
  /** Whether an attack takes every unit that can join (mass) or only those already next to the target. */
  mass: boolean;
  /** Whether moves weigh supply (ending out of supply, strung-out spearheads). */
  mindsSupply: boolean;
  /** Whether the defender pulls back units about to be cut off. */
  withdraws: boolean;
  /** Whether air sorties and fire missions are spent to support attacks and defences. */
  usesMissions: boolean;
  /** Whether the defender blocks the enemy's routes to the objectives forward of them (trading space for time). */
  screens: boolean;
  /** Whether spearheads steer by march times, by road and around the enemy (march.ts), rather than by distance. */
  routes: boolean;
  /** Units an objective's garrison asks for beyond what the enemy near it calls for. */
  garrisonExtra: number;
  /** Whether it plays each turn out several ways with the engine first and keeps the best (lookahead.ts). */
  lookAhead: boolean;
}

export const TUNING: Readonly<Record<AiLevel, LevelTuning>> = {
  novice: { attackAt: 0.4, counterAt: 0.5, noise: 2.5, mass: false, mindsSupply: false, withdraws: false, usesMissions: false, screens: false, routes: false, garrisonExtra: 0, lookAhead: false },
  standard: { attackAt: 0.4, counterAt: 0.65, noise: 0.4, mass: true, mindsSupply: true, withdraws: true, usesMissions: true, screens: true, routes: true, garrisonExtra: 2, lookAhead: false },
  expert: { attackAt: 0.4, counterAt: 0.65, noise: 0.1, mass: true, mindsSupply: true, withdraws: true, usesMissions: true, screens: true, routes: true, garrisonExtra: 2, lookAhead: true },
};

export function isAiLevel(value: unknown): value is AiLevel {
  return typeof value === "string" && (AI_LEVELS as readonly string[]).includes(value);
}
