import type { Executor } from '../platform/database.ts';

export type Lijst = 'meldingen' | 'casussen';

export async function list(db: Executor, gebruikerId: string, lijst: Lijst) {
  return db.selectFrom('opgeslagen_filter').select(['id', 'naam', 'filter']).where('gebruiker_id', '=', gebruikerId).where('lijst', '=', lijst).orderBy('naam').execute();
}

/** Save under a name; the same name replaces the earlier filter of that user and list. */
export async function upsert(db: Executor, f: { gebruiker_id: string; lijst: Lijst; naam: string; filter: Record<string, unknown> }): Promise<string> {
  const r = await db
    .insertInto('opgeslagen_filter')
    .values({ ...f, filter: JSON.stringify(f.filter) })
    .onConflict((oc) => oc.columns(['gebruiker_id', 'lijst', 'naam']).doUpdateSet({ filter: JSON.stringify(f.filter) }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function remove(db: Executor, gebruikerId: string, id: string): Promise<boolean> {
  const r = await db.deleteFrom('opgeslagen_filter').where('id', '=', id).where('gebruiker_id', '=', gebruikerId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
