import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/**
 * The random generators of the product, all seeded so a result can be reproduced: `prng` (mulberry32, floats
 * in [0, 1)) for demo data, and pure-rand's xoroshiro128+ with an unbiased integer draw for the permutation
 * tests of the analyses.
 */
/** Deterministic PRNG (mulberry32): the same seed gives the same demo data on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export { uniformInt, xoroshiro128plus };
