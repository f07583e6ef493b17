import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';
import { leesCursor, naCursor, pagina, type Sleutel } from '../platform/paging.ts';
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

export async function list(db: Executor, f: { status?: BerichtStatus | undefined; limit: number; offset: number; cursor?: string | undefined }) {
  let q = db.selectFrom('bericht');
  if (f.status) q = q.where('status', '=', f.status);
  // Newest first; the id makes the order total (stable pages). The timestamp travels as text (microseconds).
  const sleutels: Sleutel[] = [
    { expr: 'aangemaakt_op', richting: 'desc' },
    { expr: 'id', richting: 'desc' },
  ];
  const rq = f.cursor ? q.where(naCursor(sleutels, leesCursor(f.cursor, sleutels.length))) : q;
  const [rows, total] = await Promise.all([
    rq
      .selectAll()
      .select(sql<string>`aangemaakt_op::text`.as('k_aangemaakt'))
      .orderBy('aangemaakt_op', 'desc')
      .orderBy('id', 'desc')
      .limit(f.limit + 1)
      .offset(f.cursor ? 0 : f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const p = pagina(rows, f.limit, (r) => [r.k_aangemaakt, r.id]);
  return { rows: p.rows.map(({ k_aangemaakt: _k, ...r }) => r), total: Number(total.n), volgende: p.volgende };
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
