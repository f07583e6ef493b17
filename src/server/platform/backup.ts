import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { openDatabase, type Database } from './database.ts';
import { AppError } from './errors.ts';
import { telTabellenInPublic } from './platform.repository.ts';

/**
 * Backup and restore (README, "Backup en herstel"). A backup is a consistent snapshot taken while the server
 * runs: for PGlite the data directory archive (PGlite's own dumpDataDir, gzipped), for PostgreSQL `pg_dump`
 * in custom format (one snapshot transaction). Restore refuses a target that is not empty, so it can never
 * overwrite a database by mistake. The verwerkingenlog's key lives outside the database (ADR 0007) and is
 * backed up separately.
 */
export type BackupSoort = 'pglite' | 'postgresql';

export interface BackupStroom {
  soort: BackupSoort;
  bestandsnaam: string;
  stroom: Readable;
}

const GZIP = Buffer.from([0x1f, 0x8b]);
const PGDMP = Buffer.from('PGDMP');

function stempel(now: Date): string {
  return now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
}

/** Run a PostgreSQL client tool; a missing tool is a clear error, not a stack trace. */
function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[], stdout: 'pipe' | 'ignore') {
  const child = spawn(tool, args, { stdio: ['ignore', stdout, 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const klaar = new Promise<void>((resolve, reject) => {
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new AppError('niet_beschikbaar', `${tool} is niet gevonden. Installeer de PostgreSQL-clienttools (Debian: postgresql-client) of maak de backup met de middelen van uw PostgreSQL-beheer.`)
          : e,
      ),
    );
    child.on('close', (code) => (code === 0 ? resolve() : reject(new AppError('interne_fout', `${tool} faalde (code ${code}): ${stderr.trim().slice(0, 500)}`))));
  });
  return { child, klaar };
}

/** A snapshot of the running database as a stream (for the CLI file and the beheer download). */
export async function maakBackup(database: Database, databaseUrl: string | undefined, now = new Date()): Promise<BackupStroom & { klaar: Promise<void> }> {
  if (database.engine === 'pglite') {
    const tar = Buffer.from(await (await database.dumpDataDir!()).arrayBuffer());
    return { soort: 'pglite', bestandsnaam: `buurtveilig-${stempel(now)}.tar.gz`, stroom: Readable.from([zlib.gzipSync(tar)]), klaar: Promise.resolve() };
  }
  const { child, klaar } = pgTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--dbname=${databaseUrl}`], 'pipe');
  return { soort: 'postgresql', bestandsnaam: `buurtveilig-${stempel(now)}.dump`, stroom: child.stdout!, klaar };
}

/** Write a snapshot to a file; a failed dump leaves no half file behind. */
export async function schrijfBackup(database: Database, databaseUrl: string | undefined, bestand: string): Promise<{ soort: BackupSoort; bytes: number }> {
  const b = await maakBackup(database, databaseUrl);
  const tmp = `${bestand}.${process.pid}.deel`;
  try {
    await Promise.all([pipeline(b.stroom, fs.createWriteStream(tmp, { mode: 0o600 })), b.klaar]);
    fs.renameSync(tmp, bestand);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
  return { soort: b.soort, bytes: fs.statSync(bestand).size };
}

/** What kind of backup a file is, from its first bytes. */
export function soortVan(bestand: string): BackupSoort {
  const fd = fs.openSync(bestand, 'r');
  const kop = Buffer.alloc(5);
  try {
    fs.readSync(fd, kop, 0, 5, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (kop.subarray(0, 2).equals(GZIP)) return 'pglite';
  if (kop.equals(PGDMP)) return 'postgresql';
  throw new AppError('validatie', `${bestand} is geen Buurtveilig-backup (geen PGlite-archief en geen pg_dump-bestand).`);
}

/**
 * Restore a backup into an empty target: a PGlite data directory that does not exist or is empty, or an
 * empty PostgreSQL database. The next start migrates it if it came from an older version.
 */
export async function herstelBackup(bestand: string, doel: { dataDir: string } | { databaseUrl: string }): Promise<{ soort: BackupSoort }> {
  if (!fs.existsSync(bestand)) throw new AppError('validatie', `Het bestand ${bestand} bestaat niet.`);
  const soort = soortVan(bestand);
  if ('dataDir' in doel) {
    if (soort !== 'pglite') throw new AppError('validatie', 'Dit is een PostgreSQL-backup (pg_dump); herstel die met --database-url.');
    if (doel.dataDir.startsWith('memory://')) throw new AppError('validatie', 'Herstel naar een map op schijf, niet naar memory://.');
    const dir = path.resolve(doel.dataDir);
    if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
      throw new AppError('conflict', `De map ${dir} is niet leeg. Herstel alleen naar een nieuwe, lege map; er is niets gewijzigd.`);
    }
    const tar = zlib.gunzipSync(fs.readFileSync(bestand));
    try {
      const database = await openDatabase({ dataDir: dir, loadDataDir: new Blob([tar]) });
      await database.close();
    } catch (e) {
      // Nothing half-restored stays behind.
      fs.rmSync(dir, { recursive: true, force: true });
      throw e;
    }
    return { soort };
  }
  if (soort !== 'postgresql') throw new AppError('validatie', 'Dit is een backup van de ingebouwde database; herstel die met --data-dir.');
  const database = await openDatabase({ databaseUrl: doel.databaseUrl, dataDir: 'memory://' });
  try {
    const n = await telTabellenInPublic(database.db);
    if (n > 0) throw new AppError('conflict', `De doeldatabase heeft al ${n} tabellen. Herstel alleen naar een nieuwe, lege database; er is niets gewijzigd.`);
  } finally {
    await database.close();
  }
  const { klaar } = pgTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${doel.databaseUrl}`, bestand], 'ignore');
  await klaar;
  return { soort };
}
