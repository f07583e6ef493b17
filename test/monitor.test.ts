import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import readXlsxFile from 'read-excel-file/node';
import { parseCbs, periodeVan } from '../src/server/monitor/cbs-import.ts';
import { datumBereik } from '../src/server/incidenten/incident-import.ts';
import { poissonInterval } from '../src/server/monitor/statistiek.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { describeEngines, freshDatabase, loginAs, runCli, testConfig } from './helpers/engines.ts';
import { startContext } from '../src/server/bootstrap.ts';

const FIX = path.join(ROOT_DIR, 'test', 'fixtures');
const lees = (f: string) => fs.readFileSync(path.join(FIX, f), 'utf8');

/** The shipped real figures, read independently of the importer (typed CSV: last column is the value). */
function echteCijfers(f: string): Map<string, number> {
  const regels = fs.readFileSync(path.join(ROOT_DIR, 'data', 'monitor', f), 'utf8').trim().split('\n').slice(1);
  return new Map(regels.map((r) => r.split(';')).map((c) => [c.at(-2)!.slice(0, 4), Number(c.at(-1))]));
}

describe('monitor: parsers and formulas', () => {
  test('periods, date ranges and the Poisson interval', () => {
    assert.deepEqual(periodeVan('2024JJ00'), { periode: '2024', voorlopig: false });
    assert.deepEqual(periodeVan('2024MM03'), { periode: '2024-03', voorlopig: false });
    assert.deepEqual(periodeVan('2024JJ00*'), { periode: '2024', voorlopig: true });
    assert.equal(periodeVan('2024KW01'), undefined);
    assert.deepEqual(datumBereik('tussen 01-03-2024 en 05-03-2024'), [19783, 19787]);
    assert.deepEqual(datumBereik('2024-03-01 t/m 2024-03-02'), [19783, 19784]);
    assert.equal(datumBereik('tussen 05-03-2024 en 01-03-2024'), undefined);
    // Exact Garwood bounds for x = 10 are 4.795 and 18.390.
    const [l, h] = poissonInterval(10);
    assert.ok(Math.abs(l - 4.795) / 4.795 < 0.01 && Math.abs(h - 18.39) / 18.39 < 0.01, `${l} ${h}`);
    assert.equal(poissonInterval(0)[1].toFixed(3), '3.689');
  });

  test('old area codes are translated through the configured changes', () => {
    const r = parseCbs(lees('cbs_47024NED_proef.csv'), { gemeenteCode: 'GM0935', gebiedscodes: { BU09359901: 'BU09350005' }, misdrijfCodes: new Set() });
    assert.equal(r.omgezet, 1);
    assert.ok(r.rijen.some((x) => x.gebied_code === 'BU09350005' && x.waarde === 40));
  });
});

