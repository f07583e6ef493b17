import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { logVerwerking, SYSTEEM } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { rdToWgs84 } from '../gebieden/geo.ts';
import { parseCorpus } from '../meldingen/classifier.ts';
import { CORPUS_PATH } from '../meldingen/meldingen.service.ts';
import { route } from '../meldingen/routering.ts';
import type { AppContext } from '../platform/context.ts';
import { seedMonitorDemo } from '../monitor/monitor.demo.ts';
import { datumInNederland, plusWerkdagen, uurInNederland } from '../platform/werkdagen.ts';
import { gebruikerOpEmail, listOrganisaties } from '../toegang/toegang.service.ts';
import { prng } from '../platform/prng.ts';


// Relative weight of each category per month (Jan … Dec): burglary peaks in the dark months, youth and
// horeca nuisance in summer, fireworks-related youth nuisance around the turn of the year.
const SEIZOEN: Record<string, number[]> = {
  woonoverlast: [1, 1, 1, 1, 1.1, 1.2, 1.3, 1.3, 1.1, 1, 1, 1.1],
  drugsoverlast: [0.9, 0.9, 1, 1, 1.1, 1.2, 1.2, 1.2, 1.1, 1, 0.9, 0.9],
  jeugdoverlast: [1.3, 0.8, 0.9, 1, 1.2, 1.4, 1.5, 1.4, 1.1, 1, 1.1, 1.6],
  verward_gedrag: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  horeca_overlast: [0.8, 1.2, 0.9, 1, 1.1, 1.3, 1.4, 1.3, 1.1, 1, 1, 1.2],
  ondermijning: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
  inbraak_diefstal: [1.4, 1.2, 1, 0.8, 0.7, 0.7, 0.8, 0.8, 0.9, 1.2, 1.4, 1.6],
  openbare_ruimte: [1, 0.9, 1, 1.1, 1.2, 1.2, 1.2, 1.1, 1.1, 1.1, 1, 1],
  verkeer: [0.9, 0.9, 1, 1, 1.1, 1.1, 1, 1, 1.1, 1, 1, 0.9],
  overig: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1],
};
const AANDEEL: Record<string, number> = {
  woonoverlast: 0.16,
  drugsoverlast: 0.1,
  jeugdoverlast: 0.14,
  verward_gedrag: 0.06,
  horeca_overlast: 0.07,
  ondermijning: 0.03,
  inbraak_diefstal: 0.12,
  openbare_ruimte: 0.2,
  verkeer: 0.08,
  overig: 0.04,
};

function pick<T>(r: () => number, items: T[], weight: (t: T) => number): T {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let x = r() * total;
  for (const t of items) {
    x -= weight(t);
    if (x <= 0) return t;
  }
  return items[items.length - 1]!;
}

/**
 * Two years of synthetic Maastricht meldingen (categories with seasonality, spread over the buurten with
 * more in the centre, realistic texts from the training corpus) and casussen in every state, generated
 * with a fixed seed. Every row is marked `demo`. Runs only on a database without meldingen.
 */
