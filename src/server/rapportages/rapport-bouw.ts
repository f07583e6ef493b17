import type { Trend } from '../../contract/api/monitor.ts';
import { wgs84ToRd } from '../gebieden/geo.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { MonitorService } from '../monitor/monitor.service.ts';
import { AppError } from '../platform/errors.ts';
import type { ProgrammaService } from '../programma/programma.service.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';
import { getal, KLEUREN, klassen, klasseVan, type BewijsRegel, type Blok, type Hoofdstuk, type KaartGebied, type RapportDoc } from './rapport-model.ts';
import type { RapportagesInstellingen } from './rapportages.config.ts';

const HERKOMST = { cbs_politie: 'CBS/politie', eigen_registratie: 'eigen registratie', enquete: 'enquête', demo: 'DEMO (verzonnen)', geen: 'geen cijfer' } as const;

/** Progress of a report being built: chapters done out of chapters known so far. */
export type Stap = (gedaan: number, totaal: number) => void;

export interface Bronnen {
  monitor: MonitorService;
  programma: ProgrammaService;
  gebieden: GebiedenService;
  gemeente: { code: string; naam: string };
  cfg: RapportagesInstellingen;
}

/** Parses a report period: a quarter (2026-Q3) or a year (2026). */
export function leesPeriode(p: string): { jaar: number; kwartaal: number | null } {
  const m = /^(\d{4})(?:-Q([1-4]))?$/.exec(p);
  if (!m) throw new AppError('validatie', `Periode "${p}" is geen jaar (2026) of kwartaal (2026-Q3).`, [{ veld: '/periode', melding: 'Gebruik JJJJ of JJJJ-Qn.' }]);
  return { jaar: Number(m[1]), kwartaal: m[2] ? Number(m[2]) : null };
}

/** Collects the evidence rows the figures refer to ("[3]"), never personal data: observations and counts only. */
class Bewijs {
  readonly regels: BewijsRegel[] = [];
  voorlopig = false;
  demo = false;
  noteer(r: Omit<BewijsRegel, 'nr'>): string {
    const nr = this.regels.length + 1;
    this.regels.push({ nr, ...r });
    if (r.status === 'voorlopig') this.voorlopig = true;
    if (r.herkomst === HERKOMST.demo) this.demo = true;
    return `[${nr}]`;
  }
}

const doelTekst = (t: Trend): string => {
  const d = t.indicator.doel;
  if (!d) return 'geen programma voor deze periode';
  if (d.vastgesteld && d.operator && d.waarde !== null) return `${d.operator === '<=' ? 'hoogstens' : 'minstens'} ${getal(d.waarde, t.indicator.eenheid)} (${d.programma.naam})`;
  return `geen streefwaarde vastgesteld${d.ambitie ? `; ambitie: ${d.ambitie}` : ''}`;
};

function grafiek(t: Trend): Blok {
  return {
    soort: 'grafiek',
    titel: `${t.indicator.naam} (${t.indicator.eenheid}), ${t.reeks[0]?.periode ?? ''}-${t.reeks.at(-1)?.periode ?? ''}`,
    eenheid: t.indicator.eenheid,
    punten: t.reeks.filter((r) => r.waarde !== null).map((r) => ({ periode: r.periode, waarde: r.waarde!, laag: r.interval?.[0] ?? null, hoog: r.interval?.[1] ?? null, demo: r.herkomst === 'demo' })),
    doel: t.indicator.doel?.vastgesteld ? t.indicator.doel.waarde : null,
    bron: `Bron: ${[...new Set(t.reeks.map((r) => HERKOMST[r.herkomst]))].join(', ')}`,
  };
}

async function indicatorenVanThemas(b: Bronnen, g: Gebruiker) {
  const boom = await b.programma.boom(g);
  const perThema = boom.themas
    .map((t) => ({ thema: t, codes: [...new Set(t.doelstellingen.flatMap((d) => d.indicatoren))] }))
    .filter((x) => x.codes.length > 0);
  return { boom, perThema };
}

