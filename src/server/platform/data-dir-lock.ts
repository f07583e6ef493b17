import { randomUUID } from 'node:crypto';
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
 *
 * A PID alone is not enough: after a reboot or a long time the PID of a dead owner belongs to some other
 * program, and the directory stayed locked until someone deleted the file by hand. So the lock also holds
 * the owner's start time (Linux: /proc/<pid>/stat, in clock ticks since boot) and a random token; a live
 * PID whose start time differs is another program, and the lock is taken over with a warning.
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
    if (owner !== undefined && owner.pid !== process.pid && isAlive(owner.pid)) {
      const start = startTime(owner.pid);
      // A lock of an older version has no start time: then a live PID counts as ours unless it is no Node process.
      const hetzelfde = owner.start !== undefined && start !== undefined ? owner.start === start : isNode(owner.pid);
      if (hetzelfde) {
        throw new AppError(
          'niet_beschikbaar',
          `De datamap ${dataDir} is in gebruik door een ander Buurtveilig-proces (pid ${owner.pid}). ` +
            'Stop dat proces eerst, of kies een andere map met BUURTVEILIG_DATA_DIR.',
        );
      }
      process.emitWarning(
        `De vergrendeling van ${dataDir} hoorde bij een beëindigd proces; pid ${owner.pid} is nu een ander programma. De vergrendeling is overgenomen.`,
        { code: 'BUURTVEILIG_LOCK_OVERGENOMEN' },
      );
    }
    fs.mkdirSync(dataDir, { recursive: true });
    if (owner !== undefined) fs.rmSync(file, { force: true }); // stale: its owner is gone
    try {
      const inhoud: LockInhoud = { pid: process.pid, start: startTime(process.pid), token: randomUUID() };
      fs.writeFileSync(file, `${JSON.stringify(inhoud)}\n`, { flag: 'wx' });
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
    if (readOwner(this.file)?.pid === process.pid) fs.rmSync(this.file, { force: true });
  }
}

interface LockInhoud {
  pid: number;
  /** Start time of the owner (clock ticks since boot); absent where the platform does not tell. */
  start?: number | undefined;
  token?: string;
}

/** The lock's owner; a lock of an older version holds only the PID. Unreadable content counts as stale (pid 0). */
function readOwner(file: string): LockInhoud | undefined {
  let tekst: string;
  try {
    tekst = fs.readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  if (/^\d+$/.test(tekst)) return { pid: Number.parseInt(tekst, 10) };
  try {
    const j = JSON.parse(tekst) as Partial<LockInhoud>;
    const pid = Number.isInteger(j.pid) && j.pid! > 0 ? j.pid! : 0;
    return { pid, start: typeof j.start === 'number' ? j.start : undefined };
  } catch {
    return { pid: 0 };
  }
}

/** Whether the process runs Node (Linux); true where the platform does not tell, to stay on the safe side. */
function isNode(pid: number): boolean {
  try {
    return /node/i.test(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return true;
  }
}

/** Linux: field 22 of /proc/<pid>/stat (after the command name, which may itself hold spaces and parentheses). */
export function startTime(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const t = Number(velden[19]);
    return Number.isFinite(t) ? t : undefined;
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
