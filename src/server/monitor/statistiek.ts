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
