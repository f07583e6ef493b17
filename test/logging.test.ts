import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/server/app.ts';
import { startContext, type Started } from '../src/server/bootstrap.ts';
import type { App } from '../src/server/platform/context.ts';
import { freshDatabase, testConfig, type FreshDatabase } from './helpers/engines.ts';

describe('logs: one compact line per request at debug, none at info, never personal data', () => {
  const lines: string[] = [];
  let fresh: FreshDatabase;
  let started: Started;
  let app: App;

  before(async () => {
    fresh = await freshDatabase('pglite');
    const config = testConfig(fresh, { logLevel: 'debug' });
    started = await startContext(config, { demoData: false, ...fresh.start });
    const stream = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    app = await buildApp(started.ctx, { logStream: stream });
  });
  after(async () => {
    await app.close();
    await started.database.close();
    await fresh.drop();
  });

  test('login, a location lookup and a failing request leave only method, path, status and id', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/sessie',
      remoteAddress: '203.0.113.7',
      payload: { email: 'casushouder@demo.buurtveilig.nl', wachtwoord: 'Maastricht-demo-2026' },
    });
    assert.equal(login.statusCode, 200);
    const cookie = login.cookies.find((c) => c.name === 'bv_sessie')!.value;
    await app.inject({ url: '/api/gebieden/zoek?lon=5.6912&lat=50.8514', remoteAddress: '203.0.113.7', headers: { cookie: `bv_sessie=${cookie}` } });
    await app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'iemand@example.nl', wachtwoord: 'geheim-wachtwoord' } });

    const log = lines.join('');
    const verzoeken = lines.map((l) => JSON.parse(l) as { msg: string; method?: string; path?: string; status?: number; ms?: number }).filter((l) => l.msg === 'verzoek');
    assert.deepEqual(verzoeken.map((v) => [v.method, v.path, v.status]), [['POST', '/api/sessie', 200], ['GET', '/api/gebieden/zoek', 200], ['POST', '/api/sessie', 401]]);
    assert.ok(verzoeken.every((v) => typeof v.ms === 'number'));
    for (const secret of ['casushouder@demo', 'iemand@example.nl', 'Maastricht-demo-2026', 'geheim-wachtwoord', '203.0.113.7', '5.6912', '50.8514', cookie]) {
      assert.ok(!log.includes(secret), `log contains ${secret}`);
    }
  });

  test('at info, requests leave no lines (the start banner stays readable)', async () => {
    const stil: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, cb) {
        stil.push(String(chunk));
        cb();
      },
    });
    const info = await buildApp({ ...started.ctx, config: testConfig(fresh, { logLevel: 'info' }) }, { logStream: stream });
    try {
      for (let i = 0; i < 5; i++) assert.equal((await info.inject({ url: '/api/health' })).statusCode, 200);
      assert.deepEqual(stil, []);
    } finally {
      await info.close();
    }
  });
});
