// Lanchester's square law as the classroom's reference curve: its invariant, its end, and the
// fit to the combat model's first-turn losses.

import { describe, expect, test } from "vitest";
import { fitLanchester, lanchesterSquare } from "../../src/analysis";

describe("lanchesterSquare", () => {
  test.each([
    { a0: 1000, b0: 800, alpha: 0.01, beta: 0.02 },
    { a0: 2400, b0: 650, alpha: 0.0064, beta: 0.063 },
    { a0: 500, b0: 500, alpha: 0.05, beta: 0.05 },
  ])("conserves α·A² − β·B² while both sides stand (%j)", (p) => {
    const curve = lanchesterSquare({ ...p, steps: 200, dt: 0.25 });
    const scale = Math.max(p.alpha * p.a0 * p.a0, p.beta * p.b0 * p.b0);
    curve.t.forEach((t, i) => {
      const a = curve.a[i] ?? NaN;
      const b = curve.b[i] ?? NaN;
      if (curve.endsAt !== null && t > curve.endsAt) return;
      expect(Math.abs(p.alpha * a * a - p.beta * b * b - curve.invariant) / scale).toBeLessThan(1e-9);
    });
  });

  test("the side with the smaller α·A² is annihilated and the other keeps √(invariant / coefficient)", () => {
    const curve = lanchesterSquare({ a0: 1000, b0: 800, alpha: 0.01, beta: 0.02, steps: 100, dt: 1 });
    // α·A² = 10,000 < β·B² = 12,800: A loses.
    expect(curve.endsAt).not.toBeNull();
    expect(curve.a.at(-1)).toBe(0);
    expect(curve.b.at(-1)).toBeCloseTo(Math.sqrt((12_800 - 10_000) / 0.02), 6);
  });

  test("agrees with a fine-step integration of dA/dt = −β·B, dB/dt = −α·A", () => {
    const p = { a0: 1500, b0: 1200, alpha: 0.012, beta: 0.01 };
    const curve = lanchesterSquare({ ...p, steps: 10, dt: 1 });
    let a = p.a0;
    let b = p.b0;
    const h = 1e-4;
    for (let step = 1; step <= 10; step++) {
      for (let k = 0; k < 1 / h; k++) [a, b] = [a - p.beta * b * h, b - p.alpha * a * h];
      expect(curve.a[step]).toBeCloseTo(a, 0);
      expect(curve.b[step]).toBeCloseTo(b, 0);
    }
  });

  test("with one side harmless the other falls in a straight line", () => {
    const curve = lanchesterSquare({ a0: 100, b0: 50, alpha: 0, beta: 0.5, steps: 5, dt: 1 });
    expect(curve.a).toEqual([100, 75, 50, 25, 0, 0]);
    expect(curve.b).toEqual([50, 50, 50, 50, 50, 50]);
    expect(curve.endsAt).toBe(4);
  });
});

describe("fitLanchester", () => {
  test("the fitted curve's first-instant loss rates are the model's", () => {
    const fit = fitLanchester({ a0: 2400, b0: 650, attackerLossPerTurn: 0.017, defenderLossPerTurn: 0.024 });
    // dA/dt = −β·B, dB/dt = −α·A at t = 0.
    expect(fit.beta * 650).toBeCloseTo(0.017 * 2400, 9);
    expect(fit.alpha * 2400).toBeCloseTo(0.024 * 650, 9);
  });

  test("an empty side gives no coefficients", () => {
    expect(fitLanchester({ a0: 0, b0: 100, attackerLossPerTurn: 0.1, defenderLossPerTurn: 0.1 })).toEqual({ alpha: 0, beta: 0 });
  });
});
