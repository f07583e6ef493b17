import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { startContext } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { SYSTEEM } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { incidentenCsv, median } from './lib.ts';

/**
 * The public buurt page over 1,000,000 incidents in 10 years (5 kinds), through HTTP in process (app.inject):
 * the first request (suppression tables for every public indicator and year are built for the whole
 * gemeente), the first request for another buurt (tables cached, page built), a warm page (200 calls), and a
 * revalidation with If-None-Match (304). Target (issue 11): p95 < 50 ms for a buurt page.
 */
const N = Number(process.env.BENCH_INCIDENTEN ?? 1_000_000);
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

export async function benchPubliek(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-bench-publiek-'));
  const s = await startContext(loadConfig({ dataDir: dir, logLevel: 'silent', outboxIntervalMs: 0, rateLimitPublic: 0 }, {}), { demoData: false });
  const app = await buildApp(s.ctx, { logger: false });
  await app.ready();
  try {
    const index = s.ctx.gebieden.index;
    const csv = incidentenCsv((x, y) => index.findRd(x, y) !== undefined, N);
    await s.ctx.incidenten.importIncidenten({ actor: SYSTEEM }, csv, 'bench.csv', { soort: 'soort', datum: 'datum', x: 'x', y: 'y' }, { nu: new Date(Date.UTC(2030, 0, 1)) });
    const vraag = async (url: string, headers: Record<string, string> = {}) => {
      const t0 = performance.now();
      const res = await app.inject({ url, headers });
      if (res.statusCode !== 200 && res.statusCode !== 304) throw new Error(`${url}: ${res.statusCode}`);
      return { ms: performance.now() - t0, etag: String(res.headers.etag ?? '') };
    };
    const eerste = await vraag('/api/publiek/buurten/BU09350000');
    const andereBuurt = await vraag('/api/publiek/buurten/BU09350201');
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) await vraag('/api/publiek/buurten/BU09350000');
    for (let i = 0; i < 200; i++) warm.push((await vraag('/api/publiek/buurten/BU09350000')).ms);
    const nietGewijzigd: number[] = [];
    for (let i = 0; i < 200; i++) nietGewijzigd.push((await vraag('/api/publiek/buurten/BU09350000', { 'if-none-match': eerste.etag })).ms);
    const f = (xs: number[]) => ({ medianMs: Number(median(xs).toFixed(2)), p95Ms: Number(p95(xs).toFixed(2)) });
    return { incidenten: N, eersteVerzoekMs: Math.round(eerste.ms), andereBuurtEersteMs: Math.round(andereBuurt.ms), warm: f(warm), nietGewijzigd304: f(nietGewijzigd) };
  } finally {
    await app.close();
    await s.database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchPubliek(), null, 2));
}