/** The quarterly raadsrapportage criminaliteitscijfers, per MJP theme (or a whole year). */
export async function raadsrapportage(b: Bronnen, g: Gebruiker, periode: string, stap: Stap = () => undefined): Promise<Omit<RapportDoc, 'status' | 'gemaakt'>> {
  const { jaar, kwartaal } = leesPeriode(periode);
  const bewijs = new Bewijs();
  const { boom, perThema } = await indicatorenVanThemas(b, g);
  const inThema = new Set(perThema.flatMap((x) => x.codes));
  const overig = b.cfg.raadsrapportage.indicatoren.filter((c) => !inThema.has(c));
  const alle = [...new Set([...perThema.flatMap((x) => x.codes), ...overig])];
  const trends = new Map<string, Trend>();
  const totaal = alle.length + perThema.length + 1;
  let gedaan = 0;
  for (const c of alle) {
    trends.set(c, await b.monitor.trend(c, b.gemeente.code));
    stap(++gedaan, totaal);
  }

  /** The value for the period: the quarter's months summed for counts, else the latest year up to the period. */
  const waarde = async (t: Trend, j: number): Promise<{ tekst: string; ref: string; status: string } | null> => {
    const ind = b.monitor.indicator(t.indicator.code);
    if (kwartaal !== null && !ind.teller.enquete && !ind.noemer) {
      let som = 0;
      let gevonden = false;
      let status = 'definitief';
      let herkomst: keyof typeof HERKOMST = 'geen';
      for (let m = (kwartaal - 1) * 3 + 1; m <= kwartaal * 3; m++) {
        const o = (await b.monitor.observaties(ind.code, 'gemeente', `${j}-${String(m).padStart(2, '0')}`))[0];
        if (o && o.teller !== null && o.bron !== 'geen') {
          som += o.teller;
          gevonden = true;
          if (o.status === 'voorlopig') status = 'voorlopig';
          herkomst = o.herkomst;
        }
      }
      if (gevonden) {
        const ref = bewijs.noteer({ indicator: ind.naam, gebied: b.gemeente.naam, periode: `${j}-Q${kwartaal}`, waarde: getal(som, 'aantal'), teller: getal(som, 'aantal'), noemer: '–', bron: ind.bron, herkomst: HERKOMST[herkomst], status });
        return { tekst: getal(som, 'aantal'), ref, status };
      }
    }
    const p = [...t.reeks].reverse().find((r) => Number(r.periode) <= j && r.waarde !== null);
    if (!p) return null;
    const o = (await b.monitor.observaties(ind.code, 'gemeente', p.periode))[0];
    const ref = bewijs.noteer({
      indicator: ind.naam,
      gebied: b.gemeente.naam,
      periode: p.periode,
      waarde: getal(p.waarde, ind.eenheid),
      teller: getal(o?.teller ?? null, 'aantal'),
      noemer: getal(o?.noemer ?? null, 'aantal'),
      bron: ind.bron,
      herkomst: HERKOMST[p.herkomst],
      status: p.status,
    });
    const interval = p.interval ? ` (${getal(p.interval[0], ind.eenheid)}-${getal(p.interval[1], ind.eenheid)})` : '';
    return { tekst: `${getal(p.waarde, ind.eenheid)}${interval}${kwartaal !== null ? ` (jaar ${p.periode})` : ''}`, ref, status: p.status };
  };

  const tabelRijen = async (codes: string[]) => {
    const rijen: string[][] = [];
    for (const c of codes) {
      const t = trends.get(c)!;
      const nu = await waarde(t, jaar);
      const vorig = await waarde(t, jaar - 1);
      rijen.push([
        `${t.indicator.naam} (${t.indicator.eenheid})`,
        nu ? `${nu.tekst} ${nu.ref}${nu.status === 'voorlopig' ? ' voorlopig' : ''}` : '–',
        vorig ? `${vorig.tekst} ${vorig.ref}` : '–',
        doelTekst(t),
      ]);
    }
    return rijen;
  };
  const periodeNaam = kwartaal ? `${kwartaal}e kwartaal ${jaar}` : `${jaar}`;
  const kolommen = ['Indicator', periodeNaam, kwartaal ? `${kwartaal}e kwartaal ${jaar - 1}` : `${jaar - 1}`, 'Doel'];

  const doelRijen: string[][] = [];
  for (const c of alle) {
    const t = trends.get(c)!;
    const laatste = t.laatste;
    const ref = laatste
      ? bewijs.noteer({ indicator: t.indicator.naam, gebied: b.gemeente.naam, periode: laatste.periode, waarde: getal(laatste.waarde, t.indicator.eenheid), teller: '–', noemer: '–', bron: b.monitor.indicator(c).bron, herkomst: HERKOMST[laatste.herkomst], status: laatste.status })
      : '';
    doelRijen.push([
      t.indicator.naam,
      doelTekst(t),
      laatste ? `${getal(laatste.waarde, t.indicator.eenheid)} ${t.indicator.eenheid === '%' ? '%' : ''} (${laatste.periode}) ${ref}` : '–',
      laatste?.doelStatus === 'op_koers' ? 'op koers' : laatste?.doelStatus === 'niet_op_koers' ? 'niet op koers' : 'geen streefwaarde',
    ]);
  }

  const hoofdstukken: Hoofdstuk[] = [
    {
      titel: 'Samenvatting',
      blokken: [
        { soort: 'tekst', tekst: `Deze raadsrapportage geeft de geregistreerde criminaliteit, overlast, de eigen meldingen en de veiligheidsbeleving in ${b.gemeente.naam} over ${periodeNaam}, geordend naar de thema's van het ${boom.titel.includes('Veilig') ? 'Meerjarenprogramma Veiligheid' : 'programma'} ${boom.van}-${boom.tot} "${boom.titel}".` },
        { soort: 'tekst', tekst: 'Elk cijfer noemt zijn bron en periode; tussen haakjes staat het 95 %-interval. Een nummer als [3] verwijst naar de verantwoording achterin: daar staan de onderliggende tellingen. Er staan geen persoonsgegevens in deze rapportage.' },
      ],
    },
    {
      titel: 'Doelen en streefwaarden',
      blokken: [{ soort: 'tabel', titel: `Streefwaarden van ${boom.titel} (${boom.van}-${boom.tot})`, kolommen: ['Indicator', 'Doel', 'Laatste meting', 'Stand'], rijen: doelRijen, voetnoot: 'Waar de gemeente geen streefwaarde heeft vastgesteld, staat de ambitie uit het programma.' }],
    },
  ];
  for (const { thema, codes } of perThema) {
    const blokken: Blok[] = [{ soort: 'tekst', tekst: thema.ambities.join(' ') }, { soort: 'tabel', titel: `${thema.naam}: ${periodeNaam}`, kolommen, rijen: await tabelRijen(codes) }];
    for (const c of codes) if ((trends.get(c)!.reeks.filter((r) => r.waarde !== null).length ?? 0) > 1) blokken.push(grafiek(trends.get(c)!));
    hoofdstukken.push({ titel: thema.naam, blokken });
    stap(++gedaan, totaal);
  }
  if (overig.length) {
    const blokken: Blok[] = [{ soort: 'tabel', titel: `Overige cijfers: ${periodeNaam}`, kolommen, rijen: await tabelRijen(overig) }];
    for (const c of overig) if (trends.get(c)!.reeks.filter((r) => r.waarde !== null).length > 1) blokken.push(grafiek(trends.get(c)!));
    hoofdstukken.push({ titel: 'Criminaliteit, overlast en meldingen', blokken });
  }
  return {
    soort: 'raadsrapportage',
    titel: 'Raadsrapportage criminaliteitscijfers',
    ondertitel: `${periodeNaam} · ${boom.titel}`,
    gemeente: b.gemeente.naam,
    periode,
    demo: bewijs.demo,
    bevatVoorlopig: bewijs.voorlopig,
    hoofdstukken,
    bewijs: bewijs.regels,
  };
}

