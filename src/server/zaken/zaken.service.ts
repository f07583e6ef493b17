import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, type AuditContext } from '../audit/audit.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { MeldingenService } from '../meldingen/meldingen.service.ts';
import type { Executor } from '../platform/database.ts';
import type { CasusOverzicht } from '../../contract/api/zaken.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import type { ZaaktypenInstellingen, Zaaktype } from './zaken.config.ts';
import { maakBestand, type Bestand, type Formaat } from '../platform/export.ts';
import { datumInNederland, plusDagen, plusWerkdagen } from '../platform/werkdagen.ts';
import { gebruikerMetOrganisatie, gebruikerNamen, organisatieOpCode, organisatiesVoorIds } from '../toegang/toegang.service.ts';
import { hasPermissie, type Gebruiker } from '../toegang/toegang.service.ts';
import * as repo from './zaken.repository.ts';
import type { BesluitRow, TaakRow, ZaakRow } from './zaken.tables.ts';


/** A casus in a work list, as the API contract has it. */
export type ZaakOverzicht = CasusOverzicht;

/** Add an ISO 8601 duration of years, months and days (e.g. P5Y, P1Y6M) to an ISO date. */
export function plusDuur(date: string, duur: string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(duur);
  if (!m) throw new Error(`Ongeldige duur ${duur}`);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + Number(m[1] ?? 0), d.getUTCMonth() + Number(m[2] ?? 0), d.getUTCDate() + Number(m[3] ?? 0));
  return d.toISOString().slice(0, 10);
}

export type Toegang = 'volledig' | 'partner';

export interface ZaakFilter {
  status?: string | undefined;
  zaaktype?: string | undefined;
  /** Only casussen where I am the casushouder. */
  mijn?: boolean | undefined;
  achterstallig?: boolean | undefined;
}


/**
 * Casussen (ZGW "zaken"): case types as data, membership as the need-to-know boundary, a dossier timeline,
 * evidence-guarded steps, besluiten with legal terms, referrals to partners, closing with an archive date.
 */
