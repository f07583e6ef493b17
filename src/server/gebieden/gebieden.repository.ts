import type { Executor } from '../platform/database.ts';
import type { GebiedRow, Niveau } from './gebieden.tables.ts';
import type { Geometry } from 'geojson';

export interface GebiedUpsert {
  code: string;
  naam: string;
  niveau: Niveau;
  ouder_code: string | null;
  jaar: number;
  geometrie: Geometry | null;
  bron: string;
}

export async function listAll(db: Executor): Promise<GebiedRow[]> {
  return db.selectFrom('gebied').selectAll().orderBy('code').execute();
}

export async function existingCodes(db: Executor, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('gebied').select('code').where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

export async function countByNiveau(db: Executor): Promise<Record<Niveau, number>> {
  const rows = await db
    .selectFrom('gebied')
    .select(['niveau', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('niveau')
    .execute();
  const out: Record<Niveau, number> = { gemeente: 0, wijk: 0, buurt: 0 };
  for (const r of rows) out[r.niveau] = Number(r.n);
  return out;
}

/**
 * Insert or update areas by code. An existing geometry is kept when the new row has none (a placeholder
 * parent must not wipe a real boundary).
 */
export async function upsert(trx: Executor, rows: GebiedUpsert[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await trx
      .insertInto('gebied')
      .values(chunk.map((r) => ({ ...r, geometrie: r.geometrie ? JSON.stringify(r.geometrie) : null, bijgewerkt_op: new Date() })))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          naam: eb.ref('excluded.naam'),
          niveau: eb.ref('excluded.niveau'),
          ouder_code: eb.fn.coalesce('excluded.ouder_code', 'gebied.ouder_code'),
          jaar: eb.ref('excluded.jaar'),
          geometrie: eb.fn.coalesce('excluded.geometrie', 'gebied.geometrie'),
          bron: eb.ref('excluded.bron'),
          bijgewerkt_op: eb.ref('excluded.bijgewerkt_op'),
        })),
      )
      .execute();
  }
}
