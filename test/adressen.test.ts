import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/server/app.ts';
import { startContext, type Started } from '../src/server/bootstrap.ts';
import type { App } from '../src/server/platform/context.ts';
import { startPdok, type PdokStandIn } from './helpers/pdok.ts';
import { describeEngines, freshDatabase, runCli, testConfig, type FreshDatabase } from './helpers/engines.ts';

// The fixture holds made-up addresses (synthetic street names) at real coordinates inside Maastricht.
const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'adressen_proef.csv');

describeEngines('adressen: import and search', (h) => {
  const zoek = async (q: string) => (await h.app.inject({ url: `/api/adressen/zoek?q=${encodeURIComponent(q)}` })).json();

  test('buurt names are found without any address table, with a point inside the buurt', async () => {
    const r = await zoek('wyck');
    const wyck = r.resultaten.find((x: { soort: string }) => x.soort === 'buurt');
    assert.ok(wyck, JSON.stringify(r));
    assert.match(wyck.weergave, /Wyck/);
    assert.equal(h.started.ctx.gebieden.zoekWgs84(wyck.lon, wyck.lat).buurt.code, wyck.buurtCode);
  });

  test('import (RD, decimal commas, huisletter and toevoeging), then search by street, postcode and number', async () => {
    const imp = await h.started.ctx.adressen.importCsv({ actor: { id: null, omschrijving: 'test', organisatieId: null } }, fs.readFileSync(FIXTURE, 'utf8'), 'proef');
    assert.equal(imp.aantal, 5);
    const r = await zoek('proefstraat 3');
    assert.deepEqual(r.resultaten.filter((x: { soort: string }) => x.soort === 'adres').map((x: { weergave: string }) => x.weergave).sort(), ['Proefstraat 3-2, 6211 AA Maastricht', 'Proefstraat 3a, 6211 AA Maastricht']);
    const pc = await zoek('6211AA 1');
    assert.equal(pc.resultaten[0].weergave, 'Proefstraat 1, 6211 AA Maastricht');
    assert.equal(pc.resultaten[0].buurtCode, 'BU09350000');
    assert.ok(Math.abs(pc.resultaten[0].lon - 5.69) < 1e-5 && Math.abs(pc.resultaten[0].lat - 50.85) < 1e-5);
    assert.equal((await zoek('6221 zz')).resultaten[0].weergave, 'Oefenplein 12, 6221 ZZ Maastricht');
    assert.equal((await h.app.inject({ url: '/api/adressen/zoek?q=' })).statusCode, 400);
  });

  test('a file with a bad line is rejected whole, with line numbers, and the table is unchanged', async () => {
    const ctx = { actor: { id: null, omschrijving: 'test', organisatieId: null } };
    const bad = ['straat,huisnummer,postcode,woonplaats,lon,lat', 'Goedstraat,1,6211AA,Maastricht,5.69,50.85', 'Foutstraat,twee,6211AA,Maastricht,5.69,50.85', 'Verwegstraat,4,1011AB,Amsterdam,4.89,52.37'].join('\n');
    await assert.rejects(h.started.ctx.adressen.importCsv(ctx, bad, 'fout'), (e: { fouten: { veld: string; melding: string }[] }) => {
      assert.deepEqual(e.fouten.map((f) => f.veld), ['regel 3', 'regel 4']);
      assert.match(e.fouten[0]!.melding, /huisnummer "twee"/);
      assert.match(e.fouten[1]!.melding, /buiten de buurten/);
      return true;
    });
    await assert.rejects(h.started.ctx.adressen.importCsv(ctx, 'straat;huisnummer;postcode\nA;1;6211AA\n', 'fout'), /Kolommen ontbreken: woonplaats, x,y of lon,lat/);
    await assert.rejects(h.started.ctx.adressen.importCsv(ctx, '', 'fout'), /leeg/);
    assert.equal((await zoek('proefstraat')).resultaten.filter((x: { soort: string }) => x.soort === 'adres').length, 3);
    assert.equal((await zoek('goedstraat')).resultaten.length, 0);
  });
});

describe('adressen: the CLI import', () => {
  test('reports progress, exits non-zero on a bad file and leaves the earlier import in place', async () => {
    const fresh = await freshDatabase('pglite', { onDisk: true });
    try {
      const ok = await runCli(['adressen', 'import', FIXTURE, '--bron', 'proef'], fresh.env);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /Ingelezen: 5 adressen/);
      assert.match(ok.stderr, /5 van 5 adressen opgeslagen/);
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-adres-'));
      const bad = path.join(dir, 'fout.csv');
      fs.writeFileSync(bad, 'straat;huisnummer;postcode;woonplaats;x;y\nA;1;62;Maastricht;176325;317840\n');
      const fout = await runCli(['adressen', 'import', bad], fresh.env);
      assert.equal(fout.code, 1);
      assert.match(fout.stderr, /regel 2: postcode "62" is geen Nederlandse postcode/);
      fs.rmSync(dir, { recursive: true, force: true });
      const started = await startContext(testConfig(fresh), { demoData: false });
      try {
        assert.equal((await started.ctx.adressen.zoek('proefstraat')).resultaten.filter((x) => x.soort === 'adres').length, 3);
      } finally {
        await started.database.close();
      }
    } finally {
      await fresh.drop();
    }
  });
});

