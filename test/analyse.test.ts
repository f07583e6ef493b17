import assert from 'node:assert/strict';
import { test } from 'node:test';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { knox } from '../src/server/analyse/near-repeat.ts';
import { SYSTEEM } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { createGebruiker } from '../src/server/toegang/toegang.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

describeEngines('analyse on stored incidents: near-repeat task, hotspots, concentration, WDD', (h) => {
  let analist: Awaited<ReturnType<typeof loginAs>>;
  const rij: { x: number; y: number; dag: number }[] = [];

  test('setup: 800 burglaries over a year, with planted repeats and a hotspot block', async () => {
    analist = await loginAs(h.app, 'analist');
    const index = h.started.ctx.gebieden.index;
    const rng = xoroshiro128plus(4);
    const u = () => uniformInt(rng, 0, 1_000_000) / 1_000_000;
    const punt = (x: number, y: number, dag: number) => {
      const [rx, ry] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
      if (index.findRd(rx, ry) && dag >= 0 && dag < 365) rij.push({ x: rx, y: ry, dag });
    };
    while (rij.length < 600) punt(170500 + u() * 13000, 311000 + u() * 13000, Math.floor(u() * 365));
    // Planted: 40 burglaries followed by two more within 50 m and 3 days.
    for (let k = 0; k < 40; k++) {
      const { x, y, dag } = rij[k * 7]!;
      for (let j = 0; j < 2; j++) punt(x + (u() - 0.5) * 50, y + (u() - 0.5) * 50, dag + 1 + Math.floor(u() * 2));
    }
    // Planted hotspot: 60 burglaries in a 200 m square in the Binnenstad.
    for (let k = 0; k < 60; k++) punt(176200 + u() * 200, 317700 + u() * 200, Math.floor(u() * 365));
    const datum = (d: number) => new Date(Date.UTC(2024, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const csv = ['soort,datum,x,y', ...rij.map((r) => `1.1.1,${datum(r.dag)},${r.x},${r.y}`)].join('\n');
    const r = await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'inbraken.csv', inhoud: csv, kolommen: { soort: 'soort', datum: 'datum', x: 'x', y: 'y' } } });
    assert.equal(r.statusCode, 201, r.body);
  });

  test('near-repeat runs as a task with progress and gives the same table as the function itself', async () => {
    const body = { van: '2024-01-01', tot: '2024-12-31', ruimte: [0, 100, 200, 400], tijd: [0, 7, 14], permutaties: 199, seed: 7 };
    const start = await h.app.inject({ method: 'POST', url: '/api/analyse/near-repeat', headers: analist, payload: body });
    assert.equal(start.statusCode, 202, start.body);
    assert.equal(start.json().gebeurtenissen, rij.length);
    let taak;
    for (let i = 0; i < 400; i++) {
      taak = (await h.app.inject({ url: `/api/analyse/taken/${start.json().taak}`, headers: analist })).json();
      if (taak.status !== 'bezig') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.equal(taak.status, 'klaar', JSON.stringify(taak));
    assert.deepEqual(taak.voortgang, { gedaan: 199, totaal: 199 });
    // The same events in the database order do not matter for the observed table; the permutations do,
    // so compare with the function on the rows as the database returns them.
    const ev = await h.started.ctx.incidenten.incidenten(['1.1.1'], body.van, body.tot);
    const direct = knox(ev.x, ev.y, ev.dag, { ruimte: body.ruimte, tijd: body.tijd, afstand: 'euclidisch', permutaties: 199, seed: 7 });
    assert.deepEqual(taak.resultaat.waargenomen, direct.waargenomen);
    assert.deepEqual(taak.resultaat.p, direct.p);
    assert.ok(taak.resultaat.ratio[0][0] > 1.5, `planted repeats: ratio ${taak.resultaat.ratio[0][0]}`);
    // Another analyst (same permission) cannot see the task; a beheerder lacks the permission altogether.
    await h.started.ctx.db.transaction().execute((trx) =>
      createGebruiker(trx, { actor: SYSTEEM }, { email: 'tweede.analist@example.nl', naam: 'Tweede Analist', wachtwoord: 'Een-lang-wachtwoord-2026', rollen: ['analist'], organisatie: 'gemeente-oov' }),
    );
    const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'tweede.analist@example.nl', wachtwoord: 'Een-lang-wachtwoord-2026' } });
    assert.equal(login.statusCode, 200, login.body);
    const ander = { cookie: `bv_sessie=${login.cookies.find((c) => c.name === 'bv_sessie')!.value}` };
    assert.equal((await h.app.inject({ url: `/api/analyse/taken/${start.json().taak}`, headers: ander })).statusCode, 404);
    assert.equal((await h.app.inject({ url: `/api/analyse/taken/${start.json().taak}`, headers: await loginAs(h.app, 'beheerder') })).statusCode, 403);
  });

  test('bad near-repeat settings: 400 with the reason; no task starts', async () => {
    const base = { van: '2024-01-01', tot: '2024-12-31' };
    for (const [extra, re] of [
      [{ tot: '2023-01-01' }, /einddatum/],
      [{ ruimte: [0, 200, 100] }, /oplopen/],
      [{ permutaties: 0 }, /permutaties|>= 1/],
      [{ soorten: ['9.9.9'] }, /minstens twee/],
    ] as const) {
      const r = await h.app.inject({ method: 'POST', url: '/api/analyse/near-repeat', headers: analist, payload: { ...base, ...extra } });
      assert.equal(r.statusCode, 400, JSON.stringify(extra));
      assert.match(r.body, re);
    }
    const cas = await loginAs(h.app, 'casushouder');
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/analyse/near-repeat', headers: cas, payload: base })).statusCode, 403);
  });

  test('hotspots on the grid find the planted block; on buurten every buurt has a z-score', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/api/analyse/hotspots', headers: analist, payload: { van: '2024-01-01', tot: '2024-12-31', niveau: 'raster', celMeter: 100 } });
    assert.equal(r.statusCode, 200, r.body);
    const { cellen, gebeurtenissen, buitenRaster } = r.json();
    assert.equal(gebeurtenissen, rij.length);
    assert.equal(cellen.reduce((s: number, c: { aantal: number }) => s + c.aantal, 0) + buitenRaster, rij.length);
    assert.ok(buitenRaster < rij.length * 0.02, 'only edge cells fall outside');
    type Cel = { klasse: string; z: number; geometrie: { coordinates: number[][][] } };
    const inBlok = (c: Cel) => {
      const [lon, lat] = c.geometrie.coordinates[0]![0]!;
      return lon! > 5.685 && lon! < 5.695 && lat! > 50.847 && lat! < 50.853;
    };
    const heet = (cellen as Cel[]).filter((c) => c.klasse === 'heet');
    // The planted block is hot; the strongest hot spot is in it. (The small planted repeat clusters can be
    // hot cells too: three burglaries in one 100 m cell are unusual against this sparse background.)
    assert.ok(heet.filter(inBlok).length >= 2, `hot cells in the block: ${heet.filter(inBlok).length}`);
    assert.ok(inBlok([...heet].sort((a, b) => b.z - a.z)[0]!));
    const b = (await h.app.inject({ method: 'POST', url: '/api/analyse/hotspots', headers: analist, payload: { van: '2024-01-01', tot: '2024-12-31', niveau: 'buurt' } })).json();
    // The significance level applies at buurt level too (it was ignored there).
    const streng = (await h.app.inject({ method: 'POST', url: '/api/analyse/hotspots', headers: analist, payload: { van: '2024-01-01', tot: '2024-12-31', niveau: 'buurt', alpha: 1e-12 } })).json();
    assert.ok(streng.eenheden.every((e: { klasse: string; q: number }) => e.klasse === 'geen' || e.q <= 1e-12));
    const ruim = (await h.app.inject({ method: 'POST', url: '/api/analyse/hotspots', headers: analist, payload: { van: '2024-01-01', tot: '2024-12-31', niveau: 'buurt', alpha: 0.2 } })).json();
    assert.equal(ruim.eenheden.filter((e: { klasse: string }) => e.klasse !== 'geen').length, ruim.eenheden.filter((e: { q: number }) => e.q <= 0.2).length);
    assert.equal(b.eenheden.length, 44);
    assert.equal(b.eenheden.reduce((s: number, e: { aantal: number }) => s + e.aantal, 0), rij.length);
  });

  test('concentration and WDD on the same incidents', async () => {
    const c = (await h.app.inject({ method: 'POST', url: '/api/analyse/concentratie', headers: analist, payload: { van: '2024-01-01', tot: '2024-12-31', niveau: 'buurt' } })).json();
    assert.equal(c.eenheden, 44);
    assert.equal(c.gebeurtenissen, rij.length);
    assert.ok(c.gini > 0 && c.gini < 1);
    const w = await h.app.inject({
      method: 'POST',
      url: '/api/analyse/wdd',
      headers: analist,
      payload: { doel: ['BU09350000'], buffer: ['BU09350001', 'BU09350006'], controle: ['BU09350102'], voor: { van: '2024-01-01', tot: '2024-06-30' }, na: { van: '2024-07-01', tot: '2024-12-31' } },
    });
    assert.equal(w.statusCode, 200, w.body);
    const a = w.json().aantallen;
    assert.equal(w.json().wdd, a.doel.na - a.doel.voor - (a.controle.na - a.controle.voor) + (a.buffer.na - a.buffer.voor) - (a.controle.na - a.controle.voor));
    const overlap = await h.app.inject({ method: 'POST', url: '/api/analyse/wdd', headers: analist, payload: { doel: ['BU09350000'], buffer: ['BU09350000'], controle: ['BU09350102'], voor: { van: '2024-01-01', tot: '2024-06-30' }, na: { van: '2024-07-01', tot: '2024-12-31' } } });
    assert.equal(overlap.statusCode, 400);
  });
});