export async function seedDemoData(ctx: AppContext, opts: { seed?: number; perDag?: number; now?: Date; monitor?: boolean } = {}): Promise<{ meldingen: number; zaken: number }> {
  if (await ctx.meldingen.heeftMeldingen()) return { meldingen: 0, zaken: 0 };
  const r = prng(opts.seed ?? 20261122);
  const now = opts.now ?? new Date();
  const cfg = ctx.gemeente.meldingen;
  const corpus = parseCorpus(fs.readFileSync(path.join(ctx.config.rootDir, CORPUS_PATH), 'utf8'));
  const buurten = JSON.parse(ctx.gebieden.featureCollectionJson('buurt')).features as { properties: { code: string; naam: string } }[];
  const index = ctx.gebieden.index;
  const orgs = new Map((await listOrganisaties(ctx.db)).map((o) => [o.code, o.id]));
  const bbox = { minX: 170500, maxX: 183500, minY: 311000, maxY: 324000 };

  const rows: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const dagen = 730;
  const perDag = opts.perDag ?? 2.2;
  let nummer = 0;
  for (let d = dagen; d >= 1; d--) {
    const dag = new Date(now.getTime() - d * 86_400_000);
    const maand = dag.getUTCMonth();
    const weekend = dag.getUTCDay() === 0 || dag.getUTCDay() === 6;
    const n = Math.floor(perDag * (weekend ? 1.2 : 0.95) + r());
    for (let i = 0; i < n; i++) {
      const categorie = pick(r, Object.keys(AANDEEL), (c) => AANDEEL[c]! * SEIZOEN[c]![maand]!);
      const voorbeelden = corpus.filter((v) => v.categorie === categorie);
      const tekst = voorbeelden[Math.floor(r() * voorbeelden.length)]!.tekst;
      // A point inside a buurt; the centre (Binnenstad area) is drawn more often.
      let x = 0;
      let y = 0;
      let ligging: ReturnType<typeof index.findRd>;
      for (let t = 0; t < 50 && !ligging; t++) {
        const centrum = r() < 0.35;
        x = centrum ? 176000 + (r() - 0.5) * 2500 : bbox.minX + r() * (bbox.maxX - bbox.minX);
        y = centrum ? 318000 + (r() - 0.5) * 2500 : bbox.minY + r() * (bbox.maxY - bbox.minY);
        ligging = index.findRd(x, y);
      }
      const geenLocatie = categorie === 'overig' || !ligging;
      const tijd = new Date(dag.getTime() + Math.floor(r() * 86_400_000));
      const { team, regel } = route(cfg, { categorie, wijk: ligging?.wijk.code ?? null, buurt: ligging?.buurt.code ?? null, uur: uurInNederland(tijd) });
      const def = cfg.categorieen.find((c) => c.code === categorie)!;
      const deadline = plusWerkdagen(datumInNederland(tijd), def.termijnWerkdagen);
      const oud = d > 30;
      const status = oud ? (r() < 0.88 ? 'afgehandeld' : r() < 0.5 ? 'niet_in_behandeling' : 'doorgezet') : pick(r, ['ontvangen', 'in_beoordeling', 'doorgezet', 'afgehandeld'], () => 1);
      const id = randomUUID();
      nummer += 1;
      const [lon, lat] = geenLocatie ? [null, null] : rdToWgs84(x, y);
      rows.push({
        id,
        referentie: `M-${tijd.getUTCFullYear()}-D${String(nummer).padStart(5, '0')}`,
        status_token_hash: createHash('sha256').update(`demo-${id}`).digest('hex'),
        status,
        categorie,
        subcategorie: def.sub.length ? def.sub[Math.floor(r() * def.sub.length)]!.code : null,
        suggestie_categorie: categorie,
        suggestie_score: Math.round((0.5 + r() * 0.5) * 1000) / 1000,
        omschrijving: tekst,
        kanaal: pick(r, ['web', 'telefoon', 'balie', 'partner'] as const, (k) => ({ web: 6, telefoon: 3, balie: 0.5, partner: 1 })[k]),
        bron_organisatie_id: null,
        lon: lon === null ? null : Math.round(lon * 1e6) / 1e6,
        lat: lat === null ? null : Math.round(lat! * 1e6) / 1e6,
        x: geenLocatie ? null : Math.round(x),
        y: geenLocatie ? null : Math.round(y),
        adres: null,
        buurt_code: geenLocatie ? null : ligging!.buurt.code,
        wijk_code: geenLocatie ? null : ligging!.wijk.code,
        team,
        organisatie_id: orgs.get(cfg.teams.find((t) => t.code === team)!.organisatie)!,
        routeringsregel: regel,
        melder_naam: null,
        melder_email: null,
        melder_telefoon: null,
        contact_toestemming: false,
        hoofdmelding_id: null,
        koppeling: null,
        ingediend_op: tijd,
        deadline,
        afgehandeld_op: status === 'afgehandeld' || status === 'niet_in_behandeling' ? new Date(tijd.getTime() + (1 + r() * 12) * 86_400_000) : null,
        demo: true,
      });
      events.push({ melding_id: id, tijdstip: tijd, soort: 'status', van: null, naar: 'ontvangen', reden: null, actor_id: null, actor_omschrijving: 'demo', openbaar: true, details: '{}' });
      if (status !== 'ontvangen') {
        events.push({ melding_id: id, tijdstip: new Date(tijd.getTime() + 3600_000), soort: 'status', van: 'ontvangen', naar: status, reden: null, actor_id: null, actor_omschrijving: 'demo', openbaar: true, details: '{}' });
      }
    }
  }
  await ctx.db.transaction().execute(async (trx) => {
    await ctx.meldingen.laadBulk(trx, rows, events, nummer);
    await logVerwerking(trx, { actor: SYSTEEM }, {
      actie: 'demo.genereren',
      objectType: 'melding',
      doel: 'demonstratie',
      persoonsgegevens: false,
      details: { meldingen: rows.length, seed: opts.seed ?? 20261122 },
    });
  });

  const zaken = await demoZaken(ctx, r, buurten.map((b) => b.properties.code));
  if (opts.monitor !== false) await seedMonitorDemo(ctx, { now });
  return { meldingen: rows.length, zaken };
}

