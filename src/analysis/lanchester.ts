// Lanchester's square law (aimed fire) as a reference curve for the classroom view: the two
// strengths over time, and a fit of its coefficients to the combat model's first-turn losses.

/** dA/dt = −β·B, dB/dt = −α·A from strengths a0 and b0, sampled at steps + 1 times 0, dt, 2·dt, … */
export interface LanchesterInput {
  a0: number;
  b0: number;
  /** A's effectiveness: B's losses per unit of A per unit of time. */
  alpha: number;
  /** B's effectiveness: A's losses per unit of B per unit of time. */
  beta: number;
  steps: number;
  dt: number;
}

export interface LanchesterCurve {
  t: number[];
  a: number[];
  b: number[];
  /** α·A² − β·B², the law's invariant while both sides stand. */
  invariant: number;
  /** When one side reaches zero, or null if neither does within the curve. */
  endsAt: number | null;
}

/**
 * The exact solution of the square law, so the invariant holds to rounding rather than to an
 * integrator's error: A(t) = a0·cosh(kt) − √(β/α)·b0·sinh(kt) with k = √(αβ), and its mirror
 * for B. Once a side reaches zero the fight is over and both strengths stay where they are.
 */
export function lanchesterSquare(input: LanchesterInput): LanchesterCurve {
  const { a0, b0, alpha, beta, steps, dt } = input;
  if (!(a0 >= 0 && b0 >= 0 && alpha >= 0 && beta >= 0 && dt > 0 && Number.isInteger(steps) && steps >= 0)) {
    throw new Error("lanchesterSquare needs non-negative strengths and coefficients, dt > 0 and whole steps");
  }
  const at = solver(a0, b0, alpha, beta);
  const t: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i <= steps; i++) {
    const time = i * dt;
    const s = at(Math.min(time, at.end));
    t.push(time);
    a.push(s.a);
    b.push(s.b);
  }
  const end = at.end;
  return { t, a, b, invariant: alpha * a0 * a0 - beta * b0 * b0, endsAt: Number.isFinite(end) && end <= steps * dt ? end : null };
}

type Solver = ((time: number) => { a: number; b: number }) & { end: number };

function solver(a0: number, b0: number, alpha: number, beta: number): Solver {
  if (a0 === 0 || b0 === 0 || (alpha === 0 && beta === 0)) return Object.assign(() => ({ a: a0, b: b0 }), { end: a0 === 0 || b0 === 0 ? 0 : Infinity });
  if (alpha === 0) {
    // B takes no losses, so A falls in a straight line.
    return Object.assign((time: number) => ({ a: Math.max(0, a0 - beta * b0 * time), b: b0 }), { end: a0 / (beta * b0) });
  }
  if (beta === 0) return Object.assign((time: number) => ({ a: a0, b: Math.max(0, b0 - alpha * a0 * time) }), { end: b0 / (alpha * a0) });
  const k = Math.sqrt(alpha * beta);
  const ra = Math.sqrt(beta / alpha);
  const rb = Math.sqrt(alpha / beta);
  const strengthA = alpha * a0 * a0;
  const strengthB = beta * b0 * b0;
  // The weaker side (smaller α·A² or β·B²) reaches zero when tanh(kt) equals its share.
  let end = Infinity;
  if (strengthA < strengthB) end = Math.atanh((a0 * rb) / b0) / k;
  else if (strengthB < strengthA) end = Math.atanh((b0 * ra) / a0) / k;
  const f = (time: number): { a: number; b: number } => {
    if (time >= end) {
      return strengthA < strengthB ? { a: 0, b: Math.sqrt((strengthB - strengthA) / beta) } : { a: Math.sqrt((strengthA - strengthB) / alpha), b: 0 };
    }
    const c = Math.cosh(k * time);
    const s = Math.sinh(k * time);
    return { a: Math.max(0, a0 * c - ra * b0 * s), b: Math.max(0, b0 * c - rb * a0 * s) };
  };
  return Object.assign(f, { end });
}

export interface LanchesterFit {
  alpha: number;
  beta: number;
}

/**
 * The square-law coefficients that reproduce the model's expected losses in the first turn:
 * β = (A's loss fraction per turn)·A0 / B0 and α = (B's loss fraction per turn)·B0 / A0,
 * with time in 12-hour turns and strength in personnel.
 */
export function fitLanchester(input: { a0: number; b0: number; attackerLossPerTurn: number; defenderLossPerTurn: number }): LanchesterFit {
  const { a0, b0, attackerLossPerTurn, defenderLossPerTurn } = input;
  if (a0 <= 0 || b0 <= 0) return { alpha: 0, beta: 0 };
  return { alpha: (defenderLossPerTurn * b0) / a0, beta: (attackerLossPerTurn * a0) / b0 };
}
