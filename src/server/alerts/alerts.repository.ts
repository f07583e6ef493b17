import { sql } from 'kysely';
import type { Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { AbonnementTable, InbraakalertTable } from './alerts.tables.ts';

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

export const actieveAbonneeBuurten = (db: Executor) =>
  db.selectFrom('abonnement').select(['buurt_code']).where('afgemeld_op', 'is', null).where('bevestigd_op', 'is not', null).execute();

/** The alert, locked for the decision. */
export const alertVoorBesluit = (db: Executor, id: string) => db.selectFrom('inbraakalert').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const actieveAbonnementen = (db: Executor, buurten: string[]) =>
  db.selectFrom('abonnement').selectAll().where('buurt_code', 'in', buurten).where('afgemeld_op', 'is', null).where('bevestigd_op', 'is not', null).execute();

export const beoordeelAlert = (
  db: Executor,
  id: string,
  besluit: { status: 'verstuurd'; ontvangers: number } | { status: 'afgewezen'; reden: string },
  beoordelaarId: string,
  nu: Date,
) => db.updateTable('inbraakalert').set({ ...besluit, beoordeeld_door: beoordelaarId, beoordeeld_op: nu }).where('id', '=', id).execute();

export const voegAbonnementToe = (
  db: Executor,
  a: Insertable<AbonnementTable> & { id: string; afmeld_token_hash: string },
) => db.insertInto('abonnement').values(a).returning('id').executeTakeFirstOrThrow();

/** A resident's live (not unsubscribed) subscription for this address and buurt, locked. */
export const bestaandAbonnement = (db: Executor, email: string, buurt: string) =>
  db
    .selectFrom('abonnement')
    .select(['id', 'bevestigd_op', 'bevestiging_verstuurd_op'])
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .where('buurt_code', '=', buurt)
    .where('afgemeld_op', 'is', null)
    .forUpdate()
    .executeTakeFirst();

export const nieuweBevestiging = (db: Executor, id: string, tokenHash: string, nu: Date) =>
  db.updateTable('abonnement').set({ bevestig_token_hash: tokenHash, bevestiging_verstuurd_op: nu }).where('id', '=', id).execute();

/** Confirm: only an unconfirmed subscription whose confirmation mail went out after `sinds`. */
export const bevestig = (db: Executor, tokenHash: string, sinds: Date, nu: Date) =>
  db
    .updateTable('abonnement')
    .set({ bevestigd_op: nu, bevestig_token_hash: null })
    .where('bevestig_token_hash', '=', tokenHash)
    .where('bevestigd_op', 'is', null)
    .where('afgemeld_op', 'is', null)
    .where('bevestiging_verstuurd_op', '>=', sinds)
    .returning(['id', 'buurt_code'])
    .executeTakeFirst();

export const telOnbevestigd = async (db: Executor, voor: Date) =>
  Number(
    (
      await db
        .selectFrom('abonnement')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('bevestigd_op', 'is', null)
        .where('afgemeld_op', 'is', null)
        .where('aangemeld_op', '<', voor)
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Never confirmed within the term: the address is deleted outright (it was never consented to). */
export const verwijderOnbevestigd = (db: Executor, voor: Date) =>
  db.deleteFrom('abonnement').where('bevestigd_op', 'is', null).where('afgemeld_op', 'is', null).where('aangemeld_op', '<', voor).returning('id').execute();

/** Unsubscribe: the address and name are erased, the row stays as a count. */
export const meldAf = (db: Executor, tokenHash: string, nu: Date) =>
  db
    .updateTable('abonnement')
    .set({ afgemeld_op: nu, email: null, webhook_url: null, naam: null })
    .where('afmeld_token_hash', '=', tokenHash)
    .where('afgemeld_op', 'is', null)
    .returning('id')
    .executeTakeFirst();
