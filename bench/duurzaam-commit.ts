import { run } from './meldingen-http.ts';
import { median, startServer } from './lib.ts';

/**
 * What "acknowledged = on disk" costs on the embedded engine (issue 9, defect 7): the same sustained
 * POST /api/meldingen load (50 connections) with BUURTVEILIG_DUURZAAM=true (the default: fsync before 201)
 * and =false (PGlite's own setting, no fsync). Medians of 3 runs after a 3 s warm-up, each on a fresh data
 * directory on the machine's disk.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);

export async function benchDuurzaam(): Promise<Record<string, unknown>> {
  const out: Record<string, { rps: number; p99ms: number; non2xx: number }> = {};
  for (const [naam, waarde] of [['duurzaam', 'true'], ['nietDuurzaam', 'false']] as const) {
    const server = await startServer({ BUURTVEILIG_DUURZAAM: waarde });
    try {
      await run(server.url, 3);
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await run(server.url, DURATION));
      out[naam] = { rps: median(runs.map((r) => r.rps)), p99ms: median(runs.map((r) => r.p99)), non2xx: runs.reduce((s, r) => s + r.non2xx, 0) };
    } finally {
      await server.stop();
    }
  }
  return { ...out, verhouding: Number((out.duurzaam!.rps / out.nietDuurzaam!.rps).toFixed(2)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchDuurzaam(), null, 2));
}
