import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCbsGeoJson } from '../src/server/gebieden/cbs-geojson.ts';
import { AreaIndex, polygonProblem, rdToWgs84, wgs84ToRd } from '../src/server/gebieden/geo.ts';
import { AppError } from '../src/server/platform/errors.ts';

describe('RD New projection', () => {
  test('the RD origin (Amersfoort) maps to its published WGS84 position within a metre', () => {
    // RD (155000, 463000) = 52°09'22.178"N 5°23'15.500"E (Kadaster; ETRS89 ≈ WGS84 at this precision).
    const [x, y] = wgs84ToRd(5.38720621, 52.15517440);
    assert.ok(Math.abs(x - 155000) < 1.5, `x ${x}`);
    assert.ok(Math.abs(y - 463000) < 1.5, `y ${y}`);
  });

  test('forward and inverse agree to millimetres', () => {
    const [x, y] = wgs84ToRd(5.69, 50.85);
    const [lon, lat] = rdToWgs84(x, y);
    assert.ok(Math.abs(lon - 5.69) < 1e-8 && Math.abs(lat - 50.85) < 1e-8);
  });
});

describe('AreaIndex', () => {
  // Two squares in WGS84 near Maastricht; the second has a hole.
  const sq = (lon: number, lat: number, d: number) => [
    [lon, lat],
    [lon + d, lat],
    [lon + d, lat + d],
    [lon, lat + d],
    [lon, lat],
  ];
  const index = new AreaIndex([
    { item: 'A', geometry: { type: 'Polygon' as const, coordinates: [sq(5.6, 50.8, 0.01)] } },
    { item: 'B', geometry: { type: 'Polygon' as const, coordinates: [sq(5.62, 50.8, 0.01), sq(5.623, 50.803, 0.004)] } },
    {
      item: 'C',
      geometry: { type: 'MultiPolygon' as const, coordinates: [[sq(5.64, 50.8, 0.005)], [sq(5.66, 50.8, 0.005)]] },
    },
  ]);

  test('finds the containing polygon', () => {
    assert.equal(index.findWgs84(5.605, 50.805), 'A');
    assert.equal(index.findWgs84(5.621, 50.801), 'B');
  });
  test('a point in a hole is outside', () => {
    assert.equal(index.findWgs84(5.625, 50.805), undefined);
  });
  test('either part of a multipolygon', () => {
    assert.equal(index.findWgs84(5.642, 50.802), 'C');
    assert.equal(index.findWgs84(5.662, 50.802), 'C');
    assert.equal(index.findWgs84(5.652, 50.802), undefined);
  });
  test('outside everything', () => {
    assert.equal(index.findWgs84(4.9, 52.37), undefined);
  });
});

describe('polygonProblem', () => {
  test('names what is wrong', () => {
    assert.equal(polygonProblem({ type: 'Point', coordinates: [1, 2] }), 'geometrie is een Point, verwacht Polygon of MultiPolygon');
    assert.equal(polygonProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [0, 0]]] }), 'ring met minder dan 4 punten');
    assert.equal(polygonProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1]]] }), 'ring is niet gesloten');
    assert.equal(polygonProblem({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }), undefined);
  });
});

describe('parseCbsGeoJson', () => {
  const poly = { type: 'Polygon', coordinates: [[[5.6, 50.8], [5.61, 50.8], [5.61, 50.81], [5.6, 50.8]]] };
  const fc = (features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });

  test('PDOK spelling, wijk and gemeente parents derived', () => {
    const r = parseCbsGeoJson(fc([{ type: 'Feature', properties: { buurtcode: 'BU09350000', buurtnaam: 'Binnenstad', jaar: 2024 }, geometry: poly }]), { bron: 't' });
    assert.equal(r.crs, 'WGS84');
    assert.deepEqual(r.rows.map((x) => [x.code, x.niveau, x.ouder_code]), [['BU09350000', 'buurt', 'WK093500']]);
    assert.deepEqual(r.ouders.map((o) => [o.code, o.niveau, o.ouder_code]), [['WK093500', 'wijk', 'GM0935'], ['GM0935', 'gemeente', null]]);
  });

  test('statcode/statnaam spelling and codes without prefix', () => {
    const r = parseCbsGeoJson(
      fc([{ type: 'Feature', properties: { statcode: 'WK093501', statnaam: 'Wijk 01', gemeentecode: '0935', jaar: 2023 }, geometry: poly }]),
      { bron: 't' },
    );
    assert.equal(r.rows[0]!.code, 'WK093501');
    assert.equal(r.rows[0]!.ouder_code, 'GM0935');
    assert.equal(r.rows[0]!.jaar, 2023);
  });

  test('rejects the whole file with one line per bad feature', () => {
    try {
      parseCbsGeoJson(
        fc([
          { type: 'Feature', properties: { buurtcode: 'BU09350000', buurtnaam: 'Goed', jaar: 2024 }, geometry: poly },
          { type: 'Feature', properties: { buurtcode: 'BU0935', buurtnaam: 'Kort', jaar: 2024 }, geometry: poly },
          { type: 'Feature', properties: { buurtcode: 'BU09350001', jaar: 2024 }, geometry: poly },
          { type: 'Feature', properties: { buurtcode: 'BU09350002', buurtnaam: 'Punt', jaar: 2024 }, geometry: { type: 'Point', coordinates: [5, 50] } },
          { type: 'Feature', properties: { naam: 'niets' }, geometry: poly },
        ]),
        { bron: 't' },
      );
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'validatie');
      assert.deepEqual(e.fouten!.map((f) => f.veld), ['features[1]', 'features[2]', 'features[3]', 'features[4]']);
    }
  });

  test('not GeoJSON, empty, or no year', () => {
    assert.throws(() => parseCbsGeoJson('nee', { bron: 't' }), /geen geldige JSON/);
    assert.throws(() => parseCbsGeoJson('{"type":"Feature"}', { bron: 't' }), /FeatureCollection/);
    assert.throws(() => parseCbsGeoJson(fc([]), { bron: 't' }), /geen gebieden/);
    assert.throws(
      () => parseCbsGeoJson(fc([{ type: 'Feature', properties: { buurtcode: 'BU09350000', buurtnaam: 'X' }, geometry: poly }]), { bron: 't' }),
      (e: AppError) => /jaar/.test(e.fouten![0]!.melding),
    );
  });
});
