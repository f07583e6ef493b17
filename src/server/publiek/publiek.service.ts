import { createHash } from 'node:crypto';
import type { PubliekGebied } from '../../contract/api/publiek.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { MeldingenInstellingen } from '../meldingen/meldingen.config.ts';
import type { MeldingenService } from '../meldingen/meldingen.service.ts';
import type { MonitorService, Niveau } from '../monitor/monitor.service.ts';
import { AppError } from '../platform/errors.ts';
import { maakBestand, type Bestand } from '../platform/export.ts';
import { onderdruk, type Groep } from '../platform/onderdrukking.ts';
import type { ParticipatieService } from '../participatie/participatie.service.ts';
import type { ProgrammaService } from '../programma/programma.service.ts';
import type { PubliekInstellingen } from './publiek.config.ts';

const BEWAAR_MS = 10 * 60_000;

interface Cel {
  waarde: number | null;
  interval: [number, number] | null;
  onderdrukt: boolean;
  status: 'voorlopig' | 'definitief';
  demo: boolean;
}

/**
 * The public site: per gemeente, wijk and buurt what may be public — the programme's aims, public maatregelen,
 * the published buurtagenda, figures with small counts suppressed (primary and secondary, over the whole
 * gemeente at once so no page undoes another's suppression), meldingen per category without sensitive
 * categories below gemeente level. Never personal data or free text from meldingen, casussen or notes: the
 * only texts are the programme's and the buurtagenda's, written for publication.
 */
export class PubliekService {
  private readonly cache = new Map<string, { tot: number; waarde: unknown }>();

  constructor(
    private readonly cfg: PubliekInstellingen,
    private readonly gebieden: GebiedenService,
    private readonly monitor: MonitorService,
    private readonly meldingen: Pick<MeldingenService, 'telPerGebied' | 'jaren'>,
    private readonly meldingenCfg: MeldingenInstellingen,
    private readonly programma: ProgrammaService,
    private readonly participatie: Pick<ParticipatieService, 'publiekeSchouwen' | 'versie'>,
    private readonly gemeente: { code: string; naam: string },
  ) {}

  private async bewaard<T>(sleutel: string, maak: () => Promise<T>): Promise<T> {
    const c = this.cache.get(sleutel);
    if (c && c.tot > Date.now()) return c.waarde as T;
    const waarde = await maak();
    // Keys carry the data versions, so stale entries are never asked for again: drop them now and then.
    if (this.cache.size > 500) for (const [k, v] of this.cache) if (v.tot <= Date.now() || k.startsWith('pagina:')) this.cache.delete(k);
    this.cache.set(sleutel, { tot: Date.now() + BEWAAR_MS, waarde });
    return waarde;
  }

  /** Forget cached pages (after an import, and in tests). */
  vergeet(): void {
    this.cache.clear();
  }

  private niveauVan(code: string): Niveau {
    if (code === this.gemeente.code) return 'gemeente';
    const n = this.gebieden.niveauVan(code);
    if (n === 'wijk' || n === 'buurt') return n;
    throw new AppError('niet_gevonden', 'Dit gebied bestaat niet in deze gemeente.');
  }

  /** The groups in which parts add up to a shown total: buurten in their wijk, wijken in the gemeente. */
  private hierarchie(sleutel: (code: string) => string): Groep[] {
    const wijken = this.gebieden.lijst('wijk');
    const buurten = this.gebieden.lijst('buurt');
    return [
      { totaal: sleutel(this.gemeente.code), delen: wijken.map((w) => sleutel(w.code)) },
      ...wijken.map((w) => ({ totaal: sleutel(w.code), delen: buurten.filter((b) => b.ouder === w.code).map((b) => sleutel(b.code)) })),
    ];
  }

  private weergave(v: number | null, onderdrukt: boolean, eenheid: string): string {
    if (onderdrukt) return `< ${this.cfg.minimumAantal}`;
    if (v === null) return '–';
    const decimalen = eenheid === 'aantal' ? 0 : 1;
    return new Intl.NumberFormat('nl-NL', { maximumFractionDigits: decimalen, minimumFractionDigits: decimalen }).format(v);
  }

