import { createHash, createHmac, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, logVerwerkingen, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { maakBestand, type Bestand, type Formaat } from '../platform/export.ts';
import { GroepsCommit } from '../platform/groepscommit.ts';
import { zwaar } from '../platform/voorrang.ts';
import { hasPermissie, type Gebruiker } from '../toegang/toegang.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import { wgs84ToRd } from '../gebieden/geo.ts';
import { installatieGeheim } from '../platform/geheimen.ts';
import type { Executor } from '../platform/database.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import type { MeldingenInstellingen } from './meldingen.config.ts';
import { datumInNederland, plusWerkdagen, uurInNederland } from '../platform/werkdagen.ts';
import { gebruikerNamen, gebruikersMetPermissie, organisatieIdsVoorCodes, organisatieOpCode } from '../toegang/toegang.service.ts';
import { classify, holdOutAccuracy, parseCorpus, train, trefwoordVoorbeelden, type Model, type Suggestie, type Verklaring } from './classifier.ts';
import * as repo from './meldingen.repository.ts';
import type { Kanaal, MeldingGebeurtenisRow, MeldingRow } from './meldingen.tables.ts';
import { verwerkFotos } from './fotos.ts';
import { route, type Regel } from './routering.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const CORPUS_PATH = 'data/meldingen/trainingscorpus.tsv';

export interface NieuweMelding {
  omschrijving: string;
  categorie?: string | undefined;
  subcategorie?: string | undefined;
  locatie?: { lon: number; lat: number } | null | undefined;
  adres?: string | undefined;
  contact?: { naam?: string | undefined; email?: string | undefined; telefoon?: string | undefined; toestemming: boolean } | undefined;
  /** Photos as base64 (optionally a data: URL); checked and re-encoded without metadata. */
  fotos?: string[] | undefined;
}

export interface MeldingOverzicht {
  id: string;
  referentie: string;
  status: string;
  statusNaam: string;
  categorie: string;
  subcategorie: string | null;
  kanaal: Kanaal;
  buurt: { code: string; naam: string | null } | null;
  team: string;
  ingediendOp: string;
  deadline: string;
  achterstallig: boolean;
  hoofdmeldingId: string | null;
  koppeling: 'suggestie' | 'bevestigd' | null;
  heeftContact: boolean;
  behandelaar: { id: string; naam: string | null } | null;
  locatie: { lon: number; lat: number } | null;
}

export type LijstFilter = Omit<repo.ListFilter, 'vandaag' | 'openStatussen'>;

export interface MeldingDetail extends MeldingOverzicht {
  omschrijving: string;
  suggestie: { categorie: string; score: number } | null;
  adres: string | null;
  wijkCode: string | null;
  routeringsregel: string;
  /** Whether contact is known; the data itself only through {@link MeldingenService.contact}. */
  contact: { bekend: boolean; toestemming: boolean; magInzien: boolean };
  gebeurtenissen: { tijdstip: string; soort: string; van: string | null; naar: string | null; reden: string | null; door: string }[];
  fotos: { id: string; breedte: number; hoogte: number }[];
  toegestaneOvergangen: { naar: string; naam: string; redenVerplicht: boolean }[];
}

/** A validated melding ready to be written: everything but what the database hands out. */
interface NieuweMeldingIntern {
  ctx: AuditContext;
  row: Omit<MeldingRow, 'referentie' | 'organisatie_id' | 'hoofdmelding_id' | 'koppeling'>;
  organisatie: string;
  fotos: Awaited<ReturnType<typeof verwerkFotos>>;
  suggestie: Suggestie | null;
}

/**
 * Meldingen: intake on every channel, category suggestion, duplicate detection, routing with service terms,
 * and the status machine — all driven by the gemeente's configuration (`meldingen.json`).
 */
export class MeldingenService {
  private model: Model | undefined;
  private geheim: string | undefined;
  private readonly intake = new GroepsCommit<NieuweMeldingIntern, { id: string; referentie: string; duplicaatVan: string | null }>((items) => this.schrijfBatch(items));

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: MeldingenInstellingen,
    private readonly gebieden: GebiedenService,
    private readonly berichten: BerichtenService,
    private readonly opties: { rootDir: string; demo: boolean; publiekeUrl: string; gemeente: string },
  ) {}

  /**
   * Load (or create once) the secret from which status links are derived. The link is an HMAC of the melding
   * id: it can be rebuilt for every e-mail, while the database stores only its hash.
   */
  async init(): Promise<void> {
    this.geheim = await installatieGeheim(this.db, 'statuslink_geheim');
    await this.loadModel();
  }

  private statusToken(meldingId: string): string {
    if (!this.geheim) throw new AppError('niet_beschikbaar', 'De meldingenmodule is niet gestart.');
    return createHmac('sha256', this.geheim).update(meldingId).digest('base64url');
  }

  statusLink(meldingId: string): string {
    return `${this.opties.publiekeUrl}/melding/status/${this.statusToken(meldingId)}`;
  }

  /** Queue the reporter's e-mail for a status, when the reporter left an address. */
  private async meldMelder(trx: Transaction<DB>, m: MeldingRow, status: string, reden: string | null): Promise<void> {
    const def = this.statusDef(status);
    if (!m.melder_email || !def.meldermail) return;
    await this.berichten.email(
      trx,
      def.eind && status === 'afgehandeld' ? 'melding.afgehandeld' : 'melding.status',
      m.melder_email,
      {
        referentie: m.referentie,
        categorie: this.categorie(m.categorie)?.publiekeNaam ?? m.categorie,
        statusNaam: def.publiekeNaam,
        reden: reden ?? '',
        statusLink: this.statusLink(m.id),
        gemeente: this.opties.gemeente,
      },
      { type: 'melding', id: m.id },
    );
  }

  // ------------------------------------------------------------------------------------- classifier

  private corpus() {
    return parseCorpus(fs.readFileSync(path.join(this.opties.rootDir, CORPUS_PATH), 'utf8'));
  }

  /** Load the newest stored model, or train and store one from the corpus on first use. */
  async loadModel(): Promise<void> {
    const stored = await repo.latestModel(this.db);
    if (stored) {
      this.model = stored.model as Model;
      return;
    }
    await this.retrain();
  }

  /**
   * Train from the shipped corpus, the gemeente's keywords and all staff corrections; store the model and
   * report held-out accuracy on the corpus (corrections are not held out: they are the newest truth).
   */
  async retrain(): Promise<{ voorbeelden: number; correcties: number; nauwkeurigheid: number; getest: number }> {
    const corpus = this.corpus();
    const keywords = trefwoordVoorbeelden(this.cfg.categorieen);
    const corrections = await repo.corrections(this.db);
    const known = new Set(this.cfg.categorieen.map((c) => c.code));
    const all = [...corpus, ...keywords, ...corrections].filter((v) => known.has(v.categorie));
    const model = train(all);
    const { nauwkeurigheid, getest } = holdOutAccuracy(corpus, keywords);
    await this.db.transaction().execute((trx) =>
      repo.saveModel(trx, { model, voorbeelden: corpus.length, correcties: corrections.length, nauwkeurigheid }),
    );
    this.model = model;
    return { voorbeelden: corpus.length, correcties: corrections.length, nauwkeurigheid, getest };
  }

  classificeer(tekst: string): { suggesties: Suggestie[]; verklaring: Verklaring[] } {
    if (!this.model) throw new AppError('niet_beschikbaar', 'Het classificatiemodel is nog niet geladen.');
    return classify(this.model, tekst, 3);
  }

  // ------------------------------------------------------------------------------------- config helpers

  categorie(code: string) {
    return this.cfg.categorieen.find((c) => c.code === code);
  }

  private statusDef(code: string) {
    const s = this.cfg.statussen.find((x) => x.code === code);
    if (!s) throw new AppError('interne_fout');
    return s;
  }

  private get openStatussen(): string[] {
    return this.cfg.statussen.filter((s) => !s.eind).map((s) => s.code);
  }

  publiekeCategorieen() {
    return this.cfg.categorieen.map((c) => ({
      code: c.code,
      naam: c.publiekeNaam,
      sub: c.sub.map((s) => ({ code: s.code, naam: s.naam })),
    }));
  }

  /** The status machine's states for staff (work-list filters), from meldingen.json. */
  statussen() {
    return this.cfg.statussen.map((st) => ({ code: st.code, naam: st.naam, eind: st.eind }));
  }

  // ------------------------------------------------------------------------------------- intake

  /**
   * Store a new melding with its first event and its verwerkingenlog entry, in one transaction. Returns the
   * secret status token once; only its hash is kept.
   */
  async create(
    ctx: AuditContext,
    input: NieuweMelding,
    kanaal: Kanaal,
    bronOrganisatieId: string | null,
    now = new Date(),
  ): Promise<{ id: string; referentie: string; token: string; duplicaatVan: string | null }> {
    const fouten: FieldError[] = [];
    const omschrijving = input.omschrijving.trim();
    if (omschrijving.length < 10) fouten.push({ veld: 'omschrijving', melding: 'beschrijf wat er aan de hand is (minstens 10 tekens)' });
    const gekozen = input.categorie ? this.categorie(input.categorie) : undefined;
    if (input.categorie && !gekozen) fouten.push({ veld: 'categorie', melding: `onbekende categorie "${input.categorie}"` });
    if (input.subcategorie && (!gekozen || !gekozen.sub.some((s) => s.code === input.subcategorie))) {
      fouten.push({ veld: 'subcategorie', melding: 'hoort niet bij de gekozen categorie' });
    }
    const contact = input.contact;
    const email = contact?.email?.trim() || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fouten.push({ veld: 'contact/email', melding: 'geen geldig e-mailadres' });
    const telefoon = contact?.telefoon?.trim() || null;
    if (telefoon && !/^[+0-9 ()-]{6,20}$/.test(telefoon)) fouten.push({ veld: 'contact/telefoon', melding: 'geen geldig telefoonnummer' });
    if (contact?.toestemming && !email && !telefoon) {
      fouten.push({ veld: 'contact', melding: 'geef een e-mailadres of telefoonnummer als we contact mogen opnemen' });
    }
    // The point is projected to RD New once: the buurt look-up and the stored x/y both use it.
    const rd = input.locatie ? wgs84ToRd(input.locatie.lon, input.locatie.lat) : null;
    let ligging: ReturnType<GebiedenService['zoekRd']> | undefined;
    if (rd) {
      try {
        ligging = this.gebieden.zoekRd(rd[0], rd[1]);
      } catch (e) {
        // Outside the RD New area (far from the Netherlands) is as much outside the gemeente as next door.
        if (e instanceof AppError && (e.code === 'buiten_gemeente' || e.code === 'ongeldige_coordinaten')) {
          fouten.push({ veld: 'locatie', melding: 'deze plek ligt buiten de gemeente; kies een plek in de gemeente of "geen locatie"' });
        } else throw e;
      }
    }
    if (fouten.length > 0) throw new AppError('validatie', 'De melding is niet verstuurd: controleer de gemarkeerde velden.', fouten);
    // Photos are processed before the transaction: a bad photo rejects the whole melding, nothing is stored.
    const fotos = await verwerkFotos(input.fotos ?? []);

    const suggestie = this.classificeer(omschrijving).suggesties[0] ?? null;
    const categorie = gekozen?.code ?? suggestie?.categorie ?? 'overig';
    const def = this.categorie(categorie)!;
    const { team, regel } = route(this.cfg, {
      categorie,
      subcategorie: input.subcategorie ?? null,
      wijk: ligging?.wijk.code ?? null,
      buurt: ligging?.buurt.code ?? null,
      uur: uurInNederland(now),
    });
    const teamDef = this.cfg.teams.find((t) => t.code === team)!;
    const id = randomUUID();
    const token = this.statusToken(id);
    const [x, y] = rd ?? [null, null];
    const row: Omit<MeldingRow, 'referentie' | 'organisatie_id' | 'hoofdmelding_id' | 'koppeling'> = {
      id,
      status_token_hash: sha256(token),
      status: 'ontvangen',
      categorie,
      subcategorie: input.subcategorie ?? null,
      suggestie_categorie: suggestie?.categorie ?? null,
      suggestie_score: suggestie?.score ?? null,
      omschrijving,
      kanaal,
      bron_organisatie_id: bronOrganisatieId,
      lon: input.locatie?.lon ?? null,
      lat: input.locatie?.lat ?? null,
      x,
      y,
      adres: input.adres?.trim() || null,
      buurt_code: ligging?.buurt.code ?? null,
      wijk_code: ligging?.wijk.code ?? null,
      team,
      routeringsregel: regel,
      melder_naam: contact?.naam?.trim() || null,
      melder_email: email,
      melder_telefoon: telefoon,
      contact_toestemming: contact?.toestemming ?? false,
      ingediend_op: now,
      deadline: plusWerkdagen(datumInNederland(now), def.termijnWerkdagen),
      afgehandeld_op: null,
      demo: this.opties.demo,
      geanonimiseerd_op: null,
      contact_verwijderd_op: null,
      behandelaar_id: null,
    };
    const r = await this.intake.submit({ ctx, row, organisatie: teamDef.organisatie, fotos, suggestie });
    return { ...r, token };
  }

  /**
   * Write a batch of prepared meldingen in one transaction: numbers, duplicate search, rows, first events,
   * photos, e-mails and verwerkingenlog entries, each as one statement for the whole batch where possible.
   * A melding may be a duplicate of one earlier in the same batch, exactly as if they had come one by one.
   */
  private async schrijfBatch(items: NieuweMeldingIntern[]): Promise<{ id: string; referentie: string; duplicaatVan: string | null }[]> {
    return this.db.transaction().execute(async (trx) => {
      const nummers = await repo.nextNummers(trx, items.length);
      const orgs = await organisatieIdsVoorCodes(trx, [...new Set(items.map((i) => i.organisatie))]);
      const kandidaten = await repo.openNearBatch(
        trx,
        items.flatMap((it, i) => {
          const def = this.categorie(it.row.categorie);
          if (it.row.x === null || it.row.y === null || !def || def.duplicaat.radiusMeter <= 0 || def.duplicaat.dagen <= 0) return [];
          return [{ i, categorie: it.row.categorie, x: it.row.x, y: it.row.y, radius: def.duplicaat.radiusMeter, sinds: new Date(it.row.ingediend_op.getTime() - def.duplicaat.dagen * 86_400_000) }];
        }),
        this.openStatussen,
      );
      const rows: MeldingRow[] = [];
      const out = items.map((it, i) => {
        const org = orgs.get(it.organisatie);
        if (!org) throw new AppError('interne_fout');
        const referentie = `M-${it.row.ingediend_op.getUTCFullYear()}-${String(nummers[i]).padStart(6, '0')}`;
        // Earlier meldingen of this batch count as candidates too, as if they had been committed already.
        const duplicaat = this.dichtstbij(it.row, kandidaten.get(i) ?? [], rows);
        const row: MeldingRow = { ...it.row, referentie, organisatie_id: org, hoofdmelding_id: duplicaat ?? null, koppeling: duplicaat ? 'suggestie' : null };
        rows.push(row);
        return { id: row.id, referentie, duplicaatVan: duplicaat ?? null };
      });
      await repo.insertMany(trx, rows);
      for (const [i, it] of items.entries()) {
        await this.meldMelder(trx, rows[i]!, 'ontvangen', null);
        for (const f of it.fotos) {
          await repo.voegFotoToe(trx, { melding_id: it.row.id, mediatype: f.mediatype, breedte: f.breedte, hoogte: f.hoogte, grootte: f.inhoud.length, inhoud: f.inhoud });
        }
      }
      await repo.addEvents(
        trx,
        items.flatMap((it, i) => {
          const r = rows[i]!;
          const evs: repo.NieuwEvent[] = [
            {
              melding_id: r.id,
              soort: 'status',
              naar: 'ontvangen',
              actor_id: it.ctx.actor.id,
              actor_omschrijving: it.ctx.actor.omschrijving,
              openbaar: true,
              details: { kanaal: r.kanaal, team: r.team, routeringsregel: r.routeringsregel, suggestie: it.suggestie },
            },
          ];
          if (r.hoofdmelding_id) {
            evs.push({ melding_id: r.id, soort: 'koppeling', naar: r.hoofdmelding_id, actor_id: null, actor_omschrijving: 'systeem', openbaar: false, details: { koppeling: 'suggestie' } });
          }
          return evs;
        }),
      );
      await logVerwerkingen(
        trx,
        items.map((it, i) => {
          const r = rows[i]!;
          const heeftContact = !!(r.melder_email || r.melder_telefoon || r.melder_naam);
          return {
            ctx: it.ctx,
            v: {
              actie: 'melding.aanmaken',
              objectType: 'melding',
              objectId: r.id,
              doel: 'afhandeling van meldingen',
              persoonsgegevens: heeftContact,
              details: { referentie: r.referentie, kanaal: r.kanaal, categorie: r.categorie, contactgegevens: heeftContact, fotos: it.fotos.length },
            },
          };
        }),
      );
      return out;
    });
  }

  /** The main melding of the nearest candidate within the category's radius and window, if any. */
  private dichtstbij(
    m: Pick<MeldingRow, 'categorie' | 'x' | 'y' | 'ingediend_op'>,
    ...lijsten: Pick<MeldingRow, 'id' | 'x' | 'y' | 'hoofdmelding_id' | 'categorie' | 'ingediend_op'>[][]
  ): string | undefined {
    const def = this.categorie(m.categorie);
    if (!def || m.x === null || m.y === null || def.duplicaat.radiusMeter <= 0 || def.duplicaat.dagen <= 0) return undefined;
    const sinds = m.ingediend_op.getTime() - def.duplicaat.dagen * 86_400_000;
    let best: { id: string; d: number } | undefined;
    for (const c of lijsten.flat()) {
      if (c.categorie !== m.categorie || c.x === null || c.y === null || c.ingediend_op.getTime() < sinds) continue;
      const d = Math.hypot(c.x - m.x, c.y - m.y);
      if (d <= def.duplicaat.radiusMeter && (!best || d < best.d)) best = { id: c.hoofdmelding_id ?? c.id, d };
    }
    return best?.id;
  }

  /**
   * What the public form shows before submitting: how many open meldingen of this category there are in the
   * buurt of the point — a count per buurt, never a distance or coordinate (a distance answer let anyone
   * trilaterate a fresh report to the metre). Sensitive categories (config `gevoelig`) answer nothing at all.
   */
  async inDeBuurt(lon: number, lat: number, categorie: string, now = new Date()) {
    const def = this.categorie(categorie);
    if (!def) throw new AppError('validatie', `Onbekende categorie "${categorie}".`);
    const { buurt } = this.gebieden.zoekWgs84(lon, lat);
    const gebied = { code: buurt.code, naam: buurt.naam };
    if (def.gevoelig || def.duplicaat.dagen <= 0) return { gebied, categorie: def.publiekeNaam, beschikbaar: false, aantal: null, dagen: null };
    const aantal = await repo.telOpenInBuurt(this.db, {
      categorie,
      buurtCode: buurt.code,
      sinds: new Date(now.getTime() - def.duplicaat.dagen * 86_400_000),
      openStatussen: this.openStatussen,
    });
    return { gebied, categorie: def.publiekeNaam, beschikbaar: true, aantal, dagen: def.duplicaat.dagen };
  }

  /** The reporter's status page: progress without anyone's personal data. */
  async publiekeStatus(token: string) {
    const m = await repo.findByTokenHash(this.db, sha256(token));
    if (!m) throw new AppError('niet_gevonden', 'Deze statuslink is onbekend of verlopen.');
    const evs = await repo.events(this.db, m.id, true);
    return {
      referentie: m.referentie,
      status: m.status,
      statusNaam: this.statusDef(m.status).publiekeNaam,
      categorie: this.categorie(m.categorie)?.publiekeNaam ?? m.categorie,
      ingediendOp: m.ingediend_op.toISOString(),
      afgerond: this.statusDef(m.status).eind,
      verloop: evs
        .filter((e) => e.soort === 'status' && e.naar)
        .map((e) => ({ tijdstip: e.tijdstip.toISOString(), status: e.naar!, statusNaam: this.statusDef(e.naar!).publiekeNaam })),
    };
  }

  /**
   * The reporter's answer to the satisfaction question at closure, with an optional request to reopen.
   * Accepted once per closure, through the secret status link only.
   */
  async reactie(token: string, r: { tevreden: boolean; toelichting?: string | undefined; heropenen: boolean }, now = new Date()): Promise<{ status: string }> {
    const m = await repo.findByTokenHash(this.db, sha256(token));
    if (!m) throw new AppError('niet_gevonden', 'Deze statuslink is onbekend of verlopen.');
    if (!this.statusDef(m.status).eind) throw new AppError('conflict', 'U kunt reageren zodra de melding is afgehandeld.');
    const evs = await repo.events(this.db, m.id);
    const lastClose = evs.filter((e) => e.soort === 'status' && e.naar === m.status).at(-1)?.id ?? 0;
    if (evs.some((e) => e.soort === 'reactie' && e.id > lastClose)) throw new AppError('conflict', 'U heeft al gereageerd op deze afhandeling.');
    const melder = { actor: { id: null, omschrijving: 'melder', organisatieId: null } };
    await this.db.transaction().execute(async (trx) => {
      await repo.addEvent(trx, {
        melding_id: m.id,
        soort: 'reactie',
        reden: r.toelichting?.trim() || null,
        actor_id: null,
        actor_omschrijving: 'melder',
        openbaar: false,
        details: { tevreden: r.tevreden, heropenen: r.heropenen },
      });
      if (r.heropenen) {
        await this.transitionIn(trx, melder, m.id, 'heropend', r.toelichting?.trim() || 'De melder vraagt de melding opnieuw te bekijken.', now);
      }
      await logVerwerking(trx, melder, {
        actie: 'melding.reactie_melder',
        objectType: 'melding',
        objectId: m.id,
        doel: 'afhandeling van meldingen',
        persoonsgegevens: false,
        details: { tevreden: r.tevreden, heropenen: r.heropenen },
      });
    });
    return { status: r.heropenen ? 'heropend' : m.status };
  }

  // ------------------------------------------------------------------------------------- staff

  private toOverzicht(m: MeldingRow & { buurt_naam?: string | null; behandelaar_naam?: string | null }, vandaag: string): MeldingOverzicht {
    const st = this.statusDef(m.status);
    return {
      id: m.id,
      referentie: m.referentie,
      status: m.status,
      statusNaam: st.naam,
      categorie: m.categorie,
      subcategorie: m.subcategorie,
      kanaal: m.kanaal,
      buurt: m.buurt_code ? { code: m.buurt_code, naam: m.buurt_naam ?? null } : null,
      team: m.team,
      ingediendOp: m.ingediend_op.toISOString(),
      deadline: m.deadline,
      achterstallig: st.klok && m.deadline < vandaag,
      hoofdmeldingId: m.hoofdmelding_id,
      koppeling: m.koppeling,
      heeftContact: !!(m.melder_email || m.melder_telefoon || m.melder_naam),
      behandelaar: m.behandelaar_id ? { id: m.behandelaar_id, naam: m.behandelaar_naam ?? null } : null,
      locatie: m.lon !== null && m.lat !== null ? { lon: m.lon, lat: m.lat } : null,
    };
  }

  /** The work list: per team (`team`) or per person (`behandelaar`: a user id, 'ik' or 'niemand'). */
  async list(g: Gebruiker, ctx: AuditContext, filter: LijstFilter, page: { limit: number; offset: number; cursor?: string | undefined }, now = new Date()) {
    const vandaag = datumInNederland(now);
    const klokStatussen = this.cfg.statussen.filter((s) => s.klok).map((s) => s.code);
    const behandelaar = filter.behandelaar === 'ik' ? g.id : filter.behandelaar;
    // A heavy read: behind the intake on the embedded engine's one connection (platform/voorrang.ts).
    return zwaar(() => this.db.transaction().execute(async (trx) => {
      const { rows, total, volgende } = await repo.list(trx, { ...filter, behandelaar, vandaag, openStatussen: klokStatussen }, page);
      // The list carries exact locations (personal data near a home): one log entry per call, not per row.
      await logVerwerking(trx, ctx, {
        actie: 'melding.lijst_raadplegen',
        objectType: 'melding',
        doel: 'afhandeling van meldingen',
        persoonsgegevens: true,
        details: { filter: { ...filter }, pagina: page, totaal: total, aantal: rows.length, ids: rows.slice(0, 500).map((r) => r.id) },
      });
      return { totaal: total, items: await this.metNamen(trx, rows, vandaag), volgende };
    }));
  }

  /** List rows with the buurt's name (area index) and the behandelaar's name (toegang), in one look-up. */
  private async metNamen(db: Executor, rows: MeldingRow[], vandaag: string): Promise<MeldingOverzicht[]> {
    const namen = await gebruikerNamen(db, rows.flatMap((r) => (r.behandelaar_id ? [r.behandelaar_id] : [])));
    const buurten = new Map(this.gebieden.lijst('buurt').map((b) => [b.code, b.naam]));
    return rows.map((r) =>
      this.toOverzicht({ ...r, buurt_naam: r.buurt_code ? (buurten.get(r.buurt_code) ?? null) : null, behandelaar_naam: r.behandelaar_id ? (namen.get(r.behandelaar_id) ?? null) : null }, vandaag),
    );
  }

  static readonly EXPORT_MAX = 10_000;

  /**
   * The work list as CSV or XLSX, with the same filter and order. No contact details or free text: an
   * export leaves the system, so it carries only what the list shows. The export itself is logged.
   */
  async exporteer(g: Gebruiker, ctx: AuditContext, filter: LijstFilter, formaat: Formaat, now = new Date()): Promise<Bestand> {
    const { totaal, items } = await this.list(g, ctx, filter, { limit: MeldingenService.EXPORT_MAX, offset: 0 }, now);
    if (totaal > MeldingenService.EXPORT_MAX) {
      throw new AppError('validatie', `Dit zijn ${totaal} meldingen; exporteer er maximaal ${MeldingenService.EXPORT_MAX}. Verfijn het filter.`);
    }
    const bestand = await maakBestand(
      formaat,
      `meldingen-${datumInNederland(now)}`,
      ['Nummer', 'Status', 'Onderwerp', 'Subcategorie', 'Kanaal', 'Buurtcode', 'Buurt', 'Team', 'Behandelaar', 'Ingediend', 'Uiterlijk', 'Te laat', 'Mogelijk dubbel van'],
      items.map((m) => [
        m.referentie,
        m.statusNaam,
        this.categorie(m.categorie)?.publiekeNaam ?? m.categorie,
        m.subcategorie,
        m.kanaal,
        m.buurt?.code ?? null,
        m.buurt?.naam ?? null,
        m.team,
        m.behandelaar?.naam ?? null,
        datumInNederland(new Date(m.ingediendOp)),
        m.deadline,
        m.achterstallig,
        m.hoofdmeldingId,
      ]),
    );
    await this.db.transaction().execute((trx) =>
      logVerwerking(trx, ctx, {
        actie: 'melding.exporteren',
        objectType: 'melding',
        doel: 'afhandeling van meldingen',
        persoonsgegevens: false,
        details: { formaat, aantal: items.length, filter },
      }),
    );
    return bestand;
  }

  teams(): { code: string; naam: string; organisatie: string }[] {
    return this.cfg.teams.map((t) => ({ code: t.code, naam: t.naam, organisatie: t.organisatie }));
  }

  /** Staff who may handle meldingen: the choices for assignment. */
  async behandelaars(): Promise<{ id: string; naam: string; organisatie: string }[]> {
    const rows = await gebruikersMetPermissie(this.db, 'meldingen:beoordelen');
    return rows.map((r) => ({ id: r.id, naam: r.naam, organisatie: r.organisatie_code }));
  }

  /**
   * Bulk assignment: move meldingen to a team and/or a person. All or nothing: one unknown id, a closed
   * melding or a person who may not handle meldingen refuses the whole request.
   */
  async toewijzen(ctx: AuditContext, ids: string[], doel: { team?: string | undefined; behandelaarId?: string | null | undefined }): Promise<{ gewijzigd: number }> {
    if (doel.team === undefined && doel.behandelaarId === undefined) {
      throw new AppError('validatie', 'Kies een team of een behandelaar.', [{ veld: 'team', melding: 'team of behandelaar is nodig' }]);
    }
    const uniek = [...new Set(ids)];
    const teamDef = doel.team !== undefined ? this.cfg.teams.find((t) => t.code === doel.team) : undefined;
    if (doel.team !== undefined && !teamDef) throw new AppError('validatie', `Onbekend team "${doel.team}".`, [{ veld: 'team', melding: 'onbekend' }]);
    const namen = new Map((await this.behandelaars()).map((b) => [b.id, b.naam]));
    const wie = (team: string, id: string | null) => (id ? `${team} / ${namen.get(id) ?? 'onbekend'}` : team);
    if (doel.behandelaarId) {
      const mag = namen.has(doel.behandelaarId);
      if (!mag) throw new AppError('validatie', 'Deze persoon kan geen meldingen behandelen.', [{ veld: 'behandelaarId', melding: 'geen behandelaar' }]);
    }
    return this.db.transaction().execute(async (trx) => {
      const rows = await repo.findManyForUpdate(trx, uniek);
      if (rows.length !== uniek.length) {
        throw new AppError('niet_gevonden', `${uniek.length - rows.length} van de gekozen meldingen bestaan niet (meer).`);
      }
      const dicht = rows.filter((r) => this.statusDef(r.status).eind);
      if (dicht.length) {
        throw new AppError('conflict', `Afgesloten meldingen kunnen niet worden toegewezen: ${dicht.map((r) => r.referentie).join(', ')}.`);
      }
      const set: Partial<MeldingRow> = {};
      if (teamDef) {
        const org = await organisatieOpCode(trx, teamDef.organisatie);
        if (!org) throw new AppError('interne_fout');
        Object.assign(set, { team: teamDef.code, organisatie_id: org.id, routeringsregel: 'handmatig toegewezen' });
      }
      if (doel.behandelaarId !== undefined) set.behandelaar_id = doel.behandelaarId;
      await repo.updateMany(trx, uniek, set);
      await repo.addEvents(
        trx,
        rows.map((r) => ({
          melding_id: r.id,
          soort: 'toewijzing',
          van: wie(r.team, r.behandelaar_id),
          naar: wie(set.team ?? r.team, set.behandelaar_id !== undefined ? set.behandelaar_id : r.behandelaar_id),
          actor_id: ctx.actor.id,
          actor_omschrijving: ctx.actor.omschrijving,
          openbaar: false,
          details: { team: set.team ?? null, behandelaarId: set.behandelaar_id ?? null, bulk: uniek.length > 1 },
        })),
      );
      await logVerwerkingen(
        trx,
        rows.map((r) => ({
          ctx,
          v: { actie: 'melding.toewijzen', objectType: 'melding', objectId: r.id, doel: 'afhandeling van meldingen', persoonsgegevens: false, details: { team: set.team ?? null, behandelaarId: set.behandelaar_id ?? null } },
        })),
      );
      return { gewijzigd: rows.length };
    });
  }

  /** Full melding with contact details; the read is logged because it contains personal data. */
  /**
   * Reporter contact data is for the team that handles the melding, not for everyone who may read meldingen:
   * a user with `meldingen:beoordelen` in the organisation the melding is routed to. Analysts, advisers and
   * other organisations see only whether contact is known.
   */
  magContactZien(g: Gebruiker, m: Pick<MeldingRow, 'organisatie_id'>): boolean {
    return hasPermissie(g, 'meldingen:beoordelen') && g.organisatie.id === m.organisatie_id;
  }

  /** The reporter's contact data, for the handling team, with a stated purpose that goes to the verwerkingenlog. */
  async contact(g: Gebruiker, ctx: AuditContext, id: string, doel: string): Promise<{ naam: string | null; email: string | null; telefoon: string | null; toestemming: boolean }> {
    if (doel.trim().length < 5) throw new AppError('validatie', 'Geef aan waarvoor u de contactgegevens nodig hebt.', [{ veld: 'doel', melding: 'minstens 5 tekens' }]);
    return this.db.transaction().execute(async (trx) => {
      const m = await repo.findById(trx, id);
      if (!m) throw new AppError('niet_gevonden', 'Deze melding bestaat niet.');
      if (!this.magContactZien(g, m)) throw new AppError('geen_toegang', 'Alleen het team dat deze melding behandelt, ziet de contactgegevens van de melder.');
      await logVerwerking(trx, ctx, {
        actie: 'melding.contact_raadplegen',
        objectType: 'melding',
        objectId: id,
        doel: 'afhandeling van meldingen',
        persoonsgegevens: true,
        details: { reden: doel.trim() },
      });
      return { naam: m.melder_naam, email: m.melder_email, telefoon: m.melder_telefoon, toestemming: m.contact_toestemming };
    });
  }

  async detail(trx: Transaction<DB>, g: Gebruiker, ctx: AuditContext, id: string, now = new Date()): Promise<MeldingDetail> {
    const m = await repo.findById(trx, id);
    if (!m) throw new AppError('niet_gevonden', 'Deze melding bestaat niet.');
    const evs = await repo.events(trx, id);
    const fotos = await repo.fotosVan(trx, id);
    await logVerwerking(trx, ctx, {
      actie: 'melding.raadplegen',
      objectType: 'melding',
      objectId: id,
      doel: 'afhandeling van meldingen',
      persoonsgegevens: true,
    });
    const buurt = m.buurt_code ? this.gebiedNaam(m.buurt_code) : null;
    const behandelaar = m.behandelaar_id ? ((await gebruikerNamen(trx, [m.behandelaar_id])).get(m.behandelaar_id) ?? null) : null;
    return { ...this.toDetail({ ...m, buurt_naam: buurt, behandelaar_naam: behandelaar }, evs, datumInNederland(now)), contact: { bekend: !!(m.melder_email || m.melder_telefoon || m.melder_naam), toestemming: m.contact_toestemming, magInzien: this.magContactZien(g, m) }, fotos };
  }

  private gebiedNaam(code: string): string | null {
    try {
      return this.gebieden.feature(code).properties?.naam ?? null;
    } catch {
      return null;
    }
  }

  private toDetail(m: MeldingRow & { buurt_naam: string | null; behandelaar_naam: string | null }, evs: MeldingGebeurtenisRow[], vandaag: string): Omit<MeldingDetail, 'fotos' | 'contact'> {
    return {
      ...this.toOverzicht(m, vandaag),
      omschrijving: m.omschrijving,
      suggestie: m.suggestie_categorie ? { categorie: m.suggestie_categorie, score: m.suggestie_score ?? 0 } : null,
      adres: m.adres,
      wijkCode: m.wijk_code,
      routeringsregel: m.routeringsregel,
      gebeurtenissen: evs.map((e) => ({
        tijdstip: e.tijdstip.toISOString(),
        soort: e.soort,
        van: e.van,
        naar: e.naar,
        reden: e.reden,
        door: e.actor_omschrijving,
      })),
      toegestaneOvergangen: this.cfg.overgangen
        .filter((o) => o.van === m.status)
        .map((o) => ({ naar: o.naar, naam: this.statusDef(o.naar).naam, redenVerplicht: o.redenVerplicht })),
    };
  }

  /** One photo of a melding; reading it is logged (a photo may show people). */
  async foto(trx: Transaction<DB>, ctx: AuditContext, meldingId: string, fotoId: string): Promise<{ mediatype: string; inhoud: Buffer }> {
    const f = await repo.foto(trx, meldingId, fotoId);
    if (!f) throw new AppError('niet_gevonden', 'Deze foto bestaat niet.');
    await logVerwerking(trx, ctx, { actie: 'melding.foto_raadplegen', objectType: 'melding', objectId: meldingId, doel: 'afhandeling van meldingen', persoonsgegevens: true, details: { foto: fotoId } });
    return f;
  }

  /** Guarded status transition; refused transitions leave the old status. */
  async transition(ctx: AuditContext, id: string, naar: string, reden: string | undefined, now = new Date()): Promise<void> {
    await this.db.transaction().execute((trx) => this.transitionIn(trx, ctx, id, naar, reden, now));
  }

  private async transitionIn(trx: Transaction<DB>, ctx: AuditContext, id: string, naar: string, reden: string | undefined, now: Date): Promise<void> {
    const m = await repo.findById(trx, id, true);
    if (!m) throw new AppError('niet_gevonden', 'Deze melding bestaat niet.');
    const overgang = this.cfg.overgangen.find((o) => o.van === m.status && o.naar === naar);
    if (!overgang) {
      throw new AppError('conflict', `Van "${this.statusDef(m.status).naam}" kan de melding niet naar "${naar}".`);
    }
    const r = reden?.trim();
    if (overgang.redenVerplicht && !r) {
      throw new AppError('validatie', 'Geef een reden voor deze stap.', [{ veld: 'reden', melding: 'verplicht bij deze stap' }]);
    }
    const eind = this.statusDef(naar).eind;
    await repo.update(trx, id, { status: naar, afgehandeld_op: eind ? now : null });
    await this.meldMelder(trx, m, naar, r ?? null);
    await repo.addEvent(trx, {
      melding_id: id,
      soort: 'status',
      van: m.status,
      naar,
      reden: r ?? null,
      actor_id: ctx.actor.id,
      actor_omschrijving: ctx.actor.omschrijving,
      openbaar: true,
    });
    await logVerwerking(trx, ctx, {
      actie: 'melding.status_wijzigen',
      objectType: 'melding',
      objectId: id,
      doel: 'afhandeling van meldingen',
      persoonsgegevens: false,
      details: { van: m.status, naar },
    });
  }

  /**
   * Mark a melding as handled within a casus, inside the caller's transaction. Walks the configured status
   * machine along the shortest allowed path to `gekoppeld_aan_casus` (e.g. via "in beoordeling").
   */
  /** Move a melding to "gekoppeld aan casus"; returns what the casus dossier records of it. */
  async koppelAanZaak(
    trx: Transaction<DB>,
    ctx: AuditContext,
    meldingId: string,
    zaakIdentificatie: string,
    now = new Date(),
  ): Promise<{ referentie: string; buurtCode: string | null }> {
    const m = await repo.findById(trx, meldingId, true);
    if (!m) throw new AppError('validatie', `Melding ${meldingId} bestaat niet.`, [{ veld: 'meldingIds', melding: 'onbekende melding' }]);
    const doel = 'gekoppeld_aan_casus';
    const uit = { referentie: m.referentie, buurtCode: m.buurt_code };
    if (m.status === doel) return uit;
    const pad = this.kortstePad(m.status, doel);
    if (!pad) throw new AppError('conflict', `Melding ${m.referentie} (${this.statusDef(m.status).naam}) kan niet aan een casus worden gekoppeld.`);
    for (const stap of pad) await this.transitionIn(trx, ctx, meldingId, stap, `Opgenomen in casus ${zaakIdentificatie}`, now);
    return uit;
  }

  private kortstePad(van: string, naar: string): string[] | undefined {
    const queue: { status: string; pad: string[] }[] = [{ status: van, pad: [] }];
    const seen = new Set([van]);
    while (queue.length) {
      const { status, pad } = queue.shift()!;
      for (const o of this.cfg.overgangen.filter((x) => x.van === status)) {
        if (o.naar === naar) return [...pad, naar];
        if (!seen.has(o.naar) && !this.statusDef(o.naar).eind) {
          seen.add(o.naar);
          queue.push({ status: o.naar, pad: [...pad, o.naar] });
        }
      }
    }
    return undefined;
  }

  /** Correct the category; the correction feeds the classifier, and the melding is routed again. */
  async setCategorie(ctx: AuditContext, id: string, categorie: string, subcategorie: string | undefined): Promise<void> {
    const def = this.categorie(categorie);
    if (!def) throw new AppError('validatie', `Onbekende categorie "${categorie}".`, [{ veld: 'categorie', melding: 'onbekend' }]);
    if (subcategorie && !def.sub.some((s) => s.code === subcategorie)) {
      throw new AppError('validatie', 'De subcategorie hoort niet bij de categorie.', [{ veld: 'subcategorie', melding: 'onbekend' }]);
    }
    await this.db.transaction().execute(async (trx) => {
      const m = await repo.findById(trx, id, true);
      if (!m) throw new AppError('niet_gevonden', 'Deze melding bestaat niet.');
      const { team, regel } = route(this.cfg, {
        categorie,
        subcategorie: subcategorie ?? null,
        wijk: m.wijk_code,
        buurt: m.buurt_code,
        uur: uurInNederland(m.ingediend_op),
      });
      const teamDef = this.cfg.teams.find((t) => t.code === team)!;
      const org = await organisatieOpCode(trx, teamDef.organisatie);
      await repo.update(trx, id, { categorie, subcategorie: subcategorie ?? null, team, routeringsregel: regel, organisatie_id: org!.id });
      if (categorie !== m.categorie) await repo.addCorrection(trx, { melding_id: id, tekst: m.omschrijving, categorie });
      await repo.addEvent(trx, {
        melding_id: id,
        soort: 'categorie',
        van: m.categorie,
        naar: categorie,
        actor_id: ctx.actor.id,
        actor_omschrijving: ctx.actor.omschrijving,
        openbaar: false,
        details: { subcategorie: subcategorie ?? null, team, routeringsregel: regel },
      });
      await logVerwerking(trx, ctx, {
        actie: 'melding.categorie_wijzigen',
        objectType: 'melding',
        objectId: id,
        doel: 'afhandeling van meldingen',
        persoonsgegevens: false,
        details: { van: m.categorie, naar: categorie, team },
      });
    });
  }

  /** Link a melding to a main melding (confirm a duplicate), or unlink it (`hoofdId` null). */
  async koppel(ctx: AuditContext, id: string, hoofdId: string | null): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const m = await repo.findById(trx, id, true);
      if (!m) throw new AppError('niet_gevonden', 'Deze melding bestaat niet.');
      if (hoofdId !== null) {
        if (hoofdId === id) throw new AppError('validatie', 'Een melding kan niet aan zichzelf gekoppeld worden.');
        const hoofd = await repo.findById(trx, hoofdId);
        if (!hoofd) throw new AppError('niet_gevonden', 'De hoofdmelding bestaat niet.');
        if (hoofd.hoofdmelding_id) throw new AppError('conflict', 'Koppel aan de hoofdmelding zelf, niet aan een gekoppelde melding.');
      }
      await repo.update(trx, id, { hoofdmelding_id: hoofdId, koppeling: hoofdId ? 'bevestigd' : null });
      await repo.addEvent(trx, {
        melding_id: id,
        soort: 'koppeling',
        van: m.hoofdmelding_id,
        naar: hoofdId,
        actor_id: ctx.actor.id,
        actor_omschrijving: ctx.actor.omschrijving,
        openbaar: false,
        details: { koppeling: hoofdId ? 'bevestigd' : 'ontkoppeld' },
      });
      await logVerwerking(trx, ctx, {
        actie: hoofdId ? 'melding.koppelen' : 'melding.ontkoppelen',
        objectType: 'melding',
        objectId: id,
        doel: 'afhandeling van meldingen',
        persoonsgegevens: false,
        details: { hoofdmelding: hoofdId },
      });
    });
  }

  /**
   * Replay all stored meldingen against a draft rule set and list those whose team would change: lets a
   * beheerder see the effect of a routing change before adopting it.
   */
  async simuleerRoutering(regels: Regel[]) {
    const draft: MeldingenInstellingen = { ...this.cfg, routering: regels };
    const rows = await repo.allForRouting(this.db);
    const wijzigingen = [];
    for (const r of rows) {
      let nieuw: string;
      let regel: string;
      try {
        ({ team: nieuw, regel } = route(draft, { categorie: r.categorie, subcategorie: r.subcategorie, wijk: r.wijk_code, buurt: r.buurt_code, uur: uurInNederland(r.ingediend_op) }));
      } catch {
        nieuw = '(geen regel)';
        regel = '(geen regel)';
      }
      if (nieuw !== r.team) wijzigingen.push({ id: r.id, referentie: r.referentie, categorie: r.categorie, huidigTeam: r.team, nieuwTeam: nieuw, regel });
    }
    return { bekeken: rows.length, gewijzigd: wijzigingen.length, wijzigingen };
  }

  /** Main meldingen (not linked duplicates) per buurt, wijk or the gemeente ('*') in a period (the monitor). */
  telPerGebied(categorieen: string[], periode: string, niveau: 'buurt' | 'wijk' | 'gemeente') {
    return repo.telMeldingen(this.db, categorieen, periode, niveau);
  }

  /** Years (Dutch time) in which meldingen were made, newest first (the monitor). */
  jaren(): Promise<number[]> {
    return repo.jarenVanMeldingen(this.db);
  }

  /** True when the database holds any melding (demo data is only added to an empty one). */
  heeftMeldingen(): Promise<boolean> {
    return repo.heeftMeldingen(this.db);
  }

  /**
   * Load prepared melding rows and events in bulk, bypassing intake (synthetic demo data: two years in
   * seconds). The caller has built them with this module's rules (routing, numbers, demo flag).
   */
  laadBulk(trx: Transaction<DB>, rows: Record<string, unknown>[], events: Record<string, unknown>[], laatsteNummer: number): Promise<void> {
    return repo.laadBulk(trx, rows, events, laatsteNummer);
  }

  /** Short descriptions of meldingen for a casus dossier (the zaken module), oldest first. */
  samenvattingen(db: Executor, ids: string[]) {
    return repo.samenvattingen(db, ids);
  }

  // Retention (retentie module): which meldingen are past their terms, and erasing what the terms say.
  metContactVoor(trx: Transaction<DB>, grens: Date): Promise<string[]> {
    return repo.metContactVoor(trx, grens);
  }

  nietGeanonimiseerdVoor(trx: Transaction<DB>, grens: Date): Promise<string[]> {
    return repo.nietGeanonimiseerdVoor(trx, grens);
  }

  verwijderContact(trx: Transaction<DB>, ids: string[], now: Date): Promise<void> {
    return repo.verwijderContact(trx, ids, now);
  }

  anonimiseer(trx: Transaction<DB>, ids: string[], tekst: string, now: Date): Promise<void> {
    return repo.anonimiseer(trx, ids, tekst, now);
  }
}
