import { parse } from 'csv-parse/sync';
import { AppError, type FieldError } from '../platform/errors.ts';

/**
 * Parsers for the published CBS/politie formats: StatLine OData v3 (`TypedDataSet`, one column per measure),
 * OData v4 (`Observations`: one row per measure with `Measure`/`Value`) and the typed CSV download (same
 * columns as v3). Tables: 47018NED/47022NED (misdrijven per wijk en buurt, jaar/maand), 47024NED (overlast),
 * kerncijfers wijken en buurten (inwoners, huishoudens, woningen).
 *
 * Output: one row per series × area × period. All or nothing: the caller gets every bad line, or the rows.
 */
export interface StatistiekRij {
  reeks: string;
  gebied_code: string;
  periode: string;
  waarde: number | null;
  geheim: boolean;
  status: 'voorlopig' | 'definitief';
}

export interface CbsResultaat {
  formaat: 'odata-v3' | 'odata-v4' | 'csv';
  rijen: StatistiekRij[];
  /** Rows for other gemeenten or the country as a whole, skipped. */
  overgeslagen: number;
  geheim: number;
  /** Area codes that were translated through the configured code changes. */
  omgezet: number;
}

/** Measure columns (v3 keys carry a numeric suffix, e.g. `GeregistreerdeMisdrijven_1`) → series. */
const MATEN: { patroon: RegExp; reeks: (dims: Record<string, string>) => string | undefined; dims: string[] }[] = [
  { patroon: /^GeregistreerdeMisdrijven(_\d+)?$/, dims: ['SoortMisdrijf'], reeks: (d) => (d.SoortMisdrijf ? `misdrijven:${d.SoortMisdrijf}` : undefined) },
  { patroon: /^GeregistreerdeOverlast(_\d+)?$/, dims: ['Overlast'], reeks: (d) => `overlast:${totaal(d.Overlast ?? 'totaal')}` },
  { patroon: /^AantalInwoners(_\d+)?$/, dims: [], reeks: () => 'bevolking:inwoners' },
  { patroon: /^HuishoudensTotaal(_\d+)?$/, dims: [], reeks: () => 'bevolking:huishoudens' },
  { patroon: /^Woningvoorraad(_\d+)?$/, dims: [], reeks: () => 'bevolking:woningen' },
];

/** CBS codes totals of a dimension as T + digits (T001407); we call them 'totaal'. */
function totaal(key: string): string {
  return /^T\d+$/.test(key) ? 'totaal' : key;
}

/** The area column has different names per table. */
const GEBIED_KOLOMMEN = ['WijkenEnBuurten', 'RegioS', 'Codering_3', 'Gemeenten'];

/** 2024JJ00 → 2024, 2024MM03 → 2024-03; a trailing * (voorlopig) is allowed in CSV downloads. */
export function periodeVan(p: string): { periode: string; voorlopig: boolean } | undefined {
  const t = p.trim();
  const voorlopig = t.endsWith('*');
  const k = t.replace(/\*$/, '');
  let m = /^(\d{4})JJ00$/.exec(k) ?? /^(\d{4})$/.exec(k);
  if (m) return { periode: m[1]!, voorlopig };
  m = /^(\d{4})MM(0[1-9]|1[0-2])$/.exec(k);
  if (m) return { periode: `${m[1]}-${m[2]}`, voorlopig };
  return undefined;
}