  /**
   * One indicator in one period for every area, suppressed as one table: a count of 1–4 (and any cell it could
   * be derived from) is hidden, and a rate built on a hidden count is hidden with it.
   */
  private cellen(code: string, periode: string): Promise<Map<string, Cel>> {
    return this.bewaard(`cellen:${code}:${periode}`, async () => {
      const ind = this.monitor.indicator(code);
      const obs = [
        ...(await this.monitor.observaties(code, 'gemeente', periode)),
        ...(await this.monitor.observaties(code, 'wijk', periode)),
        ...(await this.monitor.observaties(code, 'buurt', periode)),
      ];
      const telbaar = !ind.teller.enquete;
      const aantallen = new Map<string, number>();
      if (telbaar) for (const o of obs) if (o.teller !== null && !o.geheim) aantallen.set(o.gebied.code, Math.round(o.teller));
      const verborgen = telbaar ? onderdruk(aantallen, this.hierarchie((c) => c), this.cfg.minimumAantal) : new Set<string>();
      const uit = new Map<string, Cel>();
      for (const o of obs) {
        const weg = o.geheim || verborgen.has(o.gebied.code);
        uit.set(o.gebied.code, { waarde: weg ? null : o.waarde, interval: weg ? null : (o.interval ?? null), onderdrukt: weg, status: o.status, demo: o.herkomst === 'demo' });
      }
      return uit;
    });
  }

  /** Meldingen per public category for every area of a year, suppressed over areas and categories together. */
  private meldingTabel(jaar: number): Promise<{ categorieen: { code: string; naam: string; gevoelig: boolean }[]; n: Map<string, number>; verborgen: Set<string>; demo: boolean }> {
    return this.bewaard(`meldingen:${jaar}`, async () => {
      const categorieen = this.meldingenCfg.categorieen.map((c) => ({ code: c.code, naam: c.publiekeNaam ?? c.naam, gevoelig: c.gevoelig === true }));
      const n = new Map<string, number>();
      let demo = false;
      const cel = (gebied: string, cat: string) => `${gebied}|${cat}`;
      for (const c of categorieen) {
        for (const niveau of c.gevoelig ? (['gemeente'] as const) : (['gemeente', 'wijk', 'buurt'] as const)) {
          for (const r of await this.meldingen.telPerGebied([c.code], String(jaar), niveau)) {
            const gebied = r.gebied === '*' ? this.gemeente.code : r.gebied;
            n.set(cel(gebied, c.code), r.n);
            if (r.demo > 0) demo = true;
          }
        }
      }
      // Zeros where nothing was counted, so a missing row does not read as "hidden".
      const gebieden = [this.gemeente.code, ...this.gebieden.lijst('wijk').map((w) => w.code), ...this.gebieden.lijst('buurt').map((b) => b.code)];
      for (const c of categorieen) for (const g of c.gevoelig ? [this.gemeente.code] : gebieden) if (!n.has(cel(g, c.code))) n.set(cel(g, c.code), 0);
      // Per area a total of its listed categories.
      const openbaar = (g: string) => categorieen.filter((c) => !c.gevoelig || g === this.gemeente.code);
      for (const g of gebieden) n.set(cel(g, '*'), openbaar(g).reduce((s, c) => s + (n.get(cel(g, c.code)) ?? 0), 0));
      const groepen: Groep[] = [
        ...gebieden.map((g) => ({ totaal: cel(g, '*'), delen: openbaar(g).map((c) => cel(g, c.code)) })),
        ...categorieen.filter((c) => !c.gevoelig).flatMap((c) => this.hierarchie((g) => cel(g, c.code))),
      ];
      // The gemeente total includes sensitive categories, the wijk totals do not: the hierarchy of totals is per category only.
      return { categorieen, n, verborgen: onderdruk(n, groepen, this.cfg.minimumAantal), demo };
    });
  }

