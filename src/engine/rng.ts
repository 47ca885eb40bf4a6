// The seeded generator (seedrandom's alea). Its state lives in GameState, so a saved game
// carries its dice with it and the same seed plays the same in Node and in every browser.

import alea from "seedrandom/lib/alea.js";
import type { RngState } from "./types";

export function seedRng(seed: string): RngState {
  return alea(seed, { state: true }).state();
}

/**
 * Draws `count` numbers in [0, 1) and returns them with the generator's next state.
 * Callers store `next` back into the state they are producing.
 */
export function draw(rng: RngState, count: number): { values: number[]; next: RngState } {
  const prng = alea("", { state: rng });
  const values: number[] = [];
  for (let i = 0; i < count; i++) values.push(prng());
  return { values, next: prng.state() };
}

/** A stateful generator for code outside the state (the replay recorder, tests, the AI). */
export function makeRandom(seed: string): { next(): number; int(n: number): number; state(): RngState } {
  const prng = alea(seed, { state: true });
  return {
    next: () => prng(),
    int: (n: number) => Math.floor(prng() * n),
    state: () => prng.state(),
  };
}
