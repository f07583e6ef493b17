import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { poissonStaarten, poissonTrend } from '../src/server/monitor/statistiek.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

describe('Poisson helpers', () => {
  test('the log-linear fit recovers an exact exponential trend', () => {
    const t = [2019, 2020, 2021, 2022, 2023];
    const f = poissonTrend(t, t.map((j) => Math.exp(-400 + 0.2 * j)));
    assert.ok(Math.abs(f.b - 0.2) < 1e-8 && Math.abs(f.a + 400) < 1e-5, JSON.stringify(f));
  });
  test('tail probabilities against known values', () => {
    // P(X ≤ 0 | λ = 10) = e^−10; P(X ≥ 20 | λ = 10) = 0.003454 (tables).
    assert.ok(Math.abs(poissonStaarten(0, 10).onder - Math.exp(-10)) < 1e-15);
    assert.ok(Math.abs(poissonStaarten(20, 10).boven - 0.0034543) < 1e-6);
  });
});

describeEngines('monthly signals: improbable months flagged against earlier years', (h) => {
  test('a spike in March and an empty June stand out; ordinary months do not', async () => {
    const analist = await loginAs(h.app, 'analist');
    const regels = ['soort;datum;x;y'];
    for (let j = 2020; j <= 2025; j++) {
      for (let m = 1; m <= 12; m++) {
        const n = j === 2025 && m === 3 ? 40 : j === 2025 && m === 6 ? 0 : 10;
        for (let k = 0; k < n; k++) regels.push(`1.1.1;${j}-${String(m).padStart(2, '0')}-${String(1 + k % 28).padStart(2, '0')};${176300 + k};${317850}`);
      }
    }
    const imp = await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'maanden.csv', inhoud: regels.join('\n'), kolommen: { soort: 'soort', datum: 'datum', x: 'x', y: 'y' } } });
    assert.equal(imp.statusCode, 201, imp.body);
    const r = await h.app.inject({ url: '/api/monitor/signalen?indicator=POL_WONINGINBRAAK&gebied=BU09350000&jaar=2025', headers: analist });
    assert.equal(r.statusCode, 200, r.body);
    const m = r.json().maanden as { maand: string; aantal: number; verwacht: number; signaal: string | null; eerdereJaren: number }[];
    assert.equal(m.length, 12);
    assert.deepEqual(m.filter((x) => x.signaal).map((x) => [x.maand, x.signaal]), [['2025-03', 'hoog'], ['2025-06', 'laag']]);
    assert.ok(Math.abs(m[0]!.verwacht - 10) < 1e-6);
    assert.equal(m[0]!.eerdereJaren, 5);
    const enq = await h.app.inject({ url: '/api/monitor/signalen?indicator=VM_RC_VEIL_BUURT&gebied=BU09350000&jaar=2025', headers: analist });
    assert.equal(enq.statusCode, 400);

    // The start page's "new signals": the gemeente's last three months with data. October–December are ordinary…
    const nieuw = async () => {
      const r = await h.app.inject({ url: '/api/monitor/signalen/nieuw', headers: analist });
      assert.equal(r.statusCode, 200, r.body);
      return r.json() as { indicator: string; gebied: string; maand: string; signaal: string; aantal: number; verwacht: number }[];
    };
    assert.deepEqual(await nieuw(), []);
    // …until 30 more burglaries are read in for December.
    const extra = ['soort;datum;x;y', ...Array.from({ length: 30 }, (_, k) => `1.1.1;2025-12-${String(1 + (k % 28)).padStart(2, '0')};${176400 + k};317850`)];
    const imp2 = await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'december.csv', inhoud: extra.join('\n'), kolommen: { soort: 'soort', datum: 'datum', x: 'x', y: 'y' } } });
    assert.equal(imp2.statusCode, 201, imp2.body);
    const signalen = await nieuw();
    const inbraak = signalen.find((x) => x.indicator === 'POL_WONINGINBRAAK');
    assert.ok(inbraak, JSON.stringify(signalen));
    assert.deepEqual([inbraak.gebied, inbraak.maand, inbraak.signaal, inbraak.aantal], ['GM0935', '2025-12', 'hoog', 40]);
    assert.ok(signalen.every((x) => x.maand === '2025-12' && x.signaal === 'hoog'), JSON.stringify(signalen));
    const bestuur = await loginAs(h.app, 'bestuur');
    assert.equal((await h.app.inject({ url: '/api/monitor/signalen/nieuw', headers: bestuur })).statusCode, 403);
  });
});
