import { sql } from 'kysely';
import type { Executor } from './database.ts';

export const leesInstelling = (db: Executor, sleutel: string) =>
  db.selectFrom('instelling').select('waarde').where('sleutel', '=', sleutel).executeTakeFirst();

/** Insert unless present: two processes starting at once both end up reading the first one's value. */
export const voegInstellingToe = (db: Executor, sleutel: string, waarde: string) =>
  db.insertInto('instelling').values({ sleutel, waarde }).onConflict((oc) => oc.doNothing()).execute();

export const geseedeModules = async (db: Executor): Promise<Set<string>> =>
  new Set((await db.selectFrom('module_seed').select('module').execute()).map((r) => r.module));

export const markeerGeseed = (db: Executor, module: string) =>
  db.insertInto('module_seed').values({ module }).onConflict((oc) => oc.doNothing()).execute();

/** A round trip to the database (health check). */
export const ping = (db: Executor) => sql`select 1`.execute(db);

/**
 * Count one request for `sleutel` in a fixed window of `vensterMs`: a new window starts when the previous one
 * ended. One statement, so concurrent processes never lose a count.
 */
export const telVerzoek = (db: Executor, sleutel: string, vensterMs: number) =>
  sql<{ teller: number; tot: Date }>`
    INSERT INTO rate_limit_teller (sleutel, teller, tot)
    VALUES (${sleutel}, 1, now() + make_interval(secs => ${vensterMs / 1000}))
    ON CONFLICT (sleutel) DO UPDATE SET
      teller = CASE WHEN rate_limit_teller.tot <= now() THEN 1 ELSE rate_limit_teller.teller + 1 END,
      tot = CASE WHEN rate_limit_teller.tot <= now() THEN EXCLUDED.tot ELSE rate_limit_teller.tot END
    RETURNING teller, tot`
    .execute(db)
    .then((r) => r.rows[0]!);

export const leesVerzoeken = (db: Executor, sleutel: string) =>
  db.selectFrom('rate_limit_teller').select(['teller', 'tot']).where('sleutel', '=', sleutel).where('tot', '>', new Date()).executeTakeFirst();

export const ruimTellersOp = (db: Executor) => db.deleteFrom('rate_limit_teller').where('tot', '<', new Date(Date.now() - 60_000)).execute();

// -------------------------------------------------------------------------------------- background tasks

export const nieuweTaak = (db: Executor, t: { id: string; soort: string; eigenaar: string; totaal: number; proces: string }) =>
  db.insertInto('achtergrondtaak').values({ ...t, status: 'bezig' }).execute();

export const taakVoortgang = (db: Executor, id: string, gedaan: number, totaal?: number) =>
  db.updateTable('achtergrondtaak').set({ gedaan, ...(totaal === undefined ? {} : { totaal }), hartslag: new Date() }).where('id', '=', id).where('status', '=', 'bezig').execute();

export const taakHartslag = (db: Executor, proces: string) =>
  db.updateTable('achtergrondtaak').set({ hartslag: new Date() }).where('proces', '=', proces).where('status', '=', 'bezig').execute();

export const taakKlaar = (db: Executor, id: string, resultaat: string) =>
  db.updateTable('achtergrondtaak').set({ status: 'klaar', resultaat, gedaan: sql<number>`totaal`, hartslag: new Date() }).where('id', '=', id).execute();

export const taakMislukt = (db: Executor, id: string, fout: string) =>
  db.updateTable('achtergrondtaak').set({ status: 'mislukt', fout, hartslag: new Date() }).where('id', '=', id).where('status', '=', 'bezig').execute();

/** Tasks still 'bezig' whose process has not beaten since `grens`: that process is gone. */
export const markeerVerweesdeTaken = (db: Executor, grens: Date, fout: string) =>
  db.updateTable('achtergrondtaak').set({ status: 'mislukt', fout }).where('status', '=', 'bezig').where('hartslag', '<', grens).execute();

export const leesTaak = (db: Executor, id: string) => db.selectFrom('achtergrondtaak').selectAll().where('id', '=', id).executeTakeFirst();

export const lopendeTaken = async (db: Executor, soort: string): Promise<number> =>
  Number((await db.selectFrom('achtergrondtaak').select((eb) => eb.fn.countAll<number>().as('n')).where('soort', '=', soort).where('status', '=', 'bezig').executeTakeFirstOrThrow()).n);

export const ruimTakenOp = (db: Executor, grens: Date) => db.deleteFrom('achtergrondtaak').where('status', '!=', 'bezig').where('gestart', '<', grens).execute();

/** Record one import (statistics or incidents) in the shared import log; returns its id. */
export async function nieuweImport(trx: Executor, i: { soort: string; bestand: string; bron: string; rijen: number; details: Record<string, unknown> }): Promise<number> {
  const r = await trx.insertInto('monitor_import').values({ ...i, details: JSON.stringify(i.details) }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** An import that was refused: nothing of it was stored, but the attempt and its reason are. */
export async function misluktImport(db: Executor, i: { soort: string; bestand: string; fout: string }): Promise<void> {
  await db.insertInto('monitor_import').values({ soort: i.soort, bestand: i.bestand, bron: '–', rijen: 0, status: 'mislukt', fout: i.fout }).execute();
}

/** The newest imports, failed ones included. */
export const recenteImports = (db: Executor, limiet: number) =>
  db.selectFrom('monitor_import').select(['id', 'soort', 'bestand', 'rijen', 'tijdstip', 'status', 'fout']).orderBy('tijdstip', 'desc').orderBy('id', 'desc').limit(limiet).execute();

/** How many tables the public schema holds (a restore target must have none). */
export const telTabellenInPublic = async (db: Executor): Promise<number> =>
  Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`.execute(db)).rows[0]!.n);
