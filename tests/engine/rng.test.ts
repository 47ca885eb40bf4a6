// The seeded generator: its state is plain data, the same seed gives the same draws.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { draw, makeRandom, seedRng } from "../../src/engine";

describe("seedRng", () => {
  test("the same seed gives the same state, other seeds another", () => {
    expect(seedRng("7")).toEqual(seedRng("7"));
    expect(seedRng("7")).not.toEqual(seedRng("8"));
    expect(Object.keys(seedRng("7")).sort()).toEqual(["c", "s0", "s1", "s2"]);
  });

  test("the state survives a JSON round trip", () => {
    const state = seedRng("round trip");
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe("draw", () => {
  test("is deterministic and leaves its input unchanged", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 50 }), (seed, count) => {
        const rng = seedRng(seed);
        const copy = { ...rng };
        const a = draw(rng, count);
        const b = draw(rng, count);
        expect(a).toEqual(b);
        expect(rng).toEqual(copy);
        expect(a.values).toHaveLength(count);
        for (const v of a.values) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(1);
        }
      }),
      { numRuns: 50 },
    );
  });

  test("drawing n then m numbers gives the same stream as drawing n + m at once", () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (seed, n, m) => {
        const rng = seedRng(seed);
        const first = draw(rng, n);
        const second = draw(first.next, m);
        const whole = draw(rng, n + m);
        expect([...first.values, ...second.values]).toEqual(whole.values);
        expect(second.next).toEqual(whole.next);
      }),
      { numRuns: 50 },
    );
  });

  test("draws the same numbers as makeRandom with the same seed", () => {
    const random = makeRandom("same");
    const expected = Array.from({ length: 5 }, () => random.next());
    expect(draw(seedRng("same"), 5).values).toEqual(expected);
  });
});

describe("makeRandom", () => {
  test("int(n) stays in 0..n-1", () => {
    const random = makeRandom("ints");
    for (let i = 0; i < 1000; i++) {
      const v = random.int(6);
      expect(Number.isInteger(v) && v >= 0 && v < 6).toBe(true);
    }
  });
});
