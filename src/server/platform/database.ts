import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { DataDirLock } from './data-dir-lock.ts';
import type { DB } from './db-schema.ts';

export type Engine = 'pglite' | 'postgresql';

/** Either the database handle or an open transaction: repositories accept both. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  /** PGlite only: the whole data directory as a tar archive (a consistent copy, for templates and backups). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** Data directory for PGlite, or `memory://` for an in-memory database. */
  dataDir: string;
  /** Pool size for PostgreSQL. PGlite is always a single connection. */
  poolSize?: number;
  /** PGlite only: start from this data directory archive (see {@link Database.dumpDataDir}) instead of initdb. */
  loadDataDir?: Blob | undefined;
}

// pg returns int8 (count(*), bigserial) as strings to avoid precision loss; our counts and sequence numbers
// stay far below 2^53, so we parse them as numbers on both engines (the PGlite shim uses the same parsers).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number.parseFloat(v));
// A calendar date has no time zone: keep it as 'YYYY-MM-DD' text instead of a Date at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * Open the database selected by the options: PostgreSQL when a URL is given, otherwise PGlite in a data
 * directory owned exclusively by this process (see {@link DataDirLock}). Both are driven by the real `pg`
 * driver and Kysely's PostgresDialect, so every query is the same SQL on both engines (ADR 0001).
 */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10 });
    // An idle connection can be closed by the server (restart, admin command). pg then emits 'error' on the
    // pool, which would crash the process if unhandled; the pool replaces the connection on next use.
    pool.on('error', () => undefined);
    // Fail fast with a clear message instead of on the first request.
    const client = await pool.connect().catch(async (e: unknown) => {
      await pool.end();
      throw new Error(`Kan geen verbinding maken met PostgreSQL: ${(e as Error).message}`);
    });
    client.release();
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgresql', close: () => db.destroy() };
  }

  const inMemory = opts.dataDir.startsWith('memory://');
  const lock = inMemory ? undefined : DataDirLock.acquire(opts.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(inMemory ? opts.dataDir : path.join(opts.dataDir, 'pgdata'), opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
  } catch (e) {
    lock?.release();
    throw e;
  }
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    engine: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: async () => {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
