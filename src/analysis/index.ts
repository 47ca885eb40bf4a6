// The analysis layer's public face: Monte Carlo engagements, statistics and reference curves.

export * from "./engagement-spec";
export * from "./engagement";
export * from "./lanchester";
export * from "./stats";