/** A choropleth of one indicator per buurt, with the rings in RD metres. */
async function kaart(b: Bronnen, code: string, jaar: string, bewijs: Bewijs): Promise<Blok> {
  const ind = b.monitor.indicator(code);
  const obs = await b.monitor.observaties(code, 'buurt', jaar);
  const waarden = obs.map((o) => o.waarde).filter((v): v is number => v !== null);
  const grenzen = klassen(waarden);
  const gebieden: KaartGebied[] = [];
  for (const bu of b.gebieden.lijst('buurt')) {
    const f = b.gebieden.feature(bu.code);
    const geo = f.geometry;
    const ringen: [number, number][][] = [];
    const polys = geo?.type === 'Polygon' ? [geo.coordinates] : geo?.type === 'MultiPolygon' ? geo.coordinates : [];
    for (const poly of polys) if (poly[0]) ringen.push(poly[0].map(([lon, lat]) => wgs84ToRd(lon!, lat!)));
    const o = obs.find((x) => x.gebied.code === bu.code);
    const v = o?.waarde ?? null;
    gebieden.push({ code: bu.code, naam: bu.naam, ringen, waarde: v, klasse: v === null ? null : klasseVan(v, grenzen) });
  }
  const herkomst = [...new Set(obs.map((o) => HERKOMST[o.herkomst]))].join(', ');
  const ref = bewijs.noteer({ indicator: ind.naam, gebied: 'alle buurten', periode: jaar, waarde: `${waarden.length} buurten`, teller: '–', noemer: '–', bron: ind.bron, herkomst, status: obs.some((o) => o.status === 'voorlopig') ? 'voorlopig' : 'definitief' });
  const labels = [0, ...grenzen].map((g, i) => (i < grenzen.length ? `${getal(g, ind.eenheid)} tot ${getal(grenzen[i]!, ind.eenheid)}` : `${getal(g, ind.eenheid)} of meer`));
  return {
    soort: 'kaart',
    titel: `${ind.naam} (${ind.eenheid}) per buurt, ${jaar} ${ref}`,
    gebieden,
    legenda: [...labels.map((l, i) => ({ kleur: KLEUREN[i]!, label: l })), { kleur: '#ffffff', label: 'geen cijfer' }],
    bron: `Bron: ${ind.bron}; ${herkomst}`,
  };
}

