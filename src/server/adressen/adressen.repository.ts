import { sql, type Insertable } from 'kysely';
import type { Executor } from '../platform/database.ts';
import type { AdresTable } from './adressen.tables.ts';

export type NieuwAdres = Insertable<AdresTable>;

/** Replace the whole address table (an import is a full BAG extract for the gemeente), in batches. */
export async function vervangAlles(trx: Executor, rows: NieuwAdres[], onProgress?: (n: number) => void): Promise<void> {
  await trx.deleteFrom('adres').execute();
  for (let i = 0; i < rows.length; i += 2000) {
    await trx.insertInto('adres').values(rows.slice(i, i + 2000)).execute();
    onProgress?.(Math.min(i + 2000, rows.length));
  }
}

/** Addresses whose search text contains every token; shortest street name first so exact hits lead. */
export async function zoek(db: Executor, tokens: string[], limit: number) {
  let q = db.selectFrom('adres').select(['straat', 'huisnummer', 'toevoeging', 'postcode', 'woonplaats', 'lon', 'lat', 'buurt_code']);
  for (const t of tokens) q = q.where('zoektekst', 'like', `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q.orderBy(sql`length(straat)`).orderBy('straat').orderBy('huisnummer').orderBy('toevoeging').limit(limit).execute();
}

export async function aantal(db: Executor): Promise<number> {
  return Number((await db.selectFrom('adres').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
}

/** The address nearest to an RD point within a radius (a bounding box first, so the index on x/y can help). */
export async function dichtstbij(db: Executor, x: number, y: number, straal: number) {
  return db
    .selectFrom('adres')
    .select(['straat', 'huisnummer', 'toevoeging', 'postcode', 'woonplaats'])
    .where('x', '>=', x - straal)
    .where('x', '<=', x + straal)
    .where('y', '>=', y - straal)
    .where('y', '<=', y + straal)
    .where(sql<boolean>`(x - ${x}) * (x - ${x}) + (y - ${y}) * (y - ${y}) <= ${straal * straal}`)
    .orderBy(sql`(x - ${x}) * (x - ${x}) + (y - ${y}) * (y - ${y})`)
    .limit(1)
    .executeTakeFirst();
}
