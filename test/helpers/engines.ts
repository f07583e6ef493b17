import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { buildApp } from '../../src/server/app.ts';
import { startContext, type Started } from '../../src/server/bootstrap.ts';
import { loadConfig, ROOT_DIR, type Config } from '../../src/server/platform/config.ts';
import type { App } from '../../src/server/platform/context.ts';
import { openDatabase } from '../../src/server/platform/database.ts';
import { createScratchDatabase } from '../../src/server/platform/pg-admin.ts';
import { pgliteTemplate, postgresTemplate, TEST_SLEUTEL_DIR } from './template.ts';

/**
 * Every database suite runs on the embedded engine (PGlite) and, when TEST_DATABASE_URL is set, again on
 * PostgreSQL. Each test file gets its own database per engine: a new PGlite instance, or a new PostgreSQL
 * database created next to TEST_DATABASE_URL and dropped afterwards. Unless a test asks for an empty one,
 * it starts as a copy of the migrated and seeded template (./template.ts), not by migrating and seeding again.
 */
export type EngineName = 'pglite' | 'postgresql';

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

export function engineNames(): EngineName[] {
  return TEST_DATABASE_URL ? ['pglite', 'postgresql'] : ['pglite'];
}

/** A fresh database for one engine: for PGlite a data directory, for PostgreSQL a new database. */
export interface FreshDatabase {
  engine: EngineName;
  /** Settings that select it, as overrides for loadConfig and as environment variables for the CLI. */
  overrides: { databaseUrl?: string; dataDir: string };
  env: Record<string, string>;
  /** Options for the first startContext on it (an in-memory PGlite copy of the template is loaded there). */
  start: { loadDataDir?: Blob };
  drop(): Promise<void>;
}

/**
 * A database of its own for a test: a copy of the seeded template, or with `empty` a database that has
 * never been migrated (for tests of migrating and seeding themselves).
 */
export async function freshDatabase(engine: EngineName, opts: { onDisk?: boolean; empty?: boolean } = {}): Promise<FreshDatabase> {
  if (engine === 'pglite') {
    const dir = opts.onDisk ? fs.mkdtempSync(path.join(os.tmpdir(), 'bv-test-')) : undefined;
    const dataDir = dir ?? 'memory://';
    const template = opts.empty ? undefined : await pgliteTemplate();
    if (dir && template) {
      // On disk the copy is written now, so a CLI child process opening the directory finds it seeded.
      const d = await openDatabase({ dataDir: dir, loadDataDir: template });
      await d.close();
    }
    return {
      engine,
      overrides: { dataDir },
      env: { BUURTVEILIG_DATA_DIR: dataDir, DATABASE_URL: '', BUURTVEILIG_SLEUTEL_DIR: TEST_SLEUTEL_DIR },
      start: !dir && template ? { loadDataDir: template } : {},
      drop: async () => {
        if (dir) fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const template = opts.empty ? undefined : await postgresTemplate(TEST_DATABASE_URL!);
  const scratch = await createScratchDatabase(TEST_DATABASE_URL!, 'bv_test', template ? { template } : {});
  return {
    engine,
    overrides: { databaseUrl: scratch.url, dataDir: 'memory://' },
    env: { DATABASE_URL: scratch.url, BUURTVEILIG_SLEUTEL_DIR: TEST_SLEUTEL_DIR },
    start: {},
    drop: scratch.drop,
  };
}

export function testConfig(fresh: FreshDatabase, extra: Parameters<typeof loadConfig>[0] = {}): Config {
  return loadConfig(
    {
      ...fresh.overrides,
      demo: true,
      logLevel: 'silent',
      cookieSecure: false,
      // Suites log in many times; the rate-limit suite sets its own low limit.
      rateLimitLogin: 100_000,
      rateLimitMelden: 100_000,
      // Tests drive the outbox by hand (berichten.runOnce) instead of a timer; checkpoints likewise.
      outboxIntervalMs: 0,
      ankerIntervalMs: 0,
      sleutelDir: TEST_SLEUTEL_DIR,
      gemeente: 'maastricht',
      // Tests run offline: no PDOK unless a suite points these at its local stand-in.
      tileUrl: 'uit',
      locatieserverUrl: 'uit',
      ...extra,
    },
    {},
  );
}

/** What a suite gets: the started context and the HTTP app on a fresh, migrated and seeded database. */
export interface Harness {
  engine: EngineName;
  fresh: FreshDatabase;
  started: Started;
  app: App;
  config: Config;
}

/**
 * Declare a suite once; it runs once per engine, each on its own fresh database.
 * `extra` adjusts the configuration (for example a tighter rate limit).
 */
export function describeEngines(
  title: string,
  fn: (h: Harness) => void,
  opts: { config?: Parameters<typeof loadConfig>[0]; onDisk?: boolean } = {},
): void {
  for (const engine of engineNames()) {
    describe(`${title} [${engine}]`, () => {
      const h = { engine } as Harness;
      before(async () => {
        h.fresh = await freshDatabase(engine, { onDisk: opts.onDisk });
        h.config = testConfig(h.fresh, opts.config);
        h.started = await startContext(h.config, { demoData: false, ...h.fresh.start });
        h.app = await buildApp(h.started.ctx, { logger: false });
        await h.app.ready();
      });
      after(async () => {
        await h.app?.close();
        await h.started?.database.close();
        await h.fresh?.drop();
      });
      fn(h);
    });
  }
}

export const DEMO_WACHTWOORD = 'Maastricht-demo-2026';

/** Log in as a demo account through the real endpoint; returns headers to pass to `app.inject`. */
export async function loginAs(app: App, rol: string): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/sessie',
    payload: { email: demoEmail(rol), wachtwoord: DEMO_WACHTWOORD },
  });
  if (res.statusCode !== 200) throw new Error(`login ${rol} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bv_sessie');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `bv_sessie=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
}

export function demoEmail(rol: string): string {
  const prefix = rol === 'beleidsadviseur' ? 'adviseur' : rol === 'ondermijningsteam' ? 'ondermijning' : rol === 'riec-contact' ? 'riec' : rol;
  return `${prefix}@demo.buurtveilig.nl`;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real `buurtveilig` CLI in a child process. */
export function runCli(args: string[], env: Record<string, string>, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [path.join(ROOT_DIR, 'bin', 'buurtveilig.mjs'), ...args],
      { env: { ...process.env, LOG_LEVEL: 'silent', BUURTVEILIG_TILE_URL: 'uit', BUURTVEILIG_LOCATIESERVER_URL: 'uit', ...env }, cwd: ROOT_DIR, timeout: 120_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout: String(stdout), stderr: String(stderr) });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
    else child.stdin?.end();
  });
}

/**
 * Close the harness's app and database (the embedded engine allows one process per data directory), run
 * `fn` (typically the CLI in a child process), then start everything again on the same database.
 */
export async function whileClosed<T>(h: Harness, fn: () => Promise<T>): Promise<T> {
  await h.app.close();
  await h.started.database.close();
  try {
    return await fn();
  } finally {
    h.started = await startContext(h.config, { demoData: false });
    h.app = await buildApp(h.started.ctx, { logger: false });
    await h.app.ready();
  }
}
