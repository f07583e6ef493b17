import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { VerwerkingRow } from './verwerkingenlog.tables.ts';

/** A new entry: every column, with details as a plain object (serialised to jsonb on insert). */
export type NewVerwerkingRow = Omit<VerwerkingRow, 'details'> & { details: Record<string, unknown> };

/** Lock the head of the chain for this transaction and return it; concurrent appenders wait here. */
export async function lockHead(trx: Executor): Promise<{ volgnummer: number; hash: string }> {
  return trx
    .selectFrom('verwerking_kop')
    .select(['volgnummer', 'hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function readHead(db: Executor): Promise<{ volgnummer: number; hash: string }> {
  return db.selectFrom('verwerking_kop').select(['volgnummer', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

/** Insert entries (consecutive, in chain order) and move the head to the last one. */
export async function append(trx: Executor, rows: readonly NewVerwerkingRow[]): Promise<void> {
  const last = rows.at(-1);
  if (!last) return;
  await trx
    .insertInto('verwerking')
    .values(rows.map((row) => ({ ...row, details: JSON.stringify(row.details) })))
    .execute();
  await trx.updateTable('verwerking_kop').set({ volgnummer: last.volgnummer, hash: last.hash }).where('id', '=', 1).execute();
}

/** A page of the chain in order, for verification. */
export async function chainAfter(db: Executor, after: number, limit: number): Promise<VerwerkingRow[]> {
  return db.selectFrom('verwerking').selectAll().where('volgnummer', '>', after).orderBy('volgnummer').limit(limit).execute();
}

export async function count(db: Executor): Promise<number> {
  const r = await db.selectFrom('verwerking').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface SearchFilter {
  actorId?: string | undefined;
  organisatieId?: string | undefined;
  actie?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  doel?: string | undefined;
  persoonsgegevens?: boolean | undefined;
  van?: Date | undefined;
  tot?: Date | undefined;
  tekst?: string | undefined;
}

export async function search(
  db: Executor,
  filter: SearchFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: VerwerkingRow[]; total: number }> {
  let q = db.selectFrom('verwerking as v');
  if (filter.actorId) q = q.where('v.actor_id', '=', filter.actorId);
  if (filter.organisatieId) q = q.where('v.organisatie_id', '=', filter.organisatieId);
  if (filter.actie) q = q.where('v.actie', '=', filter.actie);
  if (filter.objectType) q = q.where('v.object_type', '=', filter.objectType);
  if (filter.objectId) q = q.where('v.object_id', '=', filter.objectId);
  if (filter.doel) q = q.where('v.doel', '=', filter.doel);
  if (filter.persoonsgegevens !== undefined) q = q.where('v.persoonsgegevens', '=', filter.persoonsgegevens);
  if (filter.van) q = q.where('v.tijdstip', '>=', filter.van);
  if (filter.tot) q = q.where('v.tijdstip', '<', filter.tot);
  if (filter.tekst) {
    // Free text over the readable columns; LIKE wildcards in the input are escaped so they match literally.
    const pattern = `%${filter.tekst.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('v.actor_omschrijving', 'ilike', pattern),
        eb('v.actie', 'ilike', pattern),
        eb('v.object_id', 'ilike', pattern),
        eb(sql`v.details::text`, 'ilike', pattern),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .selectAll('v')
      .orderBy('v.volgnummer', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
