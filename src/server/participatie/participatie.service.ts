import type { Kysely, Transaction } from 'kysely';
import type { Static } from 'typebox';
import type { BijeenkomstSchema, Buurtschouw, GroepSchema } from '../../contract/api/participatie.ts';
import type { MeldingenService } from '../meldingen/meldingen.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { ParticipatieInstellingen } from './participatie.config.ts';
import * as repo from './participatie.repository.ts';
import type { Werkvorm } from './participatie.tables.ts';

const DOEL = 'buurtparticipatie';
const isoDatum = (d: Date) => d.toISOString().slice(0, 10);

export interface ParticipatieOpties {
  organisaties: readonly { code: string; naam: string }[];
  buurtBestaat: (code: string) => boolean;
  buurtVan: (lon: number, lat: number) => string | null;
  organisatieBestaat: (code: string) => boolean;
  /** The agenda points of a buurt (the programme module's), to check links from a meeting. */
  agendaPuntenVan: (buurt: string) => Promise<{ id: number }[]>;
}

/**
 * Residents in the approach: buurtschouwen whose points become meldingen in one step, buurtpreventie groups
 * with one purpose-bound coordinator contact (read only with a logged reason, erased after the group goes
 * inactive), and meetings with the dialogue log and the joint analysis of the werkvorm acute onveiligheid.
 */
