import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Secrets and records that must live outside the database (ADR 0007): whoever owns the database must not be
 * able to recompute the verwerkingenlog's keyed hashes, nor rewrite its checkpoints. They live in the
 * configured key folder (`BUURTVEILIG_SLEUTEL_DIR`), readable by the application user only.
 */
export interface Sleutel {
  readonly bytes: Buffer;
  /** A short public name of the key (never the key): stored with each entry it signed. */
  readonly id: string;
}

/** Load a named 256-bit key from the folder, creating it on first use; concurrent creators agree on one. */
export function laadSleutel(dir: string, naam: string): Sleutel {
  const file = path.join(dir, `${naam}.sleutel`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails if another process created it first; then that one wins and is read below.
    fs.writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const bytes = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64url');
  if (bytes.length < 32) throw new Error(`De sleutel ${file} is te kort of beschadigd.`);
  return { bytes, id: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
}

/** Append one line to an append-only file in the key folder (O_APPEND: whole lines, also with several writers). */
export function voegRegelToe(dir: string, bestand: string, regel: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.appendFileSync(path.join(dir, bestand), regel.replace(/\n/g, ' ') + '\n', { mode: 0o600 });
}

/** All lines of such a file (none when it does not exist yet). */
export function leesRegels(dir: string, bestand: string): string[] {
  const file = path.join(dir, bestand);
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
}
