import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';

/**
 * Visibility per item (ADR 0007): every dossier entry, task, besluit and betrokkene of a casus — and every record
 * of the compartments to come (ondermijning, zorg) — says who may see it. The policy is decided here, once:
 * `magZien` for items in memory and `zichtbaarFilter` for the same rule as a WHERE clause. Access to an item =
 * permission (checked by the module) ∧ membership (the {@link Kijker} exists only for members) ∧ visibility.
 *
 * - `intern`: the team that owns the casus (its personal members); never a partner organisation.
 * - `leden`: every current member, partners included.
 * - `organisatie`: the owning team and one named organisation (`voor` = organisation id).
 * - `rol`: only members holding that role (`voor` = role code), in the casus or as a user role; also the author.
 */
export const ZICHTBAARHEDEN = ['intern', 'leden', 'organisatie', 'rol'] as const;
export type ZichtbaarheidSoort = (typeof ZICHTBAARHEDEN)[number];

export interface Zichtbaarheid {
  readonly soort: ZichtbaarheidSoort;
  /** Organisation id for `organisatie`, role code for `rol`, otherwise null. */
  readonly voor: string | null;
}

/** Who looks: derived from membership by the module, never from the request directly. */
export interface Kijker {
  readonly gebruikerId: string;
  /** A personal member of the owning team (casusregie): sees intern, leden and organisatie items. */
  readonly intern: boolean;
  readonly organisatieId: string;
  /** User roles plus roles held in this casus. */
  readonly rollen: readonly string[];
  /** Set when the membership has ended: nothing recorded after this moment is visible. */
  readonly tot: Date | null;
}

export interface ZichtbaarItem extends Zichtbaarheid {
  readonly tijdstip: Date;
  readonly auteurId?: string | null;
}

/** The one policy decision for an item already in memory. {@link zichtbaarFilter} is the same rule in SQL. */
export function magZien(k: Kijker, item: ZichtbaarItem): boolean {
  if (k.tot !== null && item.tijdstip.getTime() > k.tot.getTime()) return false;
  if (item.auteurId && item.auteurId === k.gebruikerId) return true;
  switch (item.soort) {
    case 'intern':
      return k.intern;
    case 'leden':
      return true;
    case 'organisatie':
      return k.intern || item.voor === k.organisatieId;
    case 'rol':
      return item.voor !== null && k.rollen.includes(item.voor);
  }
}

/** Column names of a table that carries a visibility (qualified with the table alias where needed). */
export interface ZichtbaarKolommen {
  readonly soort: string;
  readonly voor: string;
  readonly tijdstip: string;
  readonly auteur?: string;
}

/**
 * {@link magZien} as a WHERE clause, for lists read straight from the database. Kept next to `magZien` so both
 * change together; test/zichtbaarheid.test.ts checks that they agree on every combination.
 */
export function zichtbaarFilter(k: Kijker, kol: ZichtbaarKolommen) {
  // Column names come from the module's repository, not from input; the builder is untyped on purpose because
  // the helper serves every table that carries a visibility.
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const ref = (c: string) => eb.ref(c);
    const toegestaan: Expression<SqlBool>[] = [eb(ref(kol.soort), '=', 'leden')];
    if (k.intern) toegestaan.push(eb(ref(kol.soort), 'in', ['intern', 'organisatie']));
    else toegestaan.push(eb.and([eb(ref(kol.soort), '=', 'organisatie'), eb(ref(kol.voor), '=', k.organisatieId)]));
    if (k.rollen.length) toegestaan.push(eb.and([eb(ref(kol.soort), '=', 'rol'), eb(ref(kol.voor), 'in', [...k.rollen])]));
    if (kol.auteur) toegestaan.push(eb(ref(kol.auteur), '=', k.gebruikerId));
    const zichtbaar = eb.or(toegestaan);
    return k.tot === null ? zichtbaar : eb.and([zichtbaar, eb(ref(kol.tijdstip), '<=', k.tot)]);
  };
}
