import type { Feature, Geometry, Position } from 'geojson';
import { AppError } from '../platform/errors.ts';
import type { GebiedUpsert } from './gebieden.repository.ts';
import { isPolygonal, mapPositions, polygonProblem, rdToWgs84 } from './geo.ts';

/**
 * Parser for the CBS wijk- en buurtkaart as GeoJSON, in the property spellings in circulation: PDOK
 * (`buurtcode`, `buurtnaam`, `wijkcode`, `gemeentecode`…), the CBS shapefile export (`BU_CODE`, `BU_NAAM`,
 * `WK_CODE`, `GM_CODE`…) and `statcode`/`statnaam`. Coordinates in WGS84 or RD New (EPSG:28992) are accepted
 * and stored as WGS84. The parse is all-or-nothing: any bad feature rejects the whole file with a report.
 */

const PROPS = {
  buurtcode: ['buurtcode', 'BU_CODE', 'bu_code'],
  buurtnaam: ['buurtnaam', 'BU_NAAM', 'bu_naam'],
  wijkcode: ['wijkcode', 'WK_CODE', 'wk_code'],
  wijknaam: ['wijknaam', 'WK_NAAM', 'wk_naam'],
  gemeentecode: ['gemeentecode', 'GM_CODE', 'gm_code'],
  gemeentenaam: ['gemeentenaam', 'GM_NAAM', 'gm_naam'],
  jaar: ['jaar', 'JAAR', 'jrstatcode'],
} as const;

const CODE = { buurt: /^BU\d{8}$/, wijk: /^WK\d{6}$/, gemeente: /^GM\d{4}$/ } as const;

