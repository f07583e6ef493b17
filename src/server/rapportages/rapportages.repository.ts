import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { RapportTable } from './rapportages.tables.ts';

const META = ['id', 'soort', 'periode', 'versie', 'titel', 'status', 'hash', 'bevat_voorlopig', 'voorlopig_akkoord', 'demo', 'auteur_naam', 'aangemaakt_op', 'vastgesteld_door', 'vastgesteld_op', 'gepubliceerd_door', 'gepubliceerd_op'] as const;

export const volgendeVersie = async (db: Executor, soort: string, periode: string): Promise<number> =>
  Number((await db.selectFrom('rapport').select((eb) => eb.fn.max('versie').as('v')).where('soort', '=', soort).where('periode', '=', periode).executeTakeFirst())?.v ?? 0) + 1;

export async function insert(db: Executor, r: Insertable<RapportTable>): Promise<number> {
  return (await db.insertInto('rapport').values(r).returning('id').executeTakeFirstOrThrow()).id;
}
export const lijst = (db: Executor) => db.selectFrom('rapport').select(META).orderBy('aangemaakt_op', 'desc').orderBy('id', 'desc').limit(200).execute();
export const meta = (db: Executor, id: number) => db.selectFrom('rapport').select(META).where('id', '=', id).executeTakeFirst();
export const volledig = (db: Executor, id: number, forUpdate = false) => {
  let q = db.selectFrom('rapport').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
};
export const update = (db: Executor, id: number, set: Updateable<RapportTable>) => db.updateTable('rapport').set(set).where('id', '=', id).execute();
