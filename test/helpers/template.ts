import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startContext } from '../../src/server/bootstrap.ts';
import { loadConfig, ROOT_DIR } from '../../src/server/platform/config.ts';
import { createScratchDatabase } from '../../src/server/platform/pg-admin.ts';
import { laadSleutel } from '../../src/server/platform/sleutels.ts';

/**
 * Migrating and seeding a database (Maastricht's areas, roles, demo accounts, the shipped CBS figures) takes
 * seconds; every test file needs the same result. So it is done once per source state into a template, and
 * each test file starts from a copy: PGlite loads a dump of the data directory, PostgreSQL runs
 * `CREATE DATABASE … TEMPLATE`. The key hashes everything that shapes the seeded database (server code,
 * config, data), so a change to a migration or a seed step builds a new template on the next run.
 */

const TEMPLATE_DIR = path.join(os.tmpdir(), 'buurtveilig-test-templates');
/** One key folder for every test database: templates are signed with it, so their copies verify. */
export const TEST_SLEUTEL_DIR = path.join(TEMPLATE_DIR, 'sleutels');

function walk(dir: string, out: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else out.push(p);
  }
}

let cachedKey: string | undefined;
export function templateKey(): string {
  if (cachedKey) return cachedKey;
  const files: string[] = [];
  for (const d of ['src/server', 'config', 'data']) walk(path.join(ROOT_DIR, d), files);
  files.push(path.join(ROOT_DIR, 'package-lock.json'));
  const h = createHash('sha256');
  // A template signed with another key would not verify: the key's id is part of the template's name.
  h.update(laadSleutel(TEST_SLEUTEL_DIR, 'verwerkingenlog').id);
  for (const f of files.sort()) {
    h.update(path.relative(ROOT_DIR, f));
    h.update('\0');
    h.update(fs.readFileSync(f));
    h.update('\0');
  }
  cachedKey = h.digest('hex').slice(0, 16);
  return cachedKey;
}

function templateConfig(over: { databaseUrl?: string; dataDir: string }) {
  return loadConfig(
    { ...over, demo: true, logLevel: 'silent', cookieSecure: false, outboxIntervalMs: 0, gemeente: 'maastricht', sleutelDir: TEST_SLEUTEL_DIR, ankerIntervalMs: 0, tileUrl: 'uit', locatieserverUrl: 'uit' },
    {},
  );
}

const pgliteFile = () => path.join(TEMPLATE_DIR, `pglite-${templateKey()}.tar`);

/** The PGlite template as a data directory archive; built (and cached on disk) when missing. */
export async function pgliteTemplate(): Promise<Blob> {
  const file = pgliteFile();
  if (!fs.existsSync(file)) {
    const started = await startContext(templateConfig({ dataDir: 'memory://' }), { demoData: false });
    try {
      const blob = await started.database.dumpDataDir!();
      fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
      // Write under a unique name and rename: concurrent builders never expose a half-written file.
      const tmp = `${file}.${process.pid}.${Date.now()}`;
      fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
      fs.renameSync(tmp, file);
      for (const old of fs.readdirSync(TEMPLATE_DIR)) {
        if (old.startsWith('pglite-') && old !== path.basename(file) && !old.includes('.tar.')) fs.rmSync(path.join(TEMPLATE_DIR, old), { force: true });
      }
    } finally {
      await started.database.close();
    }
  }
  return new Blob([fs.readFileSync(file)]);
}

async function adminQuery<T extends pg.QueryResultRow>(adminUrl: string, text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}

/** The name of the PostgreSQL template database next to `adminUrl`; built when missing. */
export async function postgresTemplate(adminUrl: string): Promise<string> {
  const name = `bv_tpl_${templateKey()}`;
  const exists = await adminQuery(adminUrl, 'select 1 from pg_database where datname = $1 and datistemplate', [name]);
  if (exists.length > 0) return name;
  // Build under a temporary name, then mark it a template and rename it: a half-built template is never used.
  const building = await createScratchDatabase(adminUrl, 'bv_tplbuild');
  try {
    const started = await startContext(templateConfig({ databaseUrl: building.url, dataDir: 'memory://' }), { demoData: false });
    await started.database.close();
    await adminQuery(adminUrl, `ALTER DATABASE ${building.name} RENAME TO ${name}`);
    await adminQuery(adminUrl, `ALTER DATABASE ${name} WITH is_template true`);
  } catch (e) {
    await building.drop();
    // Another process built the same template meanwhile: use theirs.
    if (/already exists/.test((e as Error).message)) return name;
    throw e;
  }
  // Templates of earlier source states are no longer used by anyone on this server.
  const old = await adminQuery<{ datname: string }>(adminUrl, "select datname from pg_database where datname like 'bv\\_tpl\\_%' and datname <> $1", [name]);
  for (const o of old) {
    await adminQuery(adminUrl, `ALTER DATABASE ${o.datname} WITH is_template false`).catch(() => undefined);
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${o.datname} WITH (FORCE)`).catch(() => undefined);
  }
  return name;
}

// `node --import tsx test/helpers/template.ts` builds the templates before the suites start, so the test files
// (run concurrently) find them ready instead of each building its own.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const t0 = Date.now();
  await pgliteTemplate();
  const url = process.env.TEST_DATABASE_URL;
  if (url) await postgresTemplate(url);
  process.stdout.write(`test templates ready (${templateKey()}, ${url ? 'pglite + postgresql' : 'pglite'}) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
}
