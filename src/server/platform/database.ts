import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import { DataDirLock } from './data-dir-lock.ts';
import { geenSpoed, isZwaar } from './voorrang.ts';
import type { DB } from './db-schema.ts';
import type { Antwoord, VerzoekInhoud, WorkerInvoer } from './pglite.worker.ts';

export type Engine = 'pglite' | 'postgresql';

/** Either the database handle or an open transaction: repositories accept both. */
export type Executor = Kysely<DB> | Transaction<DB>;

export interface Database {
  readonly db: Kysely<DB>;
  /** Reads that tolerate replication lag (see Config.databaseUrlLezen); the primary when there is no replica. */
  readonly dbLezen: Kysely<DB>;
  readonly engine: Engine;
  /** PGlite only: the whole data directory as a tar archive (a consistent copy, for templates and backups). */
  dumpDataDir?(): Promise<Blob>;
  /** PGlite only: how many fsyncs the engine made so far (durability tests and benchmarks). */
  fsyncs?(): Promise<number>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite engine is used. */
  databaseUrl?: string | undefined;
  /** PostgreSQL read replica for analysis reads (optional). */
  leesUrl?: string | undefined;
  /** Data directory for PGlite, or `memory://` for an in-memory database. */
  dataDir: string;
  /** Pool size for PostgreSQL. PGlite is always a single connection. */
  poolSize?: number;
  /** PGlite only: start from this data directory archive (see {@link Database.dumpDataDir}) instead of initdb. */
  loadDataDir?: Blob | undefined;
  /**
   * PGlite on disk: a commit is on disk before it is acknowledged (default). false restores PGlite's own
   * setting (no fsync at all), faster but an OS crash or power loss can lose acknowledged commits.
   */
  duurzaam?: boolean | undefined;
  /** PGlite: hand the one connection out by priority (default); false = first come, first served. */
  voorrang?: boolean | undefined;
}

// pg returns int8 (count(*), bigserial) as strings to avoid precision loss; our counts and sequence numbers
// stay far below 2^53, so we parse them as numbers on both engines (the PGlite shim uses the same parsers).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number.parseFloat(v));
// A calendar date has no time zone: keep it as 'YYYY-MM-DD' text instead of a Date at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/**
 * PGlite's WebAssembly, compiled once per process and handed to every worker: a test run opens a database per
 * file, and compiling in each new thread cost seconds per database.
 */
let gecompileerd: Promise<NonNullable<WorkerInvoer['wasm']>> | undefined;
function pgliteWasm(): Promise<NonNullable<WorkerInvoer['wasm']>> {
  gecompileerd ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    const [pglite, initdb] = await Promise.all([
      WebAssembly.compile(fs.readFileSync(path.join(dist, 'pglite.wasm'))),
      WebAssembly.compile(fs.readFileSync(path.join(dist, 'initdb.wasm'))),
    ]);
    return { pglite, initdb, fsBundle: new Uint8Array(fs.readFileSync(path.join(dist, 'pglite.data'))) };
  })();
  return gecompileerd;
}

/**
 * PGlite in a worker thread (platform/pglite.worker.ts), seen from here as the two things PGlite's
 * node-postgres adapter uses: `waitReady` and `execProtocolStream`. The worker entry is the built worker next
 * to the server bundle, or the tsx shim beside the sources.
 */
class PGliteDraad {
  readonly waitReady: Promise<void>;
  private readonly worker: Worker;
  private volgendeId = 1;
  private readonly wachtend = new Map<number, { ok: (v: unknown) => void; fout: (e: Error) => void }>();
  private weg: Error | undefined;

  constructor(invoer: WorkerInvoer) {
    const transfer = invoer.loadDataDir ? [invoer.loadDataDir.buffer as ArrayBuffer] : [];
    this.worker = new Worker(new URL('./pglite.worker.mjs', import.meta.url), { workerData: invoer, transferList: transfer });
    this.waitReady = new Promise<void>((gereed, mislukt) => {
      this.worker.on('message', (a: Antwoord) => {
        if (a.soort === 'gereed') return gereed();
        if (a.soort === 'startfout') return mislukt(new Error(a.melding));
        const w = this.wachtend.get(a.id);
        this.wachtend.delete(a.id);
        if (a.soort === 'ok') w?.ok(a.waarde);
        else w?.fout(new Error(a.melding));
      });
      const stop = (e: Error) => {
        this.weg = e;
        mislukt(e);
        for (const w of this.wachtend.values()) w.fout(e);
        this.wachtend.clear();
      };
      this.worker.on('error', stop);
      this.worker.on('exit', (code) => stop(new Error(`De database-thread is gestopt (code ${code}).`)));
    });
    // Until it is ready the start-up failure is reported by openDatabase; afterwards by each call.
    this.waitReady.catch(() => undefined);
  }

