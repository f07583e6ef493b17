import type { Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { BevolkingOpbouwTable, EnqueteResponsTable } from './enquete.tables.ts';

export const nieuweRonde = (db: Executor, r: { naam: string; jaar: number; vragenlijst_versie: number; open_link: boolean; demo: boolean }) =>
  db.insertInto('enquete_ronde').values(r).returning('id').executeTakeFirstOrThrow();

export const voegLinksToe = (db: Executor, links: { token_hash: string; ronde_id: string; buurt_code: string }[]) =>
  db.insertInto('enquete_link').values(links).execute();

export const rondes = (db: Executor) => db.selectFrom('enquete_ronde').selectAll().orderBy('jaar', 'desc').orderBy('aangemaakt_op', 'desc').execute();

export const rondeBestaat = async (db: Executor, id: string) => !!(await db.selectFrom('enquete_ronde').select('id').where('id', '=', id).executeTakeFirst());

export const respondentenPerBuurt = (db: Executor) =>
  db
    .selectFrom('enquete_respons')
    .select(['ronde_id', 'buurt_code', 'bron', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['ronde_id', 'buurt_code', 'bron'])
    .execute();

export const uitnodigingenPerBuurt = (db: Executor) =>
  db
    .selectFrom('enquete_uitnodiging')
    .select(['ronde_id', 'buurt_code', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('gebruikt_op').as('gebruikt')])
    .groupBy(['ronde_id', 'buurt_code'])
    .execute();

export const rondeVoorUitnodigingen = (db: Executor, id: string) => db.selectFrom('enquete_ronde').select(['id', 'naam', 'jaar', 'open']).where('id', '=', id).executeTakeFirst();

export const voegUitnodigingenToe = async (db: Executor, rows: { code_hash: string; ronde_id: string; buurt_code: string }[]) => {
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('enquete_uitnodiging').values(rows.slice(i, i + 1000)).execute();
};

export const uitnodigingMetRonde = (db: Executor, codeHash: string) =>
  db
    .selectFrom('enquete_uitnodiging as u')
    .innerJoin('enquete_ronde as r', 'r.id', 'u.ronde_id')
    .select(['u.ronde_id', 'u.buurt_code', 'u.gebruikt_op', 'r.open'])
    .where('u.code_hash', '=', codeHash)
    .executeTakeFirst();

/** Use a code: only once, whoever comes first (the row lock decides between two at the same moment). */
export const gebruikUitnodiging = (db: Executor, codeHash: string, nu: Date) =>
  db.updateTable('enquete_uitnodiging').set({ gebruikt_op: nu }).where('code_hash', '=', codeHash).where('gebruikt_op', 'is', null).returning(['ronde_id', 'buurt_code']).executeTakeFirst();

export const linkMetRonde = (db: Executor, tokenHash: string) =>
  db
    .selectFrom('enquete_link as l')
    .innerJoin('enquete_ronde as r', 'r.id', 'l.ronde_id')
    .select(['l.ronde_id', 'l.buurt_code', 'r.naam', 'r.open', 'r.jaar'])
    .where('l.token_hash', '=', tokenHash)
    .where('r.open_link', '=', true)
    .executeTakeFirst();

export async function voegResponsenToe(db: Executor, rows: Insertable<EnqueteResponsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await db.insertInto('enquete_respons').values(rows.slice(i, i + 1000)).execute();
}

/** Replace the population make-up of the years in `rows` (all or nothing inside the caller's transaction). */
export async function vervangBevolking(db: Executor, rows: Insertable<BevolkingOpbouwTable>[], jaren: number[]): Promise<void> {
  await db.deleteFrom('bevolking_opbouw').where('jaar', 'in', jaren).execute();
  await db.insertInto('bevolking_opbouw').values(rows).execute();
}

export const responsenVanJaar = (db: Executor, jaar: number) =>
  db
    .selectFrom('enquete_respons as e')
    .innerJoin('enquete_ronde as r', 'r.id', 'e.ronde_id')
    .select(['e.buurt_code', 'e.leeftijd', 'e.geslacht', 'e.antwoorden', 'r.demo'])
    .where('r.jaar', '=', jaar)
    // Open-link answers can be repeated at will: they never count in an estimate or a target's status.
    .where('e.bron', '!=', 'open')
    .execute();

/** Population make-up up to this year, newest year first. */
export const bevolkingTot = (db: Executor, jaar: number) =>
  db.selectFrom('bevolking_opbouw').selectAll().where('jaar', '<=', jaar).orderBy('jaar', 'desc').execute();

export const jarenMetResponsen = (db: Executor) =>
  db
    .selectFrom('enquete_ronde as r')
    .innerJoin('enquete_respons as e', 'e.ronde_id', 'r.id')
    .select('r.jaar')
    .where('e.bron', '!=', 'open')
    .distinct()
    .orderBy('r.jaar', 'desc')
    .execute();