  /** The public page of one area (gemeente GM…, wijk WK…, buurt BU…). */
  pagina(code: string): Promise<{ json: PubliekGebied; etag: string }> {
    const niveau = this.niveauVan(code);
    return this.bewaard(`pagina:${code}:${this.programma.versie()}:${this.participatie.versie()}`, async () => {
      const wijken = this.gebieden.lijst('wijk');
      const buurten = this.gebieden.lijst('buurt');
      const zelf = niveau === 'gemeente' ? { code, naam: this.gemeente.naam, ouder: null } : (niveau === 'wijk' ? wijken : buurten).find((x) => x.code === code)!;
      const wijk = niveau === 'buurt' ? wijken.find((w) => w.code === zelf.ouder) ?? null : null;
      const onderdelen = niveau === 'gemeente' ? wijken : niveau === 'wijk' ? buurten.filter((b) => b.ouder === code) : [];

      const cijfers: PubliekGebied['cijfers'] = [];
      for (const def of this.cfg.indicatoren.filter((i) => i.niveaus.includes(niveau))) {
        const ind = this.monitor.indicator(def.code);
        const jaren = (await this.monitor.perioden(def.code)).filter((p) => /^\d{4}$/.test(p)).slice(0, this.cfg.jaren).reverse();
        const reeks = [];
        for (const p of jaren) {
          const c = (await this.cellen(def.code, p)).get(code);
          if (!c || (c.waarde === null && !c.onderdrukt)) continue;
          reeks.push({ periode: p, waarde: c.waarde, weergave: this.weergave(c.waarde, c.onderdrukt, ind.eenheid), interval: c.interval, onderdrukt: c.onderdrukt, status: c.status, demo: c.demo });
        }
        const doel = this.monitor.doelVoor(ind);
        const doelTekst = doel?.vastgesteld && doel.operator && doel.waarde !== null ? `${doel.programma.naam}: ${doel.operator === '<=' ? 'hoogstens' : 'minstens'} ${this.weergave(doel.waarde, false, ind.eenheid)}` : (doel?.ambitie ?? null);
        cijfers.push({ code: ind.code, naam: ind.naam, eenheid: ind.eenheid, bron: ind.bron, richting: ind.richting, doel: doelTekst, reeks });
      }

      const jaar = (await this.meldingen.jaren())[0] ?? new Date().getFullYear();
      const tabel = await this.meldingTabel(jaar);
      const cel = (cat: string) => `${code}|${cat}`;
      const rijen = tabel.categorieen
        .filter((c) => !c.gevoelig || niveau === 'gemeente')
        .map((c) => {
          const weg = tabel.verborgen.has(cel(c.code));
          const n = tabel.n.get(cel(c.code)) ?? 0;
          return { categorie: c.naam, aantal: weg ? null : n, weergave: this.weergave(weg ? null : n, weg, 'aantal') };
        });
      const totaalWeg = tabel.verborgen.has(cel('*'));
      const totaalN = tabel.n.get(cel('*')) ?? 0;

      // An agenda point with no next status is finished (the config's end statuses have no way out).
      const prog = await this.programma.publiek(niveau === 'buurt' ? code : null);
      const buurtschouwen = niveau === 'buurt' ? await this.participatie.publiekeSchouwen(code) : [];
      const demo = buurtschouwen.some((s) => s.demo) || prog.maatregelen.some((m) => m.demo) || prog.agenda.some((a) => a.demo) || cijfers.some((c) => c.reeks.some((r) => r.demo)) || tabel.demo;
      const json: PubliekGebied = {
        gebied: { code, naam: zelf.naam, niveau, wijk: wijk ? { code: wijk.code, naam: wijk.naam } : null, onderdelen: onderdelen.map((o) => ({ code: o.code, naam: o.naam })) },
        programma: prog.programma,
        maatregelen: prog.maatregelen,
        buurtagenda: prog.agenda.filter((a) => a.volgendeStatussen.length > 0).map((a) => ({ titel: a.titel, toelichting: a.toelichting, prioriteit: a.prioriteit, status: a.statusNaam, demo: a.demo })),
        uZeiWijDeden: prog.agenda.filter((a) => a.volgendeStatussen.length === 0 && a.uitkomst).map((a) => ({ titel: a.titel, uitkomst: a.uitkomst!, afgerondOp: a.afgerondOp, demo: a.demo })),
        buurtschouwen,
        cijfers,
        meldingen: { jaar, rijen, totaal: { aantal: totaalWeg ? null : totaalN, weergave: this.weergave(totaalWeg ? null : totaalN, totaalWeg, 'aantal') }, demo: tabel.demo },
        links: { melden: '/melden', buurtberichten: niveau === 'buurt' ? `/buurtberichten?buurt=${code}` : '/buurtberichten', openData: '/api/publiek/open-data' },
        onderdrukking: {
          minimum: this.cfg.minimumAantal,
          uitleg: `Aantallen van 1 tot ${this.cfg.minimumAantal} tonen we als "< ${this.cfg.minimumAantal}", en ook cijfers waaruit zo'n klein aantal terug te rekenen is. Zo is niemand te herkennen.`,
        },
        demo,
      };
      return { json, etag: `"${createHash('sha256').update(JSON.stringify(json)).digest('base64url').slice(0, 27)}"` };
    });
  }

