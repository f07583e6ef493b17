/**
 * A report as data, independent of its format: chapters of text, tables, charts and maps, each figure with
 * its source, period, status, interval and demo mark, and the evidence appendix it refers to. The HTML and
 * PDF renderers draw exactly this, so both versions say the same.
 */
export interface Punt {
  periode: string;
  waarde: number;
  laag: number | null;
  hoog: number | null;
  demo: boolean;
}

export interface KaartGebied {
  code: string;
  naam: string;
  /** Outer rings in RD New metres (x, y). */
  ringen: [number, number][][];
  waarde: number | null;
  klasse: number | null;
}

export type Blok =
  | { soort: 'tekst'; tekst: string; nadruk?: boolean }
  | { soort: 'tabel'; titel: string; kolommen: string[]; rijen: string[][]; voetnoot?: string }
  | { soort: 'grafiek'; titel: string; eenheid: string; punten: Punt[]; doel: number | null; bron: string }
  | { soort: 'kaart'; titel: string; gebieden: KaartGebied[]; legenda: { kleur: string; label: string }[]; bron: string };

export interface Hoofdstuk {
  titel: string;
  blokken: Blok[];
}

export interface BewijsRegel {
  nr: number;
  indicator: string;
  gebied: string;
  periode: string;
  waarde: string;
  teller: string;
  noemer: string;
  bron: string;
  herkomst: string;
  status: string;
}

export interface RapportDoc {
  soort: 'raadsrapportage' | 'veiligheidsanalyse' | 'voortgang';
  titel: string;
  ondertitel: string;
  gemeente: string;
  periode: string;
  gemaakt: string;
  status: string;
  demo: boolean;
  bevatVoorlopig: boolean;
  hoofdstukken: Hoofdstuk[];
  bewijs: BewijsRegel[];
}

/** Classes of a choropleth: five equal-count breaks over the known values, light to dark. */
export const KLEUREN = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'];
export function klassen(waarden: number[]): number[] {
  const s = [...waarden].sort((a, b) => a - b);
  if (s.length === 0) return [];
  return [1, 2, 3, 4].map((k) => s[Math.min(s.length - 1, Math.floor((k * s.length) / 5))]!);
}
export const klasseVan = (v: number, grenzen: number[]) => grenzen.filter((g) => v >= g).length;

export const getal = (v: number | null, eenheid = ''): string => {
  if (v === null || Number.isNaN(v)) return '–';
  const d = eenheid === 'aantal' ? 0 : Math.abs(v) < 10 ? 2 : 1;
  return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: d, minimumFractionDigits: eenheid === 'aantal' ? 0 : 1 }).format(v);
};
