import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SYSTEEM } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { startContext } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { median, rng } from './lib.ts';

/**
 * Import of 1,000,000 incidents (CSV, RD New, one date each) on the embedded engine, end to end through
 * IncidentenService.importIncidenten: parse, validate, assign the buurt, insert with unnest batches, log.
 * Target: < 30 s. Median of 3 runs, each on a fresh on-disk PGlite database.
 */
const N = Number(process.env.BENCH_INCIDENTEN ?? 1_000_000);
const SOORTEN = ['1.1.1', '1.2.3', '1.2.4', '1.4.5', '2.2.1'];

async function eenRun(csv: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-bench-inc-'));
  const started = await startContext(loadConfig({ dataDir: dir, logLevel: 'silent', outboxIntervalMs: 0 }, {}), { demoData: false });
  try {
    const t0 = performance.now();
    const r = await started.ctx.incidenten.importIncidenten({ actor: SYSTEEM }, csv, 'bench.csv', { soort: 'soort', datum: 'datum', x: 'x', y: 'y' });
    const ms = performance.now() - t0;
    if (r.aantal !== N) throw new Error(`expected ${N}, got ${r.aantal}`);
    return ms;
  } finally {
    await started.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchIncidentImport(): Promise<Record<string, unknown>> {
  // Points inside the buurten: draw in the bounding box, keep those the area index places in a buurt.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-bench-inc-'));
  const s = await startContext(loadConfig({ dataDir: 'memory://', logLevel: 'silent', outboxIntervalMs: 0 }, {}), { demoData: false });
  const index = s.ctx.gebieden.index;
  const r = rng(9);
  const regels = ['soort,datum,x,y'];
  while (regels.length <= N) {
    const x = Math.round((170500 + r() * 13000) * 10) / 10;
    const y = Math.round((311000 + r() * 13000) * 10) / 10;
    if (!index.findRd(x, y)) continue;
    const d = new Date(Date.UTC(2015, 0, 1) + Math.floor(r() * 3652) * 86_400_000).toISOString().slice(0, 10);
    regels.push(`${SOORTEN[Math.floor(r() * SOORTEN.length)]},${d},${x},${y}`);
  }
  await s.database.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const csv = regels.join('\n');
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) runs.push(await eenRun(csv));
  return { rijen: N, mb: Math.round(csv.length / 2 ** 20), medianS: Number((median(runs) / 1000).toFixed(1)), runsS: runs.map((x) => Number((x / 1000).toFixed(1))) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchIncidentImport(), null, 2));
}
