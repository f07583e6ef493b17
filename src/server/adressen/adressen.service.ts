import type { Kysely } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import { rdToWgs84, wgs84ToRd } from '../gebieden/geo.ts';
import type { DB } from '../platform/db-schema.ts';
import { csvRijen } from '../platform/csv.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import * as repo from './adressen.repository.ts';

export interface AdresResultaat {
  soort: 'adres' | 'buurt';
  weergave: string;
  lon: number;
  lat: number;
  buurtCode: string | null;
  bron: 'lokaal' | 'pdok' | 'cbs';
}

/** Lower case, no diacritics, only letters and digits separated by single spaces. */
export function normaliseer(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const weergave = (a: { straat: string; huisnummer: number; toevoeging: string; postcode: string; woonplaats: string }) =>
  `${a.straat} ${a.huisnummer}${a.toevoeging ? (/^[a-z]$/i.test(a.toevoeging) ? a.toevoeging : `-${a.toevoeging}`) : ''}, ${a.postcode.replace(/^(\d{4})([A-Z]{2})$/, '$1 $2')} ${a.woonplaats}`;

/**
 * Address search for the melding form: the local address table (a BAG extract imported with
 * `buurtveilig adressen import`), the PDOK Locatieserver when configured, and buurt names from the CBS map
 * so that a resident can always find at least the neighbourhood.
 */
/** What a point on the map is called: the nearest address (if close enough) and always the buurt. */
export interface PlekNaam {
  adres: string | null;
  buurt: { code: string; naam: string } | null;
  bron: 'lokaal' | 'pdok' | null;
  waarschuwing: string | null;
}

/** An address further from the clicked point than this is not "the" address of the point. */
const ADRES_STRAAL_M = 40;
/** After PDOK failed, it is left alone this long, so an offline installation does not wait on every keystroke. */
const PDOK_PAUZE_MS = 60_000;

const PDOK_ONBEREIKBAAR = 'De landelijke adreszoeker is nu niet bereikbaar; u ziet alleen adressen uit de eigen adreslijst.';

export class AdressenService {
  private pdokPauzeTot = 0;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly gebieden: GebiedenService,
    private readonly opties: { locatieserverUrl: string | undefined; gemeenteCode: string },
  ) {}

  async zoek(q: string, limit = 10): Promise<{ resultaten: AdresResultaat[]; waarschuwing: string | null }> {
    const tokens = normaliseer(q).split(' ').filter(Boolean).slice(0, 6);
    if (tokens.length === 0 || tokens.join('').length < 2) return { resultaten: [], waarschuwing: null };
    let waarschuwing: string | null = null;
    let adressen: AdresResultaat[] = [];
    if (this.opties.locatieserverUrl) {
      const r = await this.viaPdok(() => this.pdok(q, limit));
      if (r === undefined) waarschuwing = PDOK_ONBEREIKBAAR;
      else adressen = r;
    }
    if (adressen.length === 0) {
      adressen = (await repo.zoek(this.db, tokens, limit)).map((a) => ({ soort: 'adres' as const, weergave: weergave(a), lon: a.lon, lat: a.lat, buurtCode: a.buurt_code, bron: 'lokaal' as const }));
    }
    const buurten = this.gebieden
      .buurtPunten()
      .filter((b) => tokens.every((t) => normaliseer(b.naam).includes(t)))
      // A name that starts with what was typed first ("Wyck" before "Randwyck").
      .sort((a, b) => Number(!normaliseer(a.naam).startsWith(tokens[0]!)) - Number(!normaliseer(b.naam).startsWith(tokens[0]!)))
      .slice(0, 5)
      .map((b) => ({ soort: 'buurt' as const, weergave: `${b.naam} (buurt)`, lon: b.lon, lat: b.lat, buurtCode: b.code, bron: 'cbs' as const }));
    return { resultaten: [...adressen.slice(0, limit), ...buurten], waarschuwing };
  }

  /**
   * Name a point (a map click, "gebruik mijn locatie"): the nearest address within 40 m from PDOK's reverse
   * geocoder, else from the local address table, and the buurt it lies in. A point outside the gemeente's
   * buurten is a validation error: no melding can be taken there.
   */
  async plekNaam(lon: number, lat: number): Promise<PlekNaam> {
    let buurt: { code: string; naam: string };
    try {
      const b = this.gebieden.zoekWgs84(lon, lat).buurt;
      buurt = { code: b.code, naam: b.naam };
    } catch {
      throw new AppError('validatie', 'Deze plek ligt buiten de gemeente. Kies een plek binnen de gemeente.');
    }
    let waarschuwing: string | null = null;
    if (this.opties.locatieserverUrl) {
      const adres = await this.viaPdok(() => this.pdokOmgekeerd(lon, lat));
      if (adres === undefined) waarschuwing = PDOK_ONBEREIKBAAR;
      else if (adres !== null) return { adres, buurt, bron: 'pdok', waarschuwing };
    }
    const [x, y] = wgs84ToRd(lon, lat);
    const dichtbij = await repo.dichtstbij(this.db, x, y, ADRES_STRAAL_M);
    return { adres: dichtbij ? weergave(dichtbij) : null, buurt, bron: dichtbij ? 'lokaal' : null, waarschuwing };
  }

  /** Run a PDOK call; undefined when PDOK failed (and then leave it alone for a minute). */
  private async viaPdok<T>(f: () => Promise<T>): Promise<T | undefined> {
    if (Date.now() < this.pdokPauzeTot) return undefined;
    try {
      return await f();
    } catch {
      this.pdokPauzeTot = Date.now() + PDOK_PAUZE_MS;
      return undefined;
    }
  }

  /** PDOK Locatieserver v3.1 `reverse`: the nearest address within the radius, or null. */
  private async pdokOmgekeerd(lon: number, lat: number): Promise<string | null> {
    const u = new URL(`${this.opties.locatieserverUrl}/reverse`);
    u.searchParams.set('lon', String(lon));
    u.searchParams.set('lat', String(lat));
    u.searchParams.set('type', 'adres');
    u.searchParams.set('distance', String(ADRES_STRAAL_M));
    u.searchParams.set('rows', '1');
    u.searchParams.set('fl', 'weergavenaam,afstand');
    const res = await fetch(u, { signal: AbortSignal.timeout(3000), headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`Locatieserver ${res.status}`);
    const body = (await res.json()) as { response?: { docs?: { weergavenaam?: string; afstand?: number }[] } };
    const d = body.response?.docs?.[0];
    return d?.weergavenaam && (d.afstand === undefined || d.afstand <= ADRES_STRAAL_M) ? d.weergavenaam : null;
  }

  /** PDOK Locatieserver v3.1 `free`, addresses in this gemeente only. */
  private async pdok(q: string, limit: number): Promise<AdresResultaat[]> {
    const u = new URL(`${this.opties.locatieserverUrl}/free`);
    u.searchParams.set('q', q);
    u.searchParams.append('fq', 'type:adres');
    u.searchParams.append('fq', `gemeentecode:${this.opties.gemeenteCode.replace(/^GM/, '')}`);
    u.searchParams.set('rows', String(limit));
    u.searchParams.set('fl', 'weergavenaam,centroide_ll');
    const res = await fetch(u, { signal: AbortSignal.timeout(3000), headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`Locatieserver ${res.status}`);
    const body = (await res.json()) as { response?: { docs?: { weergavenaam?: string; centroide_ll?: string }[] } };
    const out: AdresResultaat[] = [];
    for (const d of body.response?.docs ?? []) {
      const m = /^POINT\((-?[\d.]+) (-?[\d.]+)\)$/.exec(d.centroide_ll ?? '');
      if (!m || !d.weergavenaam) continue;
      const lon = Number(m[1]);
      const lat = Number(m[2]);
      let buurtCode: string | null = null;
      try {
        buurtCode = this.gebieden.zoekWgs84(lon, lat).buurt.code;
      } catch {
        continue; // outside the gemeente's buurten: not a place we can take a melding for
      }
      out.push({ soort: 'adres', weergave: d.weergavenaam, lon, lat, buurtCode, bron: 'pdok' });
    }
    return out;
  }

  /**
   * Import a BAG address extract (CSV with a header; `;` or `,`): straat (or openbareruimte), huisnummer,
   * huisletter/toevoeging (optional), postcode, woonplaats, and x/y in RD New or lon/lat in WGS84. The table
   * is replaced in one transaction; any bad line rejects the whole file with its line number.
   */
  async importCsv(ctx: AuditContext, tekst: string, bron: string, onProgress?: (n: number, totaal: number) => void): Promise<{ aantal: number }> {
    // Header names are normalised (BAG exports spell them in several ways), so the rows are keyed here.
    const rijen = csvRijen(tekst);
    const kop = (rijen[0] ?? []).map((c) => normaliseer(c).replace(/ /g, ''));
    const records: Record<string, string>[] = rijen.slice(1).map((r) => Object.fromEntries(kop.map((k, i) => [k, r[i] ?? ''])));
    const kolom = (r: Record<string, string>, ...namen: string[]) => namen.map((n) => r[n]).find((v) => v !== undefined && v !== '');
    const heeft = (n: string) => records[0] !== undefined && n in records[0];
    const rd = heeft('x') && heeft('y');
    const wgs = heeft('lon') && heeft('lat');
    const ontbreekt = [
      ...(['huisnummer', 'postcode', 'woonplaats'].filter((k) => !heeft(k))),
      ...(!heeft('straat') && !heeft('openbareruimte') ? ['straat'] : []),
      ...(!rd && !wgs ? ['x,y of lon,lat'] : []),
    ];
    if (records.length === 0) throw new AppError('validatie', 'Het bestand bevat geen adressen.');
    if (ontbreekt.length) throw new AppError('validatie', `Kolommen ontbreken: ${ontbreekt.join(', ')}.`);
    const fouten: FieldError[] = [];
    const rows: repo.NieuwAdres[] = [];
    const gezien = new Set<string>();
    records.forEach((r, i) => {
      const regel = i + 2;
      const fout = (melding: string) => fouten.length < 50 && fouten.push({ veld: `regel ${regel}`, melding });
      const straat = kolom(r, 'straat', 'openbareruimte');
      const huisnummer = Number(kolom(r, 'huisnummer'));
      const toevoeging = [kolom(r, 'huisletter'), kolom(r, 'toevoeging', 'huisnummertoevoeging')].filter(Boolean).join('');
      const postcode = (kolom(r, 'postcode') ?? '').replace(/\s/g, '').toUpperCase();
      const woonplaats = kolom(r, 'woonplaats');
      if (!straat) return fout('straat ontbreekt');
      if (!Number.isInteger(huisnummer) || huisnummer < 1 || huisnummer > 99999) return fout(`huisnummer "${kolom(r, 'huisnummer') ?? ''}" is geen geheel getal`);
      if (!/^[1-9]\d{3}[A-Z]{2}$/.test(postcode)) return fout(`postcode "${kolom(r, 'postcode') ?? ''}" is geen Nederlandse postcode`);
      if (!woonplaats) return fout('woonplaats ontbreekt');
      const a = Number((rd ? kolom(r, 'x') : kolom(r, 'lon'))?.replace(',', '.'));
      const b = Number((rd ? kolom(r, 'y') : kolom(r, 'lat'))?.replace(',', '.'));
      if (!Number.isFinite(a) || !Number.isFinite(b)) return fout('coördinaten ontbreken of zijn geen getal');
      const [x, y] = rd ? [a, b] : wgs84ToRd(a, b);
      const [lon, lat] = rd ? rdToWgs84(a, b) : [a, b];
      let buurt: string;
      try {
        buurt = this.gebieden.zoekRd(x, y).buurt.code;
      } catch {
        return fout('ligt buiten de buurten van de gemeente');
      }
      const sleutel = `${postcode} ${huisnummer} ${toevoeging}`;
      if (gezien.has(sleutel)) return fout(`adres ${sleutel} staat dubbel in het bestand`);
      gezien.add(sleutel);
      const zoektekst = normaliseer(`${straat} ${huisnummer} ${toevoeging} ${huisnummer}${toevoeging} ${postcode} ${postcode.slice(0, 4)} ${postcode.slice(4)} ${woonplaats}`);
      rows.push({ straat, huisnummer, toevoeging, postcode, woonplaats, lon, lat, x, y, buurt_code: buurt, zoektekst, bron });
    });
    if (fouten.length) throw new AppError('validatie', `Niets ingelezen: ${fouten.length >= 50 ? 'minstens 50' : fouten.length} regels zijn fout.`, fouten);
    await this.db.transaction().execute(async (trx) => {
      await repo.vervangAlles(trx, rows, (n) => onProgress?.(n, rows.length));
      await logVerwerking(trx, ctx, { actie: 'adressen.importeren', objectType: 'adres', doel: 'locatie van meldingen', persoonsgegevens: false, details: { bron, aantal: rows.length } });
    });
    return { aantal: rows.length };
  }
}
