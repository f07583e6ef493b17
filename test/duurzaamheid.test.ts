import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/server/platform/database.ts';
import { spoedBegin, spoedEinde, zwaar } from '../src/server/platform/voorrang.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

/**
 * Issue 9 defect 7. On the embedded engine "acknowledged" must mean "on disk": PostgreSQL runs with fsync on and
 * the file system really syncs; and a heavy read must not hold the one connection while intake waits.
 * PostgreSQL (the server) has its own fsync and a pool of connections; the intake assertions run on both.
 */

const setting = async (d: Database, name: string) => (await sql<{ v: string }>`select current_setting(${name}) as v`.execute(d.db)).rows[0]!.v;

describe('embedded durability', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
  const tmp = () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-duurzaam-'));
    dirs.push(d);
    return d;
  };

  test('on disk, fsync is on and every commit syncs the WAL before it returns', async () => {
    const d = await openDatabase({ dataDir: tmp() });
    try {
      assert.equal(await setting(d, 'fsync'), 'on');
      assert.equal(await setting(d, 'wal_sync_method'), 'fsync');
      await sql`create table t (i int)`.execute(d.db);
      for (let i = 0; i < 5; i++) {
        const voor = await d.fsyncs!();
        await sql`insert into t values (${i})`.execute(d.db);
        assert.ok((await d.fsyncs!()) > voor, `commit ${i} was synced`);
      }
    } finally {
      await d.close();
    }
  });

  test('durable=false is the explicit opt-out: PGlite without fsync', async () => {
    const dir = tmp();
    const d = await openDatabase({ dataDir: dir, duurzaam: false });
    try {
      assert.equal(await setting(d, 'fsync'), 'off');
      await sql`create table t (i int)`.execute(d.db);
      const voor = await d.fsyncs!();
      await sql`insert into t values (1)`.execute(d.db);
      assert.equal(await d.fsyncs!(), voor);
    } finally {
      await d.close();
    }
  });

  test('committed rows are there after the directory is opened again', async () => {
    const dir = tmp();
    const a = await openDatabase({ dataDir: dir });
    await sql`create table t (i int)`.execute(a.db);
    for (let i = 0; i < 20; i++) await sql`insert into t values (${i})`.execute(a.db);
    await a.close();
    const b = await openDatabase({ dataDir: dir });
    try {
      const n = (await sql<{ n: number }>`select count(*)::int as n from t`.execute(b.db)).rows[0]!.n;
      assert.equal(n, 20);
    } finally {
      await b.close();
    }
  });
});

describe('embedded fairness: the one connection is handed out by priority', () => {
  // A query that keeps PGlite busy for a while without sleeping (pg_sleep would also hold the connection).
  const heavy = (d: Database) => sql`select count(*) from generate_series(1, 300000) g where g % 7 = 3`.execute(d.db);

  // PGlite runs a query synchronously on the main thread, so queues form while a transaction holds the
  // connection between its statements (and when requests arrive in the same turn of the event loop).
  const ordering = async (d: Database) => {
    const order: string[] = [];
    let binnen!: () => void;
    const isBinnen = new Promise<void>((r) => (binnen = r));
    let los!: () => void;
    const vrij = new Promise<void>((r) => (los = r));
    const h1 = zwaar(() =>
      d.db.transaction().execute(async (trx) => {
        await sql`select 1`.execute(trx);
        binnen();
        await vrij;
        await sql`select 2`.execute(trx);
      }),
    ).then(() => order.push('zwaar-1'));
    await isBinnen;
    const h2 = zwaar(() => heavy(d)).then(() => order.push('zwaar-2'));
    await new Promise((r) => setTimeout(r, 1));
    const n = sql`select 1`.execute(d.db).then(() => order.push('normaal'));
    await new Promise((r) => setTimeout(r, 1));
    los();
    await Promise.all([h1, h2, n]);
    return order;
  };

  test('a normal query queued behind a heavy one goes before heavy queries that were queued earlier', async () => {
    const d = await openDatabase({ dataDir: 'memory://' });
    try {
      assert.deepEqual(await ordering(d), ['zwaar-1', 'normaal', 'zwaar-2']);
    } finally {
      await d.close();
    }
  });

  test('while an intake is in flight no heavy read starts; it starts once the intake ends', async () => {
    const d = await openDatabase({ dataDir: 'memory://' });
    try {
      const order: string[] = [];
      spoedBegin();
      const h = zwaar(() => heavy(d)).then(() => order.push('zwaar'));
      // Normal work during the intake still runs at once.
      await sql`select 1`.execute(d.db).then(() => order.push('intake-query'));
      await new Promise((r) => setTimeout(r, 20));
      assert.deepEqual(order, ['intake-query'], 'the heavy read waits for the intake');
      spoedEinde();
      await h;
      assert.deepEqual(order, ['intake-query', 'zwaar']);
    } finally {
      await d.close();
    }
  });

  test('priority off (BUURTVEILIG_INTAKE_VOORRANG=false) is first come, first served', async () => {
    const d = await openDatabase({ dataDir: 'memory://', voorrang: false });
    try {
      assert.deepEqual(await ordering(d), ['zwaar-1', 'zwaar-2', 'normaal']);
    } finally {
      await d.close();
    }
  });
});

describeEngines(
  'intake under a heavy work list',
  (h) => {
    test('meldingen filed while work lists are read are all saved and answered 201; on disk each was synced', async () => {
      const hdr = await loginAs(h.app, 'casushouder');
      const fsyncs = () => h.started.database.fsyncs?.() ?? Promise.resolve(0);
      const voor = await fsyncs();
      const lijsten = Array.from({ length: 6 }, () => h.app.inject({ url: '/api/meldingen?limit=200', headers: hdr }));
      const meldingen = Array.from({ length: 12 }, (_, i) =>
        h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: `Afval naast de container, melding ${i} in de reeks.`, categorie: 'openbare_ruimte' } }),
      );
      const [l, m] = await Promise.all([Promise.all(lijsten), Promise.all(meldingen)]);
      assert.deepEqual(l.map((r) => r.statusCode), Array(6).fill(200));
      assert.deepEqual(m.map((r) => r.statusCode), Array(12).fill(201));
      const ids = m.map((r) => r.json().id as string);
      const saved = await h.started.ctx.db.selectFrom('melding').select('id').where('id', 'in', ids).execute();
      assert.equal(saved.length, 12);
      if (h.engine === 'pglite') assert.ok((await fsyncs()) > voor, 'the embedded engine synced the commits');
    });
  },
  { onDisk: true },
);
