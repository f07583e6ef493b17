import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { StatistiekRij } from './cbs-import.ts';

/** Upsert statistics in batches (a newer edition of a table replaces the older figures). */
export async function upsertStatistiek(trx: Executor, rows: StatistiekRij[], bron: string, importId: number, demo: boolean, onProgress?: (n: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000).map((r) => ({ ...r, bron, import_id: importId, demo }));
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
          demo: eb.ref('excluded.demo'),
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
      sql<boolean>`bool_or(demo)`.as('demo'),
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


/** The areas among `gebieden` that have real (not demo) figures of any of these series, in any period. */
export async function gebiedenMetEchteReeksen(db: Executor, reeksen: string[], gebieden: string[]): Promise<string[]> {
  if (gebieden.length === 0) return [];
  const r = await db.selectFrom('statistiek').select('gebied_code').distinct().where('reeks', 'in', reeksen).where('gebied_code', 'in', gebieden).where('demo', '=', false).execute();
  return r.map((x) => x.gebied_code);
}

/** Replace the figures of all gemeenten (one shipped file; a newer edition replaces the older). */
export async function vervangGemeenteCijfers(trx: Executor, rows: { gemeente: string; provincie: string; reeks: string; periode: string; waarde: number; bron: string }[]): Promise<void> {
  await trx.deleteFrom('gemeente_cijfer').execute();
  for (let i = 0; i < rows.length; i += 2000) await trx.insertInto('gemeente_cijfer').values(rows.slice(i, i + 2000)).execute();
}

export const gemeenteCijferJaren = async (db: Executor, reeks: string): Promise<string[]> =>
  (await db.selectFrom('gemeente_cijfer').select('periode').distinct().where('reeks', '=', reeks).orderBy('periode', 'desc').execute()).map((r) => r.periode);

export const gemeenteCijfers = (db: Executor, reeksen: string[], periode: string) =>
  db.selectFrom('gemeente_cijfer').select(['gemeente', 'provincie', 'reeks', 'waarde', 'bron']).where('reeks', 'in', reeksen).where('periode', '=', periode).execute();
