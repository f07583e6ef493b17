import { AppError } from '../platform/errors.ts';

/**
 * Hotspots: Getis–Ord Gi* (self included, binary weights) with Benjamini–Hochberg false-discovery-rate
 * correction, on a regular RD grid (queen neighbours) or on areas (queen contiguity). Formula as in
 * docs/analytics-reference.md §3.1 (identical to spdep localG and esda G_Local(star=True)):
 *
 *   z_i = (Σ_j w_ij x_j − x̄ W_i) / ( S · sqrt((n Σ_j w_ij² − W_i²) / (n − 1)) ),  S = sqrt(Σ x²/n − x̄²)
 *
 * Inference is analytic (normal approximation) with FDR. With sparse counts, cold spots are unreliable
 * under this approximation (analytics reference §3.1); the UI says so next to the map.
 */
export interface GiResultaat {
  z: Float64Array;
  p: Float64Array;
  q: Float64Array;
  klasse: ('heet' | 'koud' | 'geen')[];
}

/** Standard normal upper tail (Abramowitz–Stegun 7.1.26 via erfc), accurate to 1e-7. */
export function normaalBoven(z: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const y = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = y * Math.exp(-(z * z) / 2);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

/** Benjamini–Hochberg adjusted p-values (q-values), in input order. */
export function benjaminiHochberg(p: ArrayLike<number>): Float64Array {
  const m = p.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => p[a]! - p[b]!);
  const q = new Float64Array(m);
  let min = 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = order[k]!;
    min = Math.min(min, (p[i]! * m) / (k + 1));
    q[i] = min;
  }
  return q;
}

/** Gi* for values x with neighbour lists (self is added here), two-sided p, FDR q, class at level alpha. */
export function giStar(x: ArrayLike<number>, buren: readonly (readonly number[])[], alpha = 0.05): GiResultaat {
  const n = x.length;
  if (n < 3) throw new AppError('validatie', 'Er zijn minstens drie gebieden of cellen nodig.');
  let som = 0;
  let kwadraten = 0;
  for (let i = 0; i < n; i++) {
    som += x[i]!;
    kwadraten += x[i]! * x[i]!;
  }
  const gem = som / n;
  const S = Math.sqrt(kwadraten / n - gem * gem);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const nb = new Set([i, ...buren[i]!]);
    let lag = 0;
    for (const j of nb) lag += x[j]!;
    const W = nb.size;
    const noemer = S * Math.sqrt((n * W - W * W) / (n - 1));
    z[i] = S === 0 || noemer === 0 ? 0 : (lag - gem * W) / noemer;
    p[i] = 2 * normaalBoven(Math.abs(z[i]!));
  }
  const q = benjaminiHochberg(p);
  const klasse = Array.from(z, (zi, i) => (q[i]! <= alpha ? (zi > 0 ? 'heet' : 'koud') : 'geen') as GiResultaat['klasse'][number]);
  return { z, p, q, klasse };
}

export interface Raster {
  celMeter: number;
  x0: number;
  y0: number;
  kolommen: number;
  rijen: number;
  /** Cells that take part (centre inside the gemeente), as indices col + row × kolommen. */
  cellen: number[];
  aantallen: number[];
  buren: number[][];
}

/**
 * Count events on a regular RD grid over a bounding box; only cells whose centre passes `binnen` (inside
 * the gemeente) take part, so empty land outside does not dilute the mean. Queen neighbours.
 */
export function rasterTelling(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  bbox: { minX: number; minY: number; maxX: number; maxY: number },
  celMeter: number,
  binnen: (cx: number, cy: number) => boolean,
): Raster {
  if (!(celMeter >= 10 && celMeter <= 5000)) throw new AppError('validatie', 'De celgrootte moet tussen 10 en 5.000 meter liggen.');
  const x0 = Math.floor(bbox.minX / celMeter) * celMeter;
  const y0 = Math.floor(bbox.minY / celMeter) * celMeter;
  const kolommen = Math.ceil((bbox.maxX - x0) / celMeter);
  const rijen = Math.ceil((bbox.maxY - y0) / celMeter);
  if (kolommen * rijen > 2_000_000) throw new AppError('validatie', 'Het raster wordt te groot; kies grotere cellen.');
  const positie = new Int32Array(kolommen * rijen).fill(-1);
  const cellen: number[] = [];
  for (let r = 0; r < rijen; r++) {
    for (let c = 0; c < kolommen; c++) {
      if (binnen(x0 + (c + 0.5) * celMeter, y0 + (r + 0.5) * celMeter)) {
        positie[c + r * kolommen] = cellen.length;
        cellen.push(c + r * kolommen);
      }
    }
  }
  const aantallen = new Array<number>(cellen.length).fill(0);
  for (let i = 0; i < x.length; i++) {
    const c = Math.floor((x[i]! - x0) / celMeter);
    const r = Math.floor((y[i]! - y0) / celMeter);
    if (c < 0 || r < 0 || c >= kolommen || r >= rijen) continue;
    const k = positie[c + r * kolommen]!;
    if (k >= 0) aantallen[k]! += 1;
  }
  const buren = cellen.map((cel) => {
    const c = cel % kolommen;
    const r = Math.floor(cel / kolommen);
    const out: number[] = [];
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if ((dr || dc) && c + dc >= 0 && c + dc < kolommen && r + dr >= 0 && r + dr < rijen) {
          const k = positie[c + dc + (r + dr) * kolommen]!;
          if (k >= 0) out.push(k);
        }
      }
    }
    return out;
  });
  return { celMeter, x0, y0, kolommen, rijen, cellen, aantallen, buren };
}

