import type { MeldingenInstellingen } from './meldingen.config.ts';

export type Regel = MeldingenInstellingen['routering'][number];

export interface RouteringInvoer {
  categorie: string;
  subcategorie?: string | null;
  wijk?: string | null;
  buurt?: string | null;
  /** Hour of submission in Dutch local time, 0–23. */
  uur: number;
}

function inWindow(uur: number, van: number | undefined, tot: number | undefined): boolean {
  if (van === undefined && tot === undefined) return true;
  const a = van ?? 0;
  const b = tot ?? 24;
  // A window like 23 → 7 wraps past midnight.
  return a <= b ? uur >= a && uur < b : uur >= a || uur < b;
}

/**
 * Routing rules as data: category × area × time → team. The first matching rule wins; `$categorie` means
 * "the team of the category". The configuration loader guarantees a final catch-all rule.
 */
export function route(cfg: MeldingenInstellingen, m: RouteringInvoer): { team: string; regel: string } {
  for (const r of cfg.routering) {
    if (r.categorie !== '*' && r.categorie !== m.categorie) continue;
    if (r.subcategorie !== undefined && r.subcategorie !== m.subcategorie) continue;
    if (r.wijk !== undefined && r.wijk !== m.wijk) continue;
    if (r.buurt !== undefined && r.buurt !== m.buurt) continue;
    if (!inWindow(m.uur, r.uurVan, r.uurTot)) continue;
    const team = r.team === '$categorie' ? cfg.categorieen.find((c) => c.code === m.categorie)?.team : r.team;
    if (team) return { team, regel: r.naam };
  }
  throw new Error(`Geen routeringsregel voor categorie ${m.categorie}`);
}
