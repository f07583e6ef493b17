import type { KnoxResultaat } from '../../contract/api/analyse.ts';
import { uniformInt, xoroshiro128plus } from '../platform/prng.ts';
import { AppError } from '../platform/errors.ts';

/**
 * Near-repeat analysis: the Knox test with Monte Carlo permutation of the dates over the fixed locations, as
 * in Ratcliffe's Near Repeat Calculator (NRC) and Steenbeek's R package NearRepeat.
 *
 * Bands from break points b₀ < b₁ < … < b_k: [b₀,b₁), [b₁,b₂), …, [b_{k−1},b_k) and a last open band [b_k,∞).
 * Pairs closer than b₀ (or with a time difference below the first time break) are not counted.
 *
 * Speed (docs/analytics-reference.md §2.1): the spatial band of a pair never changes under permutation, so
 * the pairs closer than b_k are enumerated once (uniform grid with cell size b_k); each permutation then
 * reads only those. The open distance band follows from the column totals, which permutation cannot change:
 * the multiset of time differences is fixed, and is counted once from the day histogram.
 */
export type Afstand = 'euclidisch' | 'manhattan';

export interface KnoxOpties {
  ruimte: number[];
  tijd: number[];
  afstand: Afstand;
  permutaties: number;
  seed: number;
  /** Called now and then with the number of permutations done. */
  voortgang?: (gedaan: number, totaal: number) => void;
  /**
   * Ratcliffe's Near Repeat Calculator conventions, to reproduce its tables cell for cell: coordinates and
   * distances in IEEE single precision, and a first distance band [0, 1) that holds only pairs at distance
   * exactly 0 ("same location"; pairs 0 < d < 1 are counted nowhere). Use {@link nrcBanden} for its bands.
   */
  nrc?: boolean;
}

/**
 * The NRC's bands from its inputs (bandwidth × number of bands, for distance and time): distance
 * [0 (same location), 1, b, 2b, …, kb] and time [0, t, 2t, …, mt]. In NRC mode the result carries the NRC's
 * own labels: it labels a time band "3 to 4" but counts [2, 4) days; these are its labels and its counts.
 */
export function nrcBanden(ruimteBreedte: number, ruimteAantal: number, tijdBreedte: number, tijdAantal: number) {
  const geheel = (naam: string, v: number, min: number) => {
    if (!Number.isInteger(v) || v < min) throw new AppError('validatie', `${naam} moet een geheel getal van ${min} of meer zijn (gekregen: ${v}).`);
  };
  geheel('De afstandsband (meter)', ruimteBreedte, 2);
  geheel('Het aantal afstandsbanden', ruimteAantal, 1);
  geheel('De tijdsband (dagen)', tijdBreedte, 1);
  geheel('Het aantal tijdsbanden', tijdAantal, 1);
  const ruimte = [0, 1, ...Array.from({ length: ruimteAantal }, (_, i) => (i + 1) * ruimteBreedte)];
  const tijd = [0, ...Array.from({ length: tijdAantal }, (_, i) => (i + 1) * tijdBreedte)];
  return { ruimte, tijd };
}

/** Observed and expected pair counts per band, Knox ratios and permutation p-values (the API contract's shape). */
export type { KnoxResultaat } from '../../contract/api/analyse.ts';

export function controleerBanden(naam: string, banden: number[], geheel: boolean): void {
  if (banden.length === 0) throw new AppError('validatie', `Geef minstens één grens voor ${naam}.`);
  banden.forEach((b, i) => {
    if (!Number.isFinite(b) || b < 0) throw new AppError('validatie', `${naam}: "${b}" is geen getal van 0 of meer.`);
    if (geheel && !Number.isInteger(b)) throw new AppError('validatie', `${naam}: "${b}" moet een geheel aantal dagen zijn.`);
    if (i > 0 && b <= banden[i - 1]!) throw new AppError('validatie', `${naam}: de grenzen moeten oplopen (${banden[i - 1]} en daarna ${b}).`);
  });
}

function labels(banden: number[], eenheid: string): string[] {
  const out = banden.slice(0, -1).map((b, i) => `[${b}, ${banden[i + 1]}) ${eenheid}`);
  out.push(`[${banden.at(-1)}, ∞) ${eenheid}`);
  return out;
}

