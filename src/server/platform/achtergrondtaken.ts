import { randomUUID } from 'node:crypto';
import type { Executor } from './database.ts';
import { AppError } from './errors.ts';
import * as repo from './platform.repository.ts';

export interface Achtergrondtaak<R> {
  id: string;
  soort: string;
  status: 'bezig' | 'klaar' | 'mislukt';
  voortgang: { gedaan: number; totaal: number };
  resultaat: R | null;
  fout: string | null;
}

const HARTSLAG_MS = 10_000;
/** A running task whose process has not beaten for this long is reported as failed: its process is gone. */
const VERWEESD_MS = 45_000;
const BEWAAR_MS = 24 * 3600_000;
const VERWEESD = 'De server die deze taak uitvoerde is gestopt of herstart; start de taak opnieuw.';

/**
 * Long background work kept in the database (table achtergrondtaak), so any server process behind the load
 * balancer reports a task's progress and result, and a restart leaves a task clearly failed instead of lost.
 * The work itself runs in the process that accepted it (a worker thread there); that process beats every
 * 10 s. Visible to the task's owner only.
 */
export class Achtergrondtaken {
  /** This process, for the heartbeat. */
  readonly proces = randomUUID();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly db: Executor) {
    this.timer = setInterval(() => void repo.taakHartslag(this.db, this.proces).catch(() => undefined), HARTSLAG_MS);
    // The heartbeat never keeps a process (a CLI command, a test) alive on its own.
    this.timer.unref();
  }

  async nieuw(soort: string, eigenaar: string, totaal: number, maxTegelijk: number): Promise<string> {
    await repo.markeerVerweesdeTaken(this.db, new Date(Date.now() - VERWEESD_MS), VERWEESD);
    await repo.ruimTakenOp(this.db, new Date(Date.now() - BEWAAR_MS));
    if ((await repo.lopendeTaken(this.db, soort)) >= maxTegelijk) {
      throw new AppError('conflict', `Er lopen al ${maxTegelijk} taken van deze soort; probeer het over een minuut opnieuw.`);
    }
    const id = randomUUID();
    await repo.nieuweTaak(this.db, { id, soort, eigenaar, totaal, proces: this.proces });
    return id;
  }

  /** Progress; a task whose size is known only once it runs passes its total too. */
  voortgang(id: string, gedaan: number, totaal?: number): Promise<unknown> {
    return repo.taakVoortgang(this.db, id, gedaan, totaal);
  }

  klaar(id: string, resultaat: unknown): Promise<unknown> {
    return repo.taakKlaar(this.db, id, JSON.stringify(resultaat));
  }

  mislukt(id: string, fout: string): Promise<unknown> {
    return repo.taakMislukt(this.db, id, fout);
  }

  async get<R>(id: string, eigenaar: string): Promise<Achtergrondtaak<R>> {
    const t = await repo.leesTaak(this.db, id);
    if (!t || t.eigenaar !== eigenaar) throw new AppError('niet_gevonden', 'Deze taak bestaat niet (meer).');
    const verweesd = t.status === 'bezig' && t.hartslag.getTime() < Date.now() - VERWEESD_MS;
    return {
      id: t.id,
      soort: t.soort,
      status: verweesd ? 'mislukt' : t.status,
      voortgang: { gedaan: t.gedaan, totaal: t.totaal },
      resultaat: (t.resultaat as R | null) ?? null,
      fout: verweesd ? VERWEESD : t.fout,
    };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
