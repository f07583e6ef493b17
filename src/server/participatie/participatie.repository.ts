import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { BijeenkomstTable, BuurtpreventiegroepTable, BuurtschouwTable, SchouwpuntTable } from './participatie.tables.ts';

export const schouwen = (db: Executor, buurt?: string) => {
  let q = db.selectFrom('buurtschouw').selectAll();
  if (buurt) q = q.where('buurt_code', '=', buurt);
  return q.orderBy('datum', 'desc').orderBy('id', 'desc').execute();
};
export const schouw = (db: Executor, id: number, forUpdate = false) => {
  let q = db.selectFrom('buurtschouw').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
};
export async function insertSchouw(db: Executor, s: Insertable<BuurtschouwTable>): Promise<number> {
  return (await db.insertInto('buurtschouw').values(s).returning('id').executeTakeFirstOrThrow()).id;
}
export const updateSchouw = (db: Executor, id: number, set: Updateable<BuurtschouwTable>) => db.updateTable('buurtschouw').set(set).where('id', '=', id).execute();
export const punten = (db: Executor, schouwIds: number[]) =>
  schouwIds.length ? db.selectFrom('schouwpunt').selectAll().where('schouw_id', 'in', schouwIds).orderBy('id').execute() : Promise.resolve([]);
export async function insertPunt(db: Executor, p: Insertable<SchouwpuntTable>): Promise<number> {
  return (await db.insertInto('schouwpunt').values(p).returning('id').executeTakeFirstOrThrow()).id;
}
export const updatePunt = (db: Executor, id: number, set: Updateable<SchouwpuntTable>) => db.updateTable('schouwpunt').set(set).where('id', '=', id).execute();

export const groepen = (db: Executor) =>
  db
    .selectFrom('buurtpreventiegroep')
    .select(['id', 'naam', 'buurt_codes', 'aantal_deelnemers', 'bord_geplaatst', 'alerts', 'status', 'laatste_activiteit', 'inactief_sinds', 'contact_verwijderd_op', 'demo', sql<boolean>`coordinator_contact IS NOT NULL`.as('heeft_contact')])
    .orderBy('naam')
    .execute();
export const groep = (db: Executor, id: number, forUpdate = false) => {
  let q = db.selectFrom('buurtpreventiegroep').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
};
export async function insertGroep(db: Executor, g: Insertable<BuurtpreventiegroepTable>): Promise<number> {
  return (await db.insertInto('buurtpreventiegroep').values(g).returning('id').executeTakeFirstOrThrow()).id;
}
export const updateGroep = (db: Executor, id: number, set: Updateable<BuurtpreventiegroepTable>) => db.updateTable('buurtpreventiegroep').set(set).where('id', '=', id).execute();
/** Groups inactive since before the limit that still hold a coordinator contact. */
export const verlopenContact = (db: Executor, grens: string) =>
  db.selectFrom('buurtpreventiegroep').select('id').where('inactief_sinds', '<', grens).where((eb) => eb.or([eb('coordinator_contact', 'is not', null), eb('coordinator_naam', 'is not', null)])).execute();
export const wisContact = (db: Executor, ids: number[], nu: Date) =>
  ids.length ? db.updateTable('buurtpreventiegroep').set({ coordinator_contact: null, coordinator_naam: null, contact_verwijderd_op: nu }).where('id', 'in', ids).execute() : Promise.resolve([]);

export const bijeenkomsten = (db: Executor, buurt?: string) => {
  let q = db.selectFrom('bijeenkomst').selectAll();
  if (buurt) q = q.where('buurt_code', '=', buurt);
  return q.orderBy('datum', 'desc').orderBy('id', 'desc').execute();
};
export async function insertBijeenkomst(db: Executor, b: Insertable<BijeenkomstTable>): Promise<number> {
  return (await db.insertInto('bijeenkomst').values(b).returning('id').executeTakeFirstOrThrow()).id;
}
