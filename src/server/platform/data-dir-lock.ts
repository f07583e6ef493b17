import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors.ts';

/**
 * An exclusive owner lock on the embedded database's data directory.
 *
 * PGlite runs PostgreSQL inside this process; two processes writing the same files would corrupt the
 * database. The lock is a file created with O_EXCL holding the owner's PID. A lock left behind by a process
 * that no longer exists (kill -9, power loss) is taken over, so users never have to delete files by hand.
 * We check liveness with `kill(pid, 0)` instead of a refresh timer (as proper-lockfile does) because the
 * owner may be busy for seconds in a migration or import, and a timer could then let a second process in.
 */
export class DataDirLock {
  private constructor(
    readonly file: string,
    private released = false,
  ) {}

  static lockFileFor(dataDir: string): string {
    return path.join(dataDir, 'buurtveilig.lock');
  }

  /**
   * Acquire the lock, creating the data directory if needed. Throws {@link AppError} `niet_beschikbaar`
   * without touching anything when another live process owns the directory.
   */
  static acquire(dataDir: string): DataDirLock {
    const file = DataDirLock.lockFileFor(dataDir);
    const owner = readOwner(file);
    if (owner !== undefined && owner !== process.pid && isAlive(owner)) {
      throw new AppError(
        'niet_beschikbaar',
        `De datamap ${dataDir} is in gebruik door een ander Buurtveilig-proces (pid ${owner}). ` +
          'Stop dat proces eerst, of kies een andere map met BUURTVEILIG_DATA_DIR.',
      );
    }
    fs.mkdirSync(dataDir, { recursive: true });
    if (owner !== undefined) fs.rmSync(file, { force: true }); // stale: its owner is gone
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
    } catch (e) {
      // Lost a race with another process starting at the same moment.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new AppError('niet_beschikbaar', `De datamap ${dataDir} is zojuist door een ander proces in gebruik genomen.`);
      }
      throw e;
    }
    return new DataDirLock(file);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    if (readOwner(this.file) === process.pid) fs.rmSync(this.file, { force: true });
  }
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : 0;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to another user; it is alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