function prop(p: Record<string, unknown>, names: readonly string[]): string | undefined {
  for (const n of names) {
    const v = p[n];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

function statcode(p: Record<string, unknown>, prefix: 'BU' | 'WK' | 'GM'): { code?: string; naam?: string } {
  const code = typeof p.statcode === 'string' ? p.statcode.trim() : undefined;
  if (code?.startsWith(prefix)) return { code, naam: typeof p.statnaam === 'string' ? p.statnaam.trim() : undefined };
  return {};
}

/** CBS codes sometimes come without their prefix (e.g. `0935` for a gemeente, `093500` for a wijk). */
function withPrefix(v: string | undefined, prefix: string, digits: number): string | undefined {
  if (v === undefined) return undefined;
  return new RegExp(`^\\d{${digits}}$`).test(v) ? `${prefix}${v}` : v;
}

function isRd(fc: { crs?: { properties?: { name?: string } } }, sample: Position | undefined): boolean {
  const name = fc.crs?.properties?.name ?? '';
  if (/28992/.test(name)) return true;
  if (/CRS84|4326/.test(name)) return false;
  // No CRS member: RD coordinates are far outside the degree range.
  return !!sample && (Math.abs(sample[0]!) > 180 || Math.abs(sample[1]!) > 90);
}

function firstPosition(g: Geometry | null): Position | undefined {
  if (!g || !isPolygonal(g)) return undefined;
  return g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0];
}

export interface ParsedGebieden {
  rows: GebiedUpsert[];
  /** Parents referenced by a feature but not present in the file (created as placeholders if unknown). */
  ouders: GebiedUpsert[];
  crs: 'WGS84' | 'RD New';
}

export function parseCbsGeoJson(text: string, opts: { bron: string; jaar?: number | undefined }): ParsedGebieden {
  let fc: { type?: unknown; features?: unknown; crs?: { properties?: { name?: string } } };
  try {
    fc = JSON.parse(text);
  } catch (e) {
    throw new AppError('validatie', `Het bestand is geen geldige JSON: ${(e as Error).message}`);
  }
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new AppError('validatie', 'Het bestand is geen GeoJSON FeatureCollection.');
  }
  const features = fc.features as Feature[];
  if (features.length === 0) throw new AppError('validatie', 'De FeatureCollection bevat geen gebieden.');
  const rd = isRd(fc, firstPosition(features[0]?.geometry ?? null));

  const fouten: { veld: string; melding: string }[] = [];
  const rows: GebiedUpsert[] = [];
  const ouders = new Map<string, GebiedUpsert>();
  const seen = new Set<string>();

  features.forEach((f, i) => {
    const veld = `features[${i}]`;
    const p = (f?.properties ?? {}) as Record<string, unknown>;
    const bu = statcode(p, 'BU');
    const wk = statcode(p, 'WK');
    const gm = statcode(p, 'GM');
    const buurtcode = prop(p, PROPS.buurtcode) ?? bu.code;
    const wijkcode = withPrefix(prop(p, PROPS.wijkcode) ?? wk.code, 'WK', 6);
    const gemeentecode = withPrefix(prop(p, PROPS.gemeentecode) ?? gm.code, 'GM', 4);
    const niveau = buurtcode ? 'buurt' : wijkcode ? 'wijk' : gemeentecode ? 'gemeente' : undefined;
    if (!niveau) {
      fouten.push({ veld, melding: 'geen buurtcode, wijkcode of gemeentecode gevonden' });
      return;
    }
    const code = niveau === 'buurt' ? buurtcode! : niveau === 'wijk' ? wijkcode! : gemeentecode!;
    if (!CODE[niveau].test(code)) {
      fouten.push({ veld, melding: `${niveau}code "${code}" heeft niet de CBS-vorm` });
      return;
    }
    if (seen.has(code)) {
      fouten.push({ veld, melding: `code ${code} komt twee keer voor` });
      return;
    }
    seen.add(code);
    const naam =
      niveau === 'buurt'
        ? (prop(p, PROPS.buurtnaam) ?? bu.naam)
        : niveau === 'wijk'
          ? (prop(p, PROPS.wijknaam) ?? wk.naam)
          : (prop(p, PROPS.gemeentenaam) ?? gm.naam);
    if (!naam) {
      fouten.push({ veld, melding: `${niveau} ${code} heeft geen naam` });
      return;
    }
    const problem = polygonProblem(f.geometry);
    if (problem) {
      fouten.push({ veld, melding: `${code}: ${problem}` });
      return;
    }
    const jaarRaw = opts.jaar ?? Number(prop(p, PROPS.jaar));
    if (!Number.isInteger(jaarRaw) || jaarRaw < 1990 || jaarRaw > 2100) {
      fouten.push({ veld, melding: `${code}: geen geldig jaar (geef --jaar op)` });
      return;
    }
    let geometrie = f.geometry as Geometry;
    if (rd && isPolygonal(geometrie)) {
      geometrie = mapPositions(geometrie, ([x, y]) => {
        const [lon, lat] = rdToWgs84(x!, y!);
        return [Math.round(lon * 1e7) / 1e7, Math.round(lat * 1e7) / 1e7];
      });
    }
    // Parent derived from the code structure when the properties do not name it: BU+GGGG+WW+BB.
    const ouderCode =
      niveau === 'buurt' ? (wijkcode ?? `WK${code.slice(2, 8)}`) : niveau === 'wijk' ? (gemeentecode ?? `GM${code.slice(2, 6)}`) : null;
    rows.push({ code, naam, niveau, ouder_code: ouderCode, jaar: jaarRaw, geometrie, bron: opts.bron });

    if (niveau === 'buurt' && ouderCode && !ouders.has(ouderCode)) {
      const gmCode = gemeentecode ?? `GM${code.slice(2, 6)}`;
      ouders.set(ouderCode, {
        code: ouderCode,
        naam: prop(p, PROPS.wijknaam) ?? `Wijk ${ouderCode.slice(-2)}`,
        niveau: 'wijk',
        ouder_code: gmCode,
        jaar: jaarRaw,
        geometrie: null,
        bron: opts.bron,
      });
    }
    const gmCode = niveau === 'gemeente' ? undefined : (gemeentecode ?? `GM${code.slice(2, 6)}`);
    if (gmCode && !ouders.has(gmCode)) {
      ouders.set(gmCode, {
        code: gmCode,
        naam: prop(p, PROPS.gemeentenaam) ?? gmCode,
        niveau: 'gemeente',
        ouder_code: null,
        jaar: jaarRaw,
        geometrie: null,
        bron: opts.bron,
      });
    }
  });

  if (fouten.length > 0) {
    throw new AppError('validatie', `Het bestand is niet ingelezen: ${fouten.length} gebied(en) kloppen niet.`, fouten);
  }
  return { rows, ouders: [...ouders.values()].filter((o) => !seen.has(o.code)), crs: rd ? 'RD New' : 'WGS84' };
}
