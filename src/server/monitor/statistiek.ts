/** Small statistical helpers for the monitor: intervals for counts, Poisson tail probabilities. */
import gammainc from '@stdlib/math-base-special-gammainc';
import gammaQuantile from '@stdlib/stats-base-dists-gamma-quantile';

/**
 * Exact (Garwood) 95 % interval for a Poisson count x, from the gamma quantiles: [Γ⁻¹(0.025; x), Γ⁻¹(0.975;
 * x + 1)]; for x = 0 the lower bound is 0 and the upper −ln 0.025. (An earlier approximation was 48 % off at x = 1.)
 */
export function poissonInterval(x: number): [number, number] {
  if (!(x > 0)) return [0, -Math.log(0.025)];
  return [gammaQuantile(0.025, x, 1), gammaQuantile(0.975, x + 1, 1)];
}

/**
 * P(X ≥ k) and P(X ≤ k) for X ~ Poisson(λ), each from the regularised incomplete gamma function directly
 * (P(X ≥ k) = P(k, λ), P(X ≤ k) = Q(k + 1, λ)), so a tail of 1e-300 is still right instead of the rounding
 * error of 1 − (1 − p).
 */
export function poissonStaarten(k: number, lambda: number): { boven: number; onder: number } {
  if (lambda <= 0) return { boven: k <= 0 ? 1 : 0, onder: 1 };
  if (k < 0) return { boven: 1, onder: 0 };
  const boven = k === 0 ? 1 : gammainc(lambda, k, true, false);
  const onder = gammainc(lambda, k + 1, true, true);
  return { boven, onder };
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