/** The integrale veiligheidsanalyse: per wijk the objective figures next to beleving, the gap, the duiding, four years back. */
export async function veiligheidsanalyse(b: Bronnen, g: Gebruiker, periode: string, stap: Stap = () => undefined): Promise<Omit<RapportDoc, 'status' | 'gemaakt'>> {
  const { jaar } = leesPeriode(periode);
  const bewijs = new Bewijs();
  const boom = await b.programma.boom(g);
  const hoofdstukken: Hoofdstuk[] = [
    {
      titel: 'Inleiding',
      blokken: [
        { soort: 'tekst', tekst: `De integrale veiligheidsanalyse ${jaar} zet per wijk de geregistreerde cijfers naast de veiligheidsbeleving, met de vergelijking met de gemeente (per inwoner, met interval) en met vier jaar eerder. Zij voedt het ${boom.titel ? `programma "${boom.titel}"` : 'programma'}.` },
        await kaart(b, b.cfg.veiligheidsanalyse.kaartIndicator, String(jaar), bewijs),
      ],
    },
  ];
  // Status (voorlopig/definitief) and counts per figure come from the observations behind the profiles:
  // one read per indicator and level, shared by every wijk.
  const gm = await b.monitor.profiel(b.gemeente.code, String(jaar));
  const waarneming = new Map<string, Awaited<ReturnType<typeof b.monitor.observaties>>[number]>();
  for (const i of gm.indicatoren) {
    for (const niveau of ['gemeente', 'wijk'] as const) {
      for (const o of await b.monitor.observaties(i.code, niveau, String(jaar))) waarneming.set(`${i.code}|${o.gebied.code}`, o);
    }
  }
  const uit = (code: string, gebied: string) => {
    const o = waarneming.get(`${code}|${gebied}`);
    return { teller: getal(o?.teller ?? null, 'aantal'), noemer: getal(o?.noemer ?? null, 'aantal'), status: o?.status ?? 'geen cijfer' };
  };
  const vier: string[][] = [];
  for (const i of gm.indicatoren.filter((x) => x.waarde !== null)) {
    const t = await b.monitor.trend(i.code, b.gemeente.code);
    const eerder = t.reeks.find((r) => Number(r.periode) === jaar - 4 && r.waarde !== null);
    const ref = bewijs.noteer({ indicator: i.naam, gebied: b.gemeente.naam, periode: String(jaar), waarde: getal(i.waarde, i.eenheid), ...uit(i.code, b.gemeente.code), bron: b.monitor.indicator(i.code).bron, herkomst: HERKOMST[i.herkomst] });
    vier.push([i.naam, `${getal(i.waarde, i.eenheid)} ${ref}`, eerder ? getal(eerder.waarde, i.eenheid) : '–', i.soort === 'beleving' ? 'beleving' : 'cijfers']);
  }
  hoofdstukken.push({ titel: `${b.gemeente.naam}: nu en vier jaar eerder`, blokken: [{ soort: 'tabel', titel: `${b.gemeente.naam}, ${jaar} tegen ${jaar - 4}`, kolommen: ['Indicator', String(jaar), String(jaar - 4), 'Soort'], rijen: vier }] });

  const wijken = b.gebieden.lijst('wijk');
  stap(1, wijken.length + 1);
  for (const [n, w] of wijken.entries()) {
    stap(n + 1, wijken.length + 1);
    const p = await b.monitor.profiel(w.code, String(jaar));
    const rijen = p.indicatoren
      .filter((i) => i.waarde !== null || i.vergelijking)
      .map((i) => {
        const ref = bewijs.noteer({ indicator: i.naam, gebied: w.naam, periode: String(jaar), waarde: getal(i.waarde, i.eenheid), ...uit(i.code, w.code), bron: b.monitor.indicator(i.code).bron, herkomst: HERKOMST[i.herkomst] });
        const v = i.vergelijking;
        const voorlopig = uit(i.code, w.code).status === 'voorlopig' ? ' voorlopig' : '';
        return [i.naam, `${i.geheim ? 'geheim' : getal(i.waarde, i.eenheid)} ${ref}${voorlopig}`, v ? `${getal(v.eigen)} tegen ${getal(v.gemeente)} ${v.basis}` : '–', v ? v.oordeel.replace(/_/g, ' ') : '–'];
      });
    const telling = (soort: 'objectief' | 'beleving', oordeel: string) => p.indicatoren.filter((i) => i.soort === soort && i.vergelijking?.oordeel === oordeel).length;
    const belSlechter = telling('beleving', 'slechter') > telling('beleving', 'beter');
    const objSlechter = telling('objectief', 'slechter') > telling('objectief', 'beter');
    const kloof = belSlechter && !objSlechter ? 'De beleving is slechter dan de cijfers laten zien.' : !belSlechter && objSlechter ? 'De cijfers zijn slechter dan de beleving.' : 'Cijfers en beleving wijzen dezelfde kant op, of zijn niet te onderscheiden van de gemeente.';
    const blokken: Blok[] = [
      { soort: 'tabel', titel: `${w.naam}, ${jaar}`, kolommen: ['Indicator', 'Waarde', 'Vergeleken met de gemeente', 'Oordeel'], rijen },
      { soort: 'tekst', tekst: `Kloof tussen cijfers en beleving: ${kloof}`, nadruk: true },
      ...p.duiding.slice(0, 3).map((d) => ({ soort: 'tekst' as const, tekst: `Duiding (${d.auteur}, ${d.geschrevenOp.slice(0, 10)}): ${d.tekst}` })),
    ];
    hoofdstukken.push({ titel: `Wijk ${w.naam}`, blokken });
  }
  return { soort: 'veiligheidsanalyse', titel: 'Integrale veiligheidsanalyse', ondertitel: `${b.gemeente.naam}, ${jaar}`, gemeente: b.gemeente.naam, periode, demo: bewijs.demo, bevatVoorlopig: bewijs.voorlopig, hoofdstukken, bewijs: bewijs.regels };
}

