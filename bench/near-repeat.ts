import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { knox } from '../src/server/analyse/near-repeat.ts';
import { median } from './lib.ts';

/**
 * Knox near-repeat test at the sizes of the reference (docs/analytics-reference.md §2.5): 12,000 events
 * (one year of a large city) and 45,000 (four years), NRC bands 0,1,100,200,300 m × 0,2,4 days, 999
 * permutations, Euclidean. Synthetic events at Chicago's density (≈ 20 per km² per year over 600 km²),
 * with some clustering so the close-pair count is realistic. Median of 3 runs, single thread.
 */
function events(n: number, jaren: number, seed: number) {
  const rng = xoroshiro128plus(seed);
  const u = () => uniformInt(rng, 0, 1_000_000) / 1_000_000;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const t = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (i > 0 && u() < 0.3) {
      const j = Math.floor(u() * i);
      x[i] = x[j]! + (u() - 0.5) * 400;
      y[i] = y[j]! + (u() - 0.5) * 400;
      t[i] = Math.min(365 * jaren - 1, t[j]! + Math.floor(u() * 30));
    } else {
      x[i] = 150000 + u() * 25000;
      y[i] = 300000 + u() * 24000;
      t[i] = Math.floor(u() * 365 * jaren);
    }
  }
  return { x, y, t };
}

export async function benchNearRepeat(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [n, jaren] of [[12_000, 1], [45_000, 4]] as const) {
    const { x, y, t } = events(n, jaren, 1);
    const tijden: number[] = [];
    let paren = 0;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const res = knox(x, y, t, { ruimte: [0, 1, 100, 200, 300], tijd: [0, 2, 4], afstand: 'euclidisch', permutaties: 999, seed: r + 1 });
      tijden.push(performance.now() - t0);
      paren = res.aantalParen;
    }
    out[`${n}`] = { paren, medianMs: Math.round(median(tijden)), runsMs: tijden.map(Math.round), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchNearRepeat(), null, 2));
}
