import type { Executor } from './database.ts';
import { AppError } from './errors.ts';
import { misluktImport, nieuweImport, recenteImports } from './platform.repository.ts';

/**
 * The shared import log (table monitor_import): every import of statistics or incidents records its file, row
 * count and details here, in the import's own transaction. Returns the import id its rows refer to.
 */
export function registreerImport(trx: Executor, i: { soort: string; bestand: string; bron: string; rijen: number; details: Record<string, unknown> }): Promise<number> {
  return nieuweImport(trx, i);
}

/**
 * Runs an import; when it is refused or fails, records the attempt (outside the rolled-back transaction)
 * with the reason the user was given, then rethrows. An unexpected failure is recorded without its
 * internals, which belong in the server log.
 */
export async function metImportlog<T>(db: Executor, i: { soort: string; bestand: string }, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const fout =
      e instanceof AppError
        ? [e.detail ?? e.title, ...(e.fouten ?? []).slice(0, 3).map((f) => `${f.veld}: ${f.melding}`)].join(' ')
        : 'Onverwachte fout bij het inlezen; zie het serverlog.';
    await misluktImport(db, { ...i, fout: fout.slice(0, 2000) }).catch(() => undefined);
    throw e;
  }
}

export interface ImportRegel {
  id: number;
  soort: string;
  bestand: string;
  rijen: number;
  tijdstip: string;
  status: 'gelukt' | 'mislukt';
  fout: string | null;
}

/** The newest imports, failed ones included (for the analyst's start page and the import page). */
export async function leesImportlog(db: Executor, limiet: number): Promise<ImportRegel[]> {
  return (await recenteImports(db, limiet)).map((r) => ({ id: Number(r.id), soort: r.soort, bestand: r.bestand, rijen: r.rijen, tijdstip: new Date(r.tijdstip).toISOString(), status: r.status, fout: r.fout }));
}
