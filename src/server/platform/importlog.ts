import type { Executor } from './database.ts';
import { nieuweImport } from './platform.repository.ts';

/**
 * The shared import log (table monitor_import): every import of statistics or incidents records its file, row
 * count and details here, in the import's own transaction. Returns the import id its rows refer to.
 */
export function registreerImport(trx: Executor, i: { soort: string; bestand: string; bron: string; rijen: number; details: Record<string, unknown> }): Promise<number> {
  return nieuweImport(trx, i);
}
