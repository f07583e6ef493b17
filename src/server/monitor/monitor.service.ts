import type { Kysely } from 'kysely';
import { zwaar } from '../platform/voorrang.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import type { IndicatorDef, MonitorInstellingen, ProgrammaDef } from './monitor.config.ts';
import type { MeldingenInstellingen } from '../meldingen/meldingen.config.ts';
import { parseCbs, type CbsResultaat } from './cbs-import.ts';
import * as repo from './monitor.repository.ts';
import { poissonInterval, poissonStaarten, poissonTrend } from './statistiek.ts';
import type { IncidentenService } from '../incidenten/incidenten.service.ts';
import { leesImportlog, metImportlog, registreerImport, type ImportRegel } from '../platform/importlog.ts';
import type { EnqueteService } from '../enquete/enquete.service.ts';
import type { MeldingenService } from '../meldingen/meldingen.service.ts';
import { gebruikerNamen } from '../toegang/toegang.service.ts';
import type { GemeentenVergelijking, NieuwSignaal, Observatie as ObservatieApi, Profiel, Signalen, Trend } from '../../contract/api/monitor.ts';
import type { Static } from 'typebox';
import type { DoelSchema } from '../../contract/api/monitor.ts';

type Doel = Static<typeof DoelSchema>;

export type Niveau = 'buurt' | 'wijk' | 'gemeente';

export type Observatie = ObservatieApi;

/** A count as a rate: factor `f` (per / denominator) applied to the count and its exact Poisson interval. */
function opSchaal(teller: number, f: number): { waarde: number; interval: [number, number] } {
  const ci = poissonInterval(teller);
  return { waarde: teller * f, interval: [ci[0] * f, ci[1] * f] };
}


/**
 * Monitor: indicators as data (config monitor.json), published statistics (CBS/politie), incidents and our
 * own meldingen, computed per area and period with aggregation buurt → wijk → gemeente.
 */
