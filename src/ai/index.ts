// Computer players: one AiPlayer per side, deciding from its player view alone.

export * from "./levels";
export * from "./player";
export * from "./game";
export * from "./sim";
export * from "./lookahead";
