import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import { leesCursor, naCursor, pagina, type Sleutel } from '../platform/paging.ts';
import type { Insertable } from 'kysely';
import type { MeldingGebeurtenisRow, MeldingRow, MeldingTable } from './meldingen.tables.ts';

/** `n` consecutive-in-order melding numbers in one round trip. */
export async function nextNummers(trx: Executor, n: number): Promise<number[]> {
  const r = await sql<{ n: number }>`SELECT nextval('melding_nummer') AS n FROM generate_series(1, ${n}::int) ORDER BY 1`.execute(trx);
  return r.rows.map((x) => Number(x.n));
}

export async function insertMany(trx: Executor, rows: Insertable<MeldingTable>[]): Promise<void> {
  await trx.insertInto('melding').values(rows).execute();
}

export interface NieuwEvent {
  melding_id: string;
  soort: string;
  van?: string | null;
  naar?: string | null;
  reden?: string | null;
  actor_id: string | null;
  actor_omschrijving: string;
  openbaar: boolean;
  details?: Record<string, unknown>;
}

export async function addEvent(trx: Executor, e: NieuwEvent): Promise<void> {
  await addEvents(trx, [e]);
}

export async function addEvents(trx: Executor, es: NieuwEvent[]): Promise<void> {
  if (es.length === 0) return;
  await trx
    .insertInto('melding_gebeurtenis')
    .values(es.map((e) => ({ ...e, van: e.van ?? null, naar: e.naar ?? null, reden: e.reden ?? null, details: JSON.stringify(e.details ?? {}) })))
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
/** How many open meldingen of a category were filed in a buurt since a moment (public, generalised). */
export async function telOpenInBuurt(db: Executor, q: { categorie: string; buurtCode: string; sinds: Date; openStatussen: string[] }): Promise<number> {
  const r = await db
    .selectFrom('melding')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('categorie', '=', q.categorie)
    .where('buurt_code', '=', q.buurtCode)
    .where('status', 'in', q.openStatussen)
    .where('ingediend_op', '>=', q.sinds)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

type Kandidaat = Pick<MeldingRow, 'id' | 'x' | 'y' | 'hoofdmelding_id' | 'ingediend_op' | 'categorie'>;

/**
 * Duplicate candidates for many points in one query: per search `i`, the open meldingen of its category in
 * its RD bounding box since its moment. The exact radius is checked by the caller.
 */
export async function openNearBatch(
  db: Executor,
  zoek: { i: number; categorie: string; x: number; y: number; radius: number; sinds: Date }[],
  openStatussen: string[],
): Promise<Map<number, Kandidaat[]>> {
  const out = new Map<number, Kandidaat[]>();
  if (zoek.length === 0) return out;
  // One jsonb parameter instead of six per point: binding hundreds of parameters costs more than the probe.
  // LATERAL with a LIMIT keeps this a per-point index probe on (categorie, x, y); as a plain join the planner
  // hashes on the category and compares every pair. The nearest few per point are enough: the caller takes
  // the nearest within the radius.
  const punten = JSON.stringify(zoek.map((z) => ({ i: z.i, categorie: z.categorie, x: z.x, y: z.y, r: z.radius, sinds: z.sinds.toISOString() })));
  const r = await sql<Kandidaat & { i: number }>`
    SELECT z.i, m.id, m.x, m.y, m.hoofdmelding_id, m.ingediend_op, m.categorie
    FROM jsonb_to_recordset(${punten}::jsonb) AS z(i int, categorie text, x float8, y float8, r float8, sinds timestamptz)
    CROSS JOIN LATERAL (
      SELECT m.id, m.x, m.y, m.hoofdmelding_id, m.ingediend_op, m.categorie FROM melding m
      WHERE m.categorie = z.categorie AND m.status IN (${sql.join(openStatussen)}) AND m.ingediend_op >= z.sinds
        AND m.x BETWEEN z.x - z.r AND z.x + z.r AND m.y BETWEEN z.y - z.r AND z.y + z.r
      ORDER BY (m.x - z.x) * (m.x - z.x) + (m.y - z.y) * (m.y - z.y)
      LIMIT 5
    ) m`.execute(db);
  for (const { i, ...k } of r.rows) {
    const list = out.get(i) ?? [];
    list.push(k);
    out.set(i, list);
  }
  return out;
}

export interface ListFilter {
  status?: string[] | undefined;
  team?: string | undefined;
  /** The teams of the user's organisation (team 'mijn', resolved by the service). */
  teams?: string[] | undefined;
  open?: boolean | undefined;
  categorie?: string | undefined;
  buurt?: string | undefined;
  wijk?: string | undefined;
  achterstallig?: boolean | undefined;
  zoek?: string | undefined;
  /** 'ik' is resolved by the service; 'niemand' = not assigned to a person. */
  behandelaar?: string | undefined;
  vandaag: string;
  openStatussen: string[];
  /** Statuses that end a melding (for `open`). */
  eindStatussen: string[];
  /** The status of a new, not yet assessed melding: on top of the list, newest first. */
  nieuwStatus: string;
}

export async function list(
  db: Executor,
  f: ListFilter,
  page: { limit: number; offset: number; cursor?: string | undefined },
): Promise<{ rows: MeldingRow[]; total: number; volgende: string | null }> {
  // Names of buurt and behandelaar are added by the service (from gebieden and toegang), not joined here.
  const q = gefilterd(db, f);
  if (f.status?.length) return lijstPagina(q.where('m.status', 'in', f.status), f, page);
  return lijstPagina(q, f, page);
}

/** Count per status under the same filter without its status part: the tabs above the list. */
export async function telPerStatus(db: Executor, f: ListFilter): Promise<Record<string, number>> {
  const rows = await gefilterd(db, f).select(['m.status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('m.status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

function gefilterd(db: Executor, f: ListFilter) {
  let q = db.selectFrom('melding as m');
  if (f.behandelaar === 'niemand') q = q.where('m.behandelaar_id', 'is', null);
  else if (f.behandelaar) q = q.where('m.behandelaar_id', '=', f.behandelaar);
  if (f.teams) q = f.teams.length ? q.where('m.team', 'in', f.teams) : q.where(sql<boolean>`false`);
  else if (f.team) q = q.where('m.team', '=', f.team);
  if (f.open && f.eindStatussen.length) q = q.where('m.status', 'not in', f.eindStatussen);
  if (f.categorie) q = q.where('m.categorie', '=', f.categorie);
  if (f.buurt) q = q.where('m.buurt_code', '=', f.buurt);
  if (f.wijk) q = q.where('m.wijk_code', '=', f.wijk);
  if (f.achterstallig) q = q.where('m.deadline', '<', f.vandaag).where('m.status', 'in', f.openStatussen);
  if (f.zoek) {
    const patroon = `%${f.zoek.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('m.referentie', 'ilike', patroon), eb('m.omschrijving', 'ilike', patroon)]));
  }
  return q;
}

async function lijstPagina(q: ReturnType<typeof gefilterd>, f: ListFilter, page: { limit: number; offset: number; cursor?: string | undefined }) {
  // New, not yet assessed meldingen on top, newest first (as Signalen's list); then the rest by deadline, so
  // overdue items come first among them; newest first within a day; the id makes the order total.
  const prio = sql<number>`CASE WHEN m.status = ${f.nieuwStatus} THEN 0 ELSE 1 END`;
  const termijn = sql<string>`CASE WHEN m.status = ${f.nieuwStatus} THEN DATE '0001-01-01' ELSE COALESCE(m.deadline, DATE '9999-12-31') END`;
  const sleutels: Sleutel[] = [
    { expr: prio, richting: 'asc' },
    { expr: termijn, richting: 'asc' },
    { expr: 'm.ingediend_op', richting: 'desc' },
    { expr: 'm.id', richting: 'asc' },
  ];
  let rq = q;
  if (page.cursor) rq = rq.where(naCursor(sleutels, leesCursor(page.cursor, sleutels.length)));
  const [rows, total] = await Promise.all([
    rq
      .selectAll('m')
      // Microseconds survive only as text; a JavaScript Date would round and skip rows at a page boundary.
      .select([prio.as('k_prio'), sql<string>`(${termijn})::text`.as('k_termijn'), sql<string>`m.ingediend_op::text`.as('k_ingediend')])
      .orderBy(prio)
      .orderBy(termijn)
      .orderBy('m.ingediend_op', 'desc')
      .orderBy('m.id')
      .limit(page.limit + 1)
      .offset(page.cursor ? 0 : page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const p = pagina(rows, page.limit, (r) => [Number(r.k_prio), r.k_termijn, r.k_ingediend, r.id]);
  return { rows: p.rows.map(({ k_prio: _p, k_termijn: _t, k_ingediend: _i, ...r }) => r), total: Number(total.n), volgende: p.volgende };
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

export async function allForRouting(db: Executor): Promise<Pick<MeldingRow, 'id' | 'referentie' | 'categorie' | 'subcategorie' | 'buurt_code' | 'wijk_code' | 'ingediend_op' | 'team'>[]> {
  return db
    .selectFrom('melding')
    .select(['id', 'referentie', 'categorie', 'subcategorie', 'buurt_code', 'wijk_code', 'ingediend_op', 'team'])
    .orderBy('ingediend_op')
    .execute();
}

/** Lock the given meldingen for a bulk change; returns those that exist. */
export async function findManyForUpdate(trx: Executor, ids: string[]): Promise<MeldingRow[]> {
  return trx.selectFrom('melding').selectAll().where('id', 'in', ids).orderBy('id').forUpdate().execute();
}

export async function updateMany(trx: Executor, ids: string[], set: Partial<Omit<MeldingRow, 'id'>>): Promise<void> {
  await trx.updateTable('melding').set(set).where('id', 'in', ids).execute();
}

export const voegFotoToe = (db: Executor, f: { melding_id: string; mediatype: string; breedte: number; hoogte: number; grootte: number; inhoud: Buffer }) =>
  db.insertInto('melding_foto').values(f).execute();

export const fotosVan = (db: Executor, meldingId: string) =>
  db.selectFrom('melding_foto').select(['id', 'breedte', 'hoogte']).where('melding_id', '=', meldingId).orderBy('aangemaakt_op').execute();

export const foto = (db: Executor, meldingId: string, fotoId: string) =>
  db.selectFrom('melding_foto').select(['mediatype', 'inhoud']).where('id', '=', fotoId).where('melding_id', '=', meldingId).executeTakeFirst();

// ------------------------------------------------------------------------------------------------ retention

/** Handled before `grens` and still holding a reporter's name, e-mail or phone. */
export const metContactVoor = async (db: Executor, grens: Date): Promise<string[]> =>
  (
    await db
      .selectFrom('melding')
      .select('id')
      .where('afgehandeld_op', '<', grens)
      .where('contact_verwijderd_op', 'is', null)
      .where((eb) => eb.or([eb('melder_naam', 'is not', null), eb('melder_email', 'is not', null), eb('melder_telefoon', 'is not', null)]))
      .execute()
  ).map((r) => r.id);

/** Handled before `grens` and not yet anonymised. */
export const nietGeanonimiseerdVoor = async (db: Executor, grens: Date): Promise<string[]> =>
  (await db.selectFrom('melding').select('id').where('afgehandeld_op', '<', grens).where('geanonimiseerd_op', 'is', null).execute()).map((r) => r.id);

export async function verwijderContact(db: Executor, ids: string[], now: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('melding')
    .set({ melder_naam: null, melder_email: null, melder_telefoon: null, contact_toestemming: false, contact_verwijderd_op: now })
    .where('id', 'in', ids)
    .execute();
}

/** Free text, address and contact go; what stays is statistical (category, buurt, dates, status). */
export async function anonimiseer(db: Executor, ids: string[], tekst: string, now: Date): Promise<void> {
  if (!ids.length) return;
  await db
    .updateTable('melding')
    .set({ omschrijving: tekst, adres: null, melder_naam: null, melder_email: null, melder_telefoon: null, contact_toestemming: false, geanonimiseerd_op: now })
    .where('id', 'in', ids)
    .execute();
  await db.updateTable('melding_gebeurtenis').set({ reden: null }).where('melding_id', 'in', ids).execute();
  await db.deleteFrom('classificatie_correctie').where('melding_id', 'in', ids).execute();
}

export async function samenvattingen(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.selectFrom('melding').select(['id', 'referentie', 'categorie', 'status', 'ingediend_op']).where('id', 'in', ids).orderBy('ingediend_op').execute();
}

// ------------------------------------------------------------------------------- counts for the monitor

/** Main meldingen (not linked duplicates) per buurt or wijk for a period, in the given categories. */
export async function telMeldingen(db: Executor, categorieen: string[], periode: string, niveau: 'buurt' | 'wijk' | 'gemeente') {
  const [j, m] = periode.split('-').map(Number);
  const van = new Date(Date.UTC(j!, m ? m - 1 : 0, 1));
  const tot = new Date(Date.UTC(m ? j! : j! + 1, m ? m : 0, 1));
  let q = db.selectFrom('melding').where('categorie', 'in', categorieen).where('hoofdmelding_id', 'is', null).where('ingediend_op', '>=', van).where('ingediend_op', '<', tot);
  if (niveau === 'gemeente') {
    const r = await q.select((eb) => [eb.fn.countAll<number>().as('n'), sql<number>`count(*) FILTER (WHERE demo)`.as('demo')]).executeTakeFirstOrThrow();
    return [{ gebied: '*', n: Number(r.n), demo: Number(r.demo) }];
  }
  const kolom = niveau === 'wijk' ? 'wijk_code' : 'buurt_code';
  q = q.where(kolom, 'is not', null);
  const rows = await q.select([`${kolom} as gebied`, (eb) => eb.fn.countAll<number>().as('n'), sql<number>`count(*) FILTER (WHERE demo)`.as('demo')]).groupBy(kolom).execute();
  return rows.map((r) => ({ gebied: r.gebied as string, n: Number(r.n), demo: Number(r.demo) }));
}

export async function jarenVanMeldingen(db: Executor): Promise<number[]> {
  const r = await sql<{ jaar: number }>`SELECT DISTINCT extract(year FROM ingediend_op AT TIME ZONE 'Europe/Amsterdam')::int AS jaar FROM melding ORDER BY 1 DESC`.execute(db);
  return r.rows.map((x) => Number(x.jaar));
}

// ------------------------------------------------------------------------------- bulk load (demo data)

export const heeftMeldingen = async (db: Executor): Promise<boolean> => !!(await db.selectFrom('melding').select('id').limit(1).executeTakeFirst());

/** Rows prepared elsewhere (synthetic demo data), in chunks; the number sequence continues after them. */
export async function laadBulk(db: Executor, rows: Record<string, unknown>[], events: Record<string, unknown>[], laatsteNummer: number): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('melding').values(rows.slice(i, i + 500) as never).execute();
  for (let i = 0; i < events.length; i += 1000) await db.insertInto('melding_gebeurtenis').values(events.slice(i, i + 1000) as never).execute();
  await sql`SELECT setval('melding_nummer', ${laatsteNummer})`.execute(db);
}