describeEngines('monitor: imports, indicators, aggregation', (h) => {
  let analist: Awaited<ReturnType<typeof loginAs>>;
  const obs = async (indicator: string, niveau: string, periode: string) => {
    const r = await h.app.inject({ url: `/api/monitor/observaties?indicator=${indicator}&niveau=${niveau}&periode=${periode}`, headers: analist });
    assert.equal(r.statusCode, 200, r.body);
    return r.json() as { gebied: { code: string }; waarde: number | null; teller: number | null; noemer: number | null; geheim: boolean; afgeleid: boolean; bron: string; status: string; interval: [number, number] | null; doelStatus: string | null }[];
  };
  const telStatistiek = async () => Number((await sql<{ n: number }>`select count(*) as n from statistiek`.execute(h.started.ctx.db)).rows[0]!.n);

  test('a fresh database carries the real Maastricht figures: crime per 1,000 inhabitants 2013–2017', async () => {
    analist = await loginAs(h.app, 'analist');
    const misdrijven = echteCijfers('maastricht_misdrijven_totaal_2013_2017.csv');
    const bevolking = echteCijfers('maastricht_bevolking_2002_2024.csv');
    const [gm] = await obs('POL_MISDR_PER1000', 'gemeente', '2015');
    assert.equal(gm!.teller, misdrijven.get('2015'));
    assert.equal(gm!.noemer, bevolking.get('2015'));
    assert.ok(Math.abs(gm!.waarde! - (misdrijven.get('2015')! / bevolking.get('2015')!) * 1000) < 1e-9);
    assert.ok(gm!.interval![0] < gm!.waarde! && gm!.waarde! < gm!.interval![1]);
    // 2015: 11,465 crimes on ~122,000 inhabitants is about 94 per 1,000, above the old target of 90.
    assert.equal(gm!.doelStatus, 'niet_op_koers');
    const trend = (await h.app.inject({ url: '/api/monitor/trend?indicator=POL_MISDR_PER1000&gebied=GM0935', headers: analist })).json();
    assert.deepEqual(trend.reeks.map((r: { periode: string }) => r.periode), ['2013', '2014', '2015', '2016', '2017']);
    assert.equal(trend.vergelijking.vierJaarEerder.periode, '2013');
    assert.ok(trend.vergelijking.vierJaarEerder.verschil < 0, 'crime fell from 2013 to 2017');
    assert.equal(trend.vergelijking.meerjarigGemiddelde.jaren, 4);
  });

  test('OData v3 (47018NED): own areas only, secrets kept as secrets, wijk from CBS or summed from its buurten', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: analist, payload: { bestandsnaam: 'cbs_47018NED_proef.json', inhoud: lees('cbs_47018NED_proef.json') } });
    assert.equal(r.statusCode, 201, r.body);
    assert.deepEqual({ ...(r.json() as object), importId: 0 }, { importId: 0, formaat: 'odata-v3', rijen: 19, overgeslagen: 2, geheim: 1, onbekendeGebieden: [] });
    const v4 = await h.app.inject({
      method: 'POST',
      url: '/api/monitor/import/cbs',
      headers: analist,
      payload: { bestandsnaam: 'kerncijfers.json', inhoud: lees('cbs_kerncijfers_v4_proef.json'), maten: lees('cbs_kerncijfers_v4_proef_MeasureCodes.json') },
    });
    assert.equal(v4.statusCode, 201, v4.body);
    assert.equal(v4.json().formaat, 'odata-v4');

    const buurten = await obs('POL_MISDR_PER1000', 'buurt', '2023');
    const binnenstad = buurten.find((o) => o.gebied.code === 'BU09350000')!;
    assert.equal(binnenstad.teller, 1500);
    assert.equal(binnenstad.noemer, 5230);
    assert.ok(Math.abs(binnenstad.waarde! - (1500 / 5230) * 1000) < 1e-9);
    const wijken = await obs('POL_MISDR_PER1000', 'wijk', '2023');
    const centrum = wijken.find((o) => o.gebied.code === 'WK093500')!;
    assert.equal(centrum.teller, 3995, 'the published wijk figure, not the sum of rounded buurt figures');
    assert.equal(centrum.afgeleid, false);
    const w01 = wijken.find((o) => o.gebied.code === 'WK093501')!;
    assert.equal(w01.teller, 95 + 20 + 140 + 55 + 45);
    assert.equal(w01.afgeleid, true);
    assert.equal(wijken.find((o) => o.gebied.code === 'WK093503')!.bron, 'geen');

    const inbraak = await obs('POL_WONINGINBRAAK', 'buurt', '2023');
    assert.deepEqual(
      [inbraak.find((o) => o.gebied.code === 'BU09350001')!.geheim, inbraak.find((o) => o.gebied.code === 'BU09350001')!.waarde],
      [true, null],
    );
    assert.equal(inbraak.find((o) => o.gebied.code === 'BU09350006')!.teller, 15);
  });

  test('typed CSV (47024NED): "." is secret, months and provisional years, unknown codes reported', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: analist, payload: { bestandsnaam: 'overlast.csv', inhoud: lees('cbs_47024NED_proef.csv') } });
    assert.equal(r.statusCode, 201, r.body);
    assert.deepEqual(r.json().onbekendeGebieden, ['BU09359901']);
    assert.equal(r.json().geheim, 1);
    const [gm2024] = await obs('POL_OVERLAST_PER1000', 'gemeente', '2024');
    assert.equal(gm2024!.status, 'voorlopig');
    assert.equal(gm2024!.teller, 3600);
    assert.equal(gm2024!.noemer, echteCijfers('maastricht_bevolking_2002_2024.csv').get('2024'));
    const [jan] = await obs('POL_OVERLAST_PER1000', 'gemeente', '2024-01');
    assert.equal(jan!.teller, 300);
  });

  test('a bad file is rejected whole with its row numbers; nothing is stored', async () => {
    const voor = await telStatistiek();
    const slecht = JSON.parse(lees('cbs_47018NED_proef.json'));
    slecht.value[3].Perioden = '2023KW01';
    slecht.value[5].SoortMisdrijf = '9.9.9';
    slecht.value[6].GeregistreerdeMisdrijven_1 = 'veel';
    const r = await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: analist, payload: { bestandsnaam: 'slecht.json', inhoud: JSON.stringify(slecht) } });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(r.json().fouten.map((f: { veld: string }) => f.veld), ['rij 4', 'rij 6', 'rij 7']);
    assert.equal(await telStatistiek(), voor);
    for (const inhoud of ['{"geen": []}', 'ID;Iets\n1;2\n', '{"value": []}']) {
      assert.equal((await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: analist, payload: { bestandsnaam: 'x', inhoud } })).statusCode, 400, inhoud);
    }
    assert.equal(await telStatistiek(), voor);
    // Nothing stored, but the refusals are in the import log with their reasons, for the analyst's start page.
    const log = await h.app.inject({ url: '/api/monitor/imports?limit=4', headers: analist });
    assert.equal(log.statusCode, 200, log.body);
    const regels = log.json() as { bestand: string; status: string; rijen: number; fout: string | null }[];
    assert.deepEqual(regels.map((r) => [r.bestand, r.status, r.rijen]), [['x', 'mislukt', 0], ['x', 'mislukt', 0], ['x', 'mislukt', 0], ['slecht.json', 'mislukt', 0]]);
    assert.match(regels[3]!.fout!, /rij 4/);
    const partner = await loginAs(h.app, 'partner');
    assert.equal((await h.app.inject({ url: '/api/monitor/imports', headers: partner })).statusCode, 403);
  });

  test('incidents: lon/lat and date ranges, buurt assignment, all or nothing, counted into the indicators', async () => {
    const goed = ['soort,pleegdatum,lon,lat', '1.1.1,tussen 01-03-2025 en 03-03-2025,5.69,50.85', '1.1.1,2025-03-10,5.6905,50.8505', '1.2.3,2025-04-01,5.7055,50.8505'].join('\n');
    const fout = `${goed}\n1.1.1,2025-05-01,4.89,52.37\n1.1.1,gisteren,5.69,50.85`;
    const kolommen = { soort: 'soort', datum: 'pleegdatum', lon: 'lon', lat: 'lat' };
    const r1 = await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'fout.csv', inhoud: fout, kolommen } });
    assert.equal(r1.statusCode, 400);
    assert.deepEqual(r1.json().fouten.map((f: { veld: string }) => f.veld), ['regel 5', 'regel 6']);
    assert.match(r1.json().fouten[0].melding, /buiten de gemeente/);
    assert.equal(Number((await sql<{ n: number }>`select count(*) as n from incident`.execute(h.started.ctx.db)).rows[0]!.n), 0);
    const r2 = await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'goed.csv', inhoud: goed, kolommen } });
    assert.equal(r2.statusCode, 201, r2.body);
    assert.deepEqual(r2.json().perSoort, { '1.1.1': 2, '1.2.3': 1 });
    const rij = await h.started.ctx.db.selectFrom('incident').selectAll().where('soort', '=', '1.1.1').orderBy('datum_van').executeTakeFirstOrThrow();
    assert.deepEqual([rij.datum_van, rij.datum_tot, rij.buurt_code, rij.wijk_code, rij.jaar], ['2025-03-01', '2025-03-03', 'BU09350000', 'WK093500', 2025]);
    // 2025 has no published figures, so the burglary indicator comes from the incidents.
    const inbraak = await obs('POL_WONINGINBRAAK', 'buurt', '2025');
    assert.equal(inbraak.find((o) => o.gebied.code === 'BU09350000')!.teller, 2);
    assert.equal(inbraak.find((o) => o.gebied.code === 'BU09350000')!.bron, 'incidenten');
    assert.equal(inbraak.find((o) => o.gebied.code === 'BU09350104')!.teller, 0);
    const [gm] = await obs('POL_WONINGINBRAAK', 'gemeente', '2025');
    assert.equal(gm!.teller, 2);
    // The kinds an analyst can pick come from what was read in, named after the police code list.
    const soorten = await h.app.inject({ url: '/api/monitor/soorten', headers: analist });
    assert.deepEqual(soorten.json(), [
      { code: '1.1.1', naam: 'Diefstal/inbraak woning', aantal: 2, standaard: true },
      { code: '1.2.3', naam: 'Diefstal van brom-, snor-, fietsen', aantal: 1, standaard: false },
    ]);
  });

  test('our own meldingen are counted per MJP theme and buurt automatically', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: `Jongeren maken elke avond veel lawaai op het plein ${i}`, categorie: 'jeugdoverlast', locatie: { lon: 5.6905 + i * 0.003, lat: 50.8505 } } });
      assert.equal(r.statusCode, 201);
    }
    const jaar = String(new Date().getFullYear());
    const buurten = await obs('MLD_OVERLAST', 'buurt', jaar);
    const totaal = buurten.reduce((s, o) => s + (o.teller ?? 0), 0);
    const [gm] = await obs('MLD_OVERLAST', 'gemeente', jaar);
    assert.equal(gm!.teller, 3);
    assert.equal(totaal, 3);
    assert.equal(gm!.status, 'voorlopig');
  });

  test('buurt profile: figures and beleving side by side, with dated notes by an analyst', async () => {
    const d = await h.app.inject({ method: 'POST', url: '/api/monitor/duiding', headers: analist, payload: { gebied: 'BU09350000', tekst: 'Meer overlast rond de uitgaansavonden; bewoners ervaren dat sterker dan de cijfers tonen.' } });
    assert.equal(d.statusCode, 201, d.body);
    const p = (await h.app.inject({ url: '/api/monitor/profiel/BU09350000?jaar=2023', headers: analist })).json();
    assert.equal(p.gebied.naam, 'Binnenstad');
    const misdr = p.indicatoren.find((i: { code: string }) => i.code === 'POL_MISDR_PER1000');
    assert.ok(Math.abs(misdr.waarde - (1500 / 5230) * 1000) < 1e-9);
    assert.ok(p.indicatoren.some((i: { soort: string }) => i.soort === 'beleving'));
    assert.equal(p.duiding[0].auteur.length > 0, true);
    assert.match(p.duiding[0].tekst, /uitgaansavonden/);
    const cas = await loginAs(h.app, 'casushouder');
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/monitor/duiding', headers: cas, payload: { gebied: 'BU09350000', tekst: 'Mag niet' } })).statusCode, 403);
  });

  test('exports: CSV, XLSX and GeoJSON of the same observations', async () => {
    const q = 'indicator=POL_MISDR_PER1000&niveau=buurt&periode=2023';
    const csv = await h.app.inject({ url: `/api/monitor/observaties/export?${q}&formaat=csv`, headers: analist });
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.body.replace(/^\ufeff/, '').trim().split('\r\n').length, 45);
    const xlsx = await h.app.inject({ url: `/api/monitor/observaties/export?${q}&formaat=xlsx`, headers: analist });
    const rows = (await readXlsxFile(xlsx.rawPayload)) as unknown as unknown[][];
    const sheet = (Array.isArray(rows[0]) ? rows : (rows[0] as unknown as { data: unknown[][] }).data) as unknown[][];
    const binnenstad = sheet.find((r) => r[0] === 'BU09350000')!;
    assert.equal(binnenstad[4], 1500);
    const geo = (await h.app.inject({ url: `/api/monitor/observaties/export?${q}&formaat=geojson`, headers: analist })).json();
    assert.equal(geo.features.length, 44);
    assert.equal(geo.features.find((f: { id: string }) => f.id === 'BU09350000').geometry.type, 'Polygon');
  });

  test('access: the board reads, partners do not; importing needs monitor:importeren', async () => {
    const bestuur = await loginAs(h.app, 'bestuur');
    const partner = await loginAs(h.app, 'partner');
    assert.equal((await h.app.inject({ url: '/api/monitor/indicatoren', headers: bestuur })).statusCode, 200);
    assert.equal((await h.app.inject({ url: '/api/monitor/indicatoren', headers: partner })).statusCode, 403);
    assert.equal((await h.app.inject({ url: '/api/monitor/indicatoren' })).statusCode, 401);
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: bestuur, payload: { bestandsnaam: 'x', inhoud: 'x' } })).statusCode, 403);
  });
});

