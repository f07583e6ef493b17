import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { spawn } from 'node:child_process';
import { openDatabase } from '../src/server/platform/database.ts';
import { startTime } from '../src/server/platform/data-dir-lock.ts';
import { MODULES } from '../src/server/modules.ts';
import { migrateToLatest } from '../src/server/platform/migrator.ts';
import { engineNames, freshDatabase, runCli } from './helpers/engines.ts';
import { startServer } from './helpers/server.ts';


describe('embedded database ownership and lifecycle', () => {
  const dirs: (() => Promise<void>)[] = [];
  after(async () => {
    for (const d of dirs) await d();
  });

  test('a second server on the same data directory exits non-zero and touches nothing; SIGTERM stops cleanly', async () => {
    const fresh = await freshDatabase('pglite', { onDisk: true });
    dirs.push(fresh.drop);
    const first = startServer(fresh.env);
    const url = await first.ready;
    assert.match(first.output(), /demo\.buurtveilig\.nl/, 'demo accounts are printed');
    const health = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/health`).then((r) => r.json());
    assert.deepEqual(health, { status: 'ok', database: 'pglite' });

    const lockFile = path.join(fresh.overrides.dataDir, 'buurtveilig.lock');
    const lockBefore = fs.readFileSync(lockFile, 'utf8');
    const listing = () => fs.readdirSync(path.join(fresh.overrides.dataDir, 'pgdata'), { recursive: true }).sort().join('\n');
    const before = listing();

    const second = startServer(fresh.env);
    const code = await second.exited;
    assert.notEqual(code, 0);
    assert.match(second.errors(), /in gebruik door een ander Buurtveilig-proces/);
    assert.equal(fs.readFileSync(lockFile, 'utf8'), lockBefore);
    assert.equal(listing(), before);

    // The CLI is refused the same way.
    const migrate = await runCli(['migrate'], fresh.env);
    assert.notEqual(migrate.code, 0);

    first.child.kill('SIGTERM');
    assert.equal(await first.exited, 0);
    assert.equal(fs.existsSync(lockFile), false, 'lock released on shutdown');

    // Data survives the restart: the log still verifies and holds the first run's entries.
    // The old command name (alias) keeps working for operators' scripts.
    const verify = await runCli(['audit', 'verify'], fresh.env);
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stdout, /intact: [1-9]\d* regels/);
  });

  test('a lock whose PID now belongs to another program is taken over with a warning; a live owner still blocks', async () => {
    const fresh = await freshDatabase('pglite', { onDisk: true });
    dirs.push(fresh.drop);
    const lockFile = path.join(fresh.overrides.dataDir, 'buurtveilig.lock');
    // A program that is not Buurtveilig, alive, with a PID a dead owner might have had.
    const ander = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      const pid = ander.pid!;
      // Current format: the recorded start time differs from the live process's.
      fs.writeFileSync(lockFile, `${JSON.stringify({ pid, start: 1, token: 'oud' })}\n`);
      const r = await runCli(['migrate'], { ...fresh.env, LOG_LEVEL: 'warn' });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /vergrendeling .* overgenomen/i);
      assert.equal(fs.existsSync(lockFile), false, 'released again at exit');
      // A lock of the previous version (PID only): a live process that is not Node is not ours.
      fs.writeFileSync(lockFile, `${pid}\n`);
      const r2 = await runCli(['migrate'], fresh.env);
      assert.equal(r2.code, 0, r2.stderr);
    } finally {
      ander.kill();
    }
    // The real owner's lock, with its true start time, is respected.
    const eigen = startTime(process.pid);
    assert.ok(eigen !== undefined, 'Linux reports a start time');
    fs.writeFileSync(lockFile, `${JSON.stringify({ pid: process.pid, start: eigen, token: 'x' })}\n`);
    const r3 = await runCli(['migrate'], fresh.env);
    assert.notEqual(r3.code, 0);
    assert.match(r3.stderr, /in gebruik door een ander Buurtveilig-proces/);
    fs.rmSync(lockFile);
  });

  test('a lock left by a process that no longer exists is taken over', async () => {
    const fresh = await freshDatabase('pglite', { onDisk: true });
    dirs.push(fresh.drop);
    fs.mkdirSync(fresh.overrides.dataDir, { recursive: true });
    fs.writeFileSync(path.join(fresh.overrides.dataDir, 'buurtveilig.lock'), '2147483646\n');
    const r = await runCli(['migrate'], fresh.env);
    assert.equal(r.code, 0, r.stderr);
  });
});

for (const engine of engineNames()) {
  describe(`migrations [${engine}]`, () => {
    test('migrate applies everything once; a second run has nothing to do', async () => {
      const fresh = await freshDatabase(engine, { onDisk: true, empty: true });
      try {
        const first = await runCli(['migrate'], fresh.env);
        assert.equal(first.code, 0, first.stderr);
        assert.match(first.stdout, /Uitgevoerd: .*fundament/);
        const again = await runCli(['migrate'], fresh.env);
        assert.equal(again.code, 0);
        assert.match(again.stdout, /al bij/);
      } finally {
        await fresh.drop();
      }
    });

    test('a failing migration exits non-zero and leaves nothing half-applied', async () => {
      const fresh = await freshDatabase(engine, { onDisk: true, empty: true });
      try {
        // Sabotage: a table the migration wants to create already exists.
        const database = await openDatabase({ databaseUrl: fresh.overrides.databaseUrl, dataDir: fresh.overrides.dataDir });
        await database.db.schema.createTable('gebied').addColumn('x', 'integer').execute();
        await database.close();

        const r = await runCli(['migrate'], fresh.env);
        assert.notEqual(r.code, 0);
        assert.match(r.stderr, /Migratie .*fundament.* mislukt/);

        const check = await openDatabase({ databaseUrl: fresh.overrides.databaseUrl, dataDir: fresh.overrides.dataDir });
        try {
          const tables = await check.db.introspection.getTables();
          const names = tables.map((t) => t.name);
          assert.ok(!names.includes('organisatie'), 'earlier statements of the failed migration were rolled back');
          await assert.rejects(migrateToLatest(check.db, MODULES));
        } finally {
          await check.close();
        }
      } finally {
        await fresh.drop();
      }
    });
  });
}

if (engineNames().includes('postgresql')) {
  test('health reports postgresql when DATABASE_URL is set', async () => {
    const fresh = await freshDatabase('postgresql');
    try {
      const server = startServer(fresh.env);
      const url = await server.ready;
      const health = await fetch(`${url.replace('localhost', '127.0.0.1')}/api/health`).then((r) => r.json());
      assert.deepEqual(health, { status: 'ok', database: 'postgresql' });
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0);
    } finally {
      await fresh.drop();
    }
  });
}
