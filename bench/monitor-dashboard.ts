import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEEM } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { startContext } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { incidentenCsv, median } from './lib.ts';

/**
 * The buurt dashboard over 1,000,000 incidents in 10 years (5 kinds): the choropleth query (one indicator
 * for all 44 buurten in a year) and the buurt profile (every indicator for one buurt, with the gemeente
 * beside it), in process on the embedded engine. 200 calls after 20 warm-up calls; median and p95.
 * Target: p95 < 50 ms for the choropleth.
 */
const N = Number(process.env.BENCH_INCIDENTEN ?? 1_000_000);

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

async function meet(f: () => Promise<unknown>, n: number) {
  for (let i = 0; i < 20; i++) await f();
  const t: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    t.push(performance.now() - t0);
  }
  return { medianMs: Number(median(t).toFixed(1)), p95Ms: Number(p95(t).toFixed(1)) };
}

export async function benchDashboard(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-bench-dash-'));
  const s = await startContext(loadConfig({ dataDir: dir, logLevel: 'silent', outboxIntervalMs: 0 }, {}), { demoData: false });
  try {
    const index = s.ctx.gebieden.index;
    const csv = incidentenCsv((x, y) => index.findRd(x, y) !== undefined, N);
    await s.ctx.incidenten.importIncidenten({ actor: SYSTEEM }, csv, 'bench.csv', { soort: 'soort', datum: 'datum', x: 'x', y: 'y' }, { nu: new Date(Date.UTC(2030, 0, 1)) });
    const choropleet = await meet(() => s.ctx.monitor.observaties('POL_WONINGINBRAAK', 'buurt', '2020'), 200);
    const hic = await meet(() => s.ctx.monitor.observaties('POL_HIC', 'wijk', '2022'), 200);
    const profiel = await meet(() => s.ctx.monitor.profiel('BU09350000', '2021'), 50);
    return { incidenten: N, choropleetBuurtJaar: choropleet, hicWijkJaar: hic, buurtprofiel: profiel };
  } finally {
    await s.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDashboard(), null, 2));
}
