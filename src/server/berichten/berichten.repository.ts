import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { BerichtRow, BerichtStatus } from './berichten.tables.ts';

export async function insert(
  trx: Executor,
  b: { kanaal: 'email' | 'webhook'; ontvanger: string; onderwerp: string; inhoud: string; sjabloon: string; bron_type: string; bron_id: string },
): Promise<string> {
  const r = await trx.insertInto('bericht').values({ ...b, status: 'wachtend', laatste_fout: null, verzonden_op: null }).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Claim due messages; SKIP LOCKED lets several server processes on one PostgreSQL share the work. */
export async function claimDue(trx: Executor, now: Date, limit: number): Promise<BerichtRow[]> {
  return trx
    .selectFrom('bericht')
    .selectAll()
    .where('status', '=', 'wachtend')
    .where('volgende_poging', '<=', now)
    .orderBy('volgende_poging')
    .limit(limit)
    .forUpdate()
    .skipLocked()
    .execute();
}

export async function markSent(trx: Executor, id: string, now: Date): Promise<void> {
  await trx
    .updateTable('bericht')
    .set((eb) => ({ status: 'verzonden', verzonden_op: now, pogingen: eb('pogingen', '+', 1), laatste_fout: null }))
    .where('id', '=', id)
    .execute();
}

export async function markFailed(trx: Executor, id: string, fout: string, volgende: Date | null): Promise<void> {
  await trx
    .updateTable('bericht')
    .set((eb) => ({
      status: volgende ? 'wachtend' : 'dood',
      volgende_poging: volgende ?? sql<Date>`volgende_poging`,
      pogingen: eb('pogingen', '+', 1),
      laatste_fout: fout.slice(0, 500),
    }))
    .where('id', '=', id)
    .execute();
}

export async function requeue(trx: Executor, id: string, now: Date): Promise<number> {
  const r = await trx
    .updateTable('bericht')
    .set({ status: 'wachtend', volgende_poging: now, pogingen: 0 })
    .where('id', '=', id)
    .where('status', '=', 'dood')
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function list(db: Executor, f: { status?: BerichtStatus | undefined; limit: number; offset: number }) {
  let q = db.selectFrom('bericht');
  if (f.status) q = q.where('status', '=', f.status);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('aangemaakt_op', 'desc').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function findSjabloon(db: Executor, code: string) {
  return db.selectFrom('sjabloon').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function upsertSjabloon(trx: Executor, s: { code: string; onderwerp: string; tekst: string }): Promise<void> {
  await trx
    .insertInto('sjabloon')
    .values({ ...s, bijgewerkt_op: new Date() })
    .onConflict((oc) => oc.column('code').doUpdateSet((eb) => ({ onderwerp: eb.ref('excluded.onderwerp'), tekst: eb.ref('excluded.tekst'), bijgewerkt_op: eb.ref('excluded.bijgewerkt_op') })))
    .execute();
}

/** Hold claimed messages until `tot`: another sender skips them, and after a crash they become due again. */
export async function lease(trx: Executor, ids: string[], tot: Date): Promise<void> {
  if (ids.length) await trx.updateTable('bericht').set({ volgende_poging: tot }).where('id', 'in', ids).execute();
}