  /** The open-data catalogue: every public indicator with its levels, periods and download addresses. */
  async openData() {
    const uit = [];
    for (const def of this.cfg.indicatoren) {
      const ind = this.monitor.indicator(def.code);
      const perioden = (await this.monitor.perioden(def.code)).filter((p) => /^\d{4}$/.test(p)).slice(0, this.cfg.jaren);
      uit.push({ code: ind.code, naam: ind.naam, eenheid: ind.eenheid, bron: ind.bron, niveaus: def.niveaus, perioden, licentie: this.cfg.licentie.naam, csv: `/api/publiek/open-data/${ind.code}?formaat=csv`, geojson: `/api/publiek/open-data/${ind.code}?formaat=geojson` });
    }
    return uit;
  }

  /** One public indicator for every area of its public levels, suppressed, as CSV or GeoJSON with metadata. */
  async openDataBestand(code: string, formaat: 'csv' | 'geojson', periode?: string): Promise<Bestand> {
    const def = this.cfg.indicatoren.find((i) => i.code === code);
    if (!def) throw new AppError('niet_gevonden', `Indicator ${code} is niet openbaar.`);
    const ind = this.monitor.indicator(code);
    const perioden = (await this.monitor.perioden(code)).filter((p) => /^\d{4}$/.test(p));
    const p = periode ?? perioden[0];
    if (!p || !perioden.includes(p)) throw new AppError('niet_gevonden', `Geen cijfers van ${ind.naam} voor ${periode ?? 'enige periode'}.`);
    const cellen = await this.cellen(code, p);
    const gebieden = [
      ...(def.niveaus.includes('gemeente') ? [{ code: this.gemeente.code, naam: this.gemeente.naam, niveau: 'gemeente' }] : []),
      ...(def.niveaus.includes('wijk') ? this.gebieden.lijst('wijk').map((w) => ({ ...w, niveau: 'wijk' })) : []),
      ...(def.niveaus.includes('buurt') ? this.gebieden.lijst('buurt').map((b) => ({ ...b, niveau: 'buurt' })) : []),
    ];
    const demo = [...cellen.values()].some((c) => c.demo);
    const rijen = gebieden.map((g) => {
      const c = cellen.get(g.code);
      return { g, c, weergave: c ? this.weergave(c.waarde, c.onderdrukt, ind.eenheid) : '–' };
    });
    const meta = { titel: `${ind.naam} (${ind.eenheid}), ${p}`, bron: ind.bron, licentie: this.cfg.licentie, uitgever: `Gemeente ${this.gemeente.naam}`, onderdrukking: `aantallen 1 tot ${this.cfg.minimumAantal} en daaruit af te leiden cellen zijn leeg (onderdrukt = ja)`, demo };
    const naam = `${code.toLowerCase()}-${p}${demo ? '-DEMO' : ''}`;
    if (formaat === 'geojson') {
      const features = rijen.map(({ g, c, weergave }) => {
        let geometry = null;
        try {
          geometry = this.gebieden.feature(g.code).geometry;
        } catch {
          geometry = null;
        }
        return { type: 'Feature', id: g.code, geometry, properties: { code: g.code, naam: g.naam, niveau: g.niveau, periode: p, waarde: c?.waarde ?? null, weergave, onderdrukt: c?.onderdrukt ?? false, status: c?.status ?? null } };
      });
      return { mediatype: 'application/geo+json', bestandsnaam: `${naam}.geojson`, inhoud: Buffer.from(JSON.stringify({ type: 'FeatureCollection', metadata: meta, features })) };
    }
    const csv = await maakBestand(
      'csv',
      naam,
      ['Gebiedscode', 'Gebied', 'Niveau', 'Periode', `${ind.naam} (${ind.eenheid})`, 'Interval laag', 'Interval hoog', 'Onderdrukt', 'Status', 'Bron', 'Licentie', 'Demo'],
      rijen.map(({ g, c }) => [g.code, g.naam, g.niveau, p, c?.waarde ?? null, c?.interval?.[0] ?? null, c?.interval?.[1] ?? null, c?.onderdrukt ?? false, c?.status ?? null, ind.bron, this.cfg.licentie.naam, demo]),
    );
    return { ...csv, mediatype: 'text/csv; charset=utf-8' };
  }
}
