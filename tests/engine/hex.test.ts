// Hex maths: offset and axial coordinates, distances and directions.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { DIRECTIONS, axialDistance, axialRound, axialToOffset, offsetToAxial, opposite, type Axial } from "../../src/engine";

const coord = fc.integer({ min: -500, max: 500 });
const axial = fc.record({ q: coord, r: coord });

function add(a: Axial, b: Axial): Axial {
  return { q: a.q + b.q, r: a.r + b.r };
}

describe("hex coordinates", () => {
  test("offset → axial → offset returns the same column and row", () => {
    fc.assert(
      fc.property(coord, coord, (col, row) => {
        expect(axialToOffset(offsetToAxial(col, row))).toEqual({ col, row });
      }),
    );
  });

  test("axial → offset → axial returns the same hex", () => {
    fc.assert(
      fc.property(axial, (a) => {
        const { col, row } = axialToOffset(a);
        expect(offsetToAxial(col, row)).toEqual(a);
      }),
    );
  });

  test("odd rows are shifted half a hex east (odd-r layout)", () => {
    expect(offsetToAxial(0, 0)).toEqual({ q: 0, r: 0 });
    expect(offsetToAxial(0, 1)).toEqual({ q: 0, r: 1 });
    expect(offsetToAxial(0, 2)).toEqual({ q: -1, r: 2 });
    expect(offsetToAxial(3, 3)).toEqual({ q: 2, r: 3 });
  });
});

describe("hex distance", () => {
  test("is symmetric, zero only from a hex to itself, and obeys the triangle inequality", () => {
    fc.assert(
      fc.property(axial, axial, axial, (a, b, c) => {
        expect(axialDistance(a, b)).toBe(axialDistance(b, a));
        expect(axialDistance(a, b) === 0).toBe(a.q === b.q && a.r === b.r);
        expect(axialDistance(a, c)).toBeLessThanOrEqual(axialDistance(a, b) + axialDistance(b, c));
        expect(Number.isInteger(axialDistance(a, b))).toBe(true);
      }),
    );
  });

  test("every neighbour is at distance 1 and the six neighbours are distinct", () => {
    fc.assert(
      fc.property(axial, (a) => {
        const ns = DIRECTIONS.map((d) => add(a, d));
        for (const n of ns) expect(axialDistance(a, n)).toBe(1);
        expect(new Set(ns.map((n) => `${n.q},${n.r}`)).size).toBe(6);
      }),
    );
  });

  test("n steps in one direction are n hexes away", () => {
    fc.assert(
      fc.property(axial, fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 40 }), (a, dir, n) => {
        const d = DIRECTIONS[dir] ?? { q: 0, r: 0 };
        expect(axialDistance(a, { q: a.q + d.q * n, r: a.r + d.r * n })).toBe(n);
      }),
    );
  });
});

describe("hex directions", () => {
  test("the opposite direction steps back to the start", () => {
    for (let dir = 0; dir < 6; dir++) {
      const there = DIRECTIONS[dir];
      const back = DIRECTIONS[opposite(dir)];
      expect(there && back && add(there, back)).toEqual({ q: 0, r: 0 });
      expect(opposite(opposite(dir))).toBe(dir);
    }
  });
});

describe("axialRound", () => {
  test("leaves whole coordinates as they are", () => {
    fc.assert(
      fc.property(axial, (a) => {
        expect(axialRound(a.q, a.r)).toEqual(a);
      }),
    );
  });

  test("rounds a point near a hex centre to that hex", () => {
    fc.assert(
      fc.property(axial, fc.double({ min: -0.2, max: 0.2, noNaN: true }), fc.double({ min: -0.2, max: 0.2, noNaN: true }), (a, dq, dr) => {
        expect(axialRound(a.q + dq, a.r + dr)).toEqual(a);
      }),
    );
  });
});
