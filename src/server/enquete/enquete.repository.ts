import type { Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { BevolkingOpbouwTable, EnqueteResponsTable } from './enquete.tables.ts';

export const nieuweRonde = (db: Executor, r: { naam: string; jaar: number; vragenlijst_versie: number }) =>
  db.insertInto('enquete_ronde').values(r).returning('id').executeTakeFirstOrThrow();

export const voegLinksToe = (db: Executor, links: { token_hash: string; ronde_id: string; buurt_code: string }[]) =>
  db.insertInto('enquete_link').values(links).execute();

export const rondes = (db: Executor) => db.selectFrom('enquete_ronde').selectAll().orderBy('jaar', 'desc').orderBy('aangemaakt_op', 'desc').execute();

export const rondeBestaat = async (db: Executor, id: string) => !!(await db.selectFrom('enquete_ronde').select('id').where('id', '=', id).executeTakeFirst());

export const respondentenPerBuurt = (db: Executor) =>
  db
    .selectFrom('enquete_respons')
    .select(['ronde_id', 'buurt_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['ronde_id', 'buurt_code'])
    .execute();

export const linkMetRonde = (db: Executor, tokenHash: string) =>
  db
    .selectFrom('enquete_link as l')
    .innerJoin('enquete_ronde as r', 'r.id', 'l.ronde_id')
    .select(['l.ronde_id', 'l.buurt_code', 'r.naam', 'r.open', 'r.jaar'])
    .where('l.token_hash', '=', tokenHash)
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
    .select(['e.buurt_code', 'e.leeftijd', 'e.geslacht', 'e.antwoorden'])
    .where('r.jaar', '=', jaar)
    .execute();

/** Population make-up up to this year, newest year first. */
export const bevolkingTot = (db: Executor, jaar: number) =>
  db.selectFrom('bevolking_opbouw').selectAll().where('jaar', '<=', jaar).orderBy('jaar', 'desc').execute();

export const jarenMetResponsen = (db: Executor) =>
  db.selectFrom('enquete_ronde as r').innerJoin('enquete_respons as e', 'e.ronde_id', 'r.id').select('r.jaar').distinct().orderBy('r.jaar', 'desc').execute();
