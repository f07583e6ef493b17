import fs from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { AreaIndex, wgs84ToRd } from '../src/server/gebieden/geo.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { median, rng } from './lib.ts';

/**
 * Point → buurt lookups per second on the shipped Maastricht buurten, in process (no HTTP, no database):
 * RD New input (index only) and WGS84 input (projection + index). 1,000,000 seeded random points in the
 * gemeente's bounding box (about 80 % fall inside a buurt); median of 5 runs after a warm-up.
 */
export async function benchLookup(): Promise<Record<string, number>> {
  const fc = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'data/gebieden/maastricht_buurten_2024_wgs84.geojson'), 'utf8')) as FeatureCollection<
    Polygon | MultiPolygon,
    { buurtcode: string }
  >;
  const index = new AreaIndex(fc.features.map((f) => ({ item: f.properties.buurtcode, geometry: f.geometry })));
  const N = 1_000_000;
  const rand = rng(42);
  const lon = new Float64Array(N);
  const lat = new Float64Array(N);
  const x = new Float64Array(N);
  const y = new Float64Array(N);
  for (let i = 0; i < N; i++) {
    lon[i] = 5.64 + rand() * 0.1; // 5.64–5.74
    lat[i] = 50.80 + rand() * 0.08; // 50.80–50.88
    [x[i], y[i]] = wgs84ToRd(lon[i]!, lat[i]!);
  }
  const run = (f: (i: number) => unknown) => {
    let hits = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) if (f(i) !== undefined) hits++;
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    return { rate: N / secs, hits };
  };
  const rd = (i: number) => index.findRd(x[i]!, y[i]!);
  const wgs = (i: number) => index.findWgs84(lon[i]!, lat[i]!);
  run(rd);
  const rdRates: number[] = [];
  const wgsRates: number[] = [];
  let hits = 0;
  for (let r = 0; r < 5; r++) {
    const a = run(rd);
    rdRates.push(a.rate);
    hits = a.hits;
    wgsRates.push(run(wgs).rate);
  }
  return { rdPerSec: median(rdRates), wgs84PerSec: median(wgsRates), hitShare: hits / N };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await benchLookup();
  console.log(JSON.stringify(r, null, 2));
}
