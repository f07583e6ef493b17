import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { GebruikerRow, OrganisatieRow } from './toegang.tables.ts';

export async function upsertPermissies(trx: Executor, rows: { code: string; omschrijving: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('permissie')
    .values(rows)
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ omschrijving: eb.ref('excluded.omschrijving') })))
    .execute();
}

export async function upsertRollen(trx: Executor, rows: { code: string; naam: string; omschrijving: string }[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('rol')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({ naam: eb.ref('excluded.naam'), omschrijving: eb.ref('excluded.omschrijving') })),
    )
    .execute();
}

export async function replaceRolPermissies(trx: Executor, rolCode: string, permissies: string[]): Promise<void> {
  await trx.deleteFrom('rol_permissie').where('rol_code', '=', rolCode).execute();
  if (permissies.length > 0) {
    await trx
      .insertInto('rol_permissie')
      .values(permissies.map((p) => ({ rol_code: rolCode, permissie_code: p })))
      .execute();
  }
}

export async function upsertOrganisaties(
  trx: Executor,
  rows: { code: string; naam: string; soort: string; email?: string | undefined; webhookUrl?: string | undefined }[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('organisatie')
    .values(rows.map((r) => ({ code: r.code, naam: r.naam, soort: r.soort, email: r.email ?? null, webhook_url: r.webhookUrl ?? null })))
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        naam: eb.ref('excluded.naam'),
        soort: eb.ref('excluded.soort'),
        email: eb.ref('excluded.email'),
        webhook_url: eb.ref('excluded.webhook_url'),
      })),
    )
    .execute();
}

export async function listOrganisaties(db: Executor): Promise<OrganisatieRow[]> {
  return db.selectFrom('organisatie').selectAll().orderBy('naam').execute();
}

export async function findOrganisatieByCode(db: Executor, code: string): Promise<OrganisatieRow | undefined> {
  return db.selectFrom('organisatie').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listRollen(db: Executor): Promise<{ code: string; naam: string; omschrijving: string; permissies: string[] }[]> {
  return db
    .selectFrom('rol as r')
    .leftJoin('rol_permissie as rp', 'rp.rol_code', 'r.code')
    .select(['r.code', 'r.naam', 'r.omschrijving'])
    .select(
      sql<string[]>`coalesce(array_agg(rp.permissie_code ORDER BY rp.permissie_code) FILTER (WHERE rp.permissie_code IS NOT NULL), '{}')`.as(
        'permissies',
      ),
    )
    .groupBy(['r.code', 'r.naam', 'r.omschrijving'])
    .orderBy('r.code')
    .execute();
}

export async function findGebruikerByEmail(db: Executor, email: string): Promise<GebruikerRow | undefined> {
  return db
    .selectFrom('gebruiker')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
}

export async function insertGebruiker(
  trx: Executor,
  row: { email: string; naam: string; wachtwoord_hash: string; organisatie_id: string; demo: boolean },
): Promise<string> {
  const r = await trx.insertInto('gebruiker').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function setGebruikerRollen(trx: Executor, gebruikerId: string, rollen: string[]): Promise<void> {
  await trx.deleteFrom('gebruiker_rol').where('gebruiker_id', '=', gebruikerId).execute();
  if (rollen.length > 0) {
    await trx
      .insertInto('gebruiker_rol')
      .values(rollen.map((r) => ({ gebruiker_id: gebruikerId, rol_code: r })))
      .execute();
  }
}

export async function rolesExist(db: Executor, rollen: string[]): Promise<string[]> {
  if (rollen.length === 0) return [];
  const rows = await db.selectFrom('rol').select('code').where('code', 'in', rollen).execute();
  return rows.map((r) => r.code);
}

export interface GebruikerMetToegang {
  id: string;
  email: string;
  naam: string;
  actief: boolean;
  demo: boolean;
  organisatie_id: string;
  organisatie_code: string;
  organisatie_naam: string;
  laatst_ingelogd_op: Date | null;
  rollen: string[];
  permissies: string[];
}

function gebruikerMetToegang(db: Executor) {
  return db
    .selectFrom('gebruiker as g')
    .innerJoin('organisatie as o', 'o.id', 'g.organisatie_id')
    .select([
      'g.id',
      'g.email',
      'g.naam',
      'g.actief',
      'g.demo',
      'g.organisatie_id',
      'g.laatst_ingelogd_op',
      'o.code as organisatie_code',
      'o.naam as organisatie_naam',
    ])
    .select((eb) => [
      sql<string[]>`coalesce((SELECT array_agg(gr.rol_code ORDER BY gr.rol_code) FROM gebruiker_rol gr WHERE gr.gebruiker_id = ${eb.ref('g.id')}), '{}')`.as(
        'rollen',
      ),
      sql<string[]>`coalesce((SELECT array_agg(DISTINCT rp.permissie_code) FROM gebruiker_rol gr JOIN rol_permissie rp ON rp.rol_code = gr.rol_code WHERE gr.gebruiker_id = ${eb.ref('g.id')}), '{}')`.as(
        'permissies',
      ),
    ]);
}

export async function findGebruikerMetToegang(db: Executor, id: string): Promise<GebruikerMetToegang | undefined> {
  return gebruikerMetToegang(db).where('g.id', '=', id).executeTakeFirst();
}

export async function listGebruikers(db: Executor): Promise<GebruikerMetToegang[]> {
  return gebruikerMetToegang(db).orderBy('g.naam').execute();
}

export async function touchLogin(trx: Executor, gebruikerId: string, at: Date): Promise<void> {
  await trx.updateTable('gebruiker').set({ laatst_ingelogd_op: at }).where('id', '=', gebruikerId).execute();
}

export async function insertSessie(
  trx: Executor,
  row: { id_hash: string; gebruiker_id: string; csrf_token: string; verloopt_op: Date },
): Promise<void> {
  await trx.insertInto('sessie').values(row).execute();
}

export async function deleteSessie(db: Executor, idHash: string): Promise<number> {
  const r = await db.deleteFrom('sessie').where('id_hash', '=', idHash).executeTakeFirst();
  return Number(r.numDeletedRows);
}

export async function deleteExpiredSessies(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessie').where('verloopt_op', '<', now).execute();
}

export async function findSessie(
  db: Executor,
  idHash: string,
): Promise<{ gebruiker_id: string; csrf_token: string; verloopt_op: Date; laatst_gezien_op: Date } | undefined> {
  return db
    .selectFrom('sessie as s')
    .innerJoin('gebruiker as g', 'g.id', 's.gebruiker_id')
    .select(['s.gebruiker_id', 's.csrf_token', 's.verloopt_op', 's.laatst_gezien_op'])
    .where('s.id_hash', '=', idHash)
    .where('g.actief', '=', true)
    .executeTakeFirst();
}

export async function extendSessie(db: Executor, idHash: string, now: Date, verlooptOp: Date): Promise<void> {
  await db.updateTable('sessie').set({ laatst_gezien_op: now, verloopt_op: verlooptOp }).where('id_hash', '=', idHash).execute();
}

// ------------------------------------------------------------------------------- look-ups for other modules

export async function organisatieIdsVoorCodes(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (!codes.length) return new Map();
  const rows = await db.selectFrom('organisatie').select(['id', 'code']).where('code', 'in', codes).execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function organisatiesVoorIds(db: Executor, ids: string[]): Promise<Map<string, { code: string; naam: string }>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('organisatie').select(['id', 'code', 'naam']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { code: r.code, naam: r.naam }]));
}