interface Opties {
  /** The gemeente's CBS code, e.g. GM0935: only its gemeente, wijk and buurt rows are kept. */
  gemeenteCode: string;
  /** Old → current area codes (CBS re-codes buurten between editions). */
  gebiedscodes: Readonly<Record<string, string>>;
  /** Known SoortMisdrijf keys (the police code list); unknown keys are errors. */
  misdrijfCodes: ReadonlySet<string>;
  /** OData v4: the table's MeasureCodes (identifier → title), since v4 rows name measures by identifier. */
  maten?: Readonly<Record<string, string>> | undefined;
  /** StatLine CSV exports with titles: area name → code (gemeente, wijken, buurten) and crime title → code. */
  gebiedNamen?: ReadonlyMap<string, string> | undefined;
  misdrijfTitels?: ReadonlyMap<string, string> | undefined;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/**
 * A StatLine CSV export "with titles" (what the StatLine website downloads: title lines, a header with
 * "Soort misdrijf";"Perioden";"Regio's";"Geregistreerde misdrijven (aantal)", names instead of codes, a
 * "Bron: CBS" footer) rewritten into keyed records, so one parser handles every format.
 */
function titelsNaarSleutels(t: string, o: Opties): Record<string, unknown>[] | undefined {
  const regels = t.split(/\r?\n/);
  const kopIndex = regels.findIndex((r) => /"?Perioden"?/.test(r) && /Regio|Wijken en buurten/i.test(r));
  if (kopIndex < 0) return undefined;
  const delimiter = (regels[kopIndex]!.match(/;/g)?.length ?? 0) >= (regels[kopIndex]!.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = parse(regels.slice(kopIndex).join('\n'), { delimiter, skip_empty_lines: true, trim: true, relax_column_count: true, relax_quotes: true });
  const kop = rows[0]!;
  const ki = (re: RegExp) => kop.findIndex((k) => re.test(k));
  const [iSoort, iPer, iRegio, iOverlast] = [ki(/^Soort misdrijf$/i), ki(/^Perioden$/i), ki(/^(Regio's|Wijken en buurten)$/i), ki(/^Overlast$/i)];
  const maten = kop.flatMap((k, i) => {
    const sleutel = /misdrijven/i.test(k) ? 'GeregistreerdeMisdrijven' : /overlast/i.test(k) && i !== iOverlast ? 'GeregistreerdeOverlast' : /inwoners/i.test(k) ? 'AantalInwoners' : /woningvoorraad/i.test(k) ? 'Woningvoorraad' : /huishoudens/i.test(k) ? 'HuishoudensTotaal' : undefined;
    return sleutel && i !== iSoort && i !== iPer && i !== iRegio ? [{ i, sleutel }] : [];
  });
  return rows
    .slice(1)
    .filter((r) => r.length >= kop.length && !/^Bron:/i.test(r[0] ?? ''))
    .map((r) => {
      const rec: Record<string, unknown> = {};
      const regio = r[iRegio]!;
      rec.WijkenEnBuurten = o.gebiedNamen?.get(regio.toLowerCase()) ?? regio;
      // "2024", "2024*", "2024 maart" → the StatLine keys.
      const p = /^(\d{4})(\*?)(?:\s+(\p{L}+))?(\*?)$/u.exec(r[iPer]!.trim());
      const maand = p?.[3] ? MAANDEN.indexOf(p[3].toLowerCase()) + 1 : 0;
      rec.Perioden = p ? `${p[1]}${maand ? `MM${String(maand).padStart(2, '0')}` : 'JJ00'}${p[2] || p[4] ? '*' : ''}` : r[iPer];
      if (iSoort >= 0) {
        const titel = r[iSoort]!;
        rec.SoortMisdrijf = /^\d\.\d\.\d\b/.exec(titel)?.[0] ?? o.misdrijfTitels?.get(titel.toLowerCase()) ?? titel;
      }
      if (iOverlast >= 0) rec.Overlast = /totaal/i.test(r[iOverlast]!) ? 'T001' : r[iOverlast];
      for (const m of maten) rec[`${m.sleutel}_1`] = r[m.i];
      return rec;
    });
}

/** v4 measure titles → the v3 key they stand for. */
const TITELS: [RegExp, string][] = [
  [/^Geregistreerde misdrijven/i, 'GeregistreerdeMisdrijven'],
  [/^Geregistreerde overlast/i, 'GeregistreerdeOverlast'],
  [/^Aantal inwoners/i, 'AantalInwoners'],
  [/^Huishoudens,? totaal/i, 'HuishoudensTotaal'],
  [/^Woningvoorraad/i, 'Woningvoorraad'],
];

/** Read a v4 MeasureCodes document into identifier → title. */
export function parseMaten(tekst: string): Record<string, string> {
  let json: { value?: { Identifier?: string; Title?: string }[] };
  try {
    json = JSON.parse(tekst.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('validatie', `De MeasureCodes zijn geen geldige JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(json.value)) throw new AppError('validatie', 'Geen MeasureCodes: het veld "value" ontbreekt.');
  return Object.fromEntries(json.value.filter((m) => m.Identifier && m.Title).map((m) => [m.Identifier!, m.Title!]));
}

type Record_ = Record<string, unknown>;

export function parseCbs(tekst: string, o: Opties): CbsResultaat {
  const t = tekst.replace(/^\uFEFF/, '').trim();
  if (!t) throw new AppError('validatie', 'Het bestand is leeg.');
  let formaat: CbsResultaat['formaat'];
  let records: Record_[];
  let regelVan: (i: number) => string;
  if (t.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch (e) {
      throw new AppError('validatie', `Het bestand is geen geldige JSON: ${(e as Error).message}`);
    }
    const value = (json as { value?: unknown }).value;
    if (!Array.isArray(value)) throw new AppError('validatie', 'Geen OData-bestand: het veld "value" met rijen ontbreekt.');
    records = value as Record_[];
    formaat = records.some((r) => 'Measure' in r && 'Value' in r) ? 'odata-v4' : 'odata-v3';
    regelVan = (i) => `rij ${i + 1}`;
  } else {
    const eerste = t.split(/\r?\n/, 1)[0] ?? '';
    const delimiter = (eerste.match(/;/g)?.length ?? 0) >= (eerste.match(/,/g)?.length ?? 0) ? ';' : ',';
    try {
      const typed = /(^|[;,])"?(WijkenEnBuurten|RegioS|Codering_3|Gemeenten)"?([;,]|$)/.test(eerste);
      records = typed ? parse(t, { columns: true, delimiter, skip_empty_lines: true, trim: true, relax_quotes: true }) : (titelsNaarSleutels(t, o) ?? parse(t, { columns: true, delimiter, skip_empty_lines: true, trim: true, relax_quotes: true }));
    } catch (e) {
      throw new AppError('validatie', `Het bestand is geen geldige CSV: ${(e as Error).message}`);
    }
    formaat = 'csv';
    regelVan = (i) => `regel ${i + 2}`;
  }
  if (records.length === 0) throw new AppError('validatie', 'Het bestand bevat geen rijen.');

  const kolommen = Object.keys(records[0]!);
  const gebiedKolom = GEBIED_KOLOMMEN.find((k) => kolommen.includes(k));
  if (!gebiedKolom) throw new AppError('validatie', `Geen gebiedskolom gevonden (verwacht een van ${GEBIED_KOLOMMEN.join(', ')}).`);
  if (!kolommen.includes('Perioden')) throw new AppError('validatie', 'De kolom Perioden ontbreekt.');
  const maatKolommen =
    formaat === 'odata-v4'
      ? []
      : kolommen.flatMap((k) => {
          const m = MATEN.find((x) => x.patroon.test(k));
          return m ? [{ kolom: k, maat: m }] : [];
        });
  if (formaat !== 'odata-v4' && maatKolommen.length === 0) {
    throw new AppError('validatie', `Geen bekende meetwaarde gevonden; verwacht bijvoorbeeld GeregistreerdeMisdrijven_1, GeregistreerdeOverlast_1 of AantalInwoners_5 (kolommen: ${kolommen.join(', ')}).`);
  }
  for (const { maat } of maatKolommen) {
    for (const d of maat.dims) if (!kolommen.includes(d)) throw new AppError('validatie', `De kolom ${d} ontbreekt (nodig voor ${maat.patroon.source}).`);
  }

  const gm = o.gemeenteCode.replace(/^GM/, '');
  const eigen = new RegExp(`^(GM${gm}|WK${gm}\\d{2}|BU${gm}\\d{4})$`);
  const fouten: FieldError[] = [];
  const uit = new Map<string, StatistiekRij>();
  let overgeslagen = 0;
  let geheim = 0;
  let omgezet = 0;
  const fout = (i: number, melding: string) => fouten.length < 50 && fouten.push({ veld: regelVan(i), melding });

  records.forEach((r, i) => {
    const tekstVan = (k: string) => String(r[k] ?? '').trim();
    let gebied = tekstVan(gebiedKolom);
    if (!gebied) return fout(i, `${gebiedKolom} is leeg`);
    if (o.gebiedscodes[gebied]) {
      gebied = o.gebiedscodes[gebied]!;
      omgezet++;
    }
    if (!eigen.test(gebied)) {
      overgeslagen++;
      return;
    }
    const p = periodeVan(tekstVan('Perioden'));
    if (!p) return fout(i, `periode "${tekstVan('Perioden')}" is geen jaar (2024JJ00) of maand (2024MM03)`);
    const dims: Record<string, string> = {};
    for (const k of ['SoortMisdrijf', 'Overlast']) if (k in r) dims[k] = tekstVan(k);
    if (dims.SoortMisdrijf !== undefined && !o.misdrijfCodes.has(dims.SoortMisdrijf)) return fout(i, `onbekende SoortMisdrijf "${dims.SoortMisdrijf}"`);
    const status: StatistiekRij['status'] = p.voorlopig || /voorlopig/i.test(tekstVan('Status')) ? 'voorlopig' : 'definitief';
    const waarden: { reeks: string; ruw: unknown }[] = [];
    if (formaat === 'odata-v4') {
      const id = tekstVan('Measure');
      const titel = o.maten?.[id];
      const sleutel = titel ? TITELS.find(([re]) => re.test(titel))?.[1] : id;
      const maat = sleutel ? MATEN.find((m) => m.patroon.test(sleutel)) : undefined;
      if (!maat) return fout(i, o.maten ? `Measure "${id}"${titel ? ` (${titel})` : ''} is geen bekende meetwaarde` : `Measure "${id}" is onbekend; geef de MeasureCodes van de tabel mee`);
      const reeks = maat.reeks(dims);
      if (!reeks) return fout(i, 'SoortMisdrijf ontbreekt');
      const attr = tekstVan('ValueAttribute');
      waarden.push({ reeks, ruw: attr && attr !== 'None' ? null : r.Value });
    } else {
      for (const { kolom, maat } of maatKolommen) {
        const reeks = maat.reeks(dims);
        if (!reeks) return fout(i, 'SoortMisdrijf ontbreekt');
        waarden.push({ reeks, ruw: r[kolom] });
      }
    }
    for (const { reeks, ruw } of waarden) {
      // Suppressed or unknown: null in OData, '.' or empty in CSV, -99999999 in PDOK/kerncijfers.
      const s = ruw === null || ruw === undefined ? '' : String(ruw).trim();
      let waarde: number | null = null;
      if (s === '' || s === '.' || s === '-99999999' || s === '-99999997' || s === 'x') {
        geheim++;
      } else {
        const n = Number(s.replace(/\s/g, '').replace(',', '.'));
        if (!Number.isFinite(n)) return fout(i, `waarde "${s}" is geen getal`);
        if (n < 0) return fout(i, `waarde ${n} is negatief`);
        waarde = n;
      }
      const sleutel = `${reeks}|${gebied}|${p.periode}`;
      if (uit.has(sleutel)) return fout(i, `${reeks} voor ${gebied} in ${p.periode} staat dubbel in het bestand`);
      uit.set(sleutel, { reeks, gebied_code: gebied, periode: p.periode, waarde, geheim: waarde === null, status });
    }
  });
  if (fouten.length) throw new AppError('validatie', `Niets ingelezen: ${fouten.length >= 50 ? 'minstens 50' : fouten.length} rijen zijn fout.`, fouten);
  if (uit.size === 0) throw new AppError('validatie', `Het bestand bevat geen cijfers voor ${o.gemeenteCode} (${overgeslagen} rijen voor andere gebieden overgeslagen).`);
  return { formaat, rijen: [...uit.values()], overgeslagen, geheim, omgezet };
}
