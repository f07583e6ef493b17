/** Small statistical helpers for the monitor: intervals for counts, Poisson tail probabilities. */

const Z95 = 1.959963984540054;

/**
 * 95 % interval for a Poisson count x: Byar's approximation of the exact (Garwood) interval, within 1 % of
 * it for x ≥ 1; exact for x = 0 (upper bound −ln 0.025).
 */
export function poissonInterval(x: number): [number, number] {
  if (x <= 0) return [0, -Math.log(0.025)];
  const laag = x * (1 - 1 / (9 * x) - Z95 / (3 * Math.sqrt(x))) ** 3;
  const x1 = x + 1;
  const hoog = x1 * (1 - 1 / (9 * x1) + Z95 / (3 * Math.sqrt(x1))) ** 3;
  return [Math.max(0, laag), hoog];
}

function logFactorial(k: number): number {
  let s = 0;
  for (let i = 2; i <= k; i++) s += Math.log(i);
  return s;
}

/** P(X ≥ k) and P(X ≤ k) for X ~ Poisson(λ), summed in log space (k up to a few thousand). */
export function poissonStaarten(k: number, lambda: number): { boven: number; onder: number } {
  if (lambda <= 0) return { boven: k <= 0 ? 1 : 0, onder: 1 };
  let onder = 0;
  const logL = Math.log(lambda);
  let lf = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 1) lf += Math.log(i);
    onder += Math.exp(i * logL - lambda - lf);
  }
  const pk = Math.exp(k * logL - lambda - logFactorial(k));
  return { boven: Math.min(1, 1 - onder + pk), onder: Math.min(1, onder) };
}

/**
 * Poisson regression with a log link on one covariate (log λ = a + b·t), fitted by Newton–Raphson. Used to
 * predict the expected count for a month from the same month in earlier years, trend included.
 */
export function poissonTrend(t: readonly number[], y: readonly number[]): { a: number; b: number } {
  const n = t.length;
  const tm = t.reduce((s, v) => s + v, 0) / n;
  const ym = Math.max(1e-9, y.reduce((s, v) => s + v, 0) / n);
  let a = Math.log(ym);
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 0;
    let h01 = 0;
    let h11 = 0;
    for (let i = 0; i < n; i++) {
      const x = t[i]! - tm;
      const mu = Math.exp(a + b * x);
      g0 += y[i]! - mu;
      g1 += (y[i]! - mu) * x;
      h00 += mu;
      h01 += mu * x;
      h11 += mu * x * x;
    }
    const det = h00 * h11 - h01 * h01;
    if (!(Math.abs(det) > 1e-12)) {
      b = 0;
      a = Math.log(ym);
      break;
    }
    const da = (h11 * g0 - h01 * g1) / det;
    const db = (h00 * g1 - h01 * g0) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  // Back to the original time scale: log λ = (a − b·tm) + b·t.
  return { a: a - b * tm, b };
}
