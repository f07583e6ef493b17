import { parse } from 'csv-parse/sync';
import { AppError } from './errors.ts';

/** `;` or `,`, whichever the header line uses more (Dutch exports use `;`). */
export function scheidingsteken(tekst: string): ';' | ',' {
  const eerste = tekst.split(/\r?\n/, 1)[0] ?? '';
  return (eerste.match(/;/g)?.length ?? 0) >= (eerste.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Every CSV import starts here: empty file and parse errors become a clear 400 problem. */
function lees<T>(tekst: string, columns: boolean): T[] {
  if (!tekst.trim()) throw new AppError('validatie', 'Het bestand is leeg.');
  try {
    return parse(tekst, { columns, delimiter: scheidingsteken(tekst), bom: true, skip_empty_lines: true, trim: true, relax_column_count: !columns, relax_quotes: true }) as T[];
  } catch (e) {
    throw new AppError('validatie', `Het bestand is geen geldige CSV: ${(e as Error).message}`);
  }
}

/** Rows as arrays of cells, the header included. */
export const csvRijen = (tekst: string) => lees<string[]>(tekst, false);

/** Rows as objects keyed by the header. */
export const csvRecords = (tekst: string) => lees<Record<string, string>>(tekst, true);
