import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wgs84ToRd } from '../src/server/gebieden/geo.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { describeEngines, runCli, whileClosed } from './helpers/engines.ts';

describeEngines(
  'gebieden',
  (h) => {
    test('GET /api/gebieden?niveau=buurt → the 44 buurten of Maastricht as GeoJSON', async () => {
      const res = await h.app.inject({ url: '/api/gebieden?niveau=buurt' });
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /application\/geo\+json/);
      const fc = res.json();
      assert.equal(fc.type, 'FeatureCollection');
      assert.equal(fc.features.length, 44);
      const codes = new Set(fc.features.map((f: { properties: { code: string } }) => f.properties.code));
      assert.equal(codes.size, 44);
      for (const f of fc.features) {
        assert.match(f.properties.code, /^BU0935\d{4}$/);
        assert.equal(typeof f.properties.naam, 'string');
        assert.match(f.properties.ouder.code, /^WK0935\d{2}$/);
        assert.ok(['Polygon', 'MultiPolygon'].includes(f.geometry.type));
      }
    });

    test('GET /api/gebieden?niveau=wijk → 7 wijken; gemeente → Maastricht', async () => {
      const wijken = (await h.app.inject({ url: '/api/gebieden?niveau=wijk' })).json();
      assert.equal(wijken.features.length, 7);
      const gm = (await h.app.inject({ url: '/api/gebieden?niveau=gemeente' })).json();
      assert.deepEqual(gm.features.map((f: { properties: { code: string; naam: string } }) => [f.properties.code, f.properties.naam]), [['GM0935', 'Maastricht']]);
    });

    test('zoek: a point in the Binnenstad', async () => {
      const res = await h.app.inject({ url: '/api/gebieden/zoek?lon=5.69&lat=50.85' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { buurt: { code: 'BU09350000', naam: 'Binnenstad' }, wijk: { code: 'WK093500', naam: 'Wijk 00 Centrum' } });
    });

    test('zoek: every buurt is found at a point inside it, in WGS84 and in RD New', async () => {
      const fc = (await h.app.inject({ url: '/api/gebieden?niveau=buurt' })).json();
      let checked = 0;
      for (const f of fc.features) {
        // A point just inside the first edge: midpoint of the edge nudged towards the vertex average.
        const ring: [number, number][] = f.geometry.type === 'Polygon' ? f.geometry.coordinates[0] : f.geometry.coordinates[0][0];
        const cx = ring.reduce((s, p) => s + p[0], 0) / ring.length;
        const cy = ring.reduce((s, p) => s + p[1], 0) / ring.length;
        const res = await h.app.inject({ url: `/api/gebieden/zoek?lon=${cx}&lat=${cy}` });
        if (res.statusCode !== 200 || res.json().buurt.code !== f.properties.code) continue; // concave: average outside
        const [x, y] = wgs84ToRd(cx, cy);
        const rd = await h.app.inject({ url: `/api/gebieden/zoek?x=${x}&y=${y}` });
        assert.equal(rd.json().buurt.code, f.properties.code);
        assert.equal(rd.json().wijk.code, f.properties.ouder.code);
        checked += 1;
      }
      assert.ok(checked >= 35, `checked ${checked}`);
    });

    test('zoek: outside the gemeente → 404 problem; bad coordinates → 400', async () => {
      const out = await h.app.inject({ url: '/api/gebieden/zoek?lon=4.9&lat=52.37' });
      assert.equal(out.statusCode, 404);
      assert.equal(out.json().code, 'buiten_gemeente');
      for (const q of ['lon=5.69', 'lat=50.85', 'lon=abc&lat=50.85', 'lon=5.69&lat=95', 'lon=200&lat=50', 'x=1&y=2', 'lon=5.69&lat=50.85&x=1&y=1', '']) {
        const res = await h.app.inject({ url: `/api/gebieden/zoek?${q}` });
        assert.equal(res.statusCode, 400, q);
        assert.match(res.json().code, /validatie|ongeldige_coordinaten/);
      }
    });

    test('one area as a Feature, with its parent', async () => {
      const res = await h.app.inject({ url: '/api/gebieden/BU09350000' });
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().properties.ouder.code, 'WK093500');
      assert.equal((await h.app.inject({ url: '/api/gebieden/BU09359999' })).statusCode, 404);
    });

    test('gebieden import (CLI): another gemeente in RD New, CBS export spelling', async () => {
      const r = await whileClosed(h, () => runCli(['gebieden', 'import', `${ROOT_DIR}/test/fixtures/proefgemeente_buurten_rd.geojson`], h.fresh.env));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /RD New/);
      assert.match(r.stdout, /3 buurten/);
      const res = await h.app.inject({ url: '/api/gebieden/zoek?x=120500&y=487500' });
      assert.deepEqual(res.json(), { buurt: { code: 'BU99990100', naam: 'Proefbuurt 1' }, wijk: { code: 'WK999901', naam: 'Proefwijk' } });
      // Maastricht is untouched.
      assert.equal((await h.app.inject({ url: '/api/gebieden/zoek?lon=5.69&lat=50.85' })).json().buurt.code, 'BU09350000');
    });

    test('gebieden import of a bad file is rejected whole, with the features named', async () => {
      const before = (await h.app.inject({ url: '/api/gebieden?niveau=buurt' })).json().features.length;
      const r = await whileClosed(h, () => runCli(['gebieden', 'import', `${ROOT_DIR}/test/fixtures/proefgemeente_fout.geojson`], h.fresh.env));
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /features\[1\].*niet gesloten/);
      assert.match(r.stderr, /features\[2\].*XX123/);
      const after = (await h.app.inject({ url: '/api/gebieden?niveau=buurt' })).json().features.length;
      assert.equal(after, before);
      const missing = await runCli(['gebieden', 'import', '/nonexistent/file.geojson'], h.fresh.env);
      assert.notEqual(missing.code, 0);
      assert.match(missing.stderr, /Kan .* niet lezen/);
    });
  },
  { onDisk: true },
);