/** Casussen in every state of every case type, driven through the real service so every rule holds. */
async function demoZaken(ctx: AppContext, r: () => number, buurten: string[]): Promise<number> {
  const cas = await gebruikerOpEmail(ctx.db, 'casushouder@demo.buurtveilig.nl');
  if (!cas) return 0;
  const audit = { actor: { id: cas.id, omschrijving: cas.naam, organisatieId: cas.organisatie.id } };
  const svc = ctx.casussen;
  const vandaag = datumInNederland(new Date());
  const verleden = (dagen: number) => new Date(Date.now() - dagen * 86_400_000).toISOString().slice(0, 10);
  let n = 0;
  for (const zt of ctx.gemeente.zaaktypen.zaaktypen) {
    const volgorde = [...zt.statussen].sort((a, b) => a.volgorde - b.volgorde);
    for (const doel of volgorde) {
      const buurt = buurten[Math.floor(r() * buurten.length)]!;
      const { id } = await svc.create(cas, audit, { zaaktype: zt.code, omschrijving: `Demo: ${zt.naam.split(' (')[0]} – stap ${doel.naam.toLowerCase()}`, meldingIds: [], buurtCode: buurt });
      n += 1;
      // Walk the happy path to the target state, supplying the evidence each step asks for.
      const pad = volgorde.slice(1, volgorde.indexOf(doel) + 1).filter((s) => !s.eind);
      for (const stap of pad) {
        const huidig = await ctx.casussen.status(id);
        const overgang = zt.overgangen.find((o) => o.van === huidig && o.naar === stap.code);
        if (!overgang) break;
        for (const v of overgang.vereist) {
          if (v.soort) {
            for (let i = 0; i < (v.minimaal ?? 1); i++) {
              await svc.dossierToevoegen(cas, audit, id, { soort: v.soort, titel: `Demo: ${v.soort} ${i + 1}`, zichtbaarheid: { soort: 'intern' } });
            }
          }
          const besluittype = v.besluit ?? v.besluitEenVan?.[0];
          if (besluittype) {
            const type = ctx.gemeente.zaaktypen.besluittypen.find((b) => b.code === besluittype)!;
            await svc.besluiten.vastleggen(cas, audit, id, {
              besluittype,
              datum: v.zienswijzeVerstreken ? verleden(type.zienswijzeDagen + 7) : vandaag,
              toelichting: `Demo: ${type.naam}`,
              ...(type.begunstigingstermijn ? { begunstigingstermijnDagen: 14 } : {}),
            });
          }
        }
        await svc.zetStatus(cas, audit, id, stap.code, 'Demo');
      }
      if (doel.eind) {
        const huidig = await ctx.casussen.status(id);
        const overgang = zt.overgangen.find((o) => o.van === huidig && o.naar === doel.code);
        if (overgang) await svc.afsluiten(cas, audit, id, zt.resultaattypen[0]!.code, 'Demo: afgesloten');
      }
      if (r() < 0.5 && !doel.eind) {
        await svc.taken.maak(cas, audit, id, { organisatie: pick(r, ['woonpunt', 'politie-limburg', 'mondriaan', 'servatius'], () => 1), titel: 'Demo: situatie bekijken', omschrijving: 'Demo-taak voor de partner.' });
      }
    }
  }
  await ctx.casussen.markeerAllesDemo();
  return n;
}
