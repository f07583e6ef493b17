import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { startContext } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { median, startServer } from './lib.ts';

/**
 * Mixed load on the embedded engine (issue 9, defect 7): 28,000 open meldingen, casushouders refreshing the
 * heavy work list non-stop, and residents submitting meldingen at the same time. Reports the intake's
 * latency (p50, p99, share answered within 1 s) with intake priority on (the default) and off
 * (BUURTVEILIG_INTAKE_VOORRANG=false), and the durable-commit cost (BUURTVEILIG_DUURZAAM).
 */
const SECONDEN = Number(process.env.BENCH_SECONDS ?? 15);
const LEZERS = Number(process.env.BENCH_LEZERS ?? 8);
const MELDERS = Number(process.env.BENCH_MELDERS ?? 8);

async function bereidVoor(dir: string): Promise<void> {
  const s = await startContext(loadConfig({ dataDir: dir, logLevel: 'silent', outboxIntervalMs: 0, demo: true, ankerIntervalMs: 0 }, {}), { demoData: false });
  try {
    // 28,000 open meldingen: copies of one real row with their own id, reference and token.
    await sql`INSERT INTO melding (id, referentie, status_token_hash, omschrijving, categorie, status, kanaal, team, organisatie_id, deadline, ingediend_op, x, y, lon, lat, buurt_code, wijk_code, routeringsregel, demo)
      SELECT gen_random_uuid(), 'B-' || g, md5(g::text), 'Afval naast de container ' || g, 'openbare_ruimte', 'ontvangen', 'web', 'stadsbeheer',
             (SELECT id FROM organisatie WHERE code = 'gemeente-stadsbeheer'), (current_date - (g % 40))::date, now() - (g || ' minutes')::interval,
             180000 + (g % 500), 318000 + (g % 700), 5.69, 50.85, 'BU09350000', 'WK093500', 'bench', true
      FROM generate_series(1, 28000) g`.execute(s.ctx.db);
  } finally {
    await s.database.close();
  }
}

async function login(url: string): Promise<{ cookie: string }> {
  const r = await fetch(`${url}/api/sessie`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'casushouder@demo.buurtveilig.nl', wachtwoord: 'Maastricht-demo-2026' }) });
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie };
}

async function ronde(dir: string, env: Record<string, string>) {
  const server = await startServer({ BUURTVEILIG_DEMO: 'true', BUURTVEILIG_RATE_LIMIT_INLOGGEN: '0', ...env }, undefined, { dataDir: dir });
  try {
    const { cookie } = await login(server.url);
    const einde = Date.now() + SECONDEN * 1000;
    const lijsten: number[] = [];
    const intake: number[] = [];
    let fouten = 0;
    const lezer = async () => {
      while (Date.now() < einde) {
        const t = performance.now();
        const r = await fetch(`${server.url}/api/meldingen?limit=50`, { headers: { cookie } });
        await r.arrayBuffer();
        lijsten.push(performance.now() - t);
      }
    };
    const melder = async (n: number) => {
      let i = 0;
      while (Date.now() < einde) {
        const t = performance.now();
        const r = await fetch(`${server.url}/api/meldingen`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ omschrijving: `Losliggende stoeptegel bij nummer ${n}-${i++}, gevaarlijk.`, categorie: 'openbare_ruimte', locatie: { lon: 5.69, lat: 50.85 } }),
          signal: AbortSignal.timeout(30_000),
        }).catch(() => null);
        if (!r || r.status !== 201) fouten++;
        await r?.arrayBuffer();
        intake.push(performance.now() - t);
        await new Promise((res) => setTimeout(res, 50));
      }
    };
    await Promise.all([...Array.from({ length: LEZERS }, lezer), ...Array.from({ length: MELDERS }, (_, n) => melder(n))]);
    const sorted = [...intake].sort((a, b) => a - b);
    return {
      meldingen: intake.length,
      intakeP50ms: Math.round(median(intake)),
      intakeP99ms: Math.round(sorted[Math.floor(sorted.length * 0.99)] ?? 0),
      binnen1s: Number((intake.filter((x) => x < 1000).length / Math.max(1, intake.length)).toFixed(3)),
      fouten,
      werklijsten: lijsten.length,
      werklijstP50ms: Math.round(median(lijsten)),
    };
  } finally {
    await server.stop();
  }
}

export async function benchGemengdeLast(): Promise<Record<string, unknown>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-gemengd-'));
  try {
    await bereidVoor(dir);
    return {
      openMeldingen: 28_000,
      lezers: LEZERS,
      melders: MELDERS,
      seconden: SECONDEN,
      voorrangAanDuurzaam: await ronde(dir, {}),
      voorrangUitDuurzaam: await ronde(dir, { BUURTVEILIG_INTAKE_VOORRANG: 'false' }),
      voorrangAanNietDuurzaam: await ronde(dir, { BUURTVEILIG_DUURZAAM: 'false' }),
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchGemengdeLast(), null, 2));
}