/** The voortgangsrapportage uitvoeringsagenda: maatregelen by status, per theme, with the owners' latest texts. */
export async function voortgang(b: Bronnen, g: Gebruiker, periode: string, stap: Stap = () => undefined): Promise<Omit<RapportDoc, 'status' | 'gemaakt'>> {
  leesPeriode(periode);
  const boom = await b.programma.boom(g);
  const lijst = await b.programma.lijst(g, {});
  const kleuren = new Map(b.programma.catalogus().voortgangskleuren.map((k) => [k.code, k.naam.toLowerCase()]));
  const hoofdstukken: Hoofdstuk[] = [];
  const perStatus = Object.entries(lijst.perStatus).map(([s, n]) => [lijst.items.find((m) => m.status === s)?.statusNaam ?? s, String(n)]);
  hoofdstukken.push({
    titel: 'Overzicht',
    blokken: [
      { soort: 'tekst', tekst: `Stand van de maatregelen van ${boom.agendas.map((a) => `"${a.titel}" (${a.statusNaam})`).join(', ') || 'de uitvoeringsagenda'} op ${new Date().toISOString().slice(0, 10)}.` },
      { soort: 'tabel', titel: 'Maatregelen per status', kolommen: ['Status', 'Aantal'], rijen: perStatus },
    ],
  });
  let demo = false;
  for (const [n, t] of boom.themas.entries()) {
    stap(n + 1, boom.themas.length);
    const ms = lijst.items.filter((m) => m.thema === t.code);
    if (ms.length === 0) continue;
    const rijen: string[][] = [];
    for (const m of ms) {
      const d = await b.programma.detail(g, m.id);
      if (m.demo) demo = true;
      const laatste = d.voortgang[0];
      rijen.push([`${m.titel}${m.demo ? ' (demo)' : ''}`, m.eigenaarOrganisatieNaam, m.statusNaam, laatste ? `${laatste.datum}, ${kleuren.get(laatste.kleur) ?? laatste.kleur}: ${laatste.tekst}` : 'nog niet gemeld']);
    }
    hoofdstukken.push({ titel: t.naam, blokken: [{ soort: 'tabel', titel: `${t.naam}: maatregelen`, kolommen: ['Maatregel', 'Eigenaar', 'Status', 'Laatste voortgang'], rijen }] });
  }
  return { soort: 'voortgang', titel: 'Voortgangsrapportage uitvoeringsagenda', ondertitel: `${boom.titel}, ${periode}`, gemeente: b.gemeente.naam, periode, demo, bevatVoorlopig: false, hoofdstukken, bewijs: [] };
}
