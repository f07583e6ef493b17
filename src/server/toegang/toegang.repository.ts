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
