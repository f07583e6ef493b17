import autocannon from 'autocannon';
import { createScratchDatabase } from '../src/server/platform/pg-admin.ts';
import { median, rng, startServer } from './lib.ts';

/**
 * HTTP throughput of GET /api/gebieden/zoek (in-memory index, no database work) and GET /api/health (one
 * `select 1` round trip) on each engine: autocannon, 50 connections, 3 runs of 10 s after a 3 s warm-up,
 * median req/s and median p99 latency. The server runs in a child process; the load generator shares the
 * two cores with it, so absolute figures are lower bounds.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

async function load(url: string, paths: string[], seconds: number) {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

async function measure(url: string, paths: string[]) {
  await load(url, paths, 3);
  const runs = [];
  for (let r = 0; r < 3; r++) runs.push(await load(url, paths, DURATION));
  return {
    rps: median(runs.map((r) => r.rps)),
    p99ms: median(runs.map((r) => r.p99)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
    errors: runs.reduce((s, r) => s + r.errors, 0),
  };
}

export async function benchHttp(): Promise<Record<string, unknown>> {
  const rand = rng(7);
  // Points inside Maastricht's buurten (the Binnenstad area and around): mostly 200s, some 404s are fine.
  const zoek = Array.from({ length: 500 }, () => `/api/gebieden/zoek?lon=${(5.67 + rand() * 0.05).toFixed(5)}&lat=${(50.83 + rand() * 0.04).toFixed(5)}`);
  const out: Record<string, unknown> = {};
  const engines: { name: string; env: Record<string, string>; cleanup?: () => Promise<void> }[] = [{ name: 'pglite', env: {} }];
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const scratch = await createScratchDatabase(pgUrl, 'bv_bench');
    engines.push({ name: 'postgresql', env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop });
  }
  for (const e of engines) {
    const server = await startServer(e.env);
    try {
      out[e.name] = { zoek: await measure(server.url, zoek), health: await measure(server.url, ['/api/health']) };
    } finally {
      await server.stop();
      await e.cleanup?.();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchHttp(), null, 2));
}