export class MonitorService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: MonitorInstellingen,
    private readonly meldingenCfg: MeldingenInstellingen,
    private readonly gebieden: GebiedenService,
    private readonly incidenten: IncidentenService,
    private readonly enquete: EnqueteService,
    private readonly meldingen: Pick<MeldingenService, 'telPerGebied' | 'jaren'>,
    private readonly opties: { rootDir: string; gemeenteCode: string; gemeenteNaam: string },
    /** Published figures are read for aggregation from a read replica when there is one. */
    private readonly dbLezen: Kysely<DB> = db,
  ) {}



  indicatoren() {
    return this.cfg.indicatoren;
  }

  indicator(code: string): IndicatorDef {
    const i = this.cfg.indicatoren.find((x) => x.code === code);
    if (!i) throw new AppError('niet_gevonden', `Indicator ${code} bestaat niet.`);
    return i;
  }

  // ------------------------------------------------------------------------------------- imports

  /** Import a CBS/politie file (OData v3/v4 JSON or typed CSV) in one transaction; a refusal is logged too. */
  importCbs(
    ctx: AuditContext,
    tekst: string,
    bestand: string,
    onProgress?: (n: number, totaal: number) => void,
    maten?: Record<string, string>,
    opties: { demo?: boolean } = {},
  ): Promise<CbsResultaat & { importId: number; onbekendeGebieden: string[] }> {
    return metImportlog(this.db, { soort: 'cbs', bestand }, () => this.leesCbsIn(ctx, tekst, bestand, onProgress, maten, opties));
  }

  /** Recent imports of statistics and incidents, refused ones included. */
  importlog(limiet: number): Promise<ImportRegel[]> {
    return leesImportlog(this.db, limiet);
  }

  private async leesCbsIn(
    ctx: AuditContext,
    tekst: string,
    bestand: string,
    onProgress: ((n: number, totaal: number) => void) | undefined,
    maten: Record<string, string> | undefined,
    opties: { demo?: boolean },
  ): Promise<CbsResultaat & { importId: number; onbekendeGebieden: string[] }> {
    const gebiedNamen = new Map<string, string>([[this.opties.gemeenteNaam.toLowerCase(), this.opties.gemeenteCode]]);
    for (const n of ['wijk', 'buurt'] as const) for (const g of this.gebieden.lijst(n)) gebiedNamen.set(g.naam.toLowerCase(), g.code);
    const r = parseCbs(tekst, { gemeenteCode: this.opties.gemeenteCode, gebiedscodes: this.cfg.gebiedscodes, misdrijfCodes: this.incidenten.codelijst().codes, maten, gebiedNamen, misdrijfTitels: this.incidenten.codelijst().titels });
    const bekend = new Set(['gemeente', 'wijk', 'buurt'].flatMap((n) => this.gebieden.lijst(n as Niveau).map((g) => g.code)));
    const onbekendeGebieden = [...new Set(r.rijen.map((x) => x.gebied_code).filter((c) => !bekend.has(c)))].sort();
    const importId = await this.db.transaction().execute(async (trx) => {
      const id = await registreerImport(trx, { soort: `cbs-${r.formaat}`, bestand, bron: opties.demo ? `demo (${bestand})` : `CBS/politie (${bestand})`, rijen: r.rijen.length, details: { overgeslagen: r.overgeslagen, geheim: r.geheim, omgezet: r.omgezet, onbekendeGebieden } });
      await repo.upsertStatistiek(trx, r.rijen, opties.demo ? `demo (${bestand})` : `CBS/politie (${bestand})`, id, opties.demo === true, (n) => onProgress?.(n, r.rijen.length));
      await logVerwerking(trx, ctx, { actie: 'monitor.importeren', objectType: 'statistiek', objectId: String(id), doel: 'veiligheidsbeeld', persoonsgegevens: false, details: { bestand, formaat: r.formaat, rijen: r.rijen.length } });
      return id;
    });
    return { ...r, importId, onbekendeGebieden };
  }


  // ------------------------------------------------------------------------------------- observations

  private gebiedenVan(niveau: Niveau) {
    return this.gebieden.lijst(niveau);
  }

  private categorieenVanThema(thema: string): string[] {
    return this.meldingenCfg.categorieen.filter((c) => c.thema === thema).map((c) => c.code);
  }

  /** Periods with data for an indicator, newest first. */
  async perioden(code: string): Promise<string[]> {
    const ind = this.indicator(code);
    const uit = new Set<string>();
    if (ind.teller.reeksen) for (const p of await repo.periodenVanReeksen(this.dbLezen, ind.teller.reeksen)) uit.add(p);
    if (ind.teller.incidenten) for (const j of await this.incidenten.jaren(ind.teller.incidenten)) uit.add(String(j));
    if (ind.teller.meldingenThema) for (const j of await this.meldingen.jaren()) uit.add(String(j));
    if (ind.teller.enquete) for (const j of await this.enquete.jaren()) uit.add(String(j));
    return [...uit].sort().reverse();
  }

  /** The indicator for every area of a level in one period (the choropleth and its table). */
  async observaties(code: string, niveau: Niveau, periode: string): Promise<Observatie[]> {
    return zwaar(async () => {
      const ind = this.indicator(code);
      if (!/^\d{4}(-\d{2})?$/.test(periode)) throw new AppError('validatie', 'De periode is een jaar (2024) of een maand (2024-03).');
      const gebieden = niveau === 'gemeente' ? [{ code: this.opties.gemeenteCode, naam: this.opties.gemeenteNaam, ouder: null }] : this.gebiedenVan(niveau);
      const t = ind.teller;
      if (t.enquete) {
        // Survey estimates are yearly; a month shows the year's figure would mislead, so months have none.
        const sch = periode.length === 4 ? await this.enquete.schattingen(t.enquete, Number(periode), niveau, this.opties.gemeenteCode) : [];
        const per = new Map(sch.map((x) => [x.gebied, x]));
        return gebieden.map((g) => {
          const x = per.get(g.code);
          const waarde = x?.waarde ?? null;
          return {
            gebied: { code: g.code, naam: g.naam },
            periode,
            waarde,
            teller: null,
            noemer: null,
            interval: x?.interval ?? null,
            status: 'definitief',
            geheim: false,
            afgeleid: false,
            bron: x && x.n > 0 ? 'enquete' : 'geen',
            herkomst: !x || x.n === 0 ? 'geen' : x.demo ? 'demo' : 'enquete',
            doelStatus: this.doelStatus(ind, waarde, periode),
            respondenten: x?.n ?? 0,
            waarschuwing: x?.waarschuwing ?? null,
          };
        });
      }
      const teller = new Map<string, { waarde: number | null; geheim: boolean; voorlopig: boolean; afgeleid: boolean; bron: Observatie['bron']; demo: boolean }>();
      // Counts of incidents or meldingen per area ('*' = the gemeente); an area without any counts 0, and is demo
      // when all counted rows of the period are.
      const zetTellingen = (rows: { gebied: string; n: number; demo: number }[], bron: 'incidenten' | 'meldingen', voorlopig: boolean, overschrijven: boolean) => {
        const per = new Map(rows.map((r) => [r.gebied, r]));
        const alleDemo = rows.length > 0 && rows.every((r) => r.demo === r.n);
        for (const g of gebieden) {
          if (!overschrijven && teller.has(g.code)) continue;
          const r = per.get(niveau === 'gemeente' ? '*' : g.code);
          teller.set(g.code, { waarde: r?.n ?? 0, geheim: false, voorlopig, afgeleid: false, bron, demo: r ? r.demo > 0 : alleDemo });
        }
      };

      if (t.reeksen) {
        const direct = await repo.somReeksen(this.dbLezen, t.reeksen, periode, gebieden.map((g) => g.code));
        for (const r of direct) {
          // A sum over several series is only complete when every series was present.
          const compleet = Number(r.delen) === t.reeksen.length;
          teller.set(r.gebied_code, { waarde: r.geheim || !compleet ? null : Number(r.waarde), geheim: r.geheim, voorlopig: r.voorlopig, afgeleid: false, bron: 'statistiek', demo: r.demo });
        }
        // Aggregate from the level below where the publisher gave nothing for an area.
        const onder: Niveau | undefined = niveau === 'gemeente' ? 'wijk' : niveau === 'wijk' ? 'buurt' : undefined;
        if (onder && gebieden.some((g) => !teller.has(g.code))) {
          const kinderen = await this.observaties(code, onder, periode);
          const ouders = new Map(this.gebiedenVan(onder).map((g) => [g.code, g.ouder]));
          // Synthetic parts are never summed into an area that has real figures of these series in some year:
          // a demo sum would pose as the next year of a real series (the city population jumping by 10 %).
          const echt = new Set(await repo.gebiedenMetEchteReeksen(this.dbLezen, t.reeksen, gebieden.map((g) => g.code)));
          for (const g of gebieden) {
            if (teller.has(g.code)) continue;
            const mijn = kinderen.filter((k) => (niveau === 'gemeente' ? true : ouders.get(k.gebied.code) === g.code) && k.bron === 'statistiek');
            if (mijn.length === 0) continue;
            const demo = mijn.some((k) => k.herkomst === 'demo');
            if (demo && echt.has(g.code)) continue;
            const geheim = mijn.some((k) => k.teller === null);
            teller.set(g.code, { waarde: geheim ? null : mijn.reduce((s, k) => s + k.teller!, 0), geheim, voorlopig: mijn.some((k) => k.status === 'voorlopig'), afgeleid: true, bron: 'statistiek', demo });
          }
        }
      }
      if (t.incidenten && gebieden.some((g) => !teller.has(g.code))) {
        // Incidents count (zeros included) for a period whose year has incidents of these kinds at all.
        const heeft = (await this.incidenten.jaren(t.incidenten)).includes(Number(periode.slice(0, 4)));
        const rows = heeft ? await this.incidenten.telPerGebied(t.incidenten, periode, niveau) : [];
        if (heeft) {
          zetTellingen(rows, 'incidenten', false, false);
        }
      }
      if (t.meldingenThema) {
        const rows = await this.meldingen.telPerGebied(this.categorieenVanThema(t.meldingenThema), periode, niveau);
        zetTellingen(rows, 'meldingen', periode.slice(0, 4) === String(new Date().getUTCFullYear()), true);
      }

      const noemers = ind.noemer ? await this.noemers(ind.noemer.reeks, gebieden.map((g) => g.code), periode.slice(0, 4)) : new Map<string, { waarde: number; demo: boolean }>();
      return gebieden.map((g) => {
        const tl = teller.get(g.code);
        const noemerDemo = ind.noemer ? (noemers.get(g.code)?.demo ?? false) : false;
        const herkomst: Observatie['herkomst'] = !tl || tl.waarde === null ? 'geen' : tl.demo || noemerDemo ? 'demo' : tl.bron === 'meldingen' ? 'eigen_registratie' : 'cbs_politie';
        const base = { gebied: { code: g.code, naam: g.naam }, periode, status: (tl?.voorlopig ? 'voorlopig' : 'definitief') as Observatie['status'], geheim: tl?.geheim ?? false, afgeleid: tl?.afgeleid ?? false, bron: tl?.bron ?? ('geen' as const), herkomst };
        if (!tl || tl.waarde === null) return { ...base, waarde: null, teller: null, noemer: null, interval: null, doelStatus: null, respondenten: null, waarschuwing: null };
        const isTelling = ind.eenheid === 'aantal' || !!ind.noemer;
        const ci = isTelling && Number.isInteger(tl.waarde) ? poissonInterval(tl.waarde) : null;
        let waarde: number | null = tl.waarde;
        let interval = ci;
        let noemer: number | null = null;
        if (ind.noemer) {
          noemer = noemers.get(g.code)?.waarde ?? null;
          waarde = noemer ? (tl.waarde / noemer) * ind.noemer.per : null;
          interval = noemer && ci ? [(ci[0] / noemer) * ind.noemer.per, (ci[1] / noemer) * ind.noemer.per] : null;
        }
        return { ...base, waarde, teller: tl.waarde, noemer, interval, doelStatus: this.doelStatus(ind, waarde, periode), respondenten: null, waarschuwing: null };
      });
    });
  }

  /** The denominator counts are compared on (monitor.json `vergelijking.noemer`). */
  vergelijkingsNoemer() {
    return this.cfg.vergelijking.noemer;
  }

  /**
   * A count indicator per inhabitant (the configured denominator) for every area: the default of the
   * choropleth, because a map of counts mostly shows where many people live. Rates and survey figures are
   * refused: they are comparable already.
   */
  async observatiesPerInwoner(code: string, niveau: Niveau, periode: string): Promise<Observatie[]> {
    const ind = this.indicator(code);
    if (ind.teller.enquete || ind.noemer || ind.eenheid !== 'aantal') throw new AppError('validatie', `${ind.naam} is al een verhouding (${ind.eenheid}); vraag de waarde zelf op.`);
    const obs = await this.observaties(code, niveau, periode);
    const n = this.cfg.vergelijking.noemer;
    const noemers = await this.noemers(n.reeks, obs.map((o) => o.gebied.code), periode.slice(0, 4));
    return obs.map((o) => {
      if (o.teller === null) return o;
      const d = noemers.get(o.gebied.code);
      if (!d || d.waarde <= 0) return { ...o, waarde: null, interval: null, noemer: null, doelStatus: null, waarschuwing: 'Geen inwonersaantal voor dit gebied.' };
      // Targets are set on the indicator's own unit, so they do not apply to the rate.
      return { ...o, ...opSchaal(o.teller, n.per / d.waarde), noemer: d.waarde, doelStatus: null, herkomst: d.demo ? 'demo' : o.herkomst };
    });
  }

  /**
   * The target of the programme period a year falls in (a 2016 figure is held against MJP 2015-2018, not the
   * current programme). Every period says whether the gemeente set a value; without one there is no status.
   */
  doelVoor(ind: IndicatorDef, jaar?: number): Doel {
    const p = this.programmaVoor(jaar);
    if (!p) return null;
    const d = ind.doelen?.find((x) => x.programma === p.code);
    const vastgesteld = d?.operator !== undefined && d.waarde !== undefined;
    return { programma: p, vastgesteld, operator: vastgesteld ? d!.operator! : null, waarde: vastgesteld ? d!.waarde! : null, ambitie: d?.ambitie ?? null };
  }

  /** The programme in force, or the one that covers a year. */
  programmaVoor(jaar?: number): ProgrammaDef | undefined {
    return jaar === undefined ? this.cfg.programmas.find((x) => x.code === this.cfg.huidigProgramma) : this.cfg.programmas.find((x) => jaar >= x.van && jaar <= x.tot);
  }

  private doelStatus(ind: IndicatorDef, waarde: number | null, periode: string): Observatie['doelStatus'] {
    const doel = this.doelVoor(ind, Number(periode.slice(0, 4)));
    if (!doel || doel.operator === null || doel.waarde === null || waarde === null) return null;
    const ok = doel.operator === '<=' ? waarde <= doel.waarde : waarde >= doel.waarde;
    return ok ? 'op_koers' : 'niet_op_koers';
  }

  /** Denominator per area: the same year, or the latest earlier year the publisher has (figures lag). */
  private async noemers(reeks: string, gebieden: string[], jaar: string): Promise<Map<string, { waarde: number; demo: boolean }>> {
    const uit = new Map<string, { waarde: number; demo: boolean }>();
    const jaren = (await repo.periodenVanReeksen(this.dbLezen, [reeks])).filter((p) => p.length === 4 && p <= jaar);
    for (const j of jaren) {
      const ontbreekt = gebieden.filter((g) => !uit.has(g));
      if (ontbreekt.length === 0) break;
      for (const r of await repo.somReeksen(this.dbLezen, [reeks], j, ontbreekt)) if (!r.geheim && r.waarde !== null) uit.set(r.gebied_code, { waarde: Number(r.waarde), demo: r.demo });
    }
    return uit;
  }

  /**
   * One area over the years: the value per year with its interval, the target, the difference with four
   * years earlier and with the mean of the earlier years.
   */
  async trend(code: string, gebiedCode: string): Promise<Trend> {
    const ind = this.indicator(code);
    const niveau = this.niveauVan(gebiedCode);
    const jaren = (await this.perioden(code)).filter((p) => p.length === 4).sort();
    const reeks = [];
    for (const j of jaren) {
      const o = (await this.observaties(code, niveau, j)).find((x) => x.gebied.code === gebiedCode);
      if (o) reeks.push({ periode: j, waarde: o.waarde, interval: o.interval, status: o.status, geheim: o.geheim, doelStatus: o.doelStatus, herkomst: o.herkomst });
    }
    const laatste = [...reeks].reverse().find((r) => r.waarde !== null);
    const vierJaar = laatste ? reeks.find((r) => Number(r.periode) === Number(laatste.periode) - 4 && r.waarde !== null) : undefined;
    const eerder = laatste ? reeks.filter((r) => r.periode < laatste.periode && r.waarde !== null) : [];
    const gemiddelde = eerder.length ? eerder.reduce((s, r) => s + r.waarde!, 0) / eerder.length : null;
    return {
      indicator: { code: ind.code, naam: ind.naam, eenheid: ind.eenheid, richting: ind.richting, doel: this.doelVoor(ind) },
      gebied: gebiedCode,
      reeks,
      laatste: laatste ?? null,
      vergelijking: {
        vierJaarEerder: vierJaar ? { periode: vierJaar.periode, waarde: vierJaar.waarde, verschil: laatste!.waarde! - vierJaar.waarde! } : null,
        meerjarigGemiddelde: gemiddelde === null ? null : { jaren: eerder.length, waarde: gemiddelde, verschil: laatste!.waarde! - gemiddelde },
      },
    };
  }

  /**
   * Monthly counts of a year flagged when improbable under a Poisson model of the same month in the earlier
   * years (up to five, at least three), with a log-linear trend: 'hoog' when P(X ≥ x) < 0.01, 'laag' when
   * P(X ≤ x) < 0.01. For count indicators (incidents, meldingen, monthly statistics).
   */
  async maandSignalen(code: string, gebiedCode: string, jaar: number): Promise<Signalen> {
    const ind = this.indicator(code);
    if (ind.teller.enquete) throw new AppError('validatie', 'Enquête-indicatoren hebben geen maandcijfers.');
    this.niveauVan(gebiedCode);
    const maanden = [];
    for (let m = 1; m <= 12; m++) {
      const x = await this.maandTelling(code, gebiedCode, jaar, m);
      const t = x === null ? { verwacht: null, p: null, signaal: null, eerdereJaren: 0 } : await this.maandToets(code, gebiedCode, jaar, m, x);
      maanden.push({ maand: `${jaar}-${String(m).padStart(2, '0')}`, aantal: x, ...t });
    }
    return { indicator: ind.code, gebied: gebiedCode, jaar, maanden };
  }

  /** The count of an indicator in one area and month; null when there is no source for it. */
  private async maandTelling(code: string, gebiedCode: string, jaar: number, m: number): Promise<number | null> {
    const o = (await this.observaties(code, this.niveauVan(gebiedCode), `${jaar}-${String(m).padStart(2, '0')}`)).find((x) => x.gebied.code === gebiedCode);
    return o && o.bron !== 'geen' ? o.teller : null;
  }

  /** A month's count against the same month in up to five earlier years (at least three), with a trend. */
  private async maandToets(code: string, gebiedCode: string, jaar: number, m: number, x: number) {
    const eerder: { j: number; y: number }[] = [];
    for (let j = jaar - 5; j < jaar; j++) {
      const y = await this.maandTelling(code, gebiedCode, j, m);
      if (y !== null) eerder.push({ j, y });
    }
    let verwacht: number | null = null;
    let signaal: 'hoog' | 'laag' | null = null;
    let p: number | null = null;
    if (eerder.length >= 3) {
      const f = poissonTrend(eerder.map((e) => e.j), eerder.map((e) => e.y));
      verwacht = Math.exp(f.a + f.b * jaar);
      const st = poissonStaarten(Math.round(x), verwacht);
      p = Math.min(st.boven, st.onder);
      if (st.boven < 0.01) signaal = 'hoog';
      else if (st.onder < 0.01) signaal = 'laag';
    }
    return { verwacht, p, signaal, eerdereJaren: eerder.length };
  }

  /**
   * New signals for the analyst's start page: for every count indicator, the gemeente's last three complete
   * months with data, each tested as in maandSignalen. Trailing months without a single case (the figures
   * are not in yet) and the running month are not "data", or every delay would read as a drop.
   */
  async nieuweSignalen(nu = new Date()): Promise<NieuwSignaal[]> {
    const gebied = this.opties.gemeenteCode;
    const lopend = nu.toISOString().slice(0, 7);
    const uit: NieuwSignaal[] = [];
    for (const ind of this.cfg.indicatoren) {
      if (ind.teller.enquete) continue;
      const jaar = (await this.perioden(ind.code)).map((p) => Number(p.slice(0, 4)))[0];
      if (jaar === undefined) continue;
      const maanden: { maand: string; m: number; x: number }[] = [];
      for (let m = 12; m >= 1 && maanden.length < 3; m--) {
        const maand = `${jaar}-${String(m).padStart(2, '0')}`;
        if (maand >= lopend) continue;
        const x = await this.maandTelling(ind.code, gebied, jaar, m);
        if (x === null || (x === 0 && maanden.length === 0)) continue;
        maanden.push({ maand, m, x });
      }
      for (const { maand, m, x } of maanden) {
        const t = await this.maandToets(ind.code, gebied, jaar, m, x);
        if (t.signaal) uit.push({ indicator: ind.code, naam: ind.naam, gebied, maand, aantal: x, verwacht: t.verwacht!, p: t.p!, signaal: t.signaal });
      }
    }
    return uit.sort((a, b) => b.maand.localeCompare(a.maand) || a.p - b.p);
  }

  niveauVan(code: string): Niveau {
    if (code === this.opties.gemeenteCode) return 'gemeente';
    if (/^WK\d{6}$/.test(code)) return 'wijk';
    if (/^BU\d{8}$/.test(code)) return 'buurt';
    throw new AppError('validatie', `Onbekende gebiedscode ${code}.`);
  }


  /** The buurt (or wijk) profile: every indicator for the area in a year, and the analysts' notes. */
  async profiel(gebiedCode: string, jaar: string): Promise<Profiel> {
    return zwaar(async () => {
      const niveau = this.niveauVan(gebiedCode);
      const gebied = niveau === 'gemeente' ? { code: gebiedCode, naam: this.opties.gemeenteNaam } : this.gebiedenVan(niveau).find((g) => g.code === gebiedCode);
      if (!gebied) throw new AppError('niet_gevonden', `Gebied ${gebiedCode} bestaat niet.`);
      const indicatoren = [];
      // The comparison denominators of this area and the gemeente: the same for every count indicator.
      const noemersVgl = niveau === 'gemeente' ? new Map() : await this.noemers(this.cfg.vergelijking.noemer.reeks, [gebiedCode, this.opties.gemeenteCode], jaar.slice(0, 4));
      for (const ind of this.cfg.indicatoren) {
        const eigen = (await this.observaties(ind.code, niveau, jaar)).find((o) => o.gebied.code === gebiedCode)!;
        const stad = niveau === 'gemeente' ? eigen : (await this.observaties(ind.code, 'gemeente', jaar))[0]!;
        const vgl = niveau === 'gemeente' ? null : this.vergelijkMetGemeente(ind, eigen, stad, noemersVgl);
        const doel = this.doelVoor(ind, Number(jaar)) ?? this.doelVoor(ind);
        const peil = doel ? (await this.observaties(ind.code, niveau, String(doel.programma.peiljaar))).find((o) => o.gebied.code === gebiedCode) : undefined;
        indicatoren.push({
          code: ind.code,
          naam: ind.naam,
          eenheid: ind.eenheid,
          richting: ind.richting,
          soort: ind.teller.enquete ? ('beleving' as const) : ('objectief' as const),
          doel,
          nulmeting: peil && peil.waarde !== null ? { jaar: doel!.programma.peiljaar, waarde: peil.waarde } : null,
          waarde: eigen.waarde,
          interval: eigen.interval,
          geheim: eigen.geheim,
          doelStatus: eigen.doelStatus,
          gemeente: stad.waarde,
          herkomst: vgl?.demo ? ('demo' as const) : eigen.herkomst,
          vergelijking: vgl?.vergelijking ?? null,
        });
      }
      const rijen = await repo.duidingen(this.db, gebiedCode);
      const auteurs = await gebruikerNamen(this.db, rijen.map((d) => d.auteur_id));
      const notities = rijen.map((d) => ({ id: d.id, tekst: d.tekst, auteur: auteurs.get(d.auteur_id) ?? '', geschrevenOp: d.geschreven_op.toISOString() }));
      return { gebied: { code: gebied.code, naam: gebied.naam, niveau }, jaar, indicatoren, duiding: notities };
    });
  }

  /**
   * An area against the gemeente on a footing that makes them comparable: rates and survey shares as they
   * are; counts per inhabitant (the configured denominator), or per km² where the area has none. "Beter" or
   * "slechter" only when the area's 95 % interval lies wholly on one side of the gemeente's value.
   */
  private vergelijkMetGemeente(ind: IndicatorDef, eigen: Observatie, stad: Observatie, noemers: Map<string, { waarde: number; demo: boolean }>): { vergelijking: Profiel['indicatoren'][number]['vergelijking']; demo: boolean } | null {
    if (eigen.waarde === null || stad.waarde === null) return null;
    const oordeel = (l: number, h: number, g: number) => {
      if (g >= l && g <= h) return 'niet_te_onderscheiden' as const;
      const hoger = l > g;
      if (ind.richting === 'neutraal') return hoger ? ('hoger' as const) : ('lager' as const);
      return (ind.richting === 'lager_beter') === hoger ? ('slechter' as const) : ('beter' as const);
    };
    const isTelling = !ind.teller.enquete && !ind.noemer && ind.eenheid === 'aantal';
    if (!isTelling) {
      if (!eigen.interval) return null;
      return { vergelijking: { basis: ind.eenheid, eigen: eigen.waarde, interval: eigen.interval, gemeente: stad.waarde, oordeel: oordeel(eigen.interval[0], eigen.interval[1], stad.waarde) }, demo: false };
    }
    // A count of inhabitants per inhabitant says nothing; neutral counts (context figures) are not judged.
    if (ind.richting === 'neutraal' || eigen.teller === null || stad.teller === null) return null;
    const n = this.cfg.vergelijking.noemer;
    const na = noemers.get(eigen.gebied.code);
    const ng = noemers.get(stad.gebied.code);
    const vergelijk = (basis: string, f: number, g: number, demo: boolean) => {
      const e = opSchaal(eigen.teller!, f);
      return { vergelijking: { basis, eigen: e.waarde, interval: e.interval, gemeente: g, oordeel: oordeel(e.interval[0], e.interval[1], g) }, demo };
    };
    if (na && ng && na.waarde > 0 && ng.waarde > 0) return vergelijk(n.eenheid, n.per / na.waarde, (stad.teller / ng.waarde) * n.per, na.demo || ng.demo);
    const ka = this.gebieden.oppervlakteKm2(eigen.gebied.code);
    const kg = this.gebieden.oppervlakteKm2(stad.gebied.code);
    if (!ka || !kg) return null;
    return vergelijk('per km²', 1 / ka, stad.teller / kg, false);
  }

  // ------------------------------------------------------------------------------------- other gemeenten

  /** Load the CBS figures of all gemeenten (registered crime and inhabitants) shipped in data/monitor/. */
  async gemeentenInlezen(tekst: string, bron: string): Promise<number> {
    const regels = tekst.trim().split(/\r?\n/);
    const kop = regels[0]!.split(';');
    const k = (naam: string) => {
      const i = kop.indexOf(naam);
      if (i < 0) throw new AppError('validatie', `Kolom ${naam} ontbreekt in ${bron}.`);
      return i;
    };
    const [kg, kp, kj, km, ki] = [k('gemeente'), k('provincie'), k('jaar'), k('misdrijven_totaal'), k('inwoners_einde_jaar')];
    const rijen: { gemeente: string; provincie: string; periode: string; bron: string; reeks: string; waarde: number }[] = [];
    for (const r of regels.slice(1)) {
      const c = r.split(';');
      const basis = { gemeente: c[kg]!, provincie: c[kp]!, periode: c[kj]!, bron };
      if (c[km]) rijen.push({ ...basis, reeks: 'misdrijven:0.0.0', waarde: Number(c[km]) });
      if (c[ki]) rijen.push({ ...basis, reeks: 'bevolking:inwoners', waarde: Number(c[ki]) });
    }
    await this.db.transaction().execute((trx) => repo.vervangGemeenteCijfers(trx, rijen));
    return rijen.length;
  }

  /**
   * This gemeente among others (waarstaatjegemeente-style): registered crime per 1,000 inhabitants for every
   * gemeente of a comparison group in a year, with exact Poisson intervals, and where this gemeente stands
   * against the group as a whole. Gemeenten without an inhabitant figure for the year are left out.
   */
  async gemeentenVergelijken(jaar: string | undefined, groepCode: string | undefined): Promise<GemeentenVergelijking> {
    const reeks = 'misdrijven:0.0.0';
    const groepen = this.cfg.vergelijking.gemeenten;
    const groep = groepCode ? groepen.find((g) => g.code === groepCode) : groepen[0];
    if (!groep) throw new AppError('validatie', `Onbekende vergelijkingsgroep ${groepCode}. Kies uit: ${groepen.map((g) => g.code).join(', ')}.`);
    const jaren = await repo.gemeenteCijferJaren(this.dbLezen, reeks);
    const j = jaar ?? jaren[0];
    if (jaar !== undefined && !jaren.includes(jaar)) throw new AppError('validatie', `Voor ${jaar} zijn er geen cijfers van andere gemeenten. Jaren: ${jaren.join(', ') || 'geen'}.`);
    const rows = j ? await repo.gemeenteCijfers(this.dbLezen, [reeks, 'bevolking:inwoners'], j) : [];
    const per = new Map<string, { provincie: string; aantal?: number; inwoners?: number; bron: string }>();
    for (const r of rows) {
      const x = per.get(r.gemeente) ?? { provincie: r.provincie, bron: r.bron };
      if (r.reeks === reeks) x.aantal = r.waarde;
      else x.inwoners = r.waarde;
      per.set(r.gemeente, x);
    }
    const eigenNaam = this.opties.gemeenteNaam;
    const inGroep = (naam: string, x: { provincie: string; inwoners?: number }) =>
      naam === eigenNaam ||
      ((groep.gemeenten ? groep.gemeenten.includes(naam) : true) &&
        (groep.provincie ? x.provincie === groep.provincie : true) &&
        (groep.inwonersVan !== undefined ? (x.inwoners ?? 0) >= groep.inwonersVan : true) &&
        (groep.inwonersTot !== undefined ? (x.inwoners ?? Infinity) < groep.inwonersTot : true));
    const rijen = [...per.entries()]
      .filter(([naam, x]) => x.aantal !== undefined && x.inwoners !== undefined && x.inwoners > 0 && inGroep(naam, x))
      .map(([naam, x]) => {
        const ci = poissonInterval(x.aantal!);
        const f = 1000 / x.inwoners!;
        return { gemeente: naam, provincie: x.provincie, aantal: x.aantal!, inwoners: x.inwoners!, waarde: x.aantal! * f, interval: [ci[0] * f, ci[1] * f] as [number, number], eigen: naam === eigenNaam };
      })
      .sort((a, b) => a.waarde - b.waarde || a.gemeente.localeCompare(b.gemeente, 'nl'));
    const anderen = rijen.filter((r) => !r.eigen);
    const groepWaarde = anderen.length ? (anderen.reduce((s, r) => s + r.aantal, 0) / anderen.reduce((s, r) => s + r.inwoners, 0)) * 1000 : null;
    const e = rijen.findIndex((r) => r.eigen);
    const eigen = e < 0 || groepWaarde === null ? null : {
      gemeente: eigenNaam,
      positie: e + 1,
      van: rijen.length,
      oordeel: rijen[e]!.interval[0] > groepWaarde ? ('slechter' as const) : rijen[e]!.interval[1] < groepWaarde ? ('beter' as const) : ('niet_te_onderscheiden' as const),
    };
    return {
      reeks,
      naam: 'Geregistreerde misdrijven per 1.000 inwoners',
      eenheid: 'per 1.000 inwoners',
      jaar: j ?? '',
      jaren,
      groep: { code: groep.code, naam: groep.naam },
      groepen: groepen.map((g) => ({ code: g.code, naam: g.naam, naamEn: g.naamEn })),
      bron: rows[0]?.bron ?? 'CBS',
      groepWaarde,
      eigen,
      rijen,
    };
  }

  async duidingToevoegen(ctx: AuditContext, auteurId: string, gebiedCode: string, tekst: string): Promise<string> {
    this.niveauVan(gebiedCode);
    const t = tekst.trim();
    if (t.length < 3) throw new AppError('validatie', 'Schrijf een duiding van minstens 3 tekens.', [{ veld: 'tekst', melding: 'te kort' }]);
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.nieuweDuiding(trx, { gebied_code: gebiedCode, tekst: t, auteur_id: auteurId });
      await logVerwerking(trx, ctx, { actie: 'monitor.duiding_schrijven', objectType: 'gebied', objectId: gebiedCode, doel: 'veiligheidsbeeld', persoonsgegevens: false });
      return id;
    });
  }

}