export async function gebruikerNamen(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('gebruiker').select(['id', 'naam']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.naam]));
}

/** Active staff who hold a permission (through any of their roles), for assignment pickers. */
export async function gebruikersMetPermissie(db: Executor, permissie: string): Promise<{ id: string; naam: string; organisatie_code: string }[]> {
  return db
    .selectFrom('gebruiker as g')
    .innerJoin('organisatie as o', 'o.id', 'g.organisatie_id')
    .select(['g.id', 'g.naam', 'o.code as organisatie_code'])
    .where('g.actief', '=', true)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('gebruiker_rol as gr')
          .innerJoin('rol_permissie as rp', 'rp.rol_code', 'gr.rol_code')
          .select('gr.gebruiker_id')
          .whereRef('gr.gebruiker_id', '=', 'g.id')
          .where('rp.permissie_code', '=', permissie),
      ),
    )
    .orderBy('g.naam')
    .execute();
}

export async function gebruikerMetOrganisatie(db: Executor, id: string) {
  return db
    .selectFrom('gebruiker as g')
    .innerJoin('organisatie as o', 'o.id', 'g.organisatie_id')
    .select(['g.id', 'g.naam', 'g.actief', 'o.id as organisatie_id'])
    .where('g.id', '=', id)
    .executeTakeFirst();
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

export async function updateGebruikerActief(trx: Executor, id: string, actief: boolean): Promise<void> {
  await trx.updateTable('gebruiker').set({ actief }).where('id', '=', id).execute();
}

/** End every session of a user (deactivation): the next request of that browser is anonymous. */
export async function deleteSessiesVan(trx: Executor, gebruikerId: string): Promise<number> {
  const r = await trx.deleteFrom('sessie').where('gebruiker_id', '=', gebruikerId).executeTakeFirst();
  return Number(r.numDeletedRows);
}
