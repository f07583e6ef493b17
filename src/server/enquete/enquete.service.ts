import { createHash, createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { installatieGeheim } from '../platform/geheimen.ts';
import { csvRecords } from '../platform/csv.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import type { EnqueteInstellingen } from './enquete.config.ts';
import { aandeel, gemiddelde, gewichten, type Respondent } from './enquete-schatting.ts';
import * as repo from './enquete.repository.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

type Antwoorden = Record<string, string | number>;

export interface Schatting {
  gebied: string;
  waarde: number | null;
  interval: [number, number] | null;
  n: number;
  gewogen: boolean;
  waarschuwing: string | null;
  teWeinig: boolean;
}

/**
 * The veiligheidsbeleving survey: the questionnaire is data (enquete.json); a round has a web link per buurt;
 * responses come from the web form or a CSV import; estimates are weighted to the buurt population by age
 * group and sex where it is known, and no figure is shown for fewer respondents than the configured minimum.
 */
export class EnqueteService {
  private geheim: string | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: EnqueteInstellingen,
    private readonly gebieden: GebiedenService,
    private readonly opties: { publiekeUrl: string },
  ) {}

  async init(): Promise<void> {
    this.geheim = await installatieGeheim(this.db, 'enquete_geheim');
  }

  /** The link token of a buurt in a round: an HMAC, so staff can show the links again; only the hash is stored. */
  private token(rondeId: string, buurt: string): string {
    if (!this.geheim) throw new AppError('niet_beschikbaar');
    return createHmac('sha256', this.geheim).update(`enquete:${rondeId}:${buurt}`).digest('base64url');
  }

  vragenlijst() {
    return this.cfg;
  }

  async rondeMaken(ctx: AuditContext, r: { naam: string; jaar: number }): Promise<string> {
    const buurten = this.gebieden.lijst('buurt');
    return this.db.transaction().execute(async (trx) => {
      const { id } = await repo.nieuweRonde(trx, { naam: r.naam.trim(), jaar: r.jaar, vragenlijst_versie: this.cfg.versie });
      await repo.voegLinksToe(trx, buurten.map((b) => ({ token_hash: sha256(this.token(id, b.code)), ronde_id: id, buurt_code: b.code })));
      await logVerwerking(trx, ctx, { actie: 'enquete.ronde_maken', objectType: 'enquete_ronde', objectId: id, doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { jaar: r.jaar, buurten: buurten.length } });
      return id;
    });
  }

  async rondes() {
    const rondes = await repo.rondes(this.db);
    const tellingen = await repo.respondentenPerBuurt(this.db);
    const buurten = this.gebieden.lijst('buurt');
    return rondes.map((r) => ({
      id: r.id,
      naam: r.naam,
      jaar: r.jaar,
      open: r.open,
      links: buurten.map((b) => ({
        buurt: { code: b.code, naam: b.naam },
        url: `${this.opties.publiekeUrl}/enquete/${this.token(r.id, b.code)}`,
        respondenten: Number(tellingen.find((t) => t.ronde_id === r.id && t.buurt_code === b.code)?.n ?? 0),
      })),
    }));
  }

  private async linkVan(token: string) {
    const l = await repo.linkMetRonde(this.db, sha256(token));
    if (!l) throw new AppError('niet_gevonden', 'Deze enquêtelink is onbekend.');
    return l;
  }

  /** What the public survey page shows for a link: the questions and the buurt, nothing else. */
  async publiek(token: string) {
    const l = await this.linkVan(token);
    const buurt = this.gebieden.lijst('buurt').find((b) => b.code === l.buurt_code);
    return { naam: this.cfg.naam, inleiding: this.cfg.inleiding, buurt: buurt?.naam ?? l.buurt_code, open: l.open, leeftijdsgroepen: this.cfg.leeftijdsgroepen, geslachten: this.cfg.geslachten, vragen: this.cfg.vragen };
  }

  /** Check one response against the questionnaire; returns the field errors. */
  private controleer(a: { leeftijd?: string | null | undefined; geslacht?: string | null | undefined; antwoorden: Antwoorden }, prefix = ''): FieldError[] {
    const fouten: FieldError[] = [];
    if (a.leeftijd && !this.cfg.leeftijdsgroepen.includes(a.leeftijd)) fouten.push({ veld: `${prefix}leeftijd`, melding: `kies een van ${this.cfg.leeftijdsgroepen.join(', ')}` });
    if (a.geslacht && !this.cfg.geslachten.includes(a.geslacht)) fouten.push({ veld: `${prefix}geslacht`, melding: `kies een van ${this.cfg.geslachten.join(', ')}` });
    const bekend = new Set(this.cfg.vragen.map((v) => v.code));
    for (const k of Object.keys(a.antwoorden)) if (!bekend.has(k)) fouten.push({ veld: `${prefix}${k}`, melding: 'onbekende vraag' });
    for (const v of this.cfg.vragen) {
      const x = a.antwoorden[v.code];
      if (x === undefined || x === '') continue;
      if (v.soort === 'keuze' && !v.antwoorden!.some((o) => o.code === x)) fouten.push({ veld: `${prefix}${v.code}`, melding: `kies een van ${v.antwoorden!.map((o) => o.code).join(', ')}` });
      if (v.soort === 'cijfer' && !(Number.isInteger(Number(x)) && Number(x) >= v.min! && Number(x) <= v.max!)) fouten.push({ veld: `${prefix}${v.code}`, melding: `een geheel getal van ${v.min} tot en met ${v.max}` });
    }
    if (!this.cfg.vragen.some((v) => a.antwoorden[v.code] !== undefined && a.antwoorden[v.code] !== '')) fouten.push({ veld: `${prefix}antwoorden`, melding: 'beantwoord minstens één vraag' });
    return fouten;
  }

  private schoon(antwoorden: Antwoorden): Antwoorden {
    const uit: Antwoorden = {};
    for (const v of this.cfg.vragen) {
      const x = antwoorden[v.code];
      if (x === undefined || x === '') continue;
      uit[v.code] = v.soort === 'cijfer' ? Number(x) : String(x);
    }
    return uit;
  }

  async invullen(token: string, a: { leeftijd?: string | undefined; geslacht?: string | undefined; antwoorden: Antwoorden }): Promise<void> {
    const l = await this.linkVan(token);
    if (!l.open) throw new AppError('conflict', 'Deze enquête is gesloten. Bedankt voor uw interesse.');
    const fouten = this.controleer(a);
    if (fouten.length) throw new AppError('validatie', 'Controleer de gemarkeerde antwoorden.', fouten);
    await repo.voegResponsenToe(this.db, [{ ronde_id: l.ronde_id, buurt_code: l.buurt_code, leeftijd: a.leeftijd ?? null, geslacht: a.geslacht ?? null, antwoorden: JSON.stringify(this.schoon(a.antwoorden)), bron: 'web' }]);
  }

  /** CSV of responses (buurt, leeftijd, geslacht, one column per question code); all or nothing. */
  async importCsv(ctx: AuditContext, rondeId: string, tekst: string): Promise<{ aantal: number }> {
    if (!(await repo.rondeBestaat(this.db, rondeId))) throw new AppError('niet_gevonden', 'Deze enquêteronde bestaat niet.');
    const rows = csvRecords(tekst);
    if (rows.length === 0) throw new AppError('validatie', 'Het bestand bevat geen antwoorden.');
    if (!('buurt' in rows[0]!)) throw new AppError('validatie', 'De kolom buurt ontbreekt.');
    const buurten = new Set(this.gebieden.lijst('buurt').map((b) => b.code));
    const fouten: FieldError[] = [];
    const nieuw = rows.map((r, i) => {
      const { buurt, leeftijd, geslacht, ...rest } = r;
      const regel = `regel ${i + 2}: `;
      if (!buurt || !buurten.has(buurt)) fouten.push({ veld: `${regel}buurt`, melding: `"${buurt ?? ''}" is geen buurt van de gemeente` });
      fouten.push(...this.controleer({ leeftijd: leeftijd || null, geslacht: geslacht || null, antwoorden: rest }, regel));
      return { ronde_id: rondeId, buurt_code: buurt ?? '', leeftijd: leeftijd || null, geslacht: geslacht || null, antwoorden: JSON.stringify(this.schoon(rest)), bron: 'import' as const };
    });
    if (fouten.length) throw new AppError('validatie', `Niets ingelezen: ${fouten.length} fouten.`, fouten.slice(0, 50));
    await this.db.transaction().execute(async (trx) => {
      await repo.voegResponsenToe(trx, nieuw);
      await logVerwerking(trx, ctx, { actie: 'enquete.importeren', objectType: 'enquete_ronde', objectId: rondeId, doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { aantal: nieuw.length } });
    });
    return { aantal: nieuw.length };
  }

  /** Population by age group × sex per buurt (CSV: buurt;jaar;leeftijd;geslacht;aantal); replaces those years. */
  async importBevolking(ctx: AuditContext, tekst: string): Promise<{ aantal: number }> {
    const rows = csvRecords(tekst);
    const buurten = new Set(this.gebieden.lijst('buurt').map((b) => b.code));
    const fouten: FieldError[] = [];
    const nieuw = rows.map((r, i) => {
      const veld = `regel ${i + 2}`;
      if (!buurten.has(r.buurt ?? '')) fouten.push({ veld, melding: `"${r.buurt ?? ''}" is geen buurt van de gemeente` });
      if (!this.cfg.leeftijdsgroepen.includes(r.leeftijd ?? '')) fouten.push({ veld, melding: `leeftijd "${r.leeftijd ?? ''}" is geen groep van de vragenlijst` });
      if (!this.cfg.geslachten.includes(r.geslacht ?? '')) fouten.push({ veld, melding: `geslacht "${r.geslacht ?? ''}" komt niet voor in de vragenlijst` });
      const aantal = Number(r.aantal);
      const jaar = Number(r.jaar);
      if (!Number.isInteger(aantal) || aantal < 0) fouten.push({ veld, melding: `aantal "${r.aantal ?? ''}" is geen geheel getal` });
      if (!Number.isInteger(jaar) || jaar < 1990 || jaar > 2100) fouten.push({ veld, melding: `jaar "${r.jaar ?? ''}" is geen jaar` });
      return { buurt_code: r.buurt ?? '', jaar, leeftijd: r.leeftijd ?? '', geslacht: r.geslacht ?? '', aantal };
    });
    if (rows.length === 0) throw new AppError('validatie', 'Het bestand bevat geen rijen.');
    if (fouten.length) throw new AppError('validatie', `Niets ingelezen: ${fouten.length} fouten.`, fouten.slice(0, 50));
    await this.db.transaction().execute(async (trx) => {
      const jaren = [...new Set(nieuw.map((r) => r.jaar))];
      await repo.vervangBevolking(trx, nieuw, jaren);
      await logVerwerking(trx, ctx, { actie: 'enquete.bevolking_importeren', objectType: 'bevolking_opbouw', doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { rijen: nieuw.length, jaren } });
    });
    return { aantal: nieuw.length };
  }

  /**
   * Estimates of one question for every area of a level in a year: all responses of the year's rounds,
   * weighted per area to its population (the latest known year up to the survey year).
   */
  async schattingen(vraagCode: string, jaar: number, niveau: 'buurt' | 'wijk' | 'gemeente', gemeenteCode: string): Promise<Schatting[]> {
    const vraag = this.cfg.vragen.find((v) => v.code === vraagCode);
    if (!vraag) throw new AppError('niet_gevonden', `De enquête heeft geen vraag ${vraagCode}.`);
    const rows = await repo.responsenVanJaar(this.db, jaar);
    const pop = await repo.bevolkingTot(this.db, jaar);
    const popJaar = new Map<string, number>();
    for (const p of pop) if (!popJaar.has(p.buurt_code)) popJaar.set(p.buurt_code, p.jaar);
    const buurtWijk = new Map(this.gebieden.lijst('buurt').map((b) => [b.code, b.ouder ?? '']));
    const gebiedVan = (b: string) => (niveau === 'buurt' ? b : niveau === 'wijk' ? (buurtWijk.get(b) ?? '') : gemeenteCode);
    const gebieden = niveau === 'gemeente' ? [gemeenteCode] : this.gebieden.lijst(niveau).map((g) => g.code);
    return gebieden.map((g) => {
      const buurtenVanG = [...buurtWijk.keys()].filter((b) => gebiedVan(b) === g);
      const resp: Respondent[] = [];
      for (const r of rows) {
        if (gebiedVan(r.buurt_code) !== g) continue;
        const x = r.antwoorden[vraagCode];
        if (x === undefined) continue;
        const waarde = vraag.schatting.soort === 'aandeel' ? (vraag.schatting.antwoorden.includes(String(x)) ? 1 : 0) : Number(x);
        resp.push({ leeftijd: r.leeftijd, geslacht: r.geslacht, waarde });
      }
      const leeg: Schatting = { gebied: g, waarde: null, interval: null, n: resp.length, gewogen: false, waarschuwing: null, teWeinig: true };
      if (resp.length < this.cfg.minimumRespondenten) return { ...leeg, waarschuwing: `Minder dan ${this.cfg.minimumRespondenten} respondenten: geen cijfer.` };
      // Population of the area: sum over its buurten, each at its latest known year; unknown when any is missing.
      let bevolking: Map<string, number> | null = new Map();
      for (const b of buurtenVanG) {
        const j = popJaar.get(b);
        if (j === undefined) {
          bevolking = null;
          break;
        }
        for (const p of pop) if (p.buurt_code === b && p.jaar === j) bevolking.set(`${p.leeftijd}|${p.geslacht}`, (bevolking.get(`${p.leeftijd}|${p.geslacht}`) ?? 0) + p.aantal);
      }
      const gw = gewichten(resp, bevolking);
      const y = resp.map((x) => x.waarde);
      const s = vraag.schatting.soort === 'aandeel' ? aandeel(y, gw.w) : gemiddelde(y, gw.w);
      const f = vraag.schatting.soort === 'aandeel' ? 100 : 1;
      return { gebied: g, waarde: s.schatting * f, interval: [s.interval[0] * f, s.interval[1] * f], n: resp.length, gewogen: gw.gewogen, waarschuwing: gw.waarschuwing, teWeinig: false };
    });
  }

  async jaren(): Promise<number[]> {
    const r = await repo.jarenMetResponsen(this.db);
    return r.map((x) => x.jaar);
  }
}
