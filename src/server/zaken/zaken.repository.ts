import { sql, type Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { BesluitRow, BesluitTable, TaakRow, TaakStatus, TaakTable, ZaakDossierRow, ZaakRow, ZaakTable } from './zaken.tables.ts';

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

export async function addLid(trx: Executor, l: { zaak_id: string; gebruiker_id?: string | null; organisatie_id?: string | null; rol: string }): Promise<void> {
  const exists = await trx
    .selectFrom('zaak_lid')
    .select('id')
    .where('zaak_id', '=', l.zaak_id)
    .where('rol', '=', l.rol)
    .where((eb) => (l.gebruiker_id ? eb('gebruiker_id', '=', l.gebruiker_id) : eb('organisatie_id', '=', l.organisatie_id!)))
    .executeTakeFirst();
  if (exists) return;
  await trx.insertInto('zaak_lid').values({ zaak_id: l.zaak_id, gebruiker_id: l.gebruiker_id ?? null, organisatie_id: l.organisatie_id ?? null, rol: l.rol }).execute();
}

export async function removeRol(trx: Executor, zaakId: string, rol: string): Promise<void> {
  await trx.deleteFrom('zaak_lid').where('zaak_id', '=', zaakId).where('rol', '=', rol).execute();
}

export async function leden(db: Executor, zaakId: string) {
  return db
    .selectFrom('zaak_lid as l')
    .select(['l.rol', 'l.gebruiker_id', 'l.organisatie_id'])
    .where('l.zaak_id', '=', zaakId)
    .orderBy('l.toegevoegd_op')
    .execute();
}

/** How a user relates to a zaak: as a personal member, through a member organisation, or not at all. */
export async function lidmaatschap(db: Executor, zaakId: string, gebruikerId: string, organisatieId: string): Promise<{ persoonlijk: boolean; organisatie: boolean }> {
  const rows = await db
    .selectFrom('zaak_lid')
    .select(['gebruiker_id', 'organisatie_id'])
    .where('zaak_id', '=', zaakId)
    .where((eb) => eb.or([eb('gebruiker_id', '=', gebruikerId), eb('organisatie_id', '=', organisatieId)]))
    .execute();
  return { persoonlijk: rows.some((r) => r.gebruiker_id === gebruikerId), organisatie: rows.some((r) => r.organisatie_id === organisatieId) };
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
    intern: boolean;
    vertrouwelijkheid?: string;
    actor_id: string | null;
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
      intern: d.intern,
      vertrouwelijkheid: d.vertrouwelijkheid ?? 'vertrouwelijk',
      bestandsnaam: null,
      mediatype: null,
      inhoud: null,
      actor_id: d.actor_id,
      actor_omschrijving: d.actor_omschrijving,
      details: JSON.stringify(d.details ?? {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function dossier(db: Executor, zaakId: string, alleenExtern = false): Promise<Omit<ZaakDossierRow, 'inhoud'>[]> {
  let q = db
    .selectFrom('zaak_dossier')
    .select(['id', 'zaak_id', 'tijdstip', 'soort', 'titel', 'tekst', 'intern', 'vertrouwelijkheid', 'bestandsnaam', 'mediatype', 'actor_id', 'actor_omschrijving', 'details'])
    .where('zaak_id', '=', zaakId);
  if (alleenExtern) q = q.where('intern', '=', false);
  return q.orderBy('id').execute();
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

export async function addBetrokkene(trx: Executor, b: { zaak_id: string; rol: string; naam: string | null; adres: string | null; doel: string }): Promise<string> {
  const r = await trx.insertInto('zaak_betrokkene').values(b).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function betrokkenen(db: Executor, zaakId: string) {
  return db.selectFrom('zaak_betrokkene').select(['id', 'rol', 'naam', 'adres', 'doel']).where('zaak_id', '=', zaakId).orderBy('toegevoegd_op').execute();
}

export async function insertBesluit(trx: Executor, b: Insertable<BesluitTable>): Promise<BesluitRow> {
  return trx.insertInto('besluit').values(b).returningAll().executeTakeFirstOrThrow();
}

export async function besluiten(db: Executor, zaakId: string): Promise<BesluitRow[]> {
  return db.selectFrom('besluit').selectAll().where('zaak_id', '=', zaakId).orderBy('vastgelegd_op').execute();
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
    status?: string | undefined;
    zaaktype?: string | undefined;
    mijn?: boolean | undefined;
    achterstallig?: boolean | undefined;
    vandaag: string;
    limit: number;
    offset: number;
  },
): Promise<{ rows: (ZaakRow & { casushouder_id: string | null })[]; total: number }> {
  let q = db.selectFrom('zaak as z').where((eb) =>
    eb.exists(
      eb
        .selectFrom('zaak_lid as l')
        .select('l.id')
        .whereRef('l.zaak_id', '=', 'z.id')
        .where((e) =>
          f.viaOrganisatie
            ? e.or([e('l.gebruiker_id', '=', f.gebruikerId), e('l.organisatie_id', '=', f.organisatieId)])
            : e('l.gebruiker_id', '=', f.gebruikerId),
        ),
    ),
  );
  if (f.status) q = q.where('z.status', '=', f.status);
  if (f.zaaktype) q = q.where('z.zaaktype', '=', f.zaaktype);
  if (f.achterstallig) q = q.where('z.einddatum', 'is', null).where('z.opgeschort_sinds', 'is', null).where('z.streefdatum', '<', f.vandaag);
  if (f.mijn) {
    q = q.where((eb) =>
      eb.exists(
        eb.selectFrom('zaak_lid as c').select('c.id').whereRef('c.zaak_id', '=', 'z.id').where('c.gebruiker_id', '=', f.gebruikerId).where('c.rol', '=', 'casushouder'),
      ),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .selectAll('z')
      .select((eb) =>
        eb
          .selectFrom('zaak_lid as l')
          .select('l.gebruiker_id')
          .whereRef('l.zaak_id', '=', 'z.id')
          .where('l.rol', '=', 'casushouder')
          .limit(1)
          .as('casushouder_id'),
      )
      .orderBy(sql`CASE WHEN z.einddatum IS NULL AND z.opgeschort_sinds IS NULL AND z.streefdatum < ${f.vandaag} THEN 0 ELSE 1 END`)
      .orderBy('z.streefdatum')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
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