describe('monitor: the CLI imports', () => {
  test('import cbs and import incidenten report progress and counts; a bad file exits non-zero', async () => {
    const fresh = await freshDatabase('pglite', { onDisk: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-mon-'));
    try {
      const cbs = await runCli(['import', 'cbs', path.join(FIX, 'cbs_47018NED_proef.json')], fresh.env);
      assert.equal(cbs.code, 0, cbs.stderr);
      assert.match(cbs.stdout, /Ingelezen \(odata-v3\): 19 cijfers, waarvan 1 geheim; 2 rijen van andere gebieden overgeslagen/);
      assert.match(cbs.stderr, /opslaan: 100 %/);
      const csv = path.join(dir, 'inc.csv');
      fs.writeFileSync(csv, ['soort;datum;x;y', '1.1.1;2024-01-05;176325,2;317840,1', '1.1.1;06-01-2024;176360;317895'].join('\n'));
      const inc = await runCli(['import', 'incidenten', csv], fresh.env);
      assert.equal(inc.code, 0, inc.stderr);
      assert.match(inc.stdout, /Ingelezen: 2 incidenten \(1\.1\.1: 2\)/);
      fs.writeFileSync(csv, 'soort;datum;x;y\n1.1.1;2024-01-05;0;0\n');
      const bad = await runCli(['import', 'incidenten', csv], fresh.env);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /regel 2: ligt buiten de gemeente/);
      const leeg = path.join(dir, 'leeg.csv');
      fs.writeFileSync(leeg, '');
      assert.match((await runCli(['import', 'cbs', leeg], fresh.env)).stderr, /leeg/);
      const started = await startContext(testConfig(fresh), { demoData: false });
      try {
        assert.equal(Number((await sql<{ n: number }>`select count(*) as n from incident`.execute(started.ctx.db)).rows[0]!.n), 2);
      } finally {
        await started.database.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await fresh.drop();
    }
  });
});

describeEngines('monitor: StatLine CSV export with titles', (h) => {
  test('titles, names and "2023*" are turned into codes; other regions and the footer are skipped', async () => {
    const analist = await loginAs(h.app, 'analist');
    const r = await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: analist, payload: { bestandsnaam: 'statline.csv', inhoud: lees('cbs_statline_titels_proef.csv') } });
    assert.equal(r.statusCode, 201, r.body);
    assert.equal(r.json().rijen, 6);
    assert.equal(r.json().overgeslagen, 1);
    assert.equal(r.json().geheim, 1);
    const rows = await h.started.ctx.db.selectFrom('statistiek').select(['reeks', 'gebied_code', 'periode', 'waarde', 'status']).where('bron', 'like', '%statline.csv%').orderBy('reeks').orderBy('gebied_code').orderBy('periode').execute();
    assert.deepEqual(
      rows.map((x) => [x.reeks, x.gebied_code, x.periode, x.waarde, x.status]),
      [
        ['misdrijven:0.0.0', 'BU09350006', '2022', 760, 'definitief'],
        ['misdrijven:0.0.0', 'GM0935', '2022', 9315, 'definitief'],
        ['misdrijven:0.0.0', 'WK093500', '2022', 3760, 'definitief'],
        ['misdrijven:1.1.1', 'BU09350006', '2022', 15, 'definitief'],
        ['misdrijven:1.1.1', 'BU09350006', '2023', 20, 'voorlopig'],
        ['misdrijven:1.1.1', 'BU09350006', '2023-03', null, 'definitief'],
      ],
    );
  });
});
