import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig, PDOK_BRT_TILES, PDOK_LOCATIESERVER } from '../src/server/platform/config.ts';
import { MODULES } from '../src/server/modules.ts';
import { meldingenConfig } from '../src/server/meldingen/meldingen.config.ts';
import { loadGemeenteConfig } from '../src/server/platform/gemeente-config.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';

describe('configuration', () => {
  test('defaults: port 8080, embedded database in ./var/db, Maastricht', () => {
    const c = loadConfig({}, {});
    assert.equal(c.port, 8080);
    assert.equal(c.databaseUrl, undefined);
    assert.match(c.dataDir, /var\/db$/);
    assert.equal(c.gemeente, 'maastricht');
    assert.ok(Object.isFrozen(c));
  });

  test('environment variables and overrides; overrides win', () => {
    const c = loadConfig({ port: 9000 }, { PORT: '8081', DATABASE_URL: 'postgres://u@h/db', BUURTVEILIG_DEMO: 'ja' });
    assert.equal(c.port, 9000);
    assert.equal(c.databaseUrl, 'postgres://u@h/db');
    assert.equal(c.demo, true);
  });

  test('maps and address search default to PDOK; "uit" switches them off; plain http only to this machine', () => {
    const c = loadConfig({}, {});
    assert.equal(c.tileUrl, PDOK_BRT_TILES);
    assert.match(c.tileAttribution ?? '', /PDOK/);
    assert.equal(c.locatieserverUrl, PDOK_LOCATIESERVER);
    const uit = loadConfig({}, { BUURTVEILIG_TILE_URL: 'uit', BUURTVEILIG_LOCATIESERVER_URL: 'uit' });
    assert.equal(uit.tileUrl, undefined);
    assert.equal(uit.tileAttribution, undefined);
    assert.equal(uit.locatieserverUrl, undefined);
    const eigen = loadConfig({}, { BUURTVEILIG_TILE_URL: 'http://127.0.0.1:9999/t/{z}/{x}/{y}.png' });
    assert.equal(eigen.tileAttribution, undefined, 'PDOK is not credited for somebody else\'s tiles');
    assert.throws(() => loadConfig({}, { BUURTVEILIG_TILE_URL: 'http://tegels.example.nl/{z}/{x}/{y}.png' }), /https-URL/);
  });

  test('BUURTVEILIG_TRUST_PROXY: off, on, a hop count or a list of addresses; anything else is refused', () => {
    assert.equal(loadConfig({}, {}).trustProxy, false);
    assert.equal(loadConfig({}, { BUURTVEILIG_TRUST_PROXY: 'true' }).trustProxy, true);
    assert.equal(loadConfig({}, { BUURTVEILIG_TRUST_PROXY: '2' }).trustProxy, 2);
    assert.deepEqual(loadConfig({}, { BUURTVEILIG_TRUST_PROXY: '10.0.0.0/8, loopback,2001:db8::/32' }).trustProxy, ['10.0.0.0/8', 'loopback', '2001:db8::/32']);
    assert.throws(() => loadConfig({}, { BUURTVEILIG_TRUST_PROXY: 'iedereen' }), /BUURTVEILIG_TRUST_PROXY/);
  });

  test('every bad variable is reported at once', () => {
    try {
      loadConfig({}, { PORT: 'tachtig', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'luid', BUURTVEILIG_DEMO: 'misschien' });
      assert.fail('should throw');
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.equal(e.problems.length, 4);
      assert.match(e.message, /PORT/);
      assert.match(e.message, /DATABASE_URL/);
    }
  });

  test('the Maastricht profile loads and cross-checks', () => {
    const g = loadGemeenteConfig(ROOT_DIR, 'maastricht', MODULES);
    assert.equal(g.gemeente.code, 'GM0935');
    assert.deepEqual(g.toegang.rollen.map((r) => r.code), ['beheerder', 'beleidsadviseur', 'analist', 'casushouder', 'teamleider', 'partner', 'bestuur', 'fg', 'ondermijningsteam', 'riec-contact']);
    assert.deepEqual(g.toegang.rollen.filter((r) => r.permissies.includes('casussen:doorbreken')).map((r) => r.code), ['teamleider'], 'break-glass is a named role');
    assert.ok(Object.isFrozen(g.toegang.rollen[0]));
    assert.throws(() => loadGemeenteConfig(ROOT_DIR, 'atlantis', MODULES), /Geen configuratie/);
  });

  test('publiccode.yml carries the version and licence of package.json', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version: string; license: string };
    const pc = fs.readFileSync(path.join(ROOT_DIR, 'publiccode.yml'), 'utf8');
    assert.match(pc, /^publiccodeYmlVersion: "0\.4"$/m);
    assert.equal(/^softwareVersion: "([^"]+)"$/m.exec(pc)?.[1], pkg.version);
    assert.equal(/^  license: (\S+)$/m.exec(pc)?.[1], pkg.license);
  });

  test('a routing rule whose name promises a condition it does not have is refused', () => {
    const g = loadGemeenteConfig(ROOT_DIR, 'maastricht', MODULES);
    const met = (regels: object[]) => {
      const problems: string[] = [];
      meldingenConfig.controle!({ ...g, meldingen: { ...g.meldingen, routering: [...regels, ...g.meldingen.routering] } } as typeof g, problems, { rootDir: ROOT_DIR, permissies: new Set() });
      return problems;
    };
    assert.deepEqual(met([]), []);
    assert.deepEqual(met([{ naam: 'Woonoverlast in Wijk 06 naar team overlast', categorie: 'woonoverlast', team: 'oov-overlast' }]), [
      'routeringsregel "Woonoverlast in Wijk 06 naar team overlast": de naam noemt wijk 06, maar de regel heeft geen wijkvoorwaarde',
    ]);
    assert.match(met([{ naam: 'Wijk 06', categorie: 'woonoverlast', wijk: 'WK093505', team: 'oov-overlast' }])[0]!, /heeft wijk WK093505/);
    assert.deepEqual(met([{ naam: 'Wijk 06', categorie: 'woonoverlast', wijk: 'WK093506', team: 'oov-overlast' }]), []);
    assert.match(met([{ naam: 'Nachtregel', categorie: 'woonoverlast', uurVan: 23, team: 'oov-overlast' }])[0]!, /uurVan en uurTot samen/);
  });
});
