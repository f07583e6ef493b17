import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { Insertable } from 'kysely';
import type { MeldingGebeurtenisRow, MeldingRow, MeldingTable } from './meldingen.tables.ts';

export async function nextNummer(trx: Executor): Promise<number> {
  const r = await sql<{ n: number }>`SELECT nextval('melding_nummer') AS n`.execute(trx);
  return Number(r.rows[0]!.n);
}

export async function insert(trx: Executor, row: Insertable<MeldingTable>): Promise<MeldingRow> {
  return trx.insertInto('melding').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function addEvent(
  trx: Executor,
  e: {
    melding_id: string;
    soort: string;
    van?: string | null;
    naar?: string | null;
    reden?: string | null;
    actor_id: string | null;
    actor_omschrijving: string;
    openbaar: boolean;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await trx
    .insertInto('melding_gebeurtenis')
    .values({ ...e, van: e.van ?? null, naar: e.naar ?? null, reden: e.reden ?? null, details: JSON.stringify(e.details ?? {}) })
    .execute();
}

export async function findById(db: Executor, id: string, forUpdate = false): Promise<MeldingRow | undefined> {
  let q = db.selectFrom('melding').selectAll().where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function findByTokenHash(db: Executor, hash: string): Promise<MeldingRow | undefined> {
  return db.selectFrom('melding').selectAll().where('status_token_hash', '=', hash).executeTakeFirst();
}

export async function events(db: Executor, meldingId: string, alleenOpenbaar = false): Promise<MeldingGebeurtenisRow[]> {
  let q = db.selectFrom('melding_gebeurtenis').selectAll().where('melding_id', '=', meldingId);
  if (alleenOpenbaar) q = q.where('openbaar', '=', true);
  return q.orderBy('id').execute();
}

/** Open meldingen of a category in an RD bounding box since a moment: candidates for duplicate detection. */
export async function openNear(
  db: Executor,
  q: { categorie: string; x: number; y: number; radius: number; sinds: Date; openStatussen: string[]; excludeId?: string },
): Promise<Pick<MeldingRow, 'id' | 'x' | 'y' | 'hoofdmelding_id' | 'ingediend_op' | 'categorie'>[]> {
  let query = db
    .selectFrom('melding')
    .select(['id', 'x', 'y', 'hoofdmelding_id', 'ingediend_op', 'categorie'])
    .where('categorie', '=', q.categorie)
    .where('status', 'in', q.openStatussen)
    .where('ingediend_op', '>=', q.sinds)
    .where('x', '>=', q.x - q.radius)
    .where('x', '<=', q.x + q.radius)
    .where('y', '>=', q.y - q.radius)
    .where('y', '<=', q.y + q.radius);
  if (q.excludeId) query = query.where('id', '!=', q.excludeId);
  return query.execute();
}

export interface ListFilter {
  status?: string[] | undefined;
  team?: string | undefined;
  categorie?: string | undefined;
  buurt?: string | undefined;
  wijk?: string | undefined;
  achterstallig?: boolean | undefined;
  zoek?: string | undefined;
  vandaag: string;
  openStatussen: string[];
}

export async function list(
  db: Executor,
  f: ListFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: (MeldingRow & { buurt_naam: string | null })[]; total: number }> {
  let q = db.selectFrom('melding as m').leftJoin('gebied as b', 'b.code', 'm.buurt_code');
  if (f.status?.length) q = q.where('m.status', 'in', f.status);
  if (f.team) q = q.where('m.team', '=', f.team);
  if (f.categorie) q = q.where('m.categorie', '=', f.categorie);
  if (f.buurt) q = q.where('m.buurt_code', '=', f.buurt);
  if (f.wijk) q = q.where('m.wijk_code', '=', f.wijk);
  if (f.achterstallig) q = q.where('m.deadline', '<', f.vandaag).where('m.status', 'in', f.openStatussen);
  if (f.zoek) q = q.where('m.referentie', 'ilike', `%${f.zoek.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const [rows, total] = await Promise.all([
    q
      .selectAll('m')
      .select('b.naam as buurt_naam')
      // Overdue open items first, then by deadline, newest first within a day.
      .orderBy(sql`CASE WHEN m.deadline < ${f.vandaag} AND m.status IN (${sql.join(f.openStatussen)}) THEN 0 ELSE 1 END`)
      .orderBy('m.deadline')
      .orderBy('m.ingediend_op', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function update(trx: Executor, id: string, set: Partial<Omit<MeldingRow, 'id'>>): Promise<void> {
  await trx.updateTable('melding').set(set).where('id', '=', id).execute();
}

export async function addCorrection(trx: Executor, c: { melding_id: string; tekst: string; categorie: string }): Promise<void> {
  await trx.insertInto('classificatie_correctie').values(c).execute();
}

export async function corrections(db: Executor): Promise<{ tekst: string; categorie: string }[]> {
  return db.selectFrom('classificatie_correctie').select(['tekst', 'categorie']).orderBy('id').execute();
}

export async function latestModel(db: Executor): Promise<{ model: unknown; getraind_op: Date; nauwkeurigheid: number | null } | undefined> {
  return db.selectFrom('classificatie_model').select(['model', 'getraind_op', 'nauwkeurigheid']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function saveModel(
  trx: Executor,
  m: { model: unknown; voorbeelden: number; correcties: number; nauwkeurigheid: number | null },
): Promise<void> {
  await trx.insertInto('classificatie_model').values({ ...m, model: JSON.stringify(m.model) }).execute();
}

export async function findPartnerKey(db: Executor, hash: string): Promise<{ organisatie_id: string; naam: string } | undefined> {
  return db
    .selectFrom('partner_sleutel')
    .select(['organisatie_id', 'naam'])
    .where('sleutel_hash', '=', hash)
    .where('ingetrokken_op', 'is', null)
    .executeTakeFirst();
}

export async function insertPartnerKey(trx: Executor, row: { organisatie_id: string; naam: string; sleutel_hash: string }): Promise<void> {
  await trx.insertInto('partner_sleutel').values(row).execute();
}

export async function allForRouting(db: Executor): Promise<Pick<MeldingRow, 'id' | 'referentie' | 'categorie' | 'subcategorie' | 'buurt_code' | 'wijk_code' | 'ingediend_op' | 'team'>[]> {
  return db
    .selectFrom('melding')
    .select(['id', 'referentie', 'categorie', 'subcategorie', 'buurt_code', 'wijk_code', 'ingediend_op', 'team'])
    .orderBy('ingediend_op')
    .execute();
}
