import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type Database } from '../src/server/platform/database.ts';
import { createScratchDatabase } from '../src/server/platform/pg-admin.ts';
import { verifyChain } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { describeEngines, loginAs, runCli, whileClosed } from './helpers/engines.ts';

/** Everything a restore must reproduce: rows per table, a sample of rows, and the verwerkingenlog. */
async function vingerafdruk(d: Database) {
  const tabellen = (await sql<{ t: string }>`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`.execute(d.db)).rows.map((r) => r.t);
  const aantallen: Record<string, number> = {};
  for (const t of tabellen) aantallen[t] = Number((await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(t)}`.execute(d.db)).rows[0]!.n);
  const meldingen = (await sql<{ id: string; referentie: string; omschrijving: string }>`SELECT id, referentie, omschrijving FROM melding ORDER BY id`.execute(d.db)).rows;
  const log = (await sql<{ volgnummer: number; hash: string }>`SELECT volgnummer, hash FROM verwerking ORDER BY volgnummer`.execute(d.db)).rows;
  const keten = await verifyChain(d.db);
  return { tabellen, aantallen, meldingen, logKop: log.slice(-5), logStart: log.slice(0, 5), keten: { intact: keten.intact, aantal: keten.aantal, kop: keten.kop } };
}

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

describeEngines(
  'backup en herstel',
  (h) => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-backup-'));
    const bestand = path.join(tmp, 'backup.bin');
    let origineel: Awaited<ReturnType<typeof vingerafdruk>>;

    test('a backup taken while the server runs (beheer download) is a consistent snapshot', async () => {
      await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Kapotte stoeptegels voor de bibliotheek, gevaarlijk.', categorie: 'openbare_ruimte' } });
      const cas = await loginAs(h.app, 'casushouder');
      await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: 'Voor de backup' } });
      assert.equal((await h.app.inject({ url: '/api/backup', headers: cas })).statusCode, 403);
      const beheer = await loginAs(h.app, 'beheerder');
      const r = await h.app.inject({ url: '/api/backup', headers: beheer });
      assert.equal(r.statusCode, 200);
      assert.match(r.headers['content-disposition'] as string, /attachment; filename="buurtveilig-.*\.(tar\.gz|dump)"/);
      const kop = r.rawPayload.subarray(0, 5);
      assert.ok(h.engine === 'pglite' ? kop[0] === 0x1f && kop[1] === 0x8b : kop.toString() === 'PGDMP', 'gzip for PGlite, pg_dump for PostgreSQL');
      fs.writeFileSync(path.join(tmp, 'download.bin'), r.rawPayload);
      const logged = await h.started.ctx.db.selectFrom('verwerking').select('actie').where('actie', '=', 'backup.maken').execute();
      assert.equal(logged.length, 1);
    });

    test('backup (CLI) → restore into an empty target gives the same tables, rows and verwerkingenlog', async () => {
      await whileClosed(h, async () => {
        const own = h.engine === 'pglite' ? await openDatabase({ dataDir: h.fresh.overrides.dataDir }) : await openDatabase({ databaseUrl: h.fresh.overrides.databaseUrl!, dataDir: 'memory://' });
        origineel = await vingerafdruk(own);
        await own.close();
        const b = await runCli(['backup', '--output', bestand], h.fresh.env);
        assert.equal(b.code, 0, b.stderr);
        assert.equal((await runCli(['backup', '--output', bestand], h.fresh.env)).code === 0, false, 'an existing file is never overwritten');

        if (h.engine === 'pglite') {
          const doel = path.join(tmp, 'hersteld');
          const r = await runCli(['restore', bestand, '--data-dir', doel], {});
          assert.equal(r.code, 0, r.stderr);
          const hersteld = await openDatabase({ dataDir: doel });
          assert.deepEqual(await vingerafdruk(hersteld), origineel);
          await hersteld.close();
          const weer = await runCli(['restore', bestand, '--data-dir', doel], {});
          assert.notEqual(weer.code, 0);
          assert.match(weer.stderr, /niet leeg/);
        } else {
          const scratch = await createScratchDatabase(TEST_DATABASE_URL!, 'bv_herstel');
          try {
            const r = await runCli(['restore', bestand, '--database-url', scratch.url], {});
            assert.equal(r.code, 0, r.stderr);
            const hersteld = await openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' });
            assert.deepEqual(await vingerafdruk(hersteld), origineel);
            await hersteld.close();
            const weer = await runCli(['restore', bestand, '--database-url', scratch.url], {});
            assert.notEqual(weer.code, 0);
            assert.match(weer.stderr, /al \d+ tabellen/);
          } finally {
            await scratch.drop();
          }
        }
        // A backup of the other engine, or no backup at all, is refused with a clear message.
        const wrong = await runCli(['restore', path.join(tmp, 'bestaat-niet'), '--data-dir', path.join(tmp, 'x')], {});
        assert.notEqual(wrong.code, 0);
        assert.match(wrong.stderr, /bestaat niet/);
      });
    });

    test('the download taken while running restores as well', async () => {
      const download = path.join(tmp, 'download.bin');
      if (h.engine === 'pglite') {
        const doel = path.join(tmp, 'uit-download');
        const r = await runCli(['restore', download, '--data-dir', doel], {});
        assert.equal(r.code, 0, r.stderr);
        const d = await openDatabase({ dataDir: doel });
        const v = await vingerafdruk(d);
        await d.close();
        assert.equal(v.keten.intact, true);
        assert.ok(v.aantallen.melding! >= 1);
      } else {
        const scratch = await createScratchDatabase(TEST_DATABASE_URL!, 'bv_herstel');
        try {
          const r = await runCli(['restore', download, '--database-url', scratch.url], {});
          assert.equal(r.code, 0, r.stderr);
          const d = await openDatabase({ databaseUrl: scratch.url, dataDir: 'memory://' });
          assert.equal((await vingerafdruk(d)).keten.intact, true);
          await d.close();
        } finally {
          await scratch.drop();
        }
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    });
  },
  { onDisk: true },
);
