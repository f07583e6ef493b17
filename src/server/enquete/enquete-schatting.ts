/**
 * Survey estimates: post-stratification weights to the population by age group × sex, weighted proportions
 * with the Wilson score interval and weighted means with a normal interval, both on the effective sample
 * size n_eff = (Σw)² / Σw² (Kish), which accounts for the precision lost by weighting.
 */
const Z = 1.959963984540054;

export interface Respondent {
  leeftijd: string | null;
  geslacht: string | null;
  waarde: number;
}

export interface Gewichten {
  w: number[];
  gewogen: boolean;
  waarschuwing: string | null;
}

/**
 * Weight w_h = (N_h / N) / (n_h / n) per stratum h. Falls back to equal weights, with a warning that says
 * why, when the population is unknown, a respondent lacks age or sex, or a populated stratum has nobody.
 */
export function gewichten(r: readonly Respondent[], bevolking: ReadonlyMap<string, number> | null): Gewichten {
  const gelijk = (waarschuwing: string): Gewichten => ({ w: r.map(() => 1), gewogen: false, waarschuwing });
  if (!bevolking || bevolking.size === 0) return gelijk('Ongewogen: de bevolkingsopbouw naar leeftijd en geslacht is voor dit gebied niet bekend.');
  if (r.some((x) => !x.leeftijd || !x.geslacht)) return gelijk('Ongewogen: niet alle respondenten gaven hun leeftijd en geslacht.');
  const N = [...bevolking.values()].reduce((s, v) => s + v, 0);
  const nh = new Map<string, number>();
  for (const x of r) nh.set(`${x.leeftijd}|${x.geslacht}`, (nh.get(`${x.leeftijd}|${x.geslacht}`) ?? 0) + 1);
  const leeg = [...bevolking.entries()].filter(([k, v]) => v > 0 && !nh.has(k)).map(([k]) => k.replace('|', ' '));
  if (leeg.length) return gelijk(`Ongewogen: geen respondenten in de groep(en) ${leeg.join(', ')}.`);
  const onbekend = [...nh.keys()].filter((k) => !bevolking.has(k));
  if (onbekend.length) return gelijk(`Ongewogen: de groep(en) ${onbekend.map((k) => k.replace('|', ' ')).join(', ')} komen niet voor in de bevolkingsopbouw.`);
  const n = r.length;
  return { w: r.map((x) => (bevolking.get(`${x.leeftijd}|${x.geslacht}`)! / N) / (nh.get(`${x.leeftijd}|${x.geslacht}`)! / n)), gewogen: true, waarschuwing: null };
}

export function effectieveN(w: readonly number[]): number {
  const s = w.reduce((a, b) => a + b, 0);
  const s2 = w.reduce((a, b) => a + b * b, 0);
  return s2 > 0 ? (s * s) / s2 : 0;
}

/** Weighted proportion of y = 1 with the Wilson score interval on n_eff. */
export function aandeel(y: readonly number[], w: readonly number[]): { schatting: number; interval: [number, number]; nEff: number } {
  const sw = w.reduce((a, b) => a + b, 0);
  const p = y.reduce((a, v, i) => a + v * w[i]!, 0) / sw;
  const n = effectieveN(w);
  const noemer = 1 + (Z * Z) / n;
  const midden = (p + (Z * Z) / (2 * n)) / noemer;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n))) / noemer;
  return { schatting: p, interval: [Math.max(0, midden - half), Math.min(1, midden + half)], nEff: n };
}

/** Weighted mean with a normal 95 % interval: mean ± z · s / √n_eff (s the weighted standard deviation). */
export function gemiddelde(y: readonly number[], w: readonly number[]): { schatting: number; interval: [number, number]; nEff: number } {
  const sw = w.reduce((a, b) => a + b, 0);
  const m = y.reduce((a, v, i) => a + v * w[i]!, 0) / sw;
  const n = effectieveN(w);
  // Weighted variance with the n_eff / (n_eff − 1) correction, reducing to the sample variance for equal weights.
  const v = (y.reduce((a, yi, i) => a + w[i]! * (yi - m) ** 2, 0) / sw) * (n / Math.max(1, n - 1));
  const half = (Z * Math.sqrt(v)) / Math.sqrt(n);
  return { schatting: m, interval: [m - half, m + half], nEff: n };
}
