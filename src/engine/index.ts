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
export { reachable, pathTo, stepCost, formatHours, MAX_PATH, type Reach } from "./rules/movement";
export { canSee, detectedBy } from "./rules/visibility";
export { unitById, sideUnits, otherSide } from "./occupancy";
export { pointsHeld } from "./rules/victory";
