import path from 'node:path';
import autocannon from 'autocannon';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { createScratchDatabase } from '../src/server/platform/pg-admin.ts';
import { median, rng, startServer } from './lib.ts';

/**
 * Sustained POST /api/meldingen (anonymous web intake: validation, point → buurt, category suggestion,
 * duplicate search, routing, insert + event + verwerkingenlog in one transaction) at 50 connections:
 * 3 runs of 10 s after a 3 s warm-up, median throughput and p99 latency, per engine. Rate limiting off.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TEKSTEN = [
  'Jongeren hangen elke avond rond bij het speelplein en maken veel lawaai.',
  'De straatlantaarn voor ons huis is al een week kapot.',
  'Er wordt gedeald vanuit een auto bij de ingang van het park.',
  'De buren draaien tot diep in de nacht harde muziek.',
  'Mijn fiets is gestolen bij het station, het slot was doorgeknipt.',
];

export async function run(url: string, seconds: number) {
  const r = rng(3);
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/meldingen',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ omschrijving: TEKSTEN[Math.floor(r() * TEKSTEN.length)], locatie: { lon: 5.66 + r() * 0.06, lat: 50.83 + r() * 0.04 } }),
        }),
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

export async function benchMeldingen(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const engines: { name: string; env: Record<string, string>; cleanup?: () => Promise<void> }[] = [{ name: 'pglite', env: {} }];
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const scratch = await createScratchDatabase(pgUrl, 'bv_bench');
    engines.push({ name: 'postgresql', env: { DATABASE_URL: scratch.url }, cleanup: scratch.drop });
  }
  const measure = async (env: Record<string, string>, script?: string) => {
    const server = await startServer(env, script);
    try {
      await run(server.url, 3);
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await run(server.url, DURATION));
      return {
        rps: median(runs.map((r) => r.rps)),
        p99ms: median(runs.map((r) => r.p99)),
        non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
        errors: runs.reduce((s, r) => s + r.errors, 0),
      };
    } finally {
      await server.stop();
    }
  };
  for (const e of engines) {
    try {
      // Measured in the same run: the bare route first, then the real intake, on the same engine.
      const kaal = await measure(e.env, path.join(ROOT_DIR, 'bench', 'bare-insert-server.ts'));
      const intake = await measure(e.env);
      out[e.name] = { intake, kaleRoute: kaal, verhouding: Number((intake.rps / kaal.rps).toFixed(2)) };
    } finally {
      await e.cleanup?.();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchMeldingen(), null, 2));
}