  private vraag<T>(v: VerzoekInhoud): Promise<T> {
    if (this.weg) return Promise.reject(this.weg);
    const id = this.volgendeId++;
    return new Promise<T>((ok, fout) => {
      this.wachtend.set(id, { ok: ok as (v: unknown) => void, fout });
      this.worker.postMessage({ ...v, id });
    });
  }

  async execProtocolStream(bytes: Uint8Array, _opts: { throwOnError: boolean }): Promise<object[]> {
    const berichten = await this.vraag<Record<string, unknown>[]>({ soort: 'exec', bytes });
    // Errors and notices travel as plain data; pg expects its DatabaseError (code, detail, constraint, …).
    return berichten.map((m) => (m.__fout ? Object.assign(new pg.DatabaseError(String(m.message), Number(m.length), m.name as 'error'), m, { __fout: undefined }) : m));
  }

  async dumpDataDir(): Promise<Blob> {
    return new Blob([await this.vraag<Uint8Array<ArrayBuffer>>({ soort: 'dump' })]);
  }

  fsyncs(): Promise<number> {
    return this.vraag<number>({ soort: 'fsyncs' });
  }

  async close(): Promise<void> {
    if (this.weg) return;
    await this.vraag({ soort: 'sluit' });
    await this.worker.terminate();
  }
}

/**
 * The one PGlite connection, handed out by priority instead of first come first served: a caller inside
 * `zwaar()` (platform/voorrang.ts) waits until no normal caller is waiting. A transaction keeps the
 * connection until it ends, so a heavy read delays an intake by at most the one query that is running.
 */
class VoorrangPool {
  private vrij = true;
  private readonly normaal: (() => void)[] = [];
  private readonly laag: (() => void)[] = [];
  /** Heavy reads take turns: the previous one's end, then the wait for a quiet moment. */
  private zwareBeurt: Promise<void> = Promise.resolve();

  constructor(private readonly pool: pg.Pool) {}

  async connect(): Promise<pg.PoolClient> {
    const laag = isZwaar();
    let beurtKlaar = () => {};
    if (laag) {
      const vorige = this.zwareBeurt;
      this.zwareBeurt = new Promise<void>((r) => (beurtKlaar = r));
      await vorige;
      // A heavy read does not even queue while an intake is in flight (bounded: platform/voorrang.ts).
      await geenSpoed();
    }
    if (!this.vrij) await new Promise<void>((r) => (laag ? this.laag : this.normaal).push(r));
    this.vrij = false;
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      beurtKlaar();
      this.volgende();
      throw e;
    }
    // pg-pool gives each checkout its own release(); wrap that one so the next waiter is woken exactly once.
    const release = client.release.bind(client);
    let klaar = false;
    client.release = (err?: Error | boolean) => {
      if (klaar) return;
      klaar = true;
      release(err);
      beurtKlaar();
      this.volgende();
    };
    return client;
  }

  private volgende(): void {
    const next = this.normaal.shift() ?? this.laag.shift();
    if (next) next();
    else this.vrij = true;
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

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
    if (!opts.leesUrl) return { db, dbLezen: db, engine: 'postgresql', close: () => db.destroy() };
    const leesPool = new pg.Pool({ connectionString: opts.leesUrl, max: opts.poolSize ?? 10 });
    leesPool.on('error', () => undefined);
    const leesClient = await leesPool.connect().catch(async (e: unknown) => {
      await leesPool.end();
      await db.destroy();
      throw new Error(`Kan geen verbinding maken met de leesreplica: ${(e as Error).message}`);
    });
    leesClient.release();
    const dbLezen = new Kysely<DB>({ dialect: new PostgresDialect({ pool: leesPool }) });
    return {
      db,
      dbLezen,
      engine: 'postgresql',
      close: async () => {
        await dbLezen.destroy();
        await db.destroy();
      },
    };
  }

  const inMemory = opts.dataDir.startsWith('memory://');
  const lock = inMemory ? undefined : DataDirLock.acquire(opts.dataDir);
  let pglite: PGliteDraad;
  try {
    const load = opts.loadDataDir ? new Uint8Array(await opts.loadDataDir.arrayBuffer()) : undefined;
    pglite = new PGliteDraad({ dataDir: inMemory ? opts.dataDir : path.resolve(opts.dataDir), duurzaam: opts.duurzaam !== false, loadDataDir: load, wasm: await pgliteWasm() });
    await pglite.waitReady;
  } catch (e) {
    lock?.release();
    throw e;
  }
  const pgPool = new pg.Pool(createPgConfig(pglite as unknown as PGlite) as unknown as pg.PoolConfig);
  const pool = opts.voorrang === false ? pgPool : new VoorrangPool(pgPool);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dbLezen: db,
    engine: 'pglite',
    dumpDataDir: () => pglite.dumpDataDir(),
    fsyncs: () => pglite.fsyncs(),
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
