import { SYSTEEM } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { startContext } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { createScratchDatabase } from '../src/server/platform/pg-admin.ts';
import { median, rng } from './lib.ts';

/**
 * Intake without HTTP: 40 rounds of 50 concurrent MeldingenService.create calls (what 50 connections give the
 * group commit), after 20 warm-up rounds, per engine; meldingen per second, median of 3 runs. Separates the
 * database side of intake from request handling, which bench/meldingen-http.ts includes.
 */
const TEKSTEN = ['Jongeren hangen elke avond rond bij het speelplein en maken veel lawaai.', 'De straatlantaarn voor ons huis is al een week kapot.', 'Er wordt gedeald vanuit een auto bij de ingang van het park.'];

async function perEngine(databaseUrl: string | undefined): Promise<number> {
  const s = await startContext(loadConfig({ ...(databaseUrl ? { databaseUrl } : {}), dataDir: 'memory://', logLevel: 'silent', outboxIntervalMs: 0 }, {}), { demoData: false });
  try {
    const r = rng(1);
    const ronde = () =>
      Promise.all(
        Array.from({ length: 50 }, () =>
          s.ctx.meldingen.create({ actor: SYSTEEM }, { omschrijving: TEKSTEN[Math.floor(r() * TEKSTEN.length)]!, locatie: { lon: 5.66 + r() * 0.06, lat: 50.83 + r() * 0.04 } }, 'web', null),
        ),
      );
    for (let k = 0; k < 20; k++) await ronde();
    const runs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const t0 = performance.now();
      for (let k = 0; k < 40; k++) await ronde();
      runs.push(2000 / ((performance.now() - t0) / 1000));
    }
    return Math.round(median(runs));
  } finally {
    await s.database.close();
  }
}

export async function benchMeldingenBatch(): Promise<Record<string, number>> {
  const out: Record<string, number> = { pglite: await perEngine(undefined) };
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const scratch = await createScratchDatabase(pgUrl, 'bv_bench');
    try {
      out.postgresql = await perEngine(scratch.url);
    } finally {
      await scratch.drop();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchMeldingenBatch(), null, 2));
}
