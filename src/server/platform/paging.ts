import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { AppError } from './errors.ts';

/**
 * Keyset (cursor) paging. Offset paging over an order without a unique last key skipped and repeated rows
 * (37 of 14,418 meldingen never returned); and even with one, rows inserted between two pages shift the pages.
 * A cursor carries the sort values of the last row returned; the next page starts strictly after it.
 */
export type Waarde = string | number;

export interface Sleutel {
  /** A column reference (`m.deadline`) or an expression built by the repository (a CASE for priority). */
  readonly expr: string | Expression<unknown>;
  readonly richting: 'asc' | 'desc';
}

/** Encode the sort values of the last row of a page. */
export function maakCursor(waarden: readonly Waarde[]): string {
  return Buffer.from(JSON.stringify(waarden), 'utf8').toString('base64url');
}

/** Decode a cursor from the client; a cursor that does not fit this list is a 400, not a crash. */
export function leesCursor(cursor: string, aantal: number): Waarde[] {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    v = undefined;
  }
  if (!Array.isArray(v) || v.length !== aantal || !v.every((x) => typeof x === 'string' || typeof x === 'number')) {
    throw new AppError('validatie', 'Deze cursor hoort niet bij deze lijst; begin opnieuw bij de eerste pagina.', [{ veld: 'cursor', melding: 'ongeldig' }]);
  }
  return v as Waarde[];
}

/**
 * Rows strictly after `waarden` in the order `sleutels` (mixed directions allowed):
 * (k1 > v1) OR (k1 = v1 AND k2 > v2) OR … with > replaced by < for descending keys. The last key must be unique.
 */
export function naCursor(sleutels: readonly Sleutel[], waarden: readonly Waarde[]) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const ref = (s: Sleutel) => (typeof s.expr === 'string' ? eb.ref(s.expr) : s.expr);
    const termen = sleutels.map((s, i) =>
      eb.and([
        ...sleutels.slice(0, i).map((p, j) => eb(ref(p), '=', waarden[j]!)),
        eb(ref(s), s.richting === 'asc' ? '>' : '<', waarden[i]!),
      ]),
    );
    return eb.or(termen);
  };
}

/** A page of `limit` rows fetched as `limit + 1`: the extra row only says whether there is a next page. */
export function pagina<R>(rows: R[], limit: number, waardenVan: (r: R) => readonly Waarde[]): { rows: R[]; volgende: string | null } {
  const meer = rows.length > limit;
  const deze = meer ? rows.slice(0, limit) : rows;
  return { rows: deze, volgende: meer && deze.length ? maakCursor(waardenVan(deze[deze.length - 1]!)) : null };
}
