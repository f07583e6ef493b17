import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { seedMonitorDemo } from '../src/server/monitor/monitor.demo.ts';
import { poissonInterval, poissonStaarten } from '../src/server/monitor/statistiek.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import type { GemeentenVergelijking, Observatie, Profiel } from '../src/contract/api/monitor.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

/**
 * Issue 10, items 1–3 and 11: areas are compared on rates, never a buurt's count against the city's total;
 * every figure says where it comes from and synthetic parts are never summed into a real total; the gemeente
 * is compared with other gemeenten; the Poisson helpers are exact.
 */

describe('Poisson helpers against independent computations', () => {
  test('the interval is the exact Garwood interval, also at x = 1', () => {
    // Garwood 95 % bounds from the chi-square quantiles (R: qchisq(0.025, 2)/2, qchisq(0.975, 4)/2).
    const [l1, h1] = poissonInterval(1);
    assert.ok(Math.abs(l1 - 0.0253178) < 1e-6, String(l1));
    assert.ok(Math.abs(h1 - 5.5716434) < 1e-6, String(h1));
    const [l10, h10] = poissonInterval(10);
    assert.ok(Math.abs(l10 - 4.795389) < 1e-5 && Math.abs(h10 - 18.390356) < 1e-5, `${l10} ${h10}`);
  });

  test('tails far below 1e-12 are right and positive', () => {
    // P(X ≥ 200) for λ = 50, summed term by term in log space (the terms fall fast; 400 are plenty).
    let logT = 200 * Math.log(50) - 50;
    for (let i = 2; i <= 200; i++) logT -= Math.log(i);
    let som = 0;
    for (let k = 200; k < 600; k++) {
      som += Math.exp(logT);
      logT += Math.log(50) - Math.log(k + 1);
    }
    const p = poissonStaarten(200, 50).boven;
    assert.ok(p > 0 && Math.abs(p - som) / som < 1e-9, `${p} vs ${som}`);
    // The lower tail for a count far above λ is the complement: close to 1 and never above it.
    assert.ok(poissonStaarten(200, 50).onder <= 1);
    assert.ok(Math.abs(poissonStaarten(0, 10).onder - Math.exp(-10)) < 1e-15);
  });
});

