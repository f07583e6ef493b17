import { dagNummer } from '../analyse/gebeurtenissen-csv.ts';
import { rdToWgs84, wgs84ToRd } from '../gebieden/geo.ts';
import { csvRijen } from '../platform/csv.ts';
import { AppError, type FieldError } from '../platform/errors.ts';

export interface IncidentKolommen {
  soort: string;
  /** One date column; may hold a range "tussen 01-03-2024 en 05-03-2024". */
  datum?: string | undefined;
  datumVan?: string | undefined;
  datumTot?: string | undefined;
  x?: string | undefined;
  y?: string | undefined;
  lon?: string | undefined;
  lat?: string | undefined;
}

export interface Incidenten {
  n: number;
  soort: string[];
  van: Int32Array;
  tot: Int32Array;
  x: Float64Array;
  y: Float64Array;
}

const BEREIK = /^(?:tussen\s+)?(.+?)\s+(?:en|tot|t\/m|-)\s+(.+)$/i;

/** A date or a date range ("tussen … en …", "… t/m …") in whole days; undefined when unreadable. */
export function datumBereik(s: string): [number, number] | undefined {
  const t = s.trim();
  const enkel = dagNummer(t);
  if (enkel !== undefined) return [enkel, enkel];
  const m = BEREIK.exec(t);
  if (!m) return undefined;
  const a = dagNummer(m[1]!);
  const b = dagNummer(m[2]!);
  if (a === undefined || b === undefined || b < a) return undefined;
  return [a, b];
}

/**
 * Read an incident export (police or municipal CSV with a header; `,` or `;`). Coordinates in RD New (x/y,
 * metres) or WGS84 (lon/lat). All or nothing: every bad line (up to 50) is reported with its number.
 * `inGemeente` decides whether an RD point lies in the gemeente.
 */
export function leesIncidenten(tekst: string, k: IncidentKolommen, inGemeente: (x: number, y: number) => boolean, onProgress?: (n: number, totaal: number) => void): Incidenten {
  const rows = csvRijen(tekst);
  const kop = rows[0] ?? [];
  const rd = k.x !== undefined || k.y !== undefined;
  const nodig = [k.soort, ...(k.datum ? [k.datum] : [k.datumVan ?? '(datum)', ...(k.datumTot ? [k.datumTot] : [])]), ...(rd ? [k.x ?? '(x)', k.y ?? '(y)'] : [k.lon ?? '(lon)', k.lat ?? '(lat)'])];
  const ontbreekt = nodig.filter((c) => !kop.includes(c));
  if (ontbreekt.length) throw new AppError('validatie', `Kolommen ontbreken: ${ontbreekt.join(', ')} (het bestand heeft: ${kop.join(', ')}).`);
  const n = rows.length - 1;
  if (n === 0) throw new AppError('validatie', 'Het bestand bevat geen incidenten.');
  const col = (c: string | undefined) => (c === undefined ? -1 : kop.indexOf(c));
  const [iSoort, iDatum, iVan, iTot] = [col(k.soort), col(k.datum), col(k.datumVan), col(k.datumTot)];
  const [iA, iB] = rd ? [col(k.x), col(k.y)] : [col(k.lon), col(k.lat)];
  const out: Incidenten = { n, soort: new Array<string>(n), van: new Int32Array(n), tot: new Int32Array(n), x: new Float64Array(n), y: new Float64Array(n) };
  const fouten: FieldError[] = [];
  const fout = (r: number, melding: string) => {
    if (fouten.length < 50) fouten.push({ veld: `regel ${r + 1}`, melding });
  };
  for (let r = 1; r <= n; r++) {
    const row = rows[r]!;
    const soort = row[iSoort] ?? '';
    if (!soort) {
      fout(r, 'soort ontbreekt');
      continue;
    }
    let bereik: [number, number] | undefined;
    if (iDatum >= 0) bereik = datumBereik(row[iDatum] ?? '');
    else {
      const a = dagNummer(row[iVan] ?? '');
      const b = iTot >= 0 && row[iTot] ? dagNummer(row[iTot]!) : a;
      bereik = a !== undefined && b !== undefined && b >= a ? [a, b] : undefined;
    }
    if (!bereik) {
      fout(r, `datum "${iDatum >= 0 ? row[iDatum] : row[iVan]}" is geen datum of bereik (JJJJ-MM-DD, DD-MM-JJJJ, "tussen … en …")`);
      continue;
    }
    const a = Number((row[iA] ?? '').replace(',', '.'));
    const b = Number((row[iB] ?? '').replace(',', '.'));
    if (!row[iA] || !row[iB] || !Number.isFinite(a) || !Number.isFinite(b)) {
      fout(r, 'coördinaten ontbreken of zijn geen getal');
      continue;
    }
    const [x, y] = rd ? [a, b] : wgs84ToRd(a, b);
    if (!inGemeente(x, y)) {
      const [lon, lat] = rd ? rdToWgs84(a, b) : [a, b];
      fout(r, `ligt buiten de gemeente (${lat.toFixed(5)}, ${lon.toFixed(5)})`);
      continue;
    }
    const i = r - 1;
    out.soort[i] = soort;
    out.van[i] = bereik[0];
    out.tot[i] = bereik[1];
    out.x[i] = x;
    out.y[i] = y;
    if (onProgress && r % 50_000 === 0) onProgress(r, n);
  }
  if (fouten.length) throw new AppError('validatie', `Niets ingelezen: ${fouten.length >= 50 ? 'minstens 50' : fouten.length} regels zijn fout.`, fouten);
  onProgress?.(n, n);
  return out;
}

export const dagNaarDatum = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
