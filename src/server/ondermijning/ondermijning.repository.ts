import { sql, type Insertable, type Updateable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { OndermijningSignaalTable, Vertrouwelijkheid } from './ondermijning.tables.ts';

export async function volgendNummer(db: Executor): Promise<number> {
  return Number((await sql<{ n: number }>`SELECT nextval('ondermijning_signaal_nummer') AS n`.execute(db)).rows[0]!.n);
}
export async function insertSignaal(db: Executor, s: Insertable<OndermijningSignaalTable>): Promise<string> {
  return (await db.insertInto('ondermijning_signaal').values(s).returning('id').executeTakeFirstOrThrow()).id;
}
/** Signals of the given confidentiality levels only: the caller passes what the policy allows. */
export const signalen = (db: Executor, niveaus: Vertrouwelijkheid[], f: { status?: string | undefined; fenomeen?: string | undefined; ids?: string[] | undefined }) => {
  let q = db.selectFrom('ondermijning_signaal').selectAll().where('vertrouwelijkheid', 'in', niveaus);
  if (f.status) q = q.where('status', '=', f.status as 'nieuw');
  if (f.fenomeen) q = q.where('fenomeen', '=', f.fenomeen);
  if (f.ids) q = f.ids.length ? q.where('id', 'in', f.ids) : q.where(sql<boolean>`false`);
  return q.orderBy('ontvangen_op', 'desc').orderBy('nummer', 'desc').limit(500).execute();
};
export const signaalVoorUpdate = (db: Executor, id: string) => db.selectFrom('ondermijning_signaal').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export const updateSignaal = (db: Executor, id: string, set: Updateable<OndermijningSignaalTable>) => db.updateTable('ondermijning_signaal').set(set).where('id', '=', id).execute();

export async function subject(db: Executor, s: { soort: 'object' | 'bedrijf' | 'persoon'; aanduiding: string; vertrouwelijkheid: Vertrouwelijkheid }): Promise<string> {
  const r = await db
    .insertInto('ondermijning_subject')
    .values(s)
    .onConflict((oc) => oc.columns(['soort', 'aanduiding']).doUpdateSet({ vertrouwelijkheid: sql`CASE WHEN ondermijning_subject.vertrouwelijkheid = 'geheim' THEN 'geheim' ELSE excluded.vertrouwelijkheid END` }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}
export const koppel = (db: Executor, signaalId: string, subjectId: string) => db.insertInto('ondermijning_signaal_subject').values({ signaal_id: signaalId, subject_id: subjectId }).onConflict((oc) => oc.doNothing()).execute();
export const subjectenVan = (db: Executor, signaalIds: string[], niveaus: Vertrouwelijkheid[]) =>
  signaalIds.length
    ? db
        .selectFrom('ondermijning_signaal_subject as k')
        .innerJoin('ondermijning_subject as s', 's.id', 'k.subject_id')
        .select(['k.signaal_id', 's.id', 's.soort', 's.aanduiding', 's.vertrouwelijkheid'])
        .where('k.signaal_id', 'in', signaalIds)
        .where('s.vertrouwelijkheid', 'in', niveaus)
        .execute()
    : Promise.resolve([]);

export async function insertOverleg(db: Executor, datum: string): Promise<string> {
  return (await db.insertInto('ondermijning_overleg').values({ datum }).returning('id').executeTakeFirstOrThrow()).id;
}
export const overleg = (db: Executor, id: string) => db.selectFrom('ondermijning_overleg').selectAll().where('id', '=', id).executeTakeFirst();
export const overleggen = (db: Executor) => db.selectFrom('ondermijning_overleg').selectAll().orderBy('datum', 'desc').limit(50).execute();
export const agendaVan = (db: Executor, overlegIds: string[], niveaus: Vertrouwelijkheid[]) =>
  overlegIds.length ? db.selectFrom('ondermijning_signaal').select(['id', 'overleg_id']).where('overleg_id', 'in', overlegIds).where('vertrouwelijkheid', 'in', niveaus).execute() : Promise.resolve([]);

/** Signals received before the limit (retention), and the subjects no signal refers to any more. */
export const verlopenSignalen = (db: Executor, grens: string) => db.selectFrom('ondermijning_signaal').select('id').where('ontvangen_op', '<', grens).execute();
export async function verwijderSignalen(db: Executor, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await db.deleteFrom('ondermijning_signaal').where('id', 'in', ids).execute();
  await db.deleteFrom('ondermijning_subject').where(({ not, exists, selectFrom }) => not(exists(selectFrom('ondermijning_signaal_subject').select('subject_id').whereRef('ondermijning_signaal_subject.subject_id', '=', 'ondermijning_subject.id')))).execute();
}
