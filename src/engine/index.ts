// The engine's public face: everything outside src/engine imports from here.

export * from "./types";
export * from "./hex";
export * from "./map";
export * from "./geo";
export * from "./params";
export * from "./templates";
export * from "./rng";
export * from "./setup";
export * from "./hash";
export * from "./view";
export * from "./clock";
export { validate, apply, legalCommands } from "./commands";
export { reachable, knownZoc, pathTo, stepCost, formatHours, MAX_PATH, type Reach } from "./rules/movement";
export { canSee, detectedBy } from "./rules/visibility";
export {
  traceSupply,
  supplyStatus,
  sourceCapacity,
  deliveryShare,
  deliveries,
  VIA_INTERDICTION,
  VIA_GAUGE_BREAK,
  type SupplyTrace,
  type Delivery,
} from "./rules/supply";
export { endOfTurn, startOfTurn, canAttackSupply, ladderStep, describeSupply, type LadderStep } from "./rules/upkeep";
export { unitById, sideUnits, otherSide, sideLabel } from "./occupancy";
export { pointsHeld, lossPct } from "./rules/victory";
export { dugIn, turnsEnded } from "./rules/entrenchment";
export { attackOptions, attackOdds, previewCombat, postureOf, surpriseOf, engagementOf, forceOf, MAX_ATTACKERS, type AttackCommand } from "./rules/attack";
export { setupCombat, rollCombat, successChance, sizeFactor, attackerPower, defenderPower, sideLossPct, COMBAT_DICE, type Engagement, type Force, type CombatSetup, type CombatRoll } from "./rules/combat";
export { distribution, previewEngagement, percentileOf, previewDice, type CombatPreview, type LossRange } from "./rules/combat-preview";
export { unitLosses, afterLosses, afterRout, sumLosses, roundLoss, NO_LOSSES } from "./rules/losses";
export { inFiresReach, supportAt } from "./rules/fires";
export { placeArrivals, nearby, DIVERT_STEPS } from "./rules/arrivals";