describe('adressen: PDOK Locatieserver (a local stand-in that speaks its protocol)', () => {
  let pdok: PdokStandIn;
  let fresh: FreshDatabase;
  let started: Started;
  let app: App;

  before(async () => {
    pdok = await startPdok();
    fresh = await freshDatabase('pglite');
    started = await startContext(testConfig(fresh, { locatieserverUrl: pdok.locatieserverUrl }), { demoData: false, ...fresh.start });
    app = await buildApp(started.ctx, { logger: false });
  });
  after(async () => {
    await app.close();
    await started.database.close();
    await fresh.drop();
    await pdok.close();
  });

  test('asks PDOK for addresses in this gemeente and keeps only points inside its buurten', async () => {
    const r = (await app.inject({ url: '/api/adressen/zoek?q=markt 78' })).json();
    assert.deepEqual(r.resultaten.map((x: { weergave: string; bron: string }) => [x.weergave, x.bron]), [['Markt 78, 6211CN Maastricht', 'pdok']]);
    assert.equal(r.resultaten[0].buurtCode, started.ctx.gebieden.zoekWgs84(5.69097, 50.85135).buurt.code);
    const vraag = pdok.verzoeken.at(-1)!;
    assert.equal(vraag.pathname, '/bzk/locatieserver/search/v3_1/free');
    assert.deepEqual(vraag.searchParams.getAll('fq'), ['type:adres', 'gemeentecode:0935']);
    assert.equal(r.waarschuwing, null);
  });

  test('a point on the map is named by its nearest address within 40 m and its buurt; further away only the buurt', async () => {
    const dichtbij = await app.inject({ url: '/api/adressen/plek?lon=5.69105&lat=50.85140' });
    assert.equal(dichtbij.statusCode, 200, dichtbij.body);
    const buurt = started.ctx.gebieden.zoekWgs84(5.69105, 50.8514).buurt;
    assert.deepEqual(dichtbij.json(), { adres: 'Markt 78, 6211CN Maastricht', buurt: { code: buurt.code, naam: buurt.naam }, bron: 'pdok', waarschuwing: null });
    const vraag = pdok.verzoeken.at(-1)!;
    assert.equal(vraag.pathname, '/bzk/locatieserver/search/v3_1/reverse');
    assert.equal(vraag.searchParams.get('distance'), '40');
    const ver = (await app.inject({ url: '/api/adressen/plek?lon=5.7100&lat=50.8400' })).json();
    assert.equal(ver.adres, null);
    assert.equal(ver.buurt.naam, started.ctx.gebieden.zoekWgs84(5.71, 50.84).buurt.naam);
    const buiten = await app.inject({ url: '/api/adressen/plek?lon=4.89279&lat=52.37312' });
    assert.equal(buiten.statusCode, 400);
    assert.match(buiten.json().detail, /buiten de gemeente/);
  });

  test('when PDOK is down: the local table and buurt names answer with a warning, and PDOK is left alone for a while', async () => {
    pdok.storing = true;
    try {
      const voor = pdok.verzoeken.length;
      const r = (await app.inject({ url: '/api/adressen/zoek?q=markt 78' })).json();
      assert.equal(r.resultaten.filter((x: { bron: string }) => x.bron === 'pdok').length, 0);
      assert.match(r.waarschuwing, /niet bereikbaar/);
      const plek = (await app.inject({ url: '/api/adressen/plek?lon=5.69105&lat=50.85140' })).json();
      assert.equal(plek.adres, null);
      assert.ok(plek.buurt.naam);
      assert.match(plek.waarschuwing, /niet bereikbaar/);
      // One failed call, then a pause: an offline installation does not wait three seconds per keystroke.
      assert.equal(pdok.verzoeken.length, voor + 1);
    } finally {
      pdok.storing = false;
    }
  });
});

describeEngines('adressen: a point named from the local address table', (h) => {
  test('nearest imported address within 40 m, else none', async () => {
    await h.started.ctx.adressen.importCsv({ actor: { id: null, omschrijving: 'test', organisatieId: null } }, fs.readFileSync(FIXTURE, 'utf8'), 'proef');
    const eerste = (await h.app.inject({ url: '/api/adressen/zoek?q=6211AA 1' })).json().resultaten[0];
    const plek = (await h.app.inject({ url: `/api/adressen/plek?lon=${eerste.lon + 0.0001}&lat=${eerste.lat}` })).json();
    assert.equal(plek.adres, eerste.weergave);
    assert.equal(plek.bron, 'lokaal');
    assert.equal(plek.buurt.code, eerste.buurtCode);
    const ver = (await h.app.inject({ url: `/api/adressen/plek?lon=${eerste.lon + 0.002}&lat=${eerste.lat}` })).json();
    assert.equal(ver.adres, null);
    assert.equal((await h.app.inject({ url: '/api/adressen/plek?lon=abc&lat=50' })).statusCode, 400);
  });
});
