import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { dagNummer } from '../src/server/analyse/gebeurtenissen-csv.ts';
import { knox, nrcBanden, type Afstand } from '../src/server/analyse/near-repeat.ts';
import { runCli } from './helpers/engines.ts';

/** Independent reference: every pair, every permutation, no grid and no column-total shortcut. */
function naief(x: number[], y: number[], t: number[], ruimte: number[], tijd: number[], K: number, seed: number, afstand: Afstand) {
  const band = (b: number[], v: number) => (v < b[0]! ? -1 : b.findLastIndex((g) => v >= g));
  const tabel = (tt: number[]) => {
    const o = ruimte.map(() => tijd.map(() => 0));
    for (let i = 0; i < x.length; i++) {
      for (let j = i + 1; j < x.length; j++) {
        const dx = Math.abs(x[i]! - x[j]!);
        const dy = Math.abs(y[i]! - y[j]!);
        const a = band(ruimte, afstand === 'manhattan' ? dx + dy : Math.sqrt(dx * dx + dy * dy));
        const b = band(tijd, Math.abs(tt[i]! - tt[j]!));
        if (a >= 0 && b >= 0) o[a]![b]! += 1;
      }
    }
    return o;
  };
  const obs = tabel(t);
  const som = obs.map((r) => r.map(() => 0));
  const ge = obs.map((r) => r.map(() => 0));
  const rng = xoroshiro128plus(seed);
  const perm = [...t];
  for (let k = 0; k < K; k++) {
    for (let i = perm.length - 1; i > 0; i--) {
      const j = uniformInt(rng, 0, i);
      [perm[i], perm[j]] = [perm[j]!, perm[i]!];
    }
    const o = tabel(perm);
    o.forEach((r, a) => r.forEach((v, b) => {
      som[a]![b]! += v;
      if (v >= obs[a]![b]!) ge[a]![b]! += 1;
    }));
  }
  return { obs, verwacht: som.map((r) => r.map((v) => v / K)), p: ge.map((r) => r.map((v) => (1 + v) / (1 + K))) };
}

function synthetisch(seed: number, opties: { achtergrond: number; clusters: number }) {
  const rng = xoroshiro128plus(seed);
  const u = () => (uniformInt(rng, 0, 1_000_000) / 1_000_000);
  const x: number[] = [];
  const y: number[] = [];
  const t: number[] = [];
  for (let i = 0; i < opties.achtergrond; i++) {
    x.push(176000 + u() * 5000);
    y.push(316000 + u() * 5000);
    t.push(Math.floor(u() * 365));
  }
  // Planted near-repeats: after a burglary, two more within 60 m and 3 days.
  for (let c = 0; c < opties.clusters; c++) {
    const [cx, cy, ct] = [176000 + u() * 5000, 316000 + u() * 5000, Math.floor(u() * 360)];
    for (let k = 0; k < 3; k++) {
      x.push(cx + (u() - 0.5) * 60);
      y.push(cy + (u() - 0.5) * 60);
      t.push(ct + Math.floor(u() * 3));
    }
  }
  return { x, y, t };
}

