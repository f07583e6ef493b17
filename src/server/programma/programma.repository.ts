import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { ActiepuntTable, BuurtagendaPuntTable, MaatregelTable, ProgrammaTable, UitvoeringsagendaTable } from './programma.tables.ts';

export type ProgrammaRow = Selectable<ProgrammaTable>;
export type AgendaRow = Selectable<UitvoeringsagendaTable>;
export type ActiepuntRow = Selectable<ActiepuntTable>;
export type MaatregelRow = Selectable<MaatregelTable>;

export const bestaatProgramma = async (db: Executor, code: string): Promise<boolean> =>
  (await db.selectFrom('programma').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;

export const insertProgramma = (db: Executor, p: Insertable<ProgrammaTable>) => db.insertInto('programma').values(p).execute();

export async function insertThema(db: Executor, t: { programma: string; code: string; naam: string; soort: string; ondertitel: string | null; volgorde: number }): Promise<number> {
  return (await db.insertInto('programma_thema').values(t).returning('id').executeTakeFirstOrThrow()).id;
}
export const insertAmbitie = (db: Executor, a: { thema_id: number; tekst: string; volgorde: number }) => db.insertInto('programma_ambitie').values(a).execute();
export const insertDoel = (db: Executor, d: { thema_id: number; code: string; soort: 'effect' | 'inspanning'; tekst: string; indicatoren: string[]; volgorde: number }) =>
  db.insertInto('programma_doel').values(d).execute();

export const programmas = (db: Executor) => db.selectFrom('programma').selectAll().orderBy('van', 'desc').execute();
export const programma = (db: Executor, code: string, forUpdate = false) => {
  let q = db.selectFrom('programma').selectAll().where('code', '=', code);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
};
export const updateProgramma = (db: Executor, code: string, set: Updateable<ProgrammaTable>) => db.updateTable('programma').set(set).where('code', '=', code).execute();

export const themas = (db: Executor, programma: string) => db.selectFrom('programma_thema').selectAll().where('programma', '=', programma).orderBy('volgorde').execute();
export const ambities = (db: Executor, themaIds: number[]) =>
  themaIds.length ? db.selectFrom('programma_ambitie').selectAll().where('thema_id', 'in', themaIds).orderBy('volgorde').execute() : Promise.resolve([]);
export const doelen = (db: Executor, themaIds: number[]) =>
  themaIds.length ? db.selectFrom('programma_doel').selectAll().where('thema_id', 'in', themaIds).orderBy('volgorde').execute() : Promise.resolve([]);

export const agendas = (db: Executor, programma: string) => db.selectFrom('uitvoeringsagenda').selectAll().where('programma', '=', programma).orderBy('van').execute();
export const agenda = (db: Executor, code: string, forUpdate = false) => {
  let q = db.selectFrom('uitvoeringsagenda').selectAll().where('code', '=', code);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
};
export const insertAgenda = (db: Executor, a: Insertable<UitvoeringsagendaTable>) => db.insertInto('uitvoeringsagenda').values(a).onConflict((oc) => oc.column('code').doNothing()).execute();

export const updateAgenda = (db: Executor, code: string, set: Updateable<UitvoeringsagendaTable>) => db.updateTable('uitvoeringsagenda').set(set).where('code', '=', code).execute();

export const actiepunten = (db: Executor, agendaCodes: string[]) =>
  agendaCodes.length ? db.selectFrom('actiepunt').selectAll().where('agenda', 'in', agendaCodes).orderBy('volgorde').execute() : Promise.resolve([]);

/** Insert or update an actiepunt by (agenda, code); returns its id. */
export async function bewaarActiepunt(db: Executor, a: { agenda: string; thema: string; code: string; titel: string; eigenaar_afdeling: string | null; volgorde: number }): Promise<number> {
  const r = await db
    .insertInto('actiepunt')
    .values(a)
    .onConflict((oc) => oc.columns(['agenda', 'code']).doUpdateSet({ thema: a.thema, titel: a.titel, eigenaar_afdeling: a.eigenaar_afdeling, volgorde: a.volgorde }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export interface MaatregelFilter {
  programma?: string | undefined;
  agenda?: string | undefined;
  thema?: string | undefined;
  partner?: string | undefined;
  buurt?: string | undefined;
  status?: string | undefined;
  organisatie?: string | undefined;
  ids?: number[] | undefined;
}

/** Maatregelen with their place in the tree and their latest progress colour and date. */
export function maatregelen(db: Executor, f: MaatregelFilter) {
  let q = db
    .selectFrom('maatregel as m')
    .innerJoin('actiepunt as a', 'a.id', 'm.actiepunt_id')
    .innerJoin('uitvoeringsagenda as u', 'u.code', 'a.agenda')
    .selectAll('m')
    .select(['a.code as actiepunt_code', 'a.titel as actiepunt_titel', 'a.thema as thema', 'u.code as agenda_code', 'u.programma as programma', 'u.status as agenda_status', 'u.titel as agenda_titel'])
    .select((eb) => [
      eb.selectFrom('maatregel_voortgang as v').select('v.kleur').whereRef('v.maatregel_id', '=', 'm.id').orderBy('v.datum', 'desc').orderBy('v.id', 'desc').limit(1).as('laatste_kleur'),
      eb.selectFrom('maatregel_voortgang as v').select('v.datum').whereRef('v.maatregel_id', '=', 'm.id').orderBy('v.datum', 'desc').orderBy('v.id', 'desc').limit(1).as('laatste_datum'),
    ]);
  if (f.programma) q = q.where('u.programma', '=', f.programma);
  if (f.agenda) q = q.where('u.code', '=', f.agenda);
  if (f.thema) q = q.where('a.thema', '=', f.thema);
  if (f.status) q = q.where('m.status', '=', f.status);
  if (f.organisatie) q = q.where('m.eigenaar_organisatie', '=', f.organisatie);
  if (f.partner) {
    const p = f.partner;
    q = q.where((eb) => eb.or([eb('m.eigenaar_organisatie', '=', p), eb(eb.val(p), '=', eb.fn.any('m.partners'))]));
  }
  if (f.buurt) {
    const b = f.buurt;
    q = q.where((eb) => eb(eb.val(b), '=', eb.fn.any('m.buurten')));
  }
  if (f.ids) q = f.ids.length ? q.where('m.id', 'in', f.ids) : q.where('m.id', '=', -1);
  return q.orderBy('u.van').orderBy('a.volgorde').orderBy('m.code').execute();
}
export type MaatregelMetPlek = Awaited<ReturnType<typeof maatregelen>>[number];

export const maatregelVoorUpdate = (db: Executor, id: number) => db.selectFrom('maatregel').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export const maatregelOpCode = (db: Executor, actiepuntId: number, code: string) => db.selectFrom('maatregel').selectAll().where('actiepunt_id', '=', actiepuntId).where('code', '=', code).executeTakeFirst();

export async function insertMaatregel(db: Executor, m: Insertable<MaatregelTable>): Promise<number> {
  return (await db.insertInto('maatregel').values(m).returning('id').executeTakeFirstOrThrow()).id;
}
export const updateMaatregel = (db: Executor, id: number, set: Updateable<MaatregelTable>) => db.updateTable('maatregel').set({ ...set, bijgewerkt: new Date() }).where('id', '=', id).execute();

export const voortgang = (db: Executor, maatregelId: number) =>
  db.selectFrom('maatregel_voortgang').selectAll().where('maatregel_id', '=', maatregelId).orderBy('datum', 'desc').orderBy('id', 'desc').execute();
export const insertVoortgang = (db: Executor, v: { maatregel_id: number; datum: string; kleur: string; tekst: string; status: string | null; door_id: string | null; door_naam: string }) =>
  db.insertInto('maatregel_voortgang').values(v).execute();

export const bewijs = (db: Executor, maatregelId: number) => db.selectFrom('maatregel_bewijs').selectAll().where('maatregel_id', '=', maatregelId).orderBy('id').execute();
export const insertBewijs = (db: Executor, b: { maatregel_id: number; soort: string; verwijzing: string; omschrijving: string; door_naam: string }) => db.insertInto('maatregel_bewijs').values(b).execute();

export const wijzigingen = (db: Executor, objectType: string, objectId: string) =>
  db.selectFrom('programma_wijziging').selectAll().where('object_type', '=', objectType).where('object_id', '=', objectId).orderBy('id', 'desc').execute();
export const insertWijziging = (
  db: Executor,
  w: { programma: string; object_type: string; object_id: string; door_id: string | null; door_naam: string; reden: string | null; voor: Record<string, unknown> | null; na: Record<string, unknown> },
) => db.insertInto('programma_wijziging').values({ ...w, voor: w.voor === null ? null : JSON.stringify(w.voor), na: JSON.stringify(w.na) }).execute();

// ------------------------------------------------------------------------------------- buurtagenda

export type BuurtagendaRow = Selectable<BuurtagendaPuntTable>;

export const buurtagenda = (db: Executor, f: { buurt?: string | undefined; gepubliceerd?: boolean | undefined }) => {
  let q = db.selectFrom('buurtagenda_punt').selectAll();
  if (f.buurt) q = q.where('buurt_code', '=', f.buurt);
  if (f.gepubliceerd !== undefined) q = q.where('gepubliceerd', '=', f.gepubliceerd);
  return q.orderBy('buurt_code').orderBy('prioriteit').orderBy('id').execute();
};
export const buurtagendaPunt = (db: Executor, id: number) => db.selectFrom('buurtagenda_punt').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
export async function insertBuurtagendaPunt(db: Executor, p: Insertable<BuurtagendaPuntTable>): Promise<number> {
  return (await db.insertInto('buurtagenda_punt').values(p).returning('id').executeTakeFirstOrThrow()).id;
}
export const updateBuurtagendaPunt = (db: Executor, id: number, set: Updateable<BuurtagendaPuntTable>) => db.updateTable('buurtagenda_punt').set(set).where('id', '=', id).execute();

/** Public maatregelen that concern a buurt (named in their buurten) or the whole city (no buurten named). */
export const publiekeMaatregelen = (db: Executor, programma: string) =>
  db
    .selectFrom('maatregel as m')
    .innerJoin('actiepunt as a', 'a.id', 'm.actiepunt_id')
    .innerJoin('uitvoeringsagenda as u', 'u.code', 'a.agenda')
    .select(['m.id', 'm.titel', 'm.status', 'm.eigenaar_organisatie', 'm.buurten', 'm.start', 'm.eind', 'm.demo', 'a.thema'])
    .where('u.programma', '=', programma)
    .where('m.publiek', '=', true)
    .orderBy('a.volgorde')
    .orderBy('m.code')
    .execute();
