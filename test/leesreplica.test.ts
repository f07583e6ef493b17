import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildApp } from '../src/server/app.ts';
import { startContext, type Started } from '../src/server/bootstrap.ts';
import type { App } from '../src/server/platform/context.ts';
import { ConfigError, loadConfig } from '../src/server/platform/config.ts';
import { createScratchDatabase } from '../src/server/platform/pg-admin.ts';
import { engineNames, freshDatabase, loginAs, testConfig, type FreshDatabase } from './helpers/engines.ts';
import { postgresTemplate } from './helpers/template.ts';

/**
 * Issue 8: analysis reads may go to a PostgreSQL read replica (DATABASE_URL_LEZEN). Real replication is not
 * available here, so the "replica" is a second copy of the same database that does not receive new writes —
 * exactly what a lagging replica looks like. Writes and personal data stay on the primary; aggregates come
 * from the replica.
 */
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

describe('configuration of the read replica', () => {
  test('only together with DATABASE_URL, and only a PostgreSQL address', () => {
    assert.throws(() => loadConfig({}, { DATABASE_URL_LEZEN: 'postgres://h/db' }), (e: unknown) => e instanceof ConfigError && /alleen samen met DATABASE_URL/.test(e.message));
    assert.throws(() => loadConfig({}, { DATABASE_URL: 'postgres://h/db', DATABASE_URL_LEZEN: 'mysql://h/db' }), /DATABASE_URL_LEZEN moet beginnen/);
    assert.equal(loadConfig({}, { DATABASE_URL: 'postgres://h/a', DATABASE_URL_LEZEN: 'postgres://h/b' }).databaseUrlLezen, 'postgres://h/b');
  });
});

if (engineNames().includes('postgresql')) {
  describe('analysis reads from the read replica [postgresql]', () => {
    let primary: FreshDatabase;
    let replica: Awaited<ReturnType<typeof createScratchDatabase>>;
    let started: Started;
    let app: App;

    before(async () => {
      primary = await freshDatabase('postgresql');
      replica = await createScratchDatabase(TEST_DATABASE_URL!, 'bv_test_lees', { template: await postgresTemplate(TEST_DATABASE_URL!) });
      started = await startContext(testConfig(primary, { databaseUrlLezen: replica.url }), { demoData: false });
      app = await buildApp(started.ctx, { logger: false });
      await app.ready();
    });

    after(async () => {
      await app?.close();
      await started?.database.close();
      await primary?.drop();
      await replica?.drop();
    });

    test('an import is written to the primary; incident counts are read from the (lagging) replica', async () => {
      const analist = await loginAs(app, 'analist');
      const csv = ['soort;datum;x;y', '1.1.1;2025-03-01;176400;317900', '1.1.1;2025-03-02;176450;317950'].join('\n');
      const r = await app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'lag.csv', inhoud: csv, kolommen: { soort: 'soort', datum: 'datum', x: 'x', y: 'y' } } });
      assert.equal(r.statusCode, 201, r.body);
      const opPrimary = await started.ctx.db.selectFrom('incident').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(opPrimary.n), 2, 'the write went to the primary');
      const opReplica = await started.ctx.dbLezen.selectFrom('incident').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(opReplica.n), 0, 'the replica has not caught up');
      // The counts the monitor shows come from the replica: not yet the new import.
      const soorten = (await app.inject({ url: '/api/monitor/soorten', headers: analist })).json() as { code: string; aantal: number }[];
      assert.equal(soorten.find((s) => s.code === '1.1.1')?.aantal ?? 0, 0);
      // The same request on a process without a replica reads the primary and sees the import.
      const zonder = await startContext(testConfig(primary), { demoData: false, migrate: false });
      const app2 = await buildApp(zonder.ctx, { logger: false });
      try {
        const kop = await loginAs(app2, 'analist');
        const direct = (await app2.inject({ url: '/api/monitor/soorten', headers: kop })).json() as { code: string; aantal: number }[];
        assert.equal(direct.find((s) => s.code === '1.1.1')?.aantal, 2);
      } finally {
        await app2.close();
        await zonder.database.close();
      }
      // Sessions (written at login) and personal data stay on the primary: the login above worked although
      // the replica knows nothing of the session.
      const sessie = await app.inject({ url: '/api/sessie', headers: analist });
      assert.equal(sessie.statusCode, 200);
    });
  });
}