/**
 * Queen contiguity between polygons: neighbours when they share a vertex (coordinates compared after
 * rounding to `tolerantie`, in RD New metres: 1 mm). CBS buurt maps are topologically consistent, so shared
 * borders share vertices.
 */
export function queenBuren(ringen: readonly (readonly (readonly [number, number])[])[], tolerantie = 0.001): number[][] {
  const sleutel = ([a, b]: readonly [number, number]) => `${Math.round(a / tolerantie)},${Math.round(b / tolerantie)}`;
  const perPunt = new Map<string, Set<number>>();
  ringen.forEach((ring, i) => {
    for (const p of ring) {
      const k = sleutel(p);
      let s = perPunt.get(k);
      if (!s) perPunt.set(k, (s = new Set()));
      s.add(i);
    }
  });
  const buren = ringen.map(() => new Set<number>());
  for (const s of perPunt.values()) for (const i of s) for (const j of s) if (i !== j) buren[i]!.add(j);
  return buren.map((s) => [...s].sort((a, b) => a - b));
}

/**
 * Crime concentration over units (buurten or grid cells): share of events in the top x % of units, the
 * Gini coefficient, the generalised Gini of Bernasco & Steenbeek (2017) that corrects for fewer events than
 * units, and the Lorenz curve (units sorted from most to fewest events).
 */
export function concentratie(aantallen: readonly number[], toppen: readonly number[] = [0.05, 0.1, 0.2, 0.5]) {
  const n = aantallen.length;
  if (n === 0) throw new AppError('validatie', 'Geen gebieden of cellen.');
  const N = aantallen.reduce((s, v) => s + v, 0);
  const aflopend = [...aantallen].sort((a, b) => b - a);
  const cum: number[] = [];
  aflopend.reduce((s, v, i) => ((cum[i] = s + v), s + v), 0);
  const top = toppen.map((t) => {
    const k = Math.max(1, Math.round(t * n));
    return { topAandeel: t, eenheden: k, aandeelGebeurtenissen: N ? cum[k - 1]! / N : 0 };
  });
  const oplopend = [...aantallen].sort((a, b) => a - b);
  const G = N ? (2 * oplopend.reduce((s, v, i) => s + (i + 1) * v, 0)) / (n * N) - (n + 1) / n : 0;
  // Generalised Gini: with fewer events than units, the most equal spread possible still leaves units empty;
  // rescale so that spread scores 0 (factor units / events when events < units; Bernasco & Steenbeek 2017).
  const Gg = N ? Math.max(1, n / N) * (G - 1) + 1 : 0;
  const m = Math.min(N, n);
  const lorenz = [[0, 0] as [number, number], ...aflopend.map((_, i) => [(i + 1) / n, N ? cum[i]! / N : 0] as [number, number])];
  return { eenheden: n, gebeurtenissen: N, top, gini: G, giniGegeneraliseerd: Gg, giniGegeneraliseerdZuiver: m > 1 ? (Gg * m) / (m - 1) : Gg, lorenz };
}

/**
 * Weighted displacement difference (Wheeler & Ratcliffe 2018): WDD = ΔT − ΔC + ΔB − ΔC, with T the target
 * area, B its buffer (displacement zone) and C one control area used for both. Under independent Poisson
 * counts Var(WDD) = T₀ + T₁ + B₀ + B₁ + 4 (C₀ + C₁). Negative WDD: fewer events than the control predicts.
 */
export function wdd(a: { doel: [number, number]; buffer: [number, number]; controle: [number, number] }) {
  const d = (p: [number, number]) => p[1] - p[0];
  const w = d(a.doel) - d(a.controle) + d(a.buffer) - d(a.controle);
  const variantie = a.doel[0] + a.doel[1] + a.buffer[0] + a.buffer[1] + 4 * (a.controle[0] + a.controle[1]);
  const se = Math.sqrt(variantie);
  const z = se > 0 ? w / se : 0;
  return { wdd: w, se, z, p: 2 * normaalBoven(Math.abs(z)) };
}
