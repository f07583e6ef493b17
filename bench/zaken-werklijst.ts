import { sql } from 'kysely';
import { startContext } from '../src/server/bootstrap.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { createScratchDatabase } from '../src/server/platform/pg-admin.ts';
import type { Gebruiker } from '../src/server/toegang/toegang.service.ts';
import { findGebruikerMetToegang } from '../src/server/toegang/toegang.repository.ts';
import { median } from './lib.ts';
import { SYSTEEM } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';

const SYSTEEM_CTX = { actor: SYSTEEM };

/**
 * The casus work list under the need-to-know filter over 100,000 casussen: the casushouder is a member of
 * 2 %, the woningcorporatie of 1 %. 200 list calls (first page of 50, overdue first) per user after a warm-up;
 * median and p95 in milliseconds, per engine, in process (service + SQL, no HTTP).
 */
async function measure(databaseUrl: string | undefined) {
  const config = loadConfig({ dataDir: 'memory://', logLevel: 'silent', demo: true, ...(databaseUrl ? { databaseUrl } : {}) }, {});
  const { ctx, database } = await startContext(config, { demoData: false });
  try {
    const db = ctx.db;
    const org = (await db.selectFrom('organisatie').select('id').where('code', '=', 'gemeente-oov').executeTakeFirstOrThrow()).id;
    const woonpunt = (await db.selectFrom('organisatie').select('id').where('code', '=', 'woonpunt').executeTakeFirstOrThrow()).id;
    const cas = (await db.selectFrom('gebruiker').select('id').where('email', '=', 'casushouder@demo.buurtveilig.nl').executeTakeFirstOrThrow()).id;
    const partner = (await db.selectFrom('gebruiker').select('id').where('email', '=', 'partner@demo.buurtveilig.nl').executeTakeFirstOrThrow()).id;
    await sql`
      INSERT INTO zaak (identificatie, zaaktype, status, omschrijving, vertrouwelijkheid, doel, startdatum, streefdatum, eigenaar_organisatie_id, demo)
      SELECT 'B-' || g, CASE WHEN g % 3 = 0 THEN 'woonoverlast_151d' ELSE 'overlastcasus' END,
             CASE WHEN g % 3 = 0 THEN 'dossieropbouw' ELSE 'in_behandeling' END,
             'Bench casus ' || g, 'vertrouwelijk', 'bench', date '2024-01-01' + (g % 700), date '2024-06-01' + (g % 900), ${org}, true
      FROM generate_series(1, 100000) AS g`.execute(db);
    await sql`INSERT INTO zaak_lid (zaak_id, gebruiker_id, rol) SELECT id, ${cas}, 'casushouder' FROM zaak WHERE identificatie LIKE 'B-%' AND (substr(identificatie, 3)::int % 50) = 0`.execute(db);
    await sql`INSERT INTO zaak_lid (zaak_id, organisatie_id, rol) SELECT id, ${woonpunt}, 'partner' FROM zaak WHERE identificatie LIKE 'B-%' AND (substr(identificatie, 3)::int % 100) = 7`.execute(db);
    await sql`ANALYZE`.execute(db);
    const toGebruiker = async (id: string): Promise<Gebruiker> => {
      const g = (await findGebruikerMetToegang(db, id))!;
      return { id: g.id, email: g.email, naam: g.naam, actief: true, organisatie: { id: g.organisatie_id, code: g.organisatie_code, naam: g.organisatie_naam }, rollen: g.rollen, permissies: g.permissies as Gebruiker['permissies'], laatstIngelogdOp: null, demo: true };
    };
    const out: Record<string, unknown> = {};
    for (const [naam, id] of [['casushouder (2 000 eigen)', cas], ['partner (1 000 via organisatie)', partner]] as const) {
      const g = await toGebruiker(id);
      for (let i = 0; i < 20; i++) await ctx.casussen.list(g, SYSTEEM_CTX, { limit: 50, offset: 0 });
      const times: number[] = [];
      let totaal = 0;
      for (let i = 0; i < 200; i++) {
        const t0 = performance.now();
        totaal = (await ctx.casussen.list(g, SYSTEEM_CTX, { limit: 50, offset: 0 })).totaal;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      out[naam] = { totaal, medianMs: Math.round(median(times) * 100) / 100, p95Ms: Math.round(times[Math.floor(times.length * 0.95)]! * 100) / 100 };
    }
    return out;
  } finally {
    await database.close();
  }
}

export async function benchWerklijst(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { pglite: await measure(undefined) };
  const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (pgUrl) {
    const scratch = await createScratchDatabase(pgUrl, 'bv_bench');
    try {
      out.postgresql = await measure(scratch.url);
    } finally {
      await scratch.drop();
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchWerklijst(), null, 2));
}
