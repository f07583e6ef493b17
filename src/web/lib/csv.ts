import { bewaar } from './api.ts';

/** Build a CSV file (semicolon-separated, as Dutch spreadsheet software expects) and offer it for download. */
export function downloadCsv(bestandsnaam: string, kolommen: string[], rijen: (string | number | boolean | null)[][]): void {
  const cel = (v: string | number | boolean | null) => {
    const s = v === null ? '' : String(v);
    // Quote when needed; a leading =, +, - or @ is neutralised against spreadsheet formula injection.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[";\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const tekst = [kolommen, ...rijen].map((r) => r.map(cel).join(';')).join('\r\n');
  bewaar(new Blob([`\ufeff${tekst}`], { type: 'text/csv;charset=utf-8' }), bestandsnaam);
}
