import type { Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { InbraakalertTable } from './alerts.tables.ts';

/** An open (not rejected, still valid) alert of this kind in this grid cell, if any. */
export const openAlertInCel = (db: Executor, cel: { x: number; y: number }, soort: string, vandaag: string) =>
  db
    .selectFrom('inbraakalert')
    .select('id')
    .where('cel_x', '=', cel.x)
    .where('cel_y', '=', cel.y)
    .where('soort', '=', soort)
    .where('status', '!=', 'afgewezen')
    .where('geldig_tot', '>=', vandaag)
    .executeTakeFirst();

export const voegAlertToe = (db: Executor, a: Insertable<InbraakalertTable>) => db.insertInto('inbraakalert').values(a).execute();

export const lijstAlerts = (db: Executor) => db.selectFrom('inbraakalert').selectAll().orderBy('aangemaakt_op', 'desc').limit(500).execute();

export const actieveAbonneeBuurten = (db: Executor) => db.selectFrom('abonnement').select(['buurt_code']).where('afgemeld_op', 'is', null).execute();

/** The alert, locked for the decision. */
export const alertVoorBesluit = (db: Executor, id: string) => db.selectFrom('inbraakalert').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const actieveAbonnementen = (db: Executor, buurten: string[]) =>
  db.selectFrom('abonnement').selectAll().where('buurt_code', 'in', buurten).where('afgemeld_op', 'is', null).execute();

export const beoordeelAlert = (
  db: Executor,
  id: string,
  besluit: { status: 'verstuurd'; ontvangers: number } | { status: 'afgewezen'; reden: string },
  beoordelaarId: string,
  nu: Date,
) => db.updateTable('inbraakalert').set({ ...besluit, beoordeeld_door: beoordelaarId, beoordeeld_op: nu }).where('id', '=', id).execute();

export const voegAbonnementToe = (
  db: Executor,
  a: { id: string; soort: 'bewoner' | 'buurtpreventie'; naam: string | null; email: string | null; webhook_url: string | null; buurt_code: string; afmeld_token_hash: string },
) => db.insertInto('abonnement').values(a).returning('id').executeTakeFirstOrThrow();

/** Unsubscribe: the address and name are erased, the row stays as a count. */
export const meldAf = (db: Executor, tokenHash: string, nu: Date) =>
  db
    .updateTable('abonnement')
    .set({ afgemeld_op: nu, email: null, webhook_url: null, naam: null })
    .where('afmeld_token_hash', '=', tokenHash)
    .where('afgemeld_op', 'is', null)
    .returning('id')
    .executeTakeFirst();