/** Index of the band of v, or -1 below the first break; the last index is the open band. */
function bandVan(banden: number[], v: number): number {
  if (v < banden[0]!) return -1;
  let i = 0;
  while (i + 1 < banden.length && v >= banden[i + 1]!) i++;
  return i;
}

/**
 * Run the Knox test. `x`, `y` in metres (RD New), `dag` in whole days (any origin). Deterministic for a seed.
 */
export function knox(x: Float64Array, y: Float64Array, dag: Int32Array, o: KnoxOpties): KnoxResultaat {
  const n = x.length;
  if (y.length !== n || dag.length !== n) throw new AppError('validatie', 'x, y en datum moeten even lang zijn.');
  if (n < 2) throw new AppError('validatie', 'Er zijn minstens twee gebeurtenissen nodig.');
  controleerBanden('ruimte', o.ruimte, false);
  controleerBanden('tijd', o.tijd, true);
  if (!Number.isInteger(o.permutaties) || o.permutaties < 1 || o.permutaties > 100_000) {
    throw new AppError('validatie', 'Het aantal permutaties moet een geheel getal van 1 tot 100.000 zijn.');
  }
  const R = o.ruimte.length; // rows: R − 1 finite bands + 1 open
  const T = o.tijd.length;
  const sMax = o.ruimte.at(-1)!;
  const manhattan = o.afstand === 'manhattan';
  const nrc = o.nrc === true;
  if (nrc && !(o.ruimte[0] === 0 && o.ruimte[1] === 1)) {
    throw new AppError('validatie', 'In de NRC-modus beginnen de afstandsgrenzen met 0,1 ("zelfde plek"); gebruik nrcBanden.');
  }
  // The NRC's arithmetic: coordinates and every step of the distance in single precision.
  const f = nrc ? Math.fround : (v: number) => v;
  const xs = nrc ? Float64Array.from(x, f) : x;
  const ys = nrc ? Float64Array.from(y, f) : y;
  const afstand = (i: number, j: number) => {
    const dx = Math.abs(f(xs[i]! - xs[j]!));
    const dy = Math.abs(f(ys[i]! - ys[j]!));
    return manhattan ? f(dx + dy) : f(Math.sqrt(f(f(dx * dx) + f(dy * dy))));
  };
  // Band of a distance; in NRC mode the first band [0, 1) is "same location": exactly 0 only.
  const ruimteBand = (d: number) => (nrc && d > 0 && d < 1 ? -1 : bandVan(o.ruimte, d));

  // Time band per difference in days, as a lookup table.
  let dMin = Infinity;
  let dMax = -Infinity;
  for (let i = 0; i < n; i++) {
    if (dag[i]! < dMin) dMin = dag[i]!;
    if (dag[i]! > dMax) dMax = dag[i]!;
  }
  const D = dMax - dMin;
  // Int32: any number of bands (an Int8Array silently wrapped past 127 breaks and dropped pairs).
  const tijdBand = new Int32Array(D + 1);
  for (let d = 0; d <= D; d++) tijdBand[d] = bandVan(o.tijd, d);

  // Close pairs (d < sMax), with their distance band (or -1 below the first break). Grid with cell sMax.
  const paarI: number[] = [];
  const paarJ: number[] = [];
  const paarBand: number[] = [];
  if (sMax > 0) {
    const cel = sMax;
    const cellen = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      const k = `${Math.floor(xs[i]! / cel)},${Math.floor(ys[i]! / cel)}`;
      let c = cellen.get(k);
      if (!c) cellen.set(k, (c = []));
      c.push(i);
    }
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i]! / cel);
      const cy = Math.floor(ys[i]! / cel);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          const c = cellen.get(`${gx},${gy}`);
          if (!c) continue;
          for (const j of c) {
            if (j <= i) continue;
            const d = afstand(i, j);
            if (d >= sMax) continue;
            paarI.push(i);
            paarJ.push(j);
            paarBand.push(ruimteBand(d));
          }
        }
      }
    }
  }
  const P = paarI.length;
  const pi = Int32Array.from(paarI);
  const pj = Int32Array.from(paarJ);
  const pb = Int32Array.from(paarBand);

  // Column totals over all pairs (any distance), from the day histogram: invariant under permutation.
  const hist = new Float64Array(D + 1);
  for (let i = 0; i < n; i++) hist[dag[i]! - dMin]! += 1;
  const kolomTotaal = new Float64Array(T);
  for (let a = 0; a <= D; a++) {
    const ca = hist[a]!;
    if (ca === 0) continue;
    const b0 = tijdBand[0]!;
    if (b0 >= 0) kolomTotaal[b0]! += (ca * (ca - 1)) / 2;
    for (let b = a + 1; b <= D; b++) {
      const cb = hist[b]!;
      if (cb === 0) continue;
      const band = tijdBand[b - a]!;
      if (band >= 0) kolomTotaal[band]! += ca * cb;
    }
  }

  // Count one configuration of dates into a table of R × T, plus pairs below the first distance break.
  const tel = (t: Int32Array, uit: Float64Array) => {
    uit.fill(0);
    const onder = new Float64Array(T);
    for (let k = 0; k < P; k++) {
      const diff = Math.abs(t[pi[k]!]! - t[pj[k]!]!);
      const tb = tijdBand[diff]!;
      if (tb < 0) continue;
      const rb = pb[k]!;
      if (rb < 0) onder[tb]! += 1;
      else uit[rb * T + tb]! += 1;
    }
    // Open distance band: everything in the column that is not closer than sMax.
    for (let b = 0; b < T; b++) {
      let dichtbij = onder[b]!;
      for (let a = 0; a < R - 1; a++) dichtbij += uit[a * T + b]!;
      uit[(R - 1) * T + b] = kolomTotaal[b]! - dichtbij;
    }
  };

  const waargenomen = new Float64Array(R * T);
  tel(dag, waargenomen);
  const som = new Float64Array(R * T);
  const groterGelijk = new Float64Array(R * T);
  const perm = Int32Array.from(dag);
  const tabel = new Float64Array(R * T);
  const rng = xoroshiro128plus(o.seed);
  for (let k = 0; k < o.permutaties; k++) {
    // Fisher–Yates: a uniform permutation of the dates over the fixed locations.
    for (let i = n - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      const tmp = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = tmp;
    }
    tel(perm, tabel);
    for (let c = 0; c < R * T; c++) {
      som[c]! += tabel[c]!;
      if (tabel[c]! >= waargenomen[c]!) groterGelijk[c]! += 1;
    }
    if (o.voortgang && (k % 50 === 49 || k === o.permutaties - 1)) o.voortgang(k + 1, o.permutaties);
  }

  const rijen = <V>(f: (c: number) => V): V[][] => Array.from({ length: R }, (_, a) => Array.from({ length: T }, (_, b) => f(a * T + b)));
  const nrcLabels = nrc ? nrcLabelsVan(o.ruimte, o.tijd) : null;
  return {
    ruimteBanden: nrcLabels?.ruimte ?? labels(o.ruimte, 'm'),
    tijdBanden: nrcLabels?.tijd ?? labels(o.tijd, 'dagen'),
    waargenomen: rijen((c) => waargenomen[c]!),
    verwacht: rijen((c) => som[c]! / o.permutaties),
    ratio: rijen((c) => (som[c]! > 0 ? waargenomen[c]! / (som[c]! / o.permutaties) : null)),
    p: rijen((c) => (1 + groterGelijk[c]!) / (1 + o.permutaties)),
    aantalGebeurtenissen: n,
    aantalParen: P,
    permutaties: o.permutaties,
    seed: o.seed,
  };
}

/** The NRC's labels for bands made by {@link nrcBanden}; other breaks get labels in its style. */
function nrcLabelsVan(ruimte: number[], tijd: number[]): { ruimte: string[]; tijd: string[] } {
  const r = ['Same location', ...ruimte.slice(1, -1).map((b, i) => `${b === 1 ? 1 : b + 1} to ${ruimte[i + 2]}`), `More than ${ruimte.at(-1)}`];
  const t = [...tijd.slice(0, -1).map((b, i) => `${b === 0 ? 0 : b + 1} to ${tijd[i + 1]}`), `More than ${tijd.at(-1)}`];
  return { ruimte: r, tijd: t };
}
