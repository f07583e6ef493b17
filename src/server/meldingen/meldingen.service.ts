import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, logVerwerkingen, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { maakBestand, type Bestand, type Formaat } from '../platform/export.ts';
import { zwaar } from '../platform/voorrang.ts';
import { hasPermissie, type Gebruiker } from '../toegang/toegang.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { Executor } from '../platform/database.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import type { MeldingenInstellingen } from './meldingen.config.ts';
import { ClassificatieService } from './classificatie.service.ts';
import { IntakeService } from './intake.service.ts';
import { MeldingenKern, type MeldingenOpties } from './meldingen.kern.ts';
import { PubliekService } from './publiek.service.ts';
import { datumInNederland, uurInNederland } from '../platform/werkdagen.ts';
import { gebruikerNamen, gebruikersMetPermissie, organisatieOpCode } from '../toegang/toegang.service.ts';
import * as repo from './meldingen.repository.ts';
import type { Kanaal, MeldingGebeurtenisRow, MeldingRow } from './meldingen.tables.ts';
import { route, type Regel } from './routering.ts';


export { CORPUS_PATH } from './classificatie.service.ts';
export type { NieuweMelding } from './intake.service.ts';

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

export type LijstFilter = Omit<repo.ListFilter, 'vandaag' | 'openStatussen' | 'eindStatussen' | 'nieuwStatus' | 'teams'>;

export interface MeldingDetail extends MeldingOverzicht {
  omschrijving: string;
  suggestie: { categorie: string; score: number } | null;
  /** The reporter's own choice (null: "weet ik niet"); the current category may differ after correction. */
  categorieMelder: string | null;
  adres: string | null;
  wijkCode: string | null;
  routeringsregel: string;
  /** Whether contact is known; the data itself only through {@link MeldingenService.contact}. */
  contact: { bekend: boolean; toestemming: boolean; magInzien: boolean };
  gebeurtenissen: { tijdstip: string; soort: string; van: string | null; naar: string | null; reden: string | null; door: string }[];
  fotos: { id: string; breedte: number; hoogte: number }[];
  toegestaneOvergangen: { naar: string; naam: string; redenVerplicht: boolean }[];
}

/**
 * Meldingen: intake on every channel (intake.service.ts), category suggestion (classificatie.service.ts), the
 * public status page (publiek.service.ts) and, here, the handling by staff: work list, assignment, status
 * machine, categories, duplicates — all driven by the gemeente's configuration (`meldingen.json`).
 */
export class MeldingenService {
  private readonly kern: MeldingenKern;
  readonly classificatie: ClassificatieService;
  readonly intake: IntakeService;
  readonly publiek: PubliekService;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: MeldingenInstellingen,
    private readonly gebieden: GebiedenService,
    berichten: BerichtenService,
    opties: MeldingenOpties,
  ) {
    this.kern = new MeldingenKern(db, cfg, gebieden, berichten, opties);
    this.classificatie = new ClassificatieService(db, cfg, opties.rootDir);
    this.intake = new IntakeService(this.kern, this.classificatie);
    this.publiek = new PubliekService(this.kern, (trx, ctx, id, naar, reden, now) => this.transitionIn(trx, ctx, id, naar, reden, now));
  }

  async init(): Promise<void> {
    await this.kern.init();
    await this.classificatie.loadModel();
  }

  // The module's outward face stays one service (routes and other modules call these); each job lives in its own file.
  statusLink = (meldingId: string) => this.kern.statusLink(meldingId);
  retrain = () => this.classificatie.retrain();
  classificeer = (tekst: string) => this.classificatie.classificeer(tekst);
  create = (...a: Parameters<IntakeService['create']>) => this.intake.create(...a);
  inDeBuurt = (...a: Parameters<PubliekService['inDeBuurt']>) => this.publiek.inDeBuurt(...a);
  publiekeStatus = (token: string) => this.publiek.publiekeStatus(token);
  reactie = (...a: Parameters<PubliekService['reactie']>) => this.publiek.reactie(...a);
  categorie = (code: string) => this.kern.categorie(code);
  publiekeCategorieen = () => this.kern.publiekeCategorieen();
  statussen = () => this.kern.statussen();
  private statusDef = (code: string) => this.kern.statusDef(code);
  private meldMelder = (...a: Parameters<MeldingenKern['meldMelder']>) => this.kern.meldMelder(...a);

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
    // 'mijn': the teams of my organisation (a team belongs to an organisation in meldingen.json).
    const teams = filter.team === 'mijn' ? this.cfg.teams.filter((t) => t.organisatie === g.organisatie.code).map((t) => t.code) : undefined;
    const f: repo.ListFilter = {
      ...filter,
      behandelaar,
      teams,
      vandaag,
      openStatussen: klokStatussen,
      eindStatussen: this.cfg.statussen.filter((s) => s.eind).map((s) => s.code),
      nieuwStatus: 'ontvangen',
    };
    // A heavy read: behind the intake on the embedded engine's one connection (platform/voorrang.ts).
    return zwaar(() => this.db.transaction().execute(async (trx) => {
      const { rows, total, volgende } = await repo.list(trx, f, page);
      const perStatus = await repo.telPerStatus(trx, f);
      // The list carries exact locations (personal data near a home): one log entry per call, not per row.
      await logVerwerking(trx, ctx, {
        actie: 'melding.lijst_raadplegen',
        objectType: 'melding',
        doel: 'afhandeling van meldingen',
        persoonsgegevens: true,
        details: { filter: { ...filter }, pagina: page, totaal: total, aantal: rows.length, ids: rows.slice(0, 500).map((r) => r.id) },
      });
      return { totaal: total, perStatus, items: await this.metNamen(trx, rows, vandaag), volgende };
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
      categorieMelder: m.categorie_melder,
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

  /**
   * The casus a melding was taken into is closed: the melding moves (inside the caller's transaction, along
   * the configured machine) to the result's end status with the B1 outcome text as its reason, so the reporter
   * gets the outcome by e-mail and the satisfaction question on the status page. Already-closed meldingen stay.
   */
  async sluitVoorZaak(trx: Transaction<DB>, ctx: AuditContext, meldingId: string, naar: string, uitkomst: string, now = new Date()): Promise<boolean> {
    const m = await repo.findById(trx, meldingId, true);
    if (!m || this.statusDef(m.status).eind) return false;
    const pad = this.kortstePad(m.status, naar);
    if (!pad) throw new AppError('conflict', `Melding ${m.referentie} (${this.statusDef(m.status).naam}) kan niet naar "${this.statusDef(naar).naam}"; pas de statusovergangen aan.`);
    for (const stap of pad) await this.transitionIn(trx, ctx, meldingId, stap, uitkomst, now);
    return true;
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

  /** Short descriptions of meldingen for a casus dossier (the zaken module), oldest first, with names. */
  async samenvattingen(db: Executor, ids: string[]) {
    return (await repo.samenvattingen(db, ids)).map((m) => ({
      ...m,
      categorieNaam: this.categorie(m.categorie)?.naam ?? m.categorie,
      statusNaam: this.statusDef(m.status).naam,
    }));
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
