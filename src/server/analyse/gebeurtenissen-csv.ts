import { csvRijen } from '../platform/csv.ts';
import { AppError, type FieldError } from '../platform/errors.ts';

/** Whole days since 1970-01-01 for ISO (2024-03-31, with or without time) or Dutch (31-03-2024, 31/03/2024) dates. */
export function dagNummer(s: string): number | undefined {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  let [j, mnd, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!m) {
    m = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/.exec(t);
    if (m) [j, mnd, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
  }
  if (!m) return undefined;
  const ms = Date.UTC(j, mnd - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== j || check.getUTCMonth() !== mnd - 1 || check.getUTCDate() !== d) return undefined;
  return Math.round(ms / 86_400_000);
}

/**
 * Read point events from CSV text (header row; `,` or `;`): the named x, y and date columns. All or nothing:
 * every bad line is reported with its line number (up to 20) and nothing is returned.
 */
export function leesGebeurtenissen(tekst: string, kolommen: { x: string; y: string; datum: string }): { x: Float64Array; y: Float64Array; dag: Int32Array } {
  const rows = csvRijen(tekst);
  const kop = rows[0] ?? [];
  const idx = (naam: string) => kop.indexOf(naam);
  const ontbreekt = [kolommen.x, kolommen.y, kolommen.datum].filter((k) => idx(k) < 0);
  if (ontbreekt.length) throw new AppError('validatie', `Kolommen ontbreken: ${ontbreekt.join(', ')} (het bestand heeft: ${kop.join(', ')}).`);
  if (rows.length < 2) throw new AppError('validatie', 'Het bestand bevat geen gebeurtenissen.');
  const [ix, iy, id] = [idx(kolommen.x), idx(kolommen.y), idx(kolommen.datum)];
  const n = rows.length - 1;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const dag = new Int32Array(n);
  const fouten: FieldError[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    const fout = (melding: string) => fouten.length < 20 && fouten.push({ veld: `regel ${r + 1}`, melding });
    const vx = Number((row[ix] ?? '').replace(',', '.'));
    const vy = Number((row[iy] ?? '').replace(',', '.'));
    const vd = dagNummer(row[id] ?? '');
    if (!row[ix] || !Number.isFinite(vx) || !row[iy] || !Number.isFinite(vy)) {
      fout(`coördinaten "${row[ix] ?? ''}", "${row[iy] ?? ''}" zijn geen getallen`);
      continue;
    }
    if (vd === undefined) {
      fout(`datum "${row[id] ?? ''}" is geen datum (gebruik JJJJ-MM-DD of DD-MM-JJJJ)`);
      continue;
    }
    x[r - 1] = vx;
    y[r - 1] = vy;
    dag[r - 1] = vd;
  }
  if (fouten.length) throw new AppError('validatie', `Niets gelezen: ${fouten.length >= 20 ? 'minstens 20' : fouten.length} regels zijn fout.`, fouten);
  return { x, y, dag };
}
