import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import writeXlsxFile from 'write-excel-file/node';

export type Formaat = 'csv' | 'xlsx';
export type Waarde = string | number | boolean | null;

export interface Bestand {
  mediatype: string;
  bestandsnaam: string;
  inhoud: Buffer;
}

// A cell that starts with one of these is run as a formula by spreadsheet software (CSV injection, OWASP);
// a leading apostrophe makes it text. Our data contains residents' free text, so this is not theoretical.
const FORMULE = /^[=+\-@\t\r]/;

function csvCel(v: Waarde): string {
  if (v === null) return '';
  let s = typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);
  if (typeof v === 'string' && FORMULE.test(s)) s = `'${s}`;
  return /[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A table as a download: CSV with semicolons and a BOM (what Dutch Excel opens correctly) or XLSX.
 * Both carry the same columns and values; numbers stay numbers in XLSX.
 */
export async function maakBestand(formaat: Formaat, naam: string, kolommen: string[], rijen: Waarde[][]): Promise<Bestand> {
  if (formaat === 'csv') {
    const tekst = [kolommen, ...rijen].map((r) => r.map(csvCel).join(';')).join('\r\n');
    return { mediatype: 'text/csv; charset=utf-8', bestandsnaam: `${naam}.csv`, inhoud: Buffer.from(`\ufeff${tekst}\r\n`, 'utf8') };
  }
  const data = [
    kolommen.map((k) => ({ value: k, fontWeight: 'bold' as const })),
    ...rijen.map((r) =>
      r.map((v) => {
        if (v === null) return null;
        if (typeof v === 'number') return { value: v, type: Number };
        if (typeof v === 'boolean') return { value: v ? 'ja' : 'nee', type: String };
        return { value: v, type: String };
      }),
    ),
  ];
  const inhoud = await writeXlsxFile(data, { sheet: naam.slice(0, 31), stickyRowsCount: 1 }).toBuffer();
  return {
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    bestandsnaam: `${naam}.xlsx`,
    inhoud,
  };
}

/** The `formaat` query parameter of every export endpoint. */
export const FormaatSchema = Type.Union([Type.Literal('csv'), Type.Literal('xlsx')], { default: 'csv' });

/** Send a file as a download that no cache keeps (exports may hold case data). */
export function stuurBestand(reply: FastifyReply, b: Bestand): FastifyReply {
  return reply.type(b.mediatype).header('content-disposition', `attachment; filename="${b.bestandsnaam}"`).header('cache-control', 'private, no-store').send(b.inhoud);
}
