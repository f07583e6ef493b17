import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { StatistiekRij } from './cbs-import.ts';

/** Upsert statistics in batches (a newer edition of a table replaces the older figures). */
export async function upsertStatistiek(trx: Executor, rows: StatistiekRij[], bron: string, importId: number, onProgress?: (n: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000).map((r) => ({ ...r, bron, import_id: importId }));
    await trx
      .insertInto('statistiek')
      .values(batch)
      .onConflict((oc) =>
        oc.columns(['reeks', 'gebied_code', 'periode']).doUpdateSet((eb) => ({
          waarde: eb.ref('excluded.waarde'),
          geheim: eb.ref('excluded.geheim'),
          status: eb.ref('excluded.status'),
          bron: eb.ref('excluded.bron'),
          import_id: eb.ref('excluded.import_id'),
        })),
      )
      .execute();
    onProgress?.(Math.min(i + 5000, rows.length));
  }
}

/** Sum of series per area for one period; `geheim` when any part was suppressed. */
export async function somReeksen(db: Executor, reeksen: string[], periode: string, gebieden: string[]) {
  if (gebieden.length === 0) return [];
  return db
    .selectFrom('statistiek')
    .select((eb) => [
      'gebied_code',
      eb.fn.sum<number | null>('waarde').as('waarde'),
      eb.fn.count<number>('reeks').as('delen'),
      sql<boolean>`bool_or(geheim)`.as('geheim'),
      sql<boolean>`bool_or(status = 'voorlopig')`.as('voorlopig'),
    ])
    .where('reeks', 'in', reeksen)
    .where('periode', '=', periode)
    .where('gebied_code', 'in', gebieden)
    .groupBy('gebied_code')
    .execute();
}

/** Periods for which any of the series exists, newest first. */
export async function periodenVanReeksen(db: Executor, reeksen: string[]): Promise<string[]> {
  const r = await db.selectFrom('statistiek').select('periode').distinct().where('reeks', 'in', reeksen).orderBy('periode', 'desc').execute();
  return r.map((x) => x.periode);
}

export async function duidingen(db: Executor, gebied: string) {
  return db
    .selectFrom('duiding as d')
    .select(['d.id', 'd.tekst', 'd.geschreven_op', 'd.auteur_id'])
    .where('d.gebied_code', '=', gebied)
    .orderBy('d.geschreven_op', 'desc')
    .execute();
}

export async function nieuweDuiding(trx: Executor, d: { gebied_code: string; tekst: string; auteur_id: string }): Promise<string> {
  return (await trx.insertInto('duiding').values(d).returning('id').executeTakeFirstOrThrow()).id;
}