describe('near-repeat (Knox)', () => {
  test('a hand-counted example: six pairs in their bands', () => {
    // A(0,0) day 0, B(50,0) day 1, C(0,150) day 10, D(1000,1000) day 2.
    // AB 50 m/1 d, AC 150/10, AD 1414/2, BC 158/9, BD 1379/1, CD 1312/8.
    const r = knox(Float64Array.from([0, 50, 0, 1000]), Float64Array.from([0, 0, 150, 1000]), Int32Array.from([0, 1, 10, 2]), {
      ruimte: [0, 100, 200],
      tijd: [0, 3],
      afstand: 'euclidisch',
      permutaties: 9,
      seed: 1,
    });
    assert.deepEqual(r.waargenomen, [[1, 0], [0, 2], [2, 1]]);
    assert.deepEqual(r.ruimteBanden, ['[0, 100) m', '[100, 200) m', '[200, ∞) m']);
    assert.deepEqual(r.tijdBanden, ['[0, 3) dagen', '[3, ∞) dagen']);
    // Column totals cannot change under permutation: expected counts per column add up to the observed ones.
    for (let b = 0; b < 2; b++) {
      assert.equal(r.verwacht.reduce((s, row) => s + row[b]!, 0), r.waargenomen.reduce((s, row) => s + row[b]!, 0));
    }
  });

  test('the fast algorithm gives exactly the tables of a naive all-pairs count, for both distances', () => {
    const { x, y, t } = synthetisch(7, { achtergrond: 300, clusters: 10 });
    for (const afstand of ['euclidisch', 'manhattan'] as const) {
      const ruimte = [1, 100, 200, 400];
      const tijd = [0, 7, 14];
      const fast = knox(Float64Array.from(x), Float64Array.from(y), Int32Array.from(t), { ruimte, tijd, afstand, permutaties: 49, seed: 3 });
      const ref = naief(x, y, t, [...ruimte, Infinity].slice(0, -1), tijd, 49, 3, afstand);
      assert.deepEqual(fast.waargenomen, ref.obs, afstand);
      fast.verwacht.forEach((row, a) => row.forEach((v, b) => assert.ok(Math.abs(v - ref.verwacht[a]![b]!) < 1e-9, `${afstand} E[${a}][${b}]`)));
      assert.deepEqual(fast.p, ref.p, afstand);
    }
  });

  test('more than 127 bands: every pair is still counted (band indices are not 8-bit)', () => {
    const { x, y, t } = synthetisch(13, { achtergrond: 200, clusters: 10 });
    const ruimte = Array.from({ length: 150 }, (_, i) => i * 5); // 0, 5, …, 745 m
    const tijd = Array.from({ length: 200 }, (_, i) => i); // every day its own band
    const fast = knox(Float64Array.from(x), Float64Array.from(y), Int32Array.from(t), { ruimte, tijd, afstand: 'euclidisch', permutaties: 3, seed: 2 });
    const ref = naief(x, y, t, ruimte, tijd, 3, 2, 'euclidisch');
    assert.deepEqual(fast.waargenomen, ref.obs);
    assert.equal(fast.waargenomen.flat().reduce((a, b) => a + b, 0), (x.length * (x.length - 1)) / 2, 'all pairs in some cell');
  });

  test('NRC mode: "same location" is distance exactly 0, 0 < d < 1 counts nowhere, and its labels', () => {
    // A and B at the same place, C 0.5 m from A, D 1 m from A, E far away; all on day 0 except E.
    const x = Float64Array.from([176000, 176000, 176000.5, 176001, 180000]);
    const y = Float64Array.from([316000, 316000, 316000, 316000, 320000]);
    const t = Int32Array.from([0, 0, 0, 0, 5]);
    const { ruimte, tijd } = nrcBanden(100, 3, 2, 2);
    assert.deepEqual(ruimte, [0, 1, 100, 200, 300]);
    assert.deepEqual(tijd, [0, 2, 4]);
    const opties = { ruimte, tijd, afstand: 'euclidisch' as const, permutaties: 9, seed: 1 };
    const nrc = knox(x, y, t, { ...opties, nrc: true });
    const gewoon = knox(x, y, t, opties);
    assert.deepEqual(nrc.ruimteBanden, ['Same location', '1 to 100', '101 to 200', '201 to 300', 'More than 300']);
    assert.deepEqual(nrc.tijdBanden, ['0 to 2', '3 to 4', 'More than 4']);
    // Pairs on day 0: AB (0 m), AC, BC (0.5 m), AD, BD (1 m), CD (0.5 m).
    assert.equal(nrc.waargenomen[0]![0], 1, 'only AB is the same location');
    assert.equal(nrc.waargenomen[1]![0], 2, 'AD and BD from 1 m');
    assert.equal(gewoon.waargenomen[0]![0], 4, 'plain [0,1) also takes the three pairs at 0.5 m');
    const som = (r: typeof nrc) => r.waargenomen.flat().reduce((a, b) => a + b, 0);
    assert.equal(som(gewoon) - som(nrc), 3, 'the three pairs at 0.5 m are counted nowhere by the NRC');
    assert.throws(() => knox(x, y, t, { ...opties, ruimte: [0, 100], nrc: true }), /met 0,1/);
    assert.throws(() => nrcBanden(100, 0, 2, 2), /aantal afstandsbanden/);
  });

  test('NRC mode computes in single precision: a pair at 399.96 m lands in the band from 400 m, as in the NRC', () => {
    // Search a pair whose double-precision distance is just under 400 m while single precision makes it 400.
    // Far north in RD (y ≈ 580 km, as in Groningen) single precision has steps of 6 cm.
    let gevonden: [number, number] | null = null;
    for (let k = 0; k < 2000 && !gevonden; k++) {
      const x1 = 580000 + k * 0.0037;
      const x2 = x1 + 399.961;
      const exact = x2 - x1;
      const enkel = Math.fround(Math.fround(x2) - Math.fround(x1));
      if (exact < 400 && enkel >= 400) gevonden = [x1, x2];
    }
    assert.ok(gevonden, 'such a pair exists at RD coordinates');
    const y = Float64Array.from([gevonden[0], gevonden[1]]);
    const x = Float64Array.from([233000, 233000]);
    const t = Int32Array.from([0, 1]);
    const { ruimte, tijd } = nrcBanden(100, 4, 2, 1);
    const opties = { ruimte, tijd, afstand: 'euclidisch' as const, permutaties: 1, seed: 1 };
    assert.equal(knox(x, y, t, opties).waargenomen[4]![0], 1, 'double precision: 301 to 400');
    assert.equal(knox(x, y, t, { ...opties, nrc: true }).waargenomen[5]![0], 1, 'single precision: more than 400');
  });

  test('a planted near-repeat effect is found; far bands show none', () => {
    const { x, y, t } = synthetisch(11, { achtergrond: 1500, clusters: 60 });
    const r = knox(Float64Array.from(x), Float64Array.from(y), Int32Array.from(t), { ruimte: [0, 100, 200, 300], tijd: [0, 7, 14], afstand: 'euclidisch', permutaties: 199, seed: 1 });
    assert.ok(r.ratio[0]![0]! > 2.5, `close in space and time: ratio ${r.ratio[0]![0]}`);
    assert.equal(r.p[0]![0], 1 / 200);
    const open = r.ratio[3]!;
    for (const kr of open) assert.ok(kr !== null && Math.abs(kr - 1) < 0.05, `open band ratio ${kr}`);
    assert.ok(r.p[2]![2]! > 0.05, 'no effect 200–300 m after two weeks');
  });

  test('the same seed gives the same result; another seed other expectations', () => {
    const { x, y, t } = synthetisch(5, { achtergrond: 500, clusters: 5 });
    const run = (seed: number) => knox(Float64Array.from(x), Float64Array.from(y), Int32Array.from(t), { ruimte: [0, 200], tijd: [0, 7], afstand: 'euclidisch', permutaties: 99, seed });
    assert.deepEqual(run(42), run(42));
    assert.notDeepEqual(run(42).verwacht, run(43).verwacht);
  });

  test('bad settings are refused with a clear message', () => {
    const xs = Float64Array.from([0, 1]);
    const ts = Int32Array.from([0, 1]);
    const base = { ruimte: [0, 100], tijd: [0, 7], afstand: 'euclidisch' as const, permutaties: 9, seed: 1 };
    assert.throws(() => knox(xs, xs, ts, { ...base, ruimte: [0, 200, 100] }), /moeten oplopen/);
    assert.throws(() => knox(xs, xs, ts, { ...base, tijd: [0, 1.5] }), /geheel aantal dagen/);
    assert.throws(() => knox(xs, xs, ts, { ...base, permutaties: 0 }), /permutaties/);
    assert.throws(() => knox(Float64Array.from([0]), Float64Array.from([0]), Int32Array.from([0]), base), /minstens twee/);
  });

  test('dates: ISO and Dutch notation, impossible dates refused', () => {
    assert.equal(dagNummer('1970-01-02'), 1);
    assert.equal(dagNummer('02-01-1970'), 1);
    assert.equal(dagNummer('2024-02-29T10:00:00Z'), dagNummer('29/02/2024'));
    assert.equal(dagNummer('2023-02-29'), undefined);
    assert.equal(dagNummer('gisteren'), undefined);
  });

  test('CLI: --json prints the matrices; bad input exits non-zero naming the problem', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-nr-'));
    const { x, y, t } = synthetisch(3, { achtergrond: 200, clusters: 10 });
    const csv = ['x;y;datum', ...x.map((v, i) => `${v.toFixed(1)};${y[i]!.toFixed(1)};${new Date(Date.UTC(2024, 0, 1 + t[i]!)).toISOString().slice(0, 10)}`)].join('\n');
    const file = path.join(dir, 'inbraken.csv');
    fs.writeFileSync(file, csv);
    const ok = await runCli(['analyse', 'near-repeat', '--input', file, '--x', 'x', '--y', 'y', '--datum', 'datum', '--ruimte', '0,1,100,200,300', '--tijd', '0,2,4', '--afstand', 'euclidisch', '--permutaties', '99', '--seed', '1', '--json'], {});
    assert.equal(ok.code, 0, ok.stderr);
    const out = JSON.parse(ok.stdout);
    assert.deepEqual(Object.keys(out), ['ruimteBanden', 'tijdBanden', 'waargenomen', 'verwacht', 'ratio', 'p']);
    assert.equal(out.waargenomen.length, 5);
    assert.equal(out.waargenomen[0].length, 3);
    const direct = knox(Float64Array.from(x.map((v) => Number(v.toFixed(1)))), Float64Array.from(y.map((v) => Number(v.toFixed(1)))), Int32Array.from(t), { ruimte: [0, 1, 100, 200, 300], tijd: [0, 2, 4], afstand: 'euclidisch', permutaties: 99, seed: 1 });
    assert.deepEqual(out.waargenomen, direct.waargenomen);
    assert.deepEqual(out.p, direct.p);

    const table = await runCli(['analyse', 'near-repeat', '--input', file, '--permutaties', '19'], {});
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /Knox-ratio/);

    const nrc = await runCli(['analyse', 'near-repeat', '--input', file, '--nrc', '100x3,2x2', '--permutaties', '19', '--json'], {});
    assert.equal(nrc.code, 0, nrc.stderr);
    const nrcUit = JSON.parse(nrc.stdout);
    assert.deepEqual(nrcUit.ruimteBanden, ['Same location', '1 to 100', '101 to 200', '201 to 300', 'More than 300']);
    const nrcDirect = knox(Float64Array.from(x.map((v) => Number(v.toFixed(1)))), Float64Array.from(y.map((v) => Number(v.toFixed(1)))), Int32Array.from(t), { ...nrcBanden(100, 3, 2, 2), afstand: 'euclidisch', permutaties: 19, seed: 1, nrc: true });
    assert.deepEqual(nrcUit.waargenomen, nrcDirect.waargenomen);
    assert.match((await runCli(['analyse', 'near-repeat', '--input', file, '--nrc', '100,3'], {})).stderr, /meter×aantal,dagen×aantal/);

    fs.writeFileSync(path.join(dir, 'fout.csv'), 'x;y;datum\n176000;316000;2024-01-01\n176010;316000;31-02-2024\n');
    const badDate = await runCli(['analyse', 'near-repeat', '--input', path.join(dir, 'fout.csv')], {});
    assert.notEqual(badDate.code, 0);
    assert.match(badDate.stderr, /regel 3: datum "31-02-2024" is geen datum/);
    const noCol = await runCli(['analyse', 'near-repeat', '--input', file, '--datum', 'dag'], {});
    assert.match(noCol.stderr, /Kolommen ontbreken: dag/);
    const bands = await runCli(['analyse', 'near-repeat', '--input', file, '--ruimte', '0,200,100'], {});
    assert.notEqual(bands.code, 0);
    assert.match(bands.stderr, /moeten oplopen/);
    const zero = await runCli(['analyse', 'near-repeat', '--input', file, '--permutaties', '0'], {});
    assert.notEqual(zero.code, 0);
    assert.match(zero.stderr, /permutaties/);
    fs.writeFileSync(path.join(dir, 'leeg.csv'), '');
    assert.match((await runCli(['analyse', 'near-repeat', '--input', path.join(dir, 'leeg.csv')], {})).stderr, /leeg/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
