import { sql } from 'kysely';
import type { Executor } from '../platform/database.ts';

/**
 * Insert incidents with one `unnest` per batch: a parameter per column instead of per value keeps 1,000,000
 * rows within seconds on the embedded engine.
 */
export async function insertIncidenten(
  trx: Executor,
  cols: { soort: string[]; van: string[]; tot: string[]; x: number[]; y: number[]; buurt: string[]; wijk: string[]; jaar: number[] },
  importId: number,
  demo: boolean,
): Promise<void> {
  await sql`
    INSERT INTO incident (soort, datum_van, datum_tot, x, y, buurt_code, wijk_code, jaar, import_id, demo)
    SELECT s, v, t, x, y, b, w, j, ${importId}::bigint, ${demo}::boolean
    FROM unnest(${cols.soort}::text[], ${cols.van}::date[], ${cols.tot}::date[], ${cols.x}::float8[], ${cols.y}::float8[],
                ${cols.buurt}::text[], ${cols.wijk}::text[], ${cols.jaar}::smallint[]) AS u(s, v, t, x, y, b, w, j)`.execute(trx);
}

/** Add an import's incidents to the monthly counts (inside the import's transaction). */
export async function telImportBij(trx: Executor, importId: number): Promise<void> {
  await sql`
    INSERT INTO incident_telling (soort, jaar, maand, buurt_code, wijk_code, aantal, demo_aantal)
    SELECT soort, jaar, extract(month FROM datum_van)::smallint, buurt_code, min(wijk_code), count(*)::int, count(*) FILTER (WHERE demo)::int
    FROM incident WHERE import_id = ${importId}
    GROUP BY soort, jaar, extract(month FROM datum_van), buurt_code
    ON CONFLICT (soort, jaar, maand, buurt_code) DO UPDATE
      SET aantal = incident_telling.aantal + excluded.aantal, demo_aantal = incident_telling.demo_aantal + excluded.demo_aantal`.execute(trx);
}

/** Incident counts per buurt or wijk for a year (or a month 'YYYY-MM'), from the monthly counts. */
export async function telIncidenten(db: Executor, soorten: string[], periode: string, niveau: 'buurt' | 'wijk' | 'gemeente') {
  let q = db.selectFrom('incident_telling').where('soort', 'in', soorten).where('jaar', '=', Number(periode.slice(0, 4)));
  if (periode.length === 7) q = q.where('maand', '=', Number(periode.slice(5, 7)));
  if (niveau === 'gemeente') {
    const r = await q.select((eb) => [eb.fn.sum<number>('aantal').as('n'), eb.fn.sum<number>('demo_aantal').as('demo')]).executeTakeFirstOrThrow();
    return [{ gebied: '*', n: Number(r.n ?? 0), demo: Number(r.demo ?? 0) }];
  }
  const kolom = niveau === 'wijk' ? 'wijk_code' : 'buurt_code';
  const rows = await q.select([`${kolom} as gebied`, (eb) => eb.fn.sum<number>('aantal').as('n'), (eb) => eb.fn.sum<number>('demo_aantal').as('demo')]).groupBy(kolom).execute();
  return rows.map((r) => ({ gebied: r.gebied, n: Number(r.n), demo: Number(r.demo) }));
}

export async function jarenVanIncidenten(db: Executor, soorten: string[]): Promise<number[]> {
  const r = await db.selectFrom('incident_telling').select('jaar').distinct().where('soort', 'in', soorten).orderBy('jaar', 'desc').execute();
  return r.map((x) => x.jaar);
}

/** Incidents of some kinds in a day range, for the analyses (typed arrays are built by the caller). */
export async function incidentenVoorAnalyse(db: Executor, soorten: string[], van: string, tot: string) {
  return db.selectFrom('incident').select(['x', 'y', 'datum_van', 'buurt_code']).where('soort', 'in', soorten).where('datum_van', '>=', van).where('datum_van', '<=', tot).execute();
}

export async function incidentAantal(db: Executor): Promise<number> {
  return Number((await db.selectFrom('incident').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

/** Incidents of one import of these kinds dated within [vanaf, tot], oldest first (alert candidates). */
export const recenteIncidentenVanImport = (db: Executor, importId: number, v: { soorten: string[]; vanaf: string; tot: string }) =>
  db
    .selectFrom('incident')
    .select(['id', 'soort', 'datum_van', 'x', 'y'])
    .where('import_id', '=', importId)
    .where('soort', 'in', v.soorten)
    .where('datum_van', '>=', v.vanaf)
    .where('datum_van', '<=', v.tot)
    .orderBy('datum_van')
    .execute();

/** The incident kinds with any incidents, with their total count (most first). */
export async function incidentSoorten(db: Executor): Promise<{ soort: string; aantal: number }[]> {
  const rows = await db.selectFrom('incident_telling').select(['soort', (eb) => eb.fn.sum<number>('aantal').as('aantal')]).groupBy('soort').orderBy('aantal', 'desc').execute();
  return rows.map((r) => ({ soort: r.soort, aantal: Number(r.aantal) }));
}
