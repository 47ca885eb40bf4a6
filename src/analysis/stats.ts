// Small statistics over Monte Carlo samples: means, quantiles and rounding for reports.

export interface Quantiles {
  median: number;
  p10: number;
  p90: number;
}

export function mean(xs: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += xs[i] ?? 0;
  return xs.length > 0 ? sum / xs.length : 0;
}

/** The value at fraction q of the sorted samples (nearest rank below, as the combat preview takes it). */
export function quantile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return 0;
  return sorted[Math.min(n - 1, Math.max(0, Math.floor(q * n)))] ?? 0;
}

export function quantiles(samples: Float64Array, digits = 3): Quantiles {
  const sorted = Float64Array.from(samples).sort();
  return { median: round(quantile(sorted, 0.5), digits), p10: round(quantile(sorted, 0.1), digits), p90: round(quantile(sorted, 0.9), digits) };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