describeEngines('eerlijke cijfers: rates, provenance, other gemeenten', (h) => {
  let analist: Awaited<ReturnType<typeof loginAs>>;
  const dit = new Date().getUTCFullYear();
  const get = async <T>(url: string): Promise<T> => {
    const r = await h.app.inject({ url, headers: analist });
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as T;
  };
  const obs = (indicator: string, niveau: string, periode: string) => get<Observatie[]>(`/api/monitor/observaties?indicator=${indicator}&niveau=${niveau}&periode=${periode}`);

  test('setup: demo monitor data next to the real CBS figures', async () => {
    analist = await loginAs(h.app, 'analist');
    await seedMonitorDemo(h.started.ctx, { seed: 7, schaal: 0.4 });
  });

  test('the buurt profile compares counts per 1,000 inhabitants with the interval deciding', async () => {
    const jaar = String(dit - 1);
    const buurten = await obs('POL_HIC', 'buurt', jaar);
    const inwoners = new Map((await obs('BEV_INWONERS', 'buurt', jaar)).map((o) => [o.gebied.code, o.teller]));
    const [stadHic] = await obs('POL_HIC', 'gemeente', jaar);
    const [stadInw] = await obs('BEV_INWONERS', 'gemeente', String(dit - 2));
    const oordelen = new Set<string>();
    for (const b of buurten.slice(0, 12)) {
      const p = await get<Profiel>(`/api/monitor/profiel/${b.gebied.code}?jaar=${jaar}`);
      const hic = p.indicatoren.find((i) => i.code === 'POL_HIC')!;
      assert.equal(hic.waarde, b.teller, 'the count itself is still shown');
      const v = hic.vergelijking!;
      assert.equal(v.basis, 'per 1.000 inwoners');
      const n = inwoners.get(b.gebied.code)!;
      assert.ok(Math.abs(v.eigen - (b.teller! / n) * 1000) < 1e-9);
      // The gemeente's population of this year is not known (only demo buurt figures); the latest real one is used.
      assert.ok(Math.abs(v.gemeente - (stadHic!.teller! / stadInw!.teller!) * 1000) < 1e-9, `${v.gemeente}`);
      const [l, hoog] = v.interval!;
      const verwacht = v.gemeente >= l && v.gemeente <= hoog ? 'niet_te_onderscheiden' : l > v.gemeente ? 'slechter' : 'beter';
      assert.equal(v.oordeel, verwacht);
      oordelen.add(v.oordeel);
      assert.equal(hic.herkomst, 'demo', 'demo incidents and demo populations are marked');
      // A context figure (inhabitants) is not judged against the gemeente.
      assert.equal(p.indicatoren.find((i) => i.code === 'BEV_INWONERS')!.vergelijking, null);
    }
    assert.ok(oordelen.size > 1, `not every buurt reads the same (${[...oordelen]})`);

    // The choropleth of a count defaults to the rate; the same figures per inhabitant, with the count kept.
    const per = await obs('POL_HIC', 'buurt', `${jaar}&maat=per_inwoners`);
    for (const o of per.slice(0, 10)) {
      const n = inwoners.get(o.gebied.code)!;
      assert.equal(o.noemer, n);
      assert.ok(Math.abs(o.waarde! - (o.teller! / n) * 1000) < 1e-9);
      assert.ok(o.interval![0] < o.waarde! && o.waarde! < o.interval![1]);
    }
    const rate = await h.app.inject({ url: `/api/monitor/observaties?indicator=POL_MISDR_PER1000&niveau=buurt&periode=${jaar}&maat=per_inwoners`, headers: analist });
    assert.equal(rate.statusCode, 400, 'a rate is not divided again');
    const csv = await h.app.inject({ url: `/api/monitor/observaties/export?indicator=POL_HIC&niveau=buurt&periode=${jaar}&maat=per_inwoners&formaat=csv`, headers: analist });
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-disposition']), /DEMO/);
    assert.match(csv.body, /per 1\.000 inwoners/);
    assert.match(csv.body, /DEMO \(verzonnen\)/);
  });

  test('real and synthetic figures: provenance per figure, no demo sum posing as a real total', async () => {
    const bevolking = fs.readFileSync(path.join(ROOT_DIR, 'data', 'monitor', 'maastricht_bevolking_2002_2024.csv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split(';'));
    const echt2024 = Number(bevolking.find((c) => c.at(-2)!.startsWith('2024'))!.at(-1));
    const [g2024] = await obs('BEV_INWONERS', 'gemeente', '2024');
    assert.equal(g2024!.waarde, echt2024);
    assert.equal(g2024!.herkomst, 'cbs_politie');
    // dit − 1 has only synthetic buurt populations: they are not added up into a gemeente figure.
    const [gLater] = await obs('BEV_INWONERS', 'gemeente', String(dit - 1));
    if (dit - 1 > 2024) {
      assert.equal(gLater!.waarde, null);
      assert.equal(gLater!.herkomst, 'geen');
    }
    const buurt = (await obs('BEV_INWONERS', 'buurt', String(dit - 1)))[0]!;
    assert.equal(buurt.herkomst, 'demo');
    // Demo populations move from year to year, as real ones do.
    const eerder = (await obs('BEV_INWONERS', 'buurt', String(dit - 5))).find((o) => o.gebied.code === buurt.gebied.code)!;
    assert.notEqual(eerder.waarde, buurt.waarde);
    // The real CBS crime totals are at gemeente level.
    const [misdr] = await obs('POL_MISDR_PER1000', 'gemeente', '2016');
    assert.equal(misdr!.herkomst, 'cbs_politie');
    // The demo survey round is marked demo.
    const enq = (await obs('VM_ONV_BUURT_WELEENS', 'gemeente', String(dit - 1)))[0]!;
    assert.equal(enq.herkomst, 'demo');
  });

  test('targets belong to a programme period with a peiljaar and a nulmeting', async () => {
    const inds = await get<{ code: string; doel: { programma: { code: string; peiljaar: number }; vastgesteld: boolean; waarde: number | null; ambitie: string | null } | null }[]>('/api/monitor/indicatoren');
    const hic = inds.find((i) => i.code === 'POL_HIC')!;
    // The unit of a count shown as a rate comes from the gemeente's config, not from a page constant.
    const alsAantal = inds as unknown as { code: string; eenheid: string; eenheidPerInwoners: string | null }[];
    assert.equal(alsAantal.find((i) => i.code === 'POL_WONINGINBRAAK')!.eenheidPerInwoners, 'per 1.000 inwoners');
    assert.equal(alsAantal.find((i) => i.code === 'POL_MISDR_PER1000')!.eenheidPerInwoners, null, 'already a rate');
    assert.equal(hic.doel!.programma.code, 'mjp-2023-2026', 'the programme in force');
    assert.equal(hic.doel!.vastgesteld, false, 'MJP 2023-2026 sets no value, only an ambition');
    assert.match(hic.doel!.ambitie!, /zo laag mogelijk/);
    // A figure of 2016 is held against the target of its own programme (MJP 2015-2018: ≤ 90 per 1,000).
    const [g2016] = await obs('POL_MISDR_PER1000', 'gemeente', '2016');
    assert.equal(g2016!.doelStatus, g2016!.waarde! <= 90 ? 'op_koers' : 'niet_op_koers');
    // … and a figure of the current period has no status without a value.
    const [gNu] = await obs('POL_HIC', 'gemeente', String(dit - 1));
    assert.equal(gNu!.doelStatus, null);
    // The profile carries the nulmeting: the area's value in the peiljaar (2022).
    const buurt = (await obs('POL_HIC', 'buurt', '2022'))[0]!;
    const p = await get<Profiel>(`/api/monitor/profiel/${buurt.gebied.code}?jaar=${dit - 1}`);
    const i = p.indicatoren.find((x) => x.code === 'POL_HIC')!;
    assert.deepEqual(i.nulmeting, { jaar: 2022, waarde: buurt.waarde });
  });

  test('Maastricht among other gemeenten: per 1,000 inhabitants, from the shipped CBS file', async () => {
    const regels = fs.readFileSync(path.join(ROOT_DIR, 'data', 'monitor', 'misdrijven_gemeenten_2013_2017.csv'), 'utf8').trim().split('\n').slice(1).map((r) => r.split(';'));
    const v = await get<GemeentenVergelijking>('/api/monitor/vergelijking/gemeenten?jaar=2017&groep=grootte');
    assert.deepEqual(v.jaren, ['2017', '2016', '2015', '2014', '2013']);
    const verwacht = regels.filter((c) => c[2] === '2017' && c[4] && Number(c[4]) >= 100_000 && Number(c[4]) < 200_000);
    assert.equal(v.rijen.length, verwacht.length);
    const m = v.rijen.find((r) => r.eigen)!;
    assert.equal(m.gemeente, 'Maastricht');
    assert.ok(Math.abs(m.waarde - (8985 / 122723) * 1000) < 1e-9);
    for (let i = 1; i < v.rijen.length; i++) assert.ok(v.rijen[i - 1]!.waarde <= v.rijen[i]!.waarde, 'sorted, lowest first');
    const anderen = verwacht.filter((c) => c[0] !== 'Maastricht');
    const groep = (anderen.reduce((s, c) => s + Number(c[3]), 0) / anderen.reduce((s, c) => s + Number(c[4]), 0)) * 1000;
    assert.ok(Math.abs(v.groepWaarde! - groep) < 1e-9);
    assert.equal(v.eigen!.positie, v.rijen.indexOf(m) + 1);
    assert.equal(v.eigen!.oordeel, m.interval![0] > groep ? 'slechter' : m.interval![1] < groep ? 'beter' : 'niet_te_onderscheiden');
    const limburg = await get<GemeentenVergelijking>('/api/monitor/vergelijking/gemeenten?jaar=2015&groep=limburg');
    assert.ok(limburg.rijen.every((r) => r.provincie === 'Limburg') && limburg.rijen.some((r) => r.gemeente === 'Heerlen'));
    const fout = await h.app.inject({ url: '/api/monitor/vergelijking/gemeenten?groep=bestaat_niet', headers: analist });
    assert.equal(fout.statusCode, 400);
    assert.match(fout.json().detail, /grootte/);
    const geenJaar = await h.app.inject({ url: '/api/monitor/vergelijking/gemeenten?jaar=2030', headers: analist });
    assert.equal(geenJaar.statusCode, 400);
  });
});