export class ZakenService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: ZaaktypenInstellingen,
    private readonly meldingen: MeldingenService,
    private readonly berichten: BerichtenService,
    private readonly opties: { demo: boolean; publiekeUrl: string; gemeente: string },
  ) {}

  zaaktype(code: string): Zaaktype {
    const zt = this.cfg.zaaktypen.find((z) => z.code === code);
    if (!zt) throw new AppError('validatie', `Onbekend zaaktype "${code}".`, [{ veld: 'zaaktype', melding: 'onbekend' }]);
    return zt;
  }

  private statusNaam(zt: Zaaktype, code: string): string {
    return zt.statussen.find((s) => s.code === code)?.naam ?? code;
  }

  zaaktypen() {
    return this.cfg.zaaktypen.map((z) => ({
      code: z.code,
      naam: z.naam,
      omschrijving: z.omschrijving,
      statussen: [...z.statussen].sort((a, b) => a.volgorde - b.volgorde).map((s) => ({ code: s.code, naam: s.naam, eind: !!s.eind })),
      resultaattypen: z.resultaattypen.map((r) => ({ code: r.code, naam: r.naam, archiefnominatie: r.archiefnominatie, bewaartermijn: r.bewaartermijn })),
    }));
  }

  catalogus() {
    return {
      zaaktypen: this.zaaktypen(),
      dossiersoorten: this.cfg.dossiersoorten,
      besluittypen: this.cfg.besluittypen,
      taakuitkomsten: this.cfg.taakuitkomsten,
    };
  }

  // ------------------------------------------------------------------------------------- access

  /**
   * Need-to-know: permission AND membership. Personal members with `casussen:lezen` see everything;
   * users of a member organisation (partners) see the header, external dossier items and their own tasks.
   * Anyone else gets 403, whatever their role.
   */
  async toegang(db: Kysely<DB> | Transaction<DB>, zaakId: string, g: Gebruiker | null): Promise<{ zaak: ZaakRow; toegang: Toegang }> {
    if (!g) throw new AppError('niet_ingelogd');
    const zaak = await repo.findById(db, zaakId);
    const lid = zaak ? await repo.lidmaatschap(db, zaakId, g.id, g.organisatie.id) : { persoonlijk: false, organisatie: false };
    if (zaak && lid.persoonlijk && hasPermissie(g, 'casussen:lezen')) return { zaak, toegang: 'volledig' };
    if (zaak && lid.organisatie && (hasPermissie(g, 'taken:behandelen') || hasPermissie(g, 'casussen:lezen'))) return { zaak, toegang: 'partner' };
    // Same answer whether the zaak exists or not: its existence is itself need-to-know.
    throw new AppError('geen_toegang', 'U bent geen lid van deze casus.');
  }

  private async alsBehandelaar(trx: Transaction<DB>, zaakId: string, g: Gebruiker | null): Promise<ZaakRow> {
    const { zaak, toegang } = await this.toegang(trx, zaakId, g);
    if (toegang !== 'volledig' || !hasPermissie(g, 'casussen:behandelen')) {
      throw new AppError('geen_toegang', 'Alleen leden met de rol casushouder kunnen deze casus wijzigen.');
    }
    const locked = await repo.findById(trx, zaakId, true);
    if (!locked) throw new AppError('niet_gevonden');
    if (locked.einddatum) throw new AppError('conflict', 'Deze casus is afgesloten.');
    return locked ?? zaak;
  }

  // ------------------------------------------------------------------------------------- create

  async create(
    g: Gebruiker,
    ctx: AuditContext,
    input: { zaaktype: string; omschrijving: string; meldingIds: string[]; buurtCode?: string | undefined },
    now = new Date(),
  ): Promise<{ id: string; identificatie: string }> {
    if (!hasPermissie(g, 'casussen:behandelen')) throw new AppError('geen_toegang', 'Hiervoor is de permissie "casussen:behandelen" nodig.');
    const zt = this.zaaktype(input.zaaktype);
    const start = [...zt.statussen].sort((a, b) => a.volgorde - b.volgorde)[0]!;
    const vandaag = datumInNederland(now);
    return this.db.transaction().execute(async (trx) => {
      const nummer = await repo.nextNummer(trx);
      const identificatie = `Z-${now.getUTCFullYear()}-${String(nummer).padStart(6, '0')}`;
      const zaak = await repo.insert(trx, {
        identificatie,
        zaaktype: zt.code,
        status: start.code,
        omschrijving: input.omschrijving.trim(),
        vertrouwelijkheid: zt.vertrouwelijkheid,
        doel: zt.doel,
        buurt_code: input.buurtCode ?? null,
        startdatum: vandaag,
        streefdatum: plusDagen(vandaag, zt.doorlooptijdDagen),
        eigenaar_organisatie_id: g.organisatie.id,
        resultaat: null,
        archiefnominatie: null,
        opschorting_reden: null,
        demo: this.opties.demo,
      });
      await repo.addLid(trx, { zaak_id: zaak.id, gebruiker_id: g.id, rol: 'casushouder' });
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'status',
        titel: `Casus aangemaakt: ${start.naam}`,
        intern: false,
        actor_id: g.id,
        actor_omschrijving: g.naam,
        details: { zaaktype: zt.code, status: start.code },
      });
      let buurt = input.buurtCode ?? null;
      for (const mid of [...new Set(input.meldingIds)]) {
        const m = await this.meldingen.koppelAanZaak(trx, ctx, mid, identificatie, now);
        await repo.linkMelding(trx, zaak.id, mid);
        buurt ??= m.buurtCode;
        await repo.addDossier(trx, {
          zaak_id: zaak.id,
          soort: 'melding',
          titel: `Melding ${m.referentie} opgenomen`,
          intern: true,
          actor_id: g.id,
          actor_omschrijving: g.naam,
          details: { meldingId: mid },
        });
      }
      if (buurt !== zaak.buurt_code) await repo.update(trx, zaak.id, { buurt_code: buurt });
      await logVerwerking(trx, ctx, {
        actie: 'zaak.aanmaken',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: zt.doel,
        persoonsgegevens: input.meldingIds.length > 0,
        details: { identificatie, zaaktype: zt.code, meldingen: input.meldingIds.length },
      });
      return { id: zaak.id, identificatie };
    });
  }

  // ------------------------------------------------------------------------------------- read

  private overzicht(z: ZaakRow & { casushouder?: string | null }, vandaag: string): ZaakOverzicht {
    const zt = this.cfg.zaaktypen.find((x) => x.code === z.zaaktype);
    return {
      id: z.id,
      identificatie: z.identificatie,
      zaaktype: z.zaaktype,
      zaaktypeNaam: zt?.naam ?? z.zaaktype,
      status: z.status,
      statusNaam: zt ? this.statusNaam(zt, z.status) : z.status,
      omschrijving: z.omschrijving,
      buurtCode: z.buurt_code,
      startdatum: z.startdatum,
      streefdatum: z.streefdatum,
      einddatum: z.einddatum,
      achterstallig: !z.einddatum && !z.opgeschort_sinds && z.streefdatum < vandaag,
      opgeschort: !!z.opgeschort_sinds,
      casushouder: z.casushouder ?? null,
    };
  }

  async list(g: Gebruiker, f: ZaakFilter & { limit: number; offset: number }, now = new Date()) {
    if (!hasPermissie(g, 'casussen:lezen') && !hasPermissie(g, 'taken:behandelen')) throw new AppError('geen_toegang');
    const vandaag = datumInNederland(now);
    const { rows, total } = await repo.listVoor(this.db, {
      gebruikerId: g.id,
      organisatieId: g.organisatie.id,
      // Partners see the zaken their organisation was brought into; municipal staff only their own.
      viaOrganisatie: !hasPermissie(g, 'casussen:behandelen'),
      ...f,
      vandaag,
    });
    const namen = await gebruikerNamen(this.db, rows.flatMap((r) => (r.casushouder_id ? [r.casushouder_id] : [])));
    return { totaal: total, items: rows.map((r) => this.overzicht({ ...r, casushouder: r.casushouder_id ? (namen.get(r.casushouder_id) ?? null) : null }, vandaag)) };
  }

  /** The casus work list as CSV or XLSX: only what the list shows (no persons, no dossier); the export is logged. */
  async exporteer(g: Gebruiker, ctx: AuditContext, f: ZaakFilter, formaat: Formaat, now = new Date()): Promise<Bestand> {
    const max = 10_000;
    const { totaal, items } = await this.list(g, { ...f, limit: max, offset: 0 }, now);
    if (totaal > max) throw new AppError('validatie', `Dit zijn ${totaal} casussen; exporteer er maximaal ${max}. Verfijn het filter.`);
    const bestand = await maakBestand(
      formaat,
      `casussen-${datumInNederland(now)}`,
      ['Casus', 'Soort', 'Status', 'Omschrijving', 'Buurtcode', 'Start', 'Streefdatum', 'Einddatum', 'Te laat', 'Opgeschort', 'Casushouder'],
      items.map((z) => [z.identificatie, z.zaaktypeNaam, z.statusNaam, z.omschrijving, z.buurtCode, z.startdatum, z.streefdatum, z.einddatum, z.achterstallig, z.opgeschort, z.casushouder]),
    );
    await this.db.transaction().execute((trx) =>
      logVerwerking(trx, ctx, { actie: 'casus.exporteren', objectType: 'zaak', doel: 'casusregie', persoonsgegevens: false, details: { formaat, aantal: items.length, filter: f } }),
    );
    return bestand;
  }

  /** The zaak as this user may see it; every read is logged (it holds personal data). */
  async detail(trx: Transaction<DB>, g: Gebruiker | null, ctx: AuditContext, zaakId: string, now = new Date()) {
    const { zaak, toegang } = await this.toegang(trx, zaakId, g);
    const zt = this.zaaktype(zaak.zaaktype);
    const vandaag = datumInNederland(now);
    const volledig = toegang === 'volledig';
    const [leden, dossier, besluiten, taken, meldingen, betrokkenen] = await Promise.all([
      repo.leden(trx, zaakId),
      repo.dossier(trx, zaakId, !volledig),
      volledig ? repo.besluiten(trx, zaakId) : Promise.resolve([] as BesluitRow[]),
      this.takenMetOrganisatie(trx, volledig ? { zaakId } : { zaakId, organisatieId: g!.organisatie.id }),
      volledig ? repo.meldingIds(trx, zaakId).then((ids) => this.meldingen.samenvattingen(trx, ids)) : Promise.resolve([]),
      volledig ? repo.betrokkenen(trx, zaakId) : Promise.resolve([]),
    ]);
    await logVerwerking(trx, ctx, {
      actie: 'zaak.raadplegen',
      objectType: 'zaak',
      objectId: zaakId,
      doel: zaak.doel,
      persoonsgegevens: volledig,
      details: { toegang },
    });
    const tellingen = volledig ? await repo.dossierTellingen(trx, zaakId) : new Map<string, number>();
    const gebruikers = await gebruikerNamen(trx, leden.flatMap((l) => (l.gebruiker_id ? [l.gebruiker_id] : [])));
    const organisaties = await organisatiesVoorIds(trx, leden.flatMap((l) => (l.organisatie_id ? [l.organisatie_id] : [])));
    const casushouder = leden.find((l) => l.rol === 'casushouder')?.gebruiker_id;
    return {
      ...this.overzicht({ ...zaak, casushouder: casushouder ? (gebruikers.get(casushouder) ?? null) : null }, vandaag),
      toegang,
      vertrouwelijkheid: zaak.vertrouwelijkheid,
      doel: zaak.doel,
      resultaat: zaak.resultaat,
      archiefnominatie: zaak.archiefnominatie,
      archiefactiedatum: zaak.archiefactiedatum,
      opgeschortSinds: zaak.opgeschort_sinds,
      leden: volledig
        ? leden.map((l) => {
            const org = l.organisatie_id ? organisaties.get(l.organisatie_id) : undefined;
            return { rol: l.rol, gebruikerId: l.gebruiker_id, naam: (l.gebruiker_id ? gebruikers.get(l.gebruiker_id) : org?.naam) ?? '', organisatie: org?.code ?? null };
          })
        : [],
      dossier: dossier.map((d) => ({
        id: d.id,
        tijdstip: d.tijdstip.toISOString(),
        soort: d.soort,
        titel: d.titel,
        tekst: d.tekst,
        intern: d.intern,
        door: d.actor_omschrijving,
      })),
      besluiten: besluiten.map((b) => this.besluitView(b)),
      taken: taken.map((t) => this.taakView(t)),
      meldingen: meldingen.map((m) => ({ id: m.id, referentie: m.referentie, categorie: m.categorie, status: m.status })),
      betrokkenen,
      volgendeStappen: volledig && !zaak.einddatum
        ? zt.overgangen
            .filter((o) => o.van === zaak.status)
            .map((o) => ({
              naar: o.naar,
              naam: this.statusNaam(zt, o.naar),
              ontbreekt: this.ontbrekend(o.vereist, tellingen, besluiten, vandaag),
            }))
        : [],
    };
  }

  private besluitView(b: BesluitRow) {
    const type = this.cfg.besluittypen.find((t) => t.code === b.besluittype);
    return {
      id: b.id,
      besluittype: b.besluittype,
      naam: type?.naam ?? b.besluittype,
      datum: b.datum,
      ingangsdatum: b.ingangsdatum,
      zienswijzeTot: b.zienswijze_tot,
      bezwaarTot: b.bezwaar_tot,
      begunstigingstermijnTot: b.begunstigingstermijn_tot,
      toelichting: b.toelichting,
    };
  }

  /** Tasks with their organisation's code and name (from toegang). */
  private async takenMetOrganisatie(db: Executor, f: Parameters<typeof repo.taken>[1]) {
    const rows = await repo.taken(db, f);
    const orgs = await organisatiesVoorIds(db, rows.map((r) => r.organisatie_id));
    return rows.map((r) => ({ ...r, organisatie_code: orgs.get(r.organisatie_id)?.code ?? '', organisatie_naam: orgs.get(r.organisatie_id)?.naam ?? '' }));
  }

  taakView(t: TaakRow & { organisatie_naam?: string; organisatie_code?: string; zaak_identificatie?: string | null }) {
    return {
      id: t.id,
      zaakId: t.zaak_id,
      zaak: t.zaak_identificatie ?? null,
      organisatie: t.organisatie_code ?? '',
      organisatieNaam: t.organisatie_naam ?? '',
      titel: t.titel,
      omschrijving: t.omschrijving,
      status: t.status,
      reden: t.reden,
      uitkomst: t.uitkomst,
      toelichting: t.toelichting,
      deadline: t.deadline,
      aangemaaktOp: t.aangemaakt_op.toISOString(),
    };
  }

  // ------------------------------------------------------------------------------------- evidence-guarded steps

  /** What a step still needs, in words a casushouder understands; empty when the step may be taken. */
  private ontbrekend(vereist: Zaaktype['overgangen'][number]['vereist'], tellingen: Map<string, number>, besluiten: BesluitRow[], vandaag: string): string[] {
    const out: string[] = [];
    const soortNaam = (c: string) => this.cfg.dossiersoorten.find((d) => d.code === c)?.naam ?? c;
    const besluitNaam = (c: string) => this.cfg.besluittypen.find((d) => d.code === c)?.naam ?? c;
    for (const v of vereist) {
      if (v.soort) {
        const nodig = v.minimaal ?? 1;
        const heeft = tellingen.get(v.soort) ?? 0;
        if (heeft < nodig) out.push(`${soortNaam(v.soort)}: ${heeft} van minstens ${nodig}`);
      } else if (v.besluit) {
        const b = besluiten.filter((x) => x.besluittype === v.besluit);
        if (b.length === 0) out.push(`Besluit "${besluitNaam(v.besluit)}" is nog niet vastgelegd`);
        else if (v.zienswijzeVerstreken && !b.some((x) => x.zienswijze_tot !== null && x.zienswijze_tot < vandaag)) {
          out.push(`De zienswijzetermijn van "${besluitNaam(v.besluit)}" loopt nog (tot en met ${b[b.length - 1]!.zienswijze_tot})`);
        }
      } else if (v.besluitEenVan) {
        if (!besluiten.some((x) => v.besluitEenVan!.includes(x.besluittype))) {
          out.push(`Een van deze besluiten: ${v.besluitEenVan.map(besluitNaam).join(' of ')}`);
        }
      }
    }
    return out;
  }

  async zetStatus(g: Gebruiker | null, ctx: AuditContext, zaakId: string, naar: string, reden: string | undefined, now = new Date()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const zt = this.zaaktype(zaak.zaaktype);
      if (zt.statussen.find((s) => s.code === naar)?.eind) {
        throw new AppError('validatie', 'Sluit de casus af met een resultaat (afsluiten).');
      }
      await this.stap(trx, zaak, zt, naar, reden, g!, ctx, now);
    });
  }

  private async stap(trx: Transaction<DB>, zaak: ZaakRow, zt: Zaaktype, naar: string, reden: string | undefined, g: Gebruiker, ctx: AuditContext, now: Date): Promise<void> {
    const overgang = zt.overgangen.find((o) => o.van === zaak.status && o.naar === naar);
    if (!overgang) throw new AppError('conflict', `Van "${this.statusNaam(zt, zaak.status)}" kan de casus niet naar "${naar}".`);
    const ontbreekt = this.ontbrekend(overgang.vereist, await repo.dossierTellingen(trx, zaak.id), await repo.besluiten(trx, zaak.id), datumInNederland(now));
    if (ontbreekt.length > 0) {
      throw new AppError(
        'conflict',
        `Deze stap kan nog niet: ${ontbreekt.join('; ')}.`,
        ontbreekt.map((m) => ({ veld: 'bewijs', melding: m })),
      );
    }
    await repo.update(trx, zaak.id, { status: naar });
    await repo.addDossier(trx, {
      zaak_id: zaak.id,
      soort: 'status',
      titel: `${this.statusNaam(zt, zaak.status)} → ${this.statusNaam(zt, naar)}`,
      tekst: reden?.trim() || null,
      intern: false,
      actor_id: g.id,
      actor_omschrijving: g.naam,
      details: { van: zaak.status, naar },
    });
    await logVerwerking(trx, ctx, {
      actie: 'zaak.status_wijzigen',
      objectType: 'zaak',
      objectId: zaak.id,
      doel: zaak.doel,
      persoonsgegevens: false,
      details: { van: zaak.status, naar },
    });
  }

  async afsluiten(g: Gebruiker | null, ctx: AuditContext, zaakId: string, resultaat: string, toelichting: string, now = new Date()) {
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const zt = this.zaaktype(zaak.zaaktype);
      const rt = zt.resultaattypen.find((r) => r.code === resultaat);
      if (!rt) throw new AppError('validatie', `Onbekend resultaat "${resultaat}".`, [{ veld: 'resultaat', melding: 'onbekend voor dit zaaktype' }]);
      const eind = zt.statussen.find((s) => s.eind)!;
      await this.stap(trx, zaak, zt, eind.code, toelichting, g!, ctx, now);
      const einddatum = datumInNederland(now);
      const archiefactiedatum = plusDuur(einddatum, rt.bewaartermijn);
      await repo.update(trx, zaak.id, { einddatum, resultaat: rt.code, archiefnominatie: rt.archiefnominatie, archiefactiedatum });
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'resultaat',
        titel: `Afgesloten: ${rt.naam}`,
        tekst: toelichting,
        intern: false,
        actor_id: g!.id,
        actor_omschrijving: g!.naam,
        details: { resultaat: rt.code, archiefnominatie: rt.archiefnominatie, archiefactiedatum },
      });
      await logVerwerking(trx, ctx, {
        actie: 'zaak.afsluiten',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: zaak.doel,
        persoonsgegevens: false,
        details: { resultaat: rt.code, archiefactiedatum },
      });
      return { einddatum, archiefnominatie: rt.archiefnominatie, archiefactiedatum };
    });
  }

  // ------------------------------------------------------------------------------------- dossier

  async dossierToevoegen(
    g: Gebruiker | null,
    ctx: AuditContext,
    zaakId: string,
    d: { soort: string; titel: string; tekst?: string | undefined; intern: boolean; vertrouwelijkheid?: string | undefined },
  ): Promise<number> {
    if (!this.cfg.dossiersoorten.some((s) => s.code === d.soort)) {
      throw new AppError('validatie', `Onbekende dossiersoort "${d.soort}".`, [{ veld: 'soort', melding: 'onbekend' }]);
    }
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const id = await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: d.soort,
        titel: d.titel.trim(),
        tekst: d.tekst ?? null,
        intern: d.intern,
        vertrouwelijkheid: d.vertrouwelijkheid ?? zaak.vertrouwelijkheid,
        actor_id: g!.id,
        actor_omschrijving: g!.naam,
      });
      await logVerwerking(trx, ctx, {
        actie: 'zaak.dossier_toevoegen',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: zaak.doel,
        persoonsgegevens: true,
        details: { soort: d.soort, intern: d.intern },
      });
      return id;
    });
  }

  async betrokkeneToevoegen(g: Gebruiker | null, ctx: AuditContext, zaakId: string, b: { rol: string; naam?: string | undefined; adres?: string | undefined; doel: string }) {
    if (!b.naam && !b.adres) throw new AppError('validatie', 'Geef een naam of een adres.', [{ veld: 'naam', melding: 'naam of adres is nodig' }]);
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const id = await repo.addBetrokkene(trx, { zaak_id: zaak.id, rol: b.rol, naam: b.naam?.trim() || null, adres: b.adres?.trim() || null, doel: b.doel.trim() });
      await repo.addDossier(trx, { zaak_id: zaak.id, soort: 'betrokkene', titel: `Betrokkene toegevoegd (${b.rol})`, intern: true, actor_id: g!.id, actor_omschrijving: g!.naam });
      await logVerwerking(trx, ctx, {
        actie: 'zaak.betrokkene_toevoegen',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: b.doel.trim(),
        persoonsgegevens: true,
        details: { rol: b.rol, betrokkene: id },
      });
      return id;
    });
  }

  async lidToevoegen(g: Gebruiker | null, ctx: AuditContext, zaakId: string, l: { gebruikerId?: string | undefined; organisatie?: string | undefined; rol: string }) {
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      let detail: Record<string, unknown>;
      if (l.gebruikerId) {
        const u = await gebruikerMetOrganisatie(trx, l.gebruikerId);
        if (!u || !u.actief) throw new AppError('validatie', 'Onbekende gebruiker.', [{ veld: 'gebruikerId', melding: 'onbekend' }]);
        if (l.rol === 'casushouder') await repo.removeRol(trx, zaak.id, 'casushouder');
        await repo.addLid(trx, { zaak_id: zaak.id, gebruiker_id: u.id, rol: l.rol });
        detail = { gebruiker: u.id, rol: l.rol };
      } else if (l.organisatie) {
        const org = await organisatieOpCode(trx, l.organisatie);
        if (!org) throw new AppError('validatie', `Onbekende organisatie "${l.organisatie}".`, [{ veld: 'organisatie', melding: 'onbekend' }]);
        await repo.addLid(trx, { zaak_id: zaak.id, organisatie_id: org.id, rol: l.rol });
        detail = { organisatie: org.code, rol: l.rol };
      } else {
        throw new AppError('validatie', 'Geef een gebruiker of een organisatie.');
      }
      await repo.addDossier(trx, { zaak_id: zaak.id, soort: 'lid', titel: `Lid toegevoegd (${l.rol})`, intern: true, actor_id: g!.id, actor_omschrijving: g!.naam, details: detail });
      await logVerwerking(trx, ctx, { actie: 'zaak.lid_toevoegen', objectType: 'zaak', objectId: zaak.id, doel: zaak.doel, persoonsgegevens: false, details: detail });
    });
  }

  /** Suspend (clock stops) or resume (the target date moves by the suspended days). */
  async opschorten(g: Gebruiker | null, ctx: AuditContext, zaakId: string, opschorten: boolean, reden: string | undefined, now = new Date()) {
    await this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const vandaag = datumInNederland(now);
      if (opschorten) {
        if (zaak.opgeschort_sinds) throw new AppError('conflict', 'De casus is al opgeschort.');
        if (!reden?.trim()) throw new AppError('validatie', 'Geef een reden voor de opschorting.', [{ veld: 'reden', melding: 'verplicht' }]);
        await repo.update(trx, zaak.id, { opgeschort_sinds: vandaag, opschorting_reden: reden.trim() });
      } else {
        if (!zaak.opgeschort_sinds) throw new AppError('conflict', 'De casus is niet opgeschort.');
        const dagen = Math.round((Date.parse(vandaag) - Date.parse(zaak.opgeschort_sinds)) / 86_400_000);
        await repo.update(trx, zaak.id, { opgeschort_sinds: null, opschorting_reden: null, streefdatum: plusDagen(zaak.streefdatum, dagen) });
      }
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'opschorting',
        titel: opschorten ? 'Opgeschort' : 'Hervat',
        tekst: reden ?? null,
        intern: true,
        actor_id: g!.id,
        actor_omschrijving: g!.naam,
      });
      await logVerwerking(trx, ctx, { actie: opschorten ? 'zaak.opschorten' : 'zaak.hervatten', objectType: 'zaak', objectId: zaak.id, doel: zaak.doel, persoonsgegevens: false });
    });
  }

  // ------------------------------------------------------------------------------------- besluiten

  async besluitVastleggen(
    g: Gebruiker | null,
    ctx: AuditContext,
    zaakId: string,
    b: { besluittype: string; datum: string; ingangsdatum?: string | undefined; toelichting: string; begunstigingstermijnDagen?: number | undefined },
  ) {
    const type = this.cfg.besluittypen.find((t) => t.code === b.besluittype);
    const fouten: FieldError[] = [];
    if (!type) fouten.push({ veld: 'besluittype', melding: 'onbekend' });
    if (type?.begunstigingstermijn && !b.begunstigingstermijnDagen) {
      fouten.push({ veld: 'begunstigingstermijnDagen', melding: 'een last heeft een begunstigingstermijn nodig' });
    }
    if (fouten.length || !type) throw new AppError('validatie', 'Het besluit kan zo niet worden vastgelegd.', fouten);
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const ingang = b.ingangsdatum ?? b.datum;
      const row = await repo.insertBesluit(trx, {
        zaak_id: zaak.id,
        besluittype: type.code,
        datum: b.datum,
        ingangsdatum: ingang,
        zienswijze_tot: type.zienswijzeDagen > 0 ? plusDagen(b.datum, type.zienswijzeDagen) : null,
        // Awb 6:7/6:8: six weeks from the day after the decision is made known.
        bezwaar_tot: type.bezwaarWeken > 0 ? plusDagen(b.datum, type.bezwaarWeken * 7) : null,
        begunstigingstermijn_tot: type.begunstigingstermijn && b.begunstigingstermijnDagen ? plusDagen(ingang, b.begunstigingstermijnDagen) : null,
        toelichting: b.toelichting,
      });
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'besluit',
        titel: `Besluit: ${type.naam}`,
        tekst: b.toelichting,
        intern: true,
        actor_id: g!.id,
        actor_omschrijving: g!.naam,
        details: { besluit: row.id, besluittype: type.code },
      });
      await logVerwerking(trx, ctx, {
        actie: 'zaak.besluit_vastleggen',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: zaak.doel,
        persoonsgegevens: true,
        details: { besluittype: type.code },
      });
      return this.besluitView(row);
    });
  }

  // ------------------------------------------------------------------------------------- taken (referrals)

  async taakMaken(
    g: Gebruiker | null,
    ctx: AuditContext,
    zaakId: string,
    t: { organisatie: string; titel: string; omschrijving: string; termijnWerkdagen?: number | undefined },
    now = new Date(),
  ) {
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const org = await organisatieOpCode(trx, t.organisatie);
      if (!org) throw new AppError('validatie', `Onbekende organisatie "${t.organisatie}".`, [{ veld: 'organisatie', melding: 'onbekend' }]);
      const taak = await repo.insertTaak(trx, {
        zaak_id: zaak.id,
        melding_id: null,
        organisatie_id: org.id,
        titel: t.titel.trim(),
        omschrijving: t.omschrijving.trim(),
        status: 'open',
        reden: null,
        uitkomst: null,
        toelichting: null,
        deadline: plusWerkdagen(datumInNederland(now), t.termijnWerkdagen ?? 10),
        afgerond_op: null,
      });
      // The partner organisation joins the zaak so its users can see their task in context (need-to-know).
      await repo.addLid(trx, { zaak_id: zaak.id, organisatie_id: org.id, rol: 'partner' });
      // The notification carries no personal data: partners read the task after logging in.
      const bron = { type: 'taak', id: taak.id };
      if (org.email) {
        await this.berichten.email(
          trx,
          'taak.nieuw',
          org.email,
          { gemeente: this.opties.gemeente, organisatie: org.naam, titel: taak.titel, zaak: zaak.identificatie, deadline: taak.deadline, link: `${this.opties.publiekeUrl}/taken` },
          bron,
        );
      }
      if (org.webhook_url) {
        await this.berichten.webhook(trx, org.webhook_url, 'taak.nieuw', { taak: taak.id, zaak: zaak.identificatie, titel: taak.titel, deadline: taak.deadline }, bron);
      }
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'taak',
        titel: `Doorverwezen naar ${org.naam}: ${t.titel.trim()}`,
        intern: false,
        actor_id: g!.id,
        actor_omschrijving: g!.naam,
        details: { taak: taak.id, organisatie: org.code },
      });
      await logVerwerking(trx, ctx, {
        actie: 'taak.aanmaken',
        objectType: 'taak',
        objectId: taak.id,
        doel: zaak.doel,
        persoonsgegevens: true,
        details: { zaak: zaak.identificatie, organisatie: org.code },
      });
      return this.taakView({ ...taak, organisatie_code: org.code, organisatie_naam: org.naam, zaak_identificatie: zaak.identificatie });
    });
  }

  /** Partner users see only the tasks of their own organisation. */
  async mijnTaken(g: Gebruiker | null, status?: string[]) {
    if (!g) throw new AppError('niet_ingelogd');
    if (!hasPermissie(g, 'taken:behandelen')) throw new AppError('geen_toegang', 'Hiervoor is de permissie "taken:behandelen" nodig.');
    const rows = await this.takenMetOrganisatie(this.db, { organisatieId: g.organisatie.id, status: status as never });
    return rows.map((r) => this.taakView(r));
  }

  async taakBijwerken(
    g: Gebruiker | null,
    ctx: AuditContext,
    taakId: string,
    actie: { soort: 'accepteren' } | { soort: 'weigeren'; reden: string } | { soort: 'afronden'; uitkomst: string; toelichting: string },
    now = new Date(),
  ) {
    if (!g) throw new AppError('niet_ingelogd');
    if (!hasPermissie(g, 'taken:behandelen')) throw new AppError('geen_toegang', 'Hiervoor is de permissie "taken:behandelen" nodig.');
    return this.db.transaction().execute(async (trx) => {
      const taak = await repo.findTaak(trx, taakId, true);
      if (!taak || taak.organisatie_id !== g.organisatie.id) throw new AppError('geen_toegang', 'Deze taak is niet aan uw organisatie toegewezen.');
      const van = taak.status;
      let set: Partial<TaakRow>;
      let titel: string;
      if (actie.soort === 'accepteren') {
        if (van !== 'open') throw new AppError('conflict', 'Alleen een open taak kan worden geaccepteerd.');
        set = { status: 'geaccepteerd' };
        titel = 'Taak geaccepteerd';
      } else if (actie.soort === 'weigeren') {
        if (van !== 'open') throw new AppError('conflict', 'Alleen een open taak kan worden geweigerd.');
        if (!actie.reden.trim()) throw new AppError('validatie', 'Geef een reden.', [{ veld: 'reden', melding: 'verplicht' }]);
        set = { status: 'geweigerd', reden: actie.reden.trim(), afgerond_op: now };
        titel = `Taak geweigerd: ${actie.reden.trim()}`;
      } else {
        if (van !== 'geaccepteerd' && van !== 'open') throw new AppError('conflict', 'Deze taak is al afgesloten.');
        if (!this.cfg.taakuitkomsten.some((u) => u.code === actie.uitkomst)) {
          throw new AppError('validatie', `Onbekende uitkomst "${actie.uitkomst}".`, [{ veld: 'uitkomst', melding: 'onbekend' }]);
        }
        set = { status: 'afgerond', uitkomst: actie.uitkomst, toelichting: actie.toelichting.trim(), afgerond_op: now };
        titel = `Taak afgerond: ${this.cfg.taakuitkomsten.find((u) => u.code === actie.uitkomst)!.naam}`;
      }
      await repo.updateTaak(trx, taak.id, set);
      if (taak.zaak_id) {
        await repo.addDossier(trx, {
          zaak_id: taak.zaak_id,
          soort: 'taak',
          titel: `${titel} (${g.organisatie.naam})`,
          tekst: actie.soort === 'afronden' ? actie.toelichting : null,
          intern: false,
          actor_id: g.id,
          actor_omschrijving: g.naam,
          details: { taak: taak.id, van, naar: set.status },
        });
      }
      await logVerwerking(trx, ctx, {
        actie: `taak.${actie.soort}`,
        objectType: 'taak',
        objectId: taak.id,
        doel: 'doorverwijzing naar partner',
        persoonsgegevens: false,
        details: { van, naar: set.status },
      });
      const rows = await this.takenMetOrganisatie(trx, { organisatieId: g.organisatie.id });
      return this.taakView(rows.find((r) => r.id === taak.id)!);
    });
  }

  // Retention (retentie module): the casussen due for destruction, their meldingen, and the destruction itself.
  teVernietigen(trx: Transaction<DB>, vandaag: string) {
    return repo.teVernietigen(trx, vandaag);
  }

  meldingenVan(trx: Transaction<DB>, zaakIds: string[]): Promise<string[]> {
    return repo.meldingenVanZaken(trx, zaakIds);
  }

  vernietig(trx: Transaction<DB>, zaakIds: string[]): Promise<void> {
    return repo.vernietig(trx, zaakIds);
  }

  /** The current status of a casus (demo data walks the steps with it). */
  status(id: string): Promise<string> {
    return repo.status(this.db, id);
  }

  /** Mark every casus as demo (only on a database that holds nothing but demo data). */
  async markeerAllesDemo(): Promise<void> {
    await repo.markeerAllesDemo(this.db);
  }
}
