/**
 * Small-cell suppression for public output. Primary: a count of 1 to `minimum − 1` is not shown ("< 5").
 * Secondary: wherever a total is shown with its parts (buurten of a wijk, wijken of the gemeente, categories
 * of an area), the hidden parts must not be derivable as total minus the shown parts. So in every such group
 * with a shown total, the hidden parts together must be at least two cells and at least `minimum`; otherwise
 * the smallest shown non-zero part is hidden as well (or, with none left, the total). Repeated until nothing
 * changes, because hiding a cell for one group can expose another (a cell belongs to several groups).
 * Zeros are shown: a zero says no case happened, which is what "< 5" protects, not what it hides.
 */
export interface Groep {
  totaal: string;
  delen: readonly string[];
}

export function onderdruk(aantallen: ReadonlyMap<string, number>, groepen: readonly Groep[], minimum = 5): Set<string> {
  const verborgen = new Set<string>();
  for (const [k, n] of aantallen) if (n > 0 && n < minimum) verborgen.add(k);
  for (let veranderd = true; veranderd; ) {
    veranderd = false;
    for (const g of groepen) {
      if (verborgen.has(g.totaal) || !aantallen.has(g.totaal)) continue;
      const delen = g.delen.filter((d) => aantallen.has(d));
      const weg = delen.filter((d) => verborgen.has(d));
      if (weg.length === 0) continue;
      const som = weg.reduce((s, d) => s + aantallen.get(d)!, 0);
      if (weg.length >= 2 && som >= minimum) continue;
      const kandidaat = delen.filter((d) => !verborgen.has(d) && aantallen.get(d)! > 0).sort((a, b) => aantallen.get(a)! - aantallen.get(b)! || a.localeCompare(b))[0];
      verborgen.add(kandidaat ?? g.totaal);
      veranderd = true;
    }
  }
  return verborgen;
}
