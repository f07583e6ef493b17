import { sql, type Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import { leesCursor, naCursor, pagina, type Sleutel } from '../platform/paging.ts';
import { zichtbaarFilter, type Kijker, type Zichtbaarheid } from '../platform/zichtbaarheid.ts';
import type { BesluitRow, BesluitTable, TaakRow, TaakStatus, TaakTable, ZaakDossierRow, ZaakLidRow, ZaakRow, ZaakTable } from './casussen.tables.ts';

export async function nextNummer(trx: Executor): Promise<number> {
  const r = await sql<{ n: number }>`SELECT nextval('zaak_nummer') AS n`.execute(trx);
  return Number(r.rows[0]!.n);
}

export async function insert(trx: Executor, row: Insertable<ZaakTable>): Promise<ZaakRow> {
  return trx.insertInto('zaak').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findById(db: Executor, id: string, forUpdate = false): Promise<ZaakRow | undefined> {
  let q = db.selectFrom('zaak').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function update(trx: Executor, id: string, set: Partial<Omit<ZaakRow, 'id' | 'aangemaakt_op'>>): Promise<void> {
  await trx.updateTable('zaak').set(set).where('id', '=', id).execute();
}

/** Add a current membership unless the same person/organisation already holds that role (ended ones are history). */
export async function addLid(trx: Executor, l: { zaak_id: string; gebruiker_id?: string | null; organisatie_id?: string | null; rol: string }): Promise<void> {
  const exists = await trx
    .selectFrom('zaak_lid')
    .select('id')
    .where('zaak_id', '=', l.zaak_id)
    .where('rol', '=', l.rol)
    .where('tot', 'is', null)
    .where((eb) => (l.gebruiker_id ? eb('gebruiker_id', '=', l.gebruiker_id) : eb('organisatie_id', '=', l.organisatie_id!)))
    .executeTakeFirst();
  if (exists) return;
  await trx.insertInto('zaak_lid').values({ zaak_id: l.zaak_id, gebruiker_id: l.gebruiker_id ?? null, organisatie_id: l.organisatie_id ?? null, rol: l.rol }).execute();
}

/** End current memberships (by id, by role, or of an organisation); `tot` is the transaction's time. */
export async function beeindigLeden(
  trx: Executor,
  zaakId: string,
  wie: { id: string } | { rol: string } | { organisatieId: string },
  reden: string,
): Promise<number> {
  let q = trx.updateTable('zaak_lid').set({ tot: sql<Date>`now()`, einde_reden: reden }).where('zaak_id', '=', zaakId).where('tot', 'is', null);
  if ('id' in wie) q = q.where('id', '=', wie.id);
  else if ('rol' in wie) q = q.where('rol', '=', wie.rol);
  else q = q.where('organisatie_id', '=', wie.organisatieId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function findLid(db: Executor, zaakId: string, lidId: string): Promise<ZaakLidRow | undefined> {
  return db.selectFrom('zaak_lid').selectAll().where('zaak_id', '=', zaakId).where('id', '=', lidId).executeTakeFirst();
}

export async function leden(db: Executor, zaakId: string): Promise<ZaakLidRow[]> {
  return db.selectFrom('zaak_lid').selectAll().where('zaak_id', '=', zaakId).orderBy('toegevoegd_op').orderBy('id').execute();
}

/** The memberships through which a user relates to a zaak: personal ones and those of their organisation. */
export async function lidmaatschappen(db: Executor, zaakId: string, gebruikerId: string, organisatieId: string): Promise<ZaakLidRow[]> {
  return db
    .selectFrom('zaak_lid')
    .selectAll()
    .where('zaak_id', '=', zaakId)
    .where((eb) => eb.or([eb('gebruiker_id', '=', gebruikerId), eb('organisatie_id', '=', organisatieId)]))
    .execute();
}

/** How many tasks of an organisation in a zaak are still open or accepted. */
export async function openTakenVan(db: Executor, zaakId: string, organisatieId: string): Promise<number> {
  const r = await db
    .selectFrom('taak')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('zaak_id', '=', zaakId)
    .where('organisatie_id', '=', organisatieId)
    .where('status', 'in', ['open', 'geaccepteerd'])
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function linkMelding(trx: Executor, zaakId: string, meldingId: string): Promise<void> {
  await trx.insertInto('zaak_melding').values({ zaak_id: zaakId, melding_id: meldingId }).onConflict((oc) => oc.doNothing()).execute();
}

/** The ids of the meldingen opgenomen in a zaak (their contents come from the meldingen service). */
export async function meldingIds(db: Executor, zaakId: string): Promise<string[]> {
  return (await db.selectFrom('zaak_melding').select('melding_id').where('zaak_id', '=', zaakId).execute()).map((r) => r.melding_id);
}

export async function addDossier(
  trx: Executor,
  d: {
    zaak_id: string;
    soort: string;
    titel: string;
    tekst?: string | null;
    zichtbaarheid: Zichtbaarheid;
    vertrouwelijkheid?: string;
    actor_id: string | null;
    actor_organisatie_id: string | null;
    actor_omschrijving: string;
    details?: Record<string, unknown>;
  },
): Promise<number> {
  const r = await trx
    .insertInto('zaak_dossier')
    .values({
      zaak_id: d.zaak_id,
      soort: d.soort,
      titel: d.titel,
      tekst: d.tekst ?? null,
      zichtbaarheid: d.zichtbaarheid.soort,
      zichtbaar_voor: d.zichtbaarheid.voor,
      vertrouwelijkheid: d.vertrouwelijkheid ?? 'vertrouwelijk',
      bestandsnaam: null,
      mediatype: null,
      inhoud: null,
      actor_id: d.actor_id,
      actor_organisatie_id: d.actor_organisatie_id,
      actor_omschrijving: d.actor_omschrijving,
      details: JSON.stringify(d.details ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

/** The dossier lines this viewer may see (platform visibility policy, ADR 0007). */
export async function dossier(db: Executor, zaakId: string, kijker: Kijker): Promise<Omit<ZaakDossierRow, 'inhoud'>[]> {
  return db
    .selectFrom('zaak_dossier as d')
    .select(['d.id', 'd.zaak_id', 'd.tijdstip', 'd.soort', 'd.titel', 'd.tekst', 'd.zichtbaarheid', 'd.zichtbaar_voor', 'd.vertrouwelijkheid', 'd.bestandsnaam', 'd.mediatype', 'd.actor_id', 'd.actor_organisatie_id', 'd.actor_omschrijving', 'd.details'])
    .where('d.zaak_id', '=', zaakId)
    .where(zichtbaarFilter(kijker, { soort: 'd.zichtbaarheid', voor: 'd.zichtbaar_voor', tijdstip: 'd.tijdstip', auteur: 'd.actor_id' }))
    .orderBy('d.id')
    .execute();
}

export async function dossierTellingen(db: Executor, zaakId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('zaak_dossier')
    .select(['soort', (eb) => eb.fn.countAll<number>().as('n')])
    .where('zaak_id', '=', zaakId)
    .groupBy('soort')
    .execute();
  return new Map(rows.map((r) => [r.soort, Number(r.n)]));
}

export async function addBetrokkene(
  trx: Executor,
  b: { zaak_id: string; rol: string; naam: string | null; adres: string | null; doel: string; zichtbaarheid: Zichtbaarheid },
): Promise<string> {
  const { zichtbaarheid, ...rest } = b;
  const r = await trx
    .insertInto('zaak_betrokkene')
    .values({ ...rest, zichtbaarheid: zichtbaarheid.soort, zichtbaar_voor: zichtbaarheid.voor })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function betrokkenen(db: Executor, zaakId: string, kijker: Kijker) {
  return db
    .selectFrom('zaak_betrokkene as b')
    .select(['b.id', 'b.rol', 'b.naam', 'b.adres', 'b.doel'])
    .where('b.zaak_id', '=', zaakId)
    .where(zichtbaarFilter(kijker, { soort: 'b.zichtbaarheid', voor: 'b.zichtbaar_voor', tijdstip: 'b.toegevoegd_op' }))
    .orderBy('b.toegevoegd_op')
    .orderBy('b.id')
    .execute();
}

export async function insertBesluit(trx: Executor, b: Insertable<BesluitTable>): Promise<BesluitRow> {
  return trx.insertInto('besluit').values(b).returningAll().executeTakeFirstOrThrow();
}

/** All besluiten of a zaak (the evidence checks need every one, whoever looks). */
export async function besluiten(db: Executor, zaakId: string): Promise<BesluitRow[]> {
  return db.selectFrom('besluit').selectAll().where('zaak_id', '=', zaakId).orderBy('vastgelegd_op').orderBy('id').execute();
}

export async function besluitenVoor(db: Executor, zaakId: string, kijker: Kijker): Promise<BesluitRow[]> {
  return db
    .selectFrom('besluit as b')
    .selectAll('b')
    .where('b.zaak_id', '=', zaakId)
    .where(zichtbaarFilter(kijker, { soort: 'b.zichtbaarheid', voor: 'b.zichtbaar_voor', tijdstip: 'b.vastgelegd_op' }))
    .orderBy('b.vastgelegd_op')
    .orderBy('b.id')
    .execute();
}

export async function insertTaak(trx: Executor, t: Insertable<TaakTable>): Promise<TaakRow> {
  return trx.insertInto('taak').values(t).returningAll().executeTakeFirstOrThrow();
}

export async function findTaak(db: Executor, id: string, forUpdate = false): Promise<TaakRow | undefined> {
  let q = db.selectFrom('taak').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function updateTaak(trx: Executor, id: string, set: Partial<Omit<TaakRow, 'id' | 'aangemaakt_op'>>): Promise<void> {
  await trx.updateTable('taak').set(set).where('id', '=', id).execute();
}

export async function taken(db: Executor, f: { zaakId?: string; organisatieId?: string; status?: TaakStatus[] }) {
  let q = db
    .selectFrom('taak as t')
    .leftJoin('zaak as z', 'z.id', 't.zaak_id')
    .selectAll('t')
    .select(['z.identificatie as zaak_identificatie']);
  if (f.zaakId) q = q.where('t.zaak_id', '=', f.zaakId);
  if (f.organisatieId) q = q.where('t.organisatie_id', '=', f.organisatieId);
  if (f.status?.length) q = q.where('t.status', 'in', f.status);
  return q.orderBy('t.deadline').orderBy('t.aangemaakt_op').execute();
}

/**
 * The work list under the need-to-know filter: zaken where the user is a member, or (for partner users)
 * where their organisation is.
 */
export async function listVoor(
  db: Executor,
  f: {
    gebruikerId: string;
    organisatieId: string;
    viaOrganisatie: boolean;
    /** Ended memberships count until this moment (the read-only window); current ones always. */
    lidSinds: Date;
    status?: string | undefined;
    zaaktype?: string | undefined;
    mijn?: boolean | undefined;
    open?: boolean | undefined;
    melding?: string | undefined;
    achterstallig?: boolean | undefined;
    vandaag: string;
    limit: number;
    offset: number;
    cursor?: string | undefined;
  },
): Promise<{ rows: (ZaakRow & { casushouder_id: string | null })[]; total: number; volgende: string | null }> {
  let q = db.selectFrom('zaak as z').where((eb) =>
    eb.exists(
      eb
        .selectFrom('zaak_lid as l')
        .select('l.id')
        .whereRef('l.zaak_id', '=', 'z.id')
        .where((e) => e.or([e('l.tot', 'is', null), e('l.tot', '>=', f.lidSinds)]))
        .where((e) =>
          f.viaOrganisatie
            ? e.or([e('l.gebruiker_id', '=', f.gebruikerId), e('l.organisatie_id', '=', f.organisatieId)])
            : e('l.gebruiker_id', '=', f.gebruikerId),
        ),
    ),
  );
  if (f.status) q = q.where('z.status', '=', f.status);
  if (f.zaaktype) q = q.where('z.zaaktype', '=', f.zaaktype);
  if (f.open) q = q.where('z.einddatum', 'is', null);
  if (f.melding) {
    const mid = f.melding;
    q = q.where((eb) => eb.exists(eb.selectFrom('zaak_melding as zm').select('zm.melding_id').whereRef('zm.zaak_id', '=', 'z.id').where('zm.melding_id', '=', mid)));
  }
  if (f.achterstallig) q = q.where('z.einddatum', 'is', null).where('z.opgeschort_sinds', 'is', null).where('z.streefdatum', '<', f.vandaag);
  if (f.mijn) {
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('zaak_lid as c').select('c.id').whereRef('c.zaak_id', '=', 'z.id').where('c.gebruiker_id', '=', f.gebruikerId).where('c.rol', '=', 'casushouder').where('c.tot', 'is', null),
      ),
    );
  }
  // Overdue first, then by target date; the id makes the order total (stable pages).
  const prio = sql<number>`CASE WHEN z.einddatum IS NULL AND z.opgeschort_sinds IS NULL AND z.streefdatum < ${f.vandaag} THEN 0 ELSE 1 END`;
  const sleutels: Sleutel[] = [
    { expr: prio, richting: 'asc' },
    { expr: 'z.streefdatum', richting: 'asc' },
    { expr: 'z.id', richting: 'asc' },
  ];
  const rq = f.cursor ? q.where(naCursor(sleutels, leesCursor(f.cursor, sleutels.length))) : q;
  const [rows, total] = await Promise.all([
    rq
      .selectAll('z')
      .select((eb) => [
        eb
          .selectFrom('zaak_lid as l')
          .select('l.gebruiker_id')
          .whereRef('l.zaak_id', '=', 'z.id')
          .where('l.rol', '=', 'casushouder')
          .where('l.tot', 'is', null)
          .limit(1)
          .as('casushouder_id'),
        prio.as('k_prio'),
      ])
      .orderBy(prio)
      .orderBy('z.streefdatum')
      .orderBy('z.id')
      .limit(f.limit + 1)
      .offset(f.cursor ? 0 : f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const p = pagina(rows, f.limit, (r) => [Number(r.k_prio), r.streefdatum, r.id]);
  return { rows: p.rows.map(({ k_prio: _p, ...r }) => r), total: Number(total.n), volgende: p.volgende };
}

// ------------------------------------------------------------------------------------------------ retention

/** Casussen whose archive action date has passed and whose result says "vernietigen". */
export const teVernietigen = (db: Executor, vandaag: string) =>
  db
    .selectFrom('zaak')
    .select(['id', 'identificatie', 'zaaktype', 'resultaat', 'archiefactiedatum'])
    .where('archiefnominatie', '=', 'vernietigen')
    .where('archiefactiedatum', '<=', vandaag)
    .execute();

export const meldingenVanZaken = async (db: Executor, zaakIds: string[]): Promise<string[]> =>
  zaakIds.length ? (await db.selectFrom('zaak_melding').select('melding_id').where('zaak_id', 'in', zaakIds).execute()).map((r) => r.melding_id) : [];

/** Tasks and dossier rows cascade with the zaak; referenced meldingen stay (their owner anonymises them). */
export async function vernietig(db: Executor, zaakIds: string[]): Promise<void> {
  if (!zaakIds.length) return;
  await db.deleteFrom('zaak_melding').where('zaak_id', 'in', zaakIds).execute();
  await db.deleteFrom('zaak').where('id', 'in', zaakIds).execute();
}

export const status = async (db: Executor, id: string): Promise<string> =>
  (await db.selectFrom('zaak').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

export const markeerAllesDemo = (db: Executor) => db.updateTable('zaak').set({ demo: true }).execute();
