import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { benjaminiHochberg, concentratie, giStar, normaalBoven, queenBuren, rasterTelling, wdd } from '../src/server/analyse/hotspots.ts';

/** Queen neighbours on an r × c lattice (without self). */
function lattice(r: number, c: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const nb: number[] = [];
      for (let di = -1; di <= 1; di++) for (let dj = -1; dj <= 1; dj++) if ((di || dj) && i + di >= 0 && i + di < r && j + dj >= 0 && j + dj < c) nb.push((i + di) * c + j + dj);
      out.push(nb);
    }
  }
  return out;
}

describe('hotspots and concentration', () => {
  test('Gi* on a 3 × 3 example computed by hand', () => {
    // One cell with 9 events in the middle. x̄ = 1, S = √(81/9 − 1) = √8, n = 9.
    // Corner: Σwx = 9, W = 4 → z = (9 − 4) / (√8 · √((36 − 16)/8)) = 5/√20. Edge: W = 6 → 3/√18. Centre: W = 9 → 0.
    const x = [0, 0, 0, 0, 9, 0, 0, 0, 0];
    const { z } = giStar(x, lattice(3, 3));
    assert.ok(Math.abs(z[0]! - 5 / Math.sqrt(20)) < 1e-12);
    assert.ok(Math.abs(z[1]! - 3 / Math.sqrt(18)) < 1e-12);
    assert.ok(Math.abs(z[4]!) < 1e-12);
    assert.ok(Math.abs(z[8]! - z[0]!) < 1e-12);
  });

  test('normal tail and Benjamini–Hochberg against known values', () => {
    assert.ok(Math.abs(normaalBoven(1.959964) - 0.025) < 1e-6);
    assert.ok(Math.abs(normaalBoven(0) - 0.5) < 1e-7);
    // Textbook example: p = .01, .04, .03, .005 → q = .02, .04, .04, .02.
    assert.deepEqual(Array.from(benjaminiHochberg([0.01, 0.04, 0.03, 0.005]), (v) => Number(v.toFixed(4))), [0.02, 0.04, 0.04, 0.02]);
  });

  test('a planted hotspot on a grid is found after FDR; the background is not', () => {
    // 30 × 30 cells of 100 m; background: a deterministic sprinkle of one event in every 7th cell;
    // planted: a 3 × 3 block with 12 events per cell.
    const xs: number[] = [];
    const ys: number[] = [];
    for (let r = 0; r < 30; r++) {
      for (let c = 0; c < 30; c++) {
        const n = r >= 10 && r < 13 && c >= 20 && c < 23 ? 12 : (r * 30 + c) % 7 === 0 ? 1 : 0;
        for (let k = 0; k < n; k++) {
          xs.push(176000 + c * 100 + 50);
          ys.push(316000 + r * 100 + 50);
        }
      }
    }
    const raster = rasterTelling(xs, ys, { minX: 176000, minY: 316000, maxX: 179000, maxY: 319000 }, 100, () => true);
    assert.equal(raster.cellen.length, 900);
    assert.equal(raster.aantallen.reduce((s, v) => s + v, 0), xs.length);
    const gi = giStar(raster.aantallen, raster.buren);
    const heet = raster.cellen.filter((_, i) => gi.klasse[i] === 'heet').map((cel) => [Math.floor(cel / raster.kolommen), cel % raster.kolommen] as const);
    assert.ok(heet.some(([r, c]) => r === 11 && c === 21), 'the centre of the planted block');
    assert.ok(heet.every(([r, c]) => r >= 9 && r <= 13 && c >= 19 && c <= 23), `only cells in or next to the block: ${JSON.stringify(heet)}`);
  });

  test('queen contiguity from shared vertices', () => {
    // Three squares in a row and one touching the last only at a corner.
    const sq = (x: number, y: number) => [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1]] as [number, number][];
    assert.deepEqual(queenBuren([sq(0, 0), sq(1, 0), sq(2, 0), sq(3, 1)]), [[1], [0, 2], [1, 3], [2]]);
  });

  test('concentration: top shares, Gini and the generalised Gini', () => {
    const c = concentratie([10, 0, 0, 0]);
    assert.equal(c.top.find((t) => t.topAandeel === 0.2)!.aandeelGebeurtenissen, 1);
    assert.equal(c.gini, 0.75);
    // Two events over ten units, each in its own unit: as equal as two events can be → generalised Gini 0.
    const g = concentratie([1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    assert.ok(Math.abs(g.gini - 0.8) < 1e-12);
    assert.ok(Math.abs(g.giniGegeneraliseerd) < 1e-12);
    assert.deepEqual(c.lorenz.at(-1), [1, 1]);
    assert.equal(concentratie([5, 5, 5, 5]).gini, 0);
  });

  test('WDD: effect beyond the control, with its standard error', () => {
    // Target 100 → 60, buffer 50 → 45, control 200 → 190: WDD = −40 − (−10) + (−5) − (−10) = −25.
    const r = wdd({ doel: [100, 60], buffer: [50, 45], controle: [200, 190] });
    assert.equal(r.wdd, -25);
    assert.equal(r.se, Math.sqrt(100 + 60 + 50 + 45 + 4 * 390));
    assert.ok(r.z < 0);
  });
});
