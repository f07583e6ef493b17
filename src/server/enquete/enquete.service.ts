import { createHash, createHmac, randomInt } from 'node:crypto';
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
import { brievenPdf } from './enquete-brieven.ts';
import { maakBestand, type Bestand } from '../platform/export.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Crockford base32 without I, L, O, U: nothing a resident can misread when typing the code from a letter. */
const CODE_TEKENS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE_LENGTE = 12;

/** A personal code as printed: XXXX-XXXX-XXXX (60 bits, from the OS's random source). */
function nieuweCode(): string {
  let c = '';
  for (let i = 0; i < CODE_LENGTE; i++) c += CODE_TEKENS[randomInt(CODE_TEKENS.length)];
  return `${c.slice(0, 4)}-${c.slice(4, 8)}-${c.slice(8)}`;
}

/** What a resident typed, as the code it stands for: case, spaces and dashes ignored; O→0, I/L→1 as Crockford says. */
export function normaliseerCode(invoer: string): string {
  return invoer.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

type Antwoorden = Record<string, string | number>;

export interface Schatting {
  gebied: string;
  waarde: number | null;
  interval: [number, number] | null;
  n: number;
  gewogen: boolean;
  waarschuwing: string | null;
  teWeinig: boolean;
  /** Any answer came from a synthetic demo round. */
  demo: boolean;
}

/**
 * The veiligheidsbeleving survey: the questionnaire is data (enquete.json); residents answer with a personal
 * invitation code (one answer per code, codes made per round and buurt and printed on letters); a round may
 * also have an open link per buurt, whose answers are kept apart and never count in an estimate or target;
 * responses also come from a CSV import; estimates are weighted to the buurt population by age
 * group and sex where it is known, and no figure is shown for fewer respondents than the configured minimum.
 */
export class EnqueteService {
  private geheim: string | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: EnqueteInstellingen,
    private readonly gebieden: GebiedenService,
    private readonly opties: { publiekeUrl: string; gemeente: string },
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

  async rondeMaken(ctx: AuditContext, r: { naam: string; jaar: number; openLink?: boolean | undefined; demo?: boolean }): Promise<string> {
    const buurten = this.gebieden.lijst('buurt');
    const openLink = r.openLink === true;
    return this.db.transaction().execute(async (trx) => {
      const { id } = await repo.nieuweRonde(trx, { naam: r.naam.trim(), jaar: r.jaar, vragenlijst_versie: this.cfg.versie, open_link: openLink, demo: r.demo === true });
      if (openLink) await repo.voegLinksToe(trx, buurten.map((b) => ({ token_hash: sha256(this.token(id, b.code)), ronde_id: id, buurt_code: b.code })));
      await logVerwerking(trx, ctx, { actie: 'enquete.ronde_maken', objectType: 'enquete_ronde', objectId: id, doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { jaar: r.jaar, buurten: buurten.length, openLink } });
      return id;
    });
  }

  /** Where a resident types the code from the letter. */
  get codeUrl(): string {
    return `${this.opties.publiekeUrl}/enquete/code`;
  }

  /**
   * Make `aantal` personal codes for a buurt in a round and return them once, as letters (PDF) or a list for a
   * mail merge (CSV); only their hashes are kept, so a lost file means new codes. The call is logged.
   */
  async uitnodigingenMaken(ctx: AuditContext, rondeId: string, u: { buurt: string; aantal: number; formaat: 'csv' | 'pdf' }): Promise<Bestand> {
    const ronde = await repo.rondeVoorUitnodigingen(this.db, rondeId);
    if (!ronde) throw new AppError('niet_gevonden', 'Deze enquêteronde bestaat niet.');
    if (!ronde.open) throw new AppError('conflict', 'Deze enquêteronde is gesloten.');
    const buurt = this.gebieden.lijst('buurt').find((b) => b.code === u.buurt);
    if (!buurt) throw new AppError('validatie', 'Kies een buurt in de gemeente.', [{ veld: 'buurt', melding: 'onbekende buurt' }]);
    const codes = Array.from({ length: u.aantal }, nieuweCode);
    await this.db.transaction().execute(async (trx) => {
      await repo.voegUitnodigingenToe(trx, codes.map((c) => ({ code_hash: sha256(normaliseerCode(c)), ronde_id: rondeId, buurt_code: buurt.code })));
      await logVerwerking(trx, ctx, { actie: 'enquete.uitnodigingen_maken', objectType: 'enquete_ronde', objectId: rondeId, doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { buurt: buurt.code, aantal: u.aantal, formaat: u.formaat } });
    });
    const naam = `uitnodigingen-${ronde.jaar}-${buurt.code}`;
    if (u.formaat === 'csv') {
      return maakBestand('csv', naam, ['buurtcode', 'buurt', 'code', 'adres'], codes.map((c) => [buurt.code, buurt.naam, c, this.codeUrl]));
    }
    const inhoud = await brievenPdf({ gemeente: this.opties.gemeente, ronde: ronde.naam, url: this.codeUrl, brieven: codes.map((code) => ({ code, buurt: buurt.naam })) });
    return { mediatype: 'application/pdf', bestandsnaam: `${naam}.pdf`, inhoud };
  }

  private async uitnodigingVan(code: string) {
    const u = await repo.uitnodigingMetRonde(this.db, sha256(normaliseerCode(code)));
    if (!u) throw new AppError('niet_gevonden', 'Deze code kennen we niet. Controleer de code op uw brief.');
    if (u.gebruikt_op) throw new AppError('conflict', 'Met deze code is de enquête al ingevuld. Bedankt!');
    if (!u.open) throw new AppError('conflict', 'Deze enquête is gesloten. Bedankt voor uw interesse.');
    return u;
  }

  /** The questions for a personal code (public); a used code says so instead. */
  async publiekCode(code: string) {
    const u = await this.uitnodigingVan(code);
    return this.pagina(u.buurt_code, true);
  }

  /** Answer with a personal code: the code is used up in the same transaction, so it counts once. */
  async invullenCode(code: string, a: { leeftijd?: string | undefined; geslacht?: string | undefined; antwoorden: Antwoorden }, nu = new Date()): Promise<void> {
    await this.uitnodigingVan(code);
    const fouten = this.controleer(a);
    if (fouten.length) throw new AppError('validatie', 'Controleer de gemarkeerde antwoorden.', fouten);
    await this.db.transaction().execute(async (trx) => {
      const u = await repo.gebruikUitnodiging(trx, sha256(normaliseerCode(code)), nu);
      if (!u) throw new AppError('conflict', 'Met deze code is de enquête al ingevuld. Bedankt!');
      await repo.voegResponsenToe(trx, [{ ronde_id: u.ronde_id, buurt_code: u.buurt_code, leeftijd: a.leeftijd ?? null, geslacht: a.geslacht ?? null, antwoorden: JSON.stringify(this.schoon(a.antwoorden)), bron: 'uitnodiging' }]);
    });
  }

  async rondes() {
    const rondes = await repo.rondes(this.db);
    const tellingen = await repo.respondentenPerBuurt(this.db);
    const uitnodigingen = await repo.uitnodigingenPerBuurt(this.db);
    const buurten = this.gebieden.lijst('buurt');
    const tel = (ronde: string, buurt: string, bron: (b: string) => boolean) =>
      tellingen.filter((t) => t.ronde_id === ronde && t.buurt_code === buurt && bron(t.bron)).reduce((s, t) => s + Number(t.n), 0);
    return rondes.map((r) => ({
      id: r.id,
      naam: r.naam,
      jaar: r.jaar,
      open: r.open,
      openLink: r.open_link,
      codeUrl: this.codeUrl,
      buurten: buurten.map((b) => {
        const u = uitnodigingen.find((x) => x.ronde_id === r.id && x.buurt_code === b.code);
        return {
          buurt: { code: b.code, naam: b.naam },
          url: r.open_link ? `${this.opties.publiekeUrl}/enquete/${this.token(r.id, b.code)}` : null,
          respondenten: tel(r.id, b.code, (x) => x !== 'open'),
          openRespondenten: tel(r.id, b.code, (x) => x === 'open'),
          uitnodigingen: Number(u?.n ?? 0),
          gebruikt: Number(u?.gebruikt ?? 0),
        };
      }),
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
    return this.pagina(l.buurt_code, l.open);
  }

  private pagina(buurtCode: string, open: boolean) {
    const buurt = this.gebieden.lijst('buurt').find((b) => b.code === buurtCode);
    return { naam: this.cfg.naam, inleiding: this.cfg.inleiding, buurt: buurt?.naam ?? buurtCode, open, leeftijdsgroepen: this.cfg.leeftijdsgroepen, geslachten: this.cfg.geslachten, vragen: this.cfg.vragen };
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
    await repo.voegResponsenToe(this.db, [{ ronde_id: l.ronde_id, buurt_code: l.buurt_code, leeftijd: a.leeftijd ?? null, geslacht: a.geslacht ?? null, antwoorden: JSON.stringify(this.schoon(a.antwoorden)), bron: 'open' }]);
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
      let demo = false;
      for (const r of rows) {
        if (gebiedVan(r.buurt_code) !== g) continue;
        const x = r.antwoorden[vraagCode];
        if (x === undefined) continue;
        const waarde = vraag.schatting.soort === 'aandeel' ? (vraag.schatting.antwoorden.includes(String(x)) ? 1 : 0) : Number(x);
        resp.push({ leeftijd: r.leeftijd, geslacht: r.geslacht, waarde });
        if (r.demo) demo = true;
      }
      const leeg: Schatting = { gebied: g, waarde: null, interval: null, n: resp.length, gewogen: false, waarschuwing: null, teWeinig: true, demo };
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
      return { gebied: g, waarde: s.schatting * f, interval: [s.interval[0] * f, s.interval[1] * f], n: resp.length, gewogen: gw.gewogen, waarschuwing: gw.waarschuwing, teWeinig: false, demo };
    });
  }

  async jaren(): Promise<number[]> {
    const r = await repo.jarenMetResponsen(this.db);
    return r.map((x) => x.jaar);
  }
}