export class ParticipatieService {
  /** Goes up with every change to what the public site shows (published schouw results), for its cache. */
  private teller = 0;
  versie(): number {
    return this.teller;
  }
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: ParticipatieInstellingen,
    private readonly meldingen: Pick<MeldingenService, 'create'>,
    private readonly opties: ParticipatieOpties,
  ) {}

  catalogus() {
    const c = this.cfg;
    return {
      schouwStatussen: c.schouw.statussen,
      schouwCategorieen: c.schouw.categorieen,
      puntStatussen: c.schouw.puntStatussen,
      groepStatussen: c.buurtpreventie.statussen,
      contactDoel: c.buurtpreventie.contactDoel,
      bijeenkomstSoorten: c.bijeenkomstSoorten,
      organisaties: [...this.opties.organisaties],
    };
  }

  private naam(lijst: { code: string; naam: string }[], c: string) {
    return lijst.find((x) => x.code === c)?.naam ?? c;
  }

  // --------------------------------------------------------------------------------------- buurtschouw

  async schouwen(buurt?: string): Promise<Buurtschouw[]> {
    const rows = await repo.schouwen(this.db, buurt);
    const punten = await repo.punten(this.db, rows.map((r) => r.id));
    const s = this.cfg.schouw;
    return rows.map((r) => ({
      id: r.id,
      buurt: r.buurt_code,
      datum: r.datum,
      thema: r.thema,
      deelnemers: r.deelnemers,
      status: r.status,
      statusNaam: this.naam(s.statussen, r.status),
      volgendeStatussen: s.overgangen[r.status] ?? [],
      samenvatting: r.samenvatting,
      gepubliceerd: r.gepubliceerd,
      demo: r.demo,
      punten: punten
        .filter((p) => p.schouw_id === r.id)
        .map((p) => ({
          id: p.id,
          lon: p.lon,
          lat: p.lat,
          categorie: p.categorie,
          categorieNaam: this.naam(s.categorieen, p.categorie),
          omschrijving: p.omschrijving,
          heeftFoto: p.foto !== null,
          actiehouder: p.actiehouder,
          termijn: p.termijn,
          status: p.status,
          statusNaam: this.naam(s.puntStatussen, p.status),
          melding: p.melding_id && p.melding_referentie ? { id: p.melding_id, referentie: p.melding_referentie } : null,
        })),
    }));
  }

  async nieuweSchouw(ctx: AuditContext, s: { buurt: string; datum: string; thema: string; deelnemers?: string[] | undefined }): Promise<number> {
    if (!this.opties.buurtBestaat(s.buurt)) throw new AppError('validatie', 'Onbekende buurt.', [{ veld: '/buurt', melding: `onbekende buurt "${s.buurt}"` }]);
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertSchouw(trx, { buurt_code: s.buurt, datum: s.datum, thema: s.thema, deelnemers: s.deelnemers ?? [], status: this.cfg.schouw.statussen[0]!.code, samenvatting: null });
      await logVerwerking(trx, ctx, { actie: 'buurtschouw.plannen', objectType: 'buurtschouw', objectId: String(id), doel: DOEL, persoonsgegevens: false });
      return id;
    });
  }

  async nieuwPunt(ctx: AuditContext, schouwId: number, p: { lon: number; lat: number; categorie: string; omschrijving: string; foto?: string | undefined; actiehouder?: string | undefined; termijn?: string | undefined }): Promise<number> {
    this.teller++;
    const fouten: FieldError[] = [];
    if (!this.cfg.schouw.categorieen.some((c) => c.code === p.categorie)) fouten.push({ veld: '/categorie', melding: `onbekende categorie "${p.categorie}"` });
    if (p.actiehouder && !this.opties.organisatieBestaat(p.actiehouder)) fouten.push({ veld: '/actiehouder', melding: `onbekende organisatie "${p.actiehouder}"` });
    return this.db.transaction().execute(async (trx) => {
      const s = await repo.schouw(trx, schouwId, true);
      if (!s) throw new AppError('niet_gevonden', 'Deze buurtschouw bestaat niet.');
      if (this.opties.buurtVan(p.lon, p.lat) !== s.buurt_code) fouten.push({ veld: '/lon', melding: 'dit punt ligt niet in de buurt van de schouw' });
      if (fouten.length) throw new AppError('validatie', 'Het schouwpunt klopt niet.', fouten);
      if (this.cfg.schouw.statussen.find((x) => x.code === s.status)?.eind) throw new AppError('conflict', 'Deze buurtschouw is afgerond.');
      const id = await repo.insertPunt(trx, { schouw_id: schouwId, lon: p.lon, lat: p.lat, categorie: p.categorie, omschrijving: p.omschrijving, foto: p.foto ?? null, actiehouder: p.actiehouder ?? null, termijn: p.termijn ?? null, status: this.cfg.schouw.puntStatussen[0]!.code, melding_id: null, melding_referentie: null });
      await logVerwerking(trx, ctx, { actie: 'buurtschouw.punt', objectType: 'buurtschouw', objectId: String(schouwId), doel: DOEL, persoonsgegevens: false, details: { categorie: p.categorie } });
      return id;
    });
  }

  /**
   * Every open point of a schouw becomes a melding in one step (channel 'buurtschouw', the category from
   * participatie.json), through the normal intake: routing, deadline and duplicate check apply as always.
   */
  async naarMeldingen(ctx: AuditContext, schouwId: number): Promise<{ gemaakt: { punt: number; referentie: string }[]; mislukt: { punt: number; reden: string }[] }> {
    this.teller++;
    const s = await repo.schouw(this.db, schouwId);
    if (!s) throw new AppError('niet_gevonden', 'Deze buurtschouw bestaat niet.');
    const open = this.cfg.schouw.puntStatussen[0]!.code;
    const gemeld = this.cfg.schouw.puntStatussen[1]?.code ?? open;
    const rows = await repo.punten(this.db, [schouwId]);
    const gemaakt: { punt: number; referentie: string }[] = [];
    const mislukt: { punt: number; reden: string }[] = [];
    for (const p of rows.filter((x) => x.status === open && !x.melding_id)) {
      const cat = this.cfg.schouw.categorieen.find((c) => c.code === p.categorie)!;
      // One point the intake refuses (say, a photo it cannot read) stays open and is reported; the others go on.
      try {
        const m = await this.meldingen.create(ctx, { omschrijving: `Buurtschouw ${s.datum} (${s.thema}): ${p.omschrijving}`, categorie: cat.meldingCategorie, locatie: { lon: p.lon, lat: p.lat }, ...(p.foto ? { fotos: [p.foto] } : {}) }, 'buurtschouw', null);
        await repo.updatePunt(this.db, p.id, { status: gemeld, melding_id: m.id, melding_referentie: m.referentie });
        gemaakt.push({ punt: p.id, referentie: m.referentie });
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        mislukt.push({ punt: p.id, reden: [e.detail ?? e.title, ...(e.fouten ?? []).map((f) => f.melding)].join(' ') });
      }
    }
    return { gemaakt, mislukt };
  }

  async schouwStatus(ctx: AuditContext, schouwId: number, w: { status: string; samenvatting?: string | undefined; gepubliceerd?: boolean | undefined }): Promise<void> {
    this.teller++;
    await this.db.transaction().execute(async (trx) => {
      const s = await repo.schouw(trx, schouwId, true);
      if (!s) throw new AppError('niet_gevonden', 'Deze buurtschouw bestaat niet.');
      if (w.status !== s.status && !(this.cfg.schouw.overgangen[s.status] ?? []).includes(w.status)) throw new AppError('conflict', `Van "${this.naam(this.cfg.schouw.statussen, s.status)}" kan de schouw niet naar "${this.naam(this.cfg.schouw.statussen, w.status)}".`);
      if ((w.gepubliceerd ?? s.gepubliceerd) && !(w.samenvatting ?? s.samenvatting)) throw new AppError('validatie', 'Schrijf een samenvatting voordat u de uitkomst publiceert.', [{ veld: '/samenvatting', melding: 'Verplicht bij publiceren.' }]);
      await repo.updateSchouw(trx, schouwId, { status: w.status, ...(w.samenvatting !== undefined ? { samenvatting: w.samenvatting } : {}), ...(w.gepubliceerd !== undefined ? { gepubliceerd: w.gepubliceerd } : {}) });
      await logVerwerking(trx, ctx, { actie: 'buurtschouw.status', objectType: 'buurtschouw', objectId: String(schouwId), doel: DOEL, persoonsgegevens: false, details: { van: s.status, naar: w.status } });
    });
  }

  /** What the public buurt page shows of the walks: date, theme, the summary and counts per category, never the points' texts. */
  async publiekeSchouwen(buurt: string): Promise<{ datum: string; thema: string; samenvatting: string; punten: { categorie: string; aantal: number; afgehandeld: number }[]; demo: boolean }[]> {
    const eind = new Set(this.cfg.schouw.puntStatussen.filter((s) => s.eind).map((s) => s.code));
    return (await this.schouwen(buurt))
      .filter((s) => s.gepubliceerd && s.samenvatting)
      .map((s) => {
        const per = new Map<string, { aantal: number; afgehandeld: number }>();
        for (const p of s.punten) {
          const x = per.get(p.categorieNaam) ?? { aantal: 0, afgehandeld: 0 };
          x.aantal++;
          if (eind.has(p.status) || p.melding) x.afgehandeld++;
          per.set(p.categorieNaam, x);
        }
        return { datum: s.datum, thema: s.thema, samenvatting: s.samenvatting!, punten: [...per].map(([categorie, x]) => ({ categorie, ...x })), demo: s.demo };
      });
  }

  // ------------------------------------------------------------------------------------ buurtpreventie

  async groepen(): Promise<Static<typeof GroepSchema>[]> {
    const b = this.cfg.buurtpreventie;
    return (await repo.groepen(this.db)).map((r) => ({
      id: r.id,
      naam: r.naam,
      buurten: r.buurt_codes,
      aantalDeelnemers: r.aantal_deelnemers,
      bordGeplaatst: r.bord_geplaatst,
      alerts: r.alerts,
      status: r.status,
      statusNaam: this.naam(b.statussen, r.status),
      volgendeStatussen: b.overgangen[r.status] ?? [],
      laatsteActiviteit: r.laatste_activiteit,
      heeftContact: r.heeft_contact,
      contactVerwijderdOp: r.contact_verwijderd_op ? new Date(r.contact_verwijderd_op).toISOString() : null,
      demo: r.demo,
    }));
  }

  async nieuweGroep(ctx: AuditContext, g: { naam: string; buurten: string[]; coordinatorNaam?: string | undefined; coordinatorContact?: string | undefined; aantalDeelnemers?: number | undefined; bordGeplaatst?: boolean | undefined; alerts?: boolean | undefined }): Promise<number> {
    const onbekend = g.buurten.filter((b) => !this.opties.buurtBestaat(b));
    if (onbekend.length) throw new AppError('validatie', 'Onbekende buurt.', onbekend.map((b) => ({ veld: '/buurten', melding: `onbekende buurt "${b}"` })));
    const pg = !!(g.coordinatorNaam || g.coordinatorContact);
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertGroep(trx, {
        naam: g.naam,
        buurt_codes: g.buurten,
        coordinator_naam: g.coordinatorNaam ?? null,
        coordinator_contact: g.coordinatorContact ?? null,
        aantal_deelnemers: g.aantalDeelnemers ?? null,
        bord_geplaatst: g.bordGeplaatst ?? false,
        alerts: g.alerts ?? false,
        status: this.cfg.buurtpreventie.statussen[0]!.code,
        laatste_activiteit: null,
        inactief_sinds: null,
        contact_verwijderd_op: null,
      });
      await logVerwerking(trx, ctx, { actie: 'buurtpreventie.aanmelden', objectType: 'buurtpreventiegroep', objectId: String(id), doel: this.cfg.buurtpreventie.contactDoel, persoonsgegevens: pg });
      return id;
    });
  }

  async wijzigGroep(ctx: AuditContext, id: number, w: { status?: string | undefined; aantalDeelnemers?: number | undefined; bordGeplaatst?: boolean | undefined; alerts?: boolean | undefined; laatsteActiviteit?: string | undefined }, nu = new Date()): Promise<void> {
    const b = this.cfg.buurtpreventie;
    await this.db.transaction().execute(async (trx) => {
      const g = await repo.groep(trx, id, true);
      if (!g) throw new AppError('niet_gevonden', 'Deze groep bestaat niet.');
      const set: Parameters<typeof repo.updateGroep>[2] = {};
      if (w.status && w.status !== g.status) {
        if (!(b.overgangen[g.status] ?? []).includes(w.status)) throw new AppError('conflict', `Van "${this.naam(b.statussen, g.status)}" kan de groep niet naar "${this.naam(b.statussen, w.status)}".`);
        set.status = w.status;
        set.inactief_sinds = b.statussen.find((s) => s.code === w.status)?.eind ? isoDatum(nu) : null;
      }
      if (w.aantalDeelnemers !== undefined) set.aantal_deelnemers = w.aantalDeelnemers;
      if (w.bordGeplaatst !== undefined) set.bord_geplaatst = w.bordGeplaatst;
      if (w.alerts !== undefined) set.alerts = w.alerts;
      if (w.laatsteActiviteit !== undefined) set.laatste_activiteit = w.laatsteActiviteit;
      await repo.updateGroep(trx, id, set);
      await logVerwerking(trx, ctx, { actie: 'buurtpreventie.wijzigen', objectType: 'buurtpreventiegroep', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { velden: Object.keys(set) } });
    });
  }

  /** The coordinator's contact, for its purpose only, with the reason in the verwerkingenlog. */
  async contact(ctx: AuditContext, g: Gebruiker, id: number, reden: string): Promise<{ naam: string | null; contact: string | null; doel: string }> {
    void g;
    return this.db.transaction().execute(async (trx) => {
      const r = await repo.groep(trx, id);
      if (!r) throw new AppError('niet_gevonden', 'Deze groep bestaat niet.');
      await logVerwerking(trx, ctx, { actie: 'buurtpreventie.contact_inzien', objectType: 'buurtpreventiegroep', objectId: String(id), doel: this.cfg.buurtpreventie.contactDoel, persoonsgegevens: true, details: { reden } });
      return { naam: r.coordinator_naam, contact: r.coordinator_contact, doel: this.cfg.buurtpreventie.contactDoel };
    });
  }

  /** Retention: a group inactive longer than the configured term loses its coordinator's contact. */
  async verlopenContacten(trx: Transaction<DB>, nu: Date, uitvoeren: boolean): Promise<number> {
    const grens = isoDatum(new Date(nu.getTime() - this.cfg.buurtpreventie.contactBewaarDagenNaInactief * 86_400_000));
    const ids = (await repo.verlopenContact(trx, grens)).map((r) => r.id);
    if (uitvoeren) await repo.wisContact(trx, ids, nu);
    return ids.length;
  }

  // -------------------------------------------------------------------------------------- bijeenkomsten

  async bijeenkomsten(buurt?: string): Promise<Static<typeof BijeenkomstSchema>[]> {
    return (await repo.bijeenkomsten(this.db, buurt)).map((r) => ({
      id: r.id,
      buurt: r.buurt_code,
      datum: r.datum,
      soort: r.soort,
      soortNaam: this.naam(this.cfg.bijeenkomstSoorten, r.soort),
      titel: r.titel,
      onderwerpen: r.onderwerpen,
      aanwezig: r.aanwezig,
      opgehaald: r.opgehaald,
      vervolg: r.vervolg,
      agendaPuntIds: r.agenda_punt_ids.map(Number),
      analyse: r.gezamenlijke_analyse,
      demo: r.demo,
    }));
  }

  async nieuweBijeenkomst(
    ctx: AuditContext,
    b: { buurt: string; datum: string; soort: string; titel: string; onderwerpen?: string[] | undefined; aanwezig?: number | undefined; opgehaald?: string | undefined; vervolg?: string | undefined; agendaPuntIds?: number[] | undefined; analyse?: Werkvorm | undefined },
  ): Promise<number> {
    const fouten: FieldError[] = [];
    const soort = this.cfg.bijeenkomstSoorten.find((s) => s.code === b.soort);
    if (!this.opties.buurtBestaat(b.buurt)) fouten.push({ veld: '/buurt', melding: `onbekende buurt "${b.buurt}"` });
    if (!soort) fouten.push({ veld: '/soort', melding: `onbekende soort "${b.soort}"` });
    // The werkvorm acute onveiligheid is a joint analysis: without it the meeting is not that werkvorm.
    if (soort?.analyse && !b.analyse) fouten.push({ veld: '/analyse', melding: 'de werkvorm vraagt het probleem, de oorzaken, de opties, de gekozen aanpak, eigenaren en een vervolgdatum' });
    if (b.agendaPuntIds?.length && this.opties.buurtBestaat(b.buurt)) {
      const bekend = new Set((await this.opties.agendaPuntenVan(b.buurt)).map((a) => a.id));
      for (const id of b.agendaPuntIds) if (!bekend.has(id)) fouten.push({ veld: '/agendaPuntIds', melding: `agendapunt ${id} staat niet op de agenda van deze buurt` });
    }
    if (b.analyse) {
      for (const e of b.analyse.eigenaren) if (!this.opties.organisatieBestaat(e)) fouten.push({ veld: '/analyse/eigenaren', melding: `onbekende organisatie "${e}"` });
      if (b.analyse.vervolgdatum < b.datum) fouten.push({ veld: '/analyse/vervolgdatum', melding: 'de vervolgdatum ligt vóór de bijeenkomst' });
    }
    if (fouten.length) throw new AppError('validatie', 'De bijeenkomst klopt niet.', fouten);
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertBijeenkomst(trx, {
        buurt_code: b.buurt,
        datum: b.datum,
        soort: b.soort,
        titel: b.titel,
        onderwerpen: b.onderwerpen ?? [],
        aanwezig: b.aanwezig ?? null,
        opgehaald: b.opgehaald ?? '',
        vervolg: b.vervolg ?? '',
        agenda_punt_ids: b.agendaPuntIds ?? [],
        gezamenlijke_analyse: b.analyse ? JSON.stringify(b.analyse) : null,
      });
      await logVerwerking(trx, ctx, { actie: 'bijeenkomst.vastleggen', objectType: 'bijeenkomst', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { soort: b.soort } });
      return id;
    });
  }
}
