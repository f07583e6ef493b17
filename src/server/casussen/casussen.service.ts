import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { MeldingenService } from '../meldingen/meldingen.service.ts';
import type { Executor } from '../platform/database.ts';
import type { CasusDetail, CasusOverzicht } from '../../contract/api/casussen.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, GEEN_RECHT, type FieldError } from '../platform/errors.ts';
import type { ZaaktypenInstellingen, Zaaktype } from './casussen.config.ts';
import { maakBestand, type Bestand, type Formaat } from '../platform/export.ts';
import { zwaar } from '../platform/voorrang.ts';
import { datumInNederland, plusDagen, plusWerkdagen } from '../platform/werkdagen.ts';
import { gebruikerMetOrganisatie, gebruikerNamen, organisatieOpCode, organisatiesVoorIds } from '../toegang/toegang.service.ts';
import { hasPermissie, type Gebruiker } from '../toegang/toegang.service.ts';
import type { Zichtbaarheid, ZichtbaarheidSoort } from '../platform/zichtbaarheid.ts';
import { BesluitenService } from './besluiten.service.ts';
import { alsBehandelaar, casusToegang, doorbraakToegang, standaardZichtbaarheid, type CasusToegang } from './casussen.policy.ts';
import * as repo from './casussen.repository.ts';
import type { BesluitRow, ZaakRow } from './casussen.tables.ts';
import { TakenService } from './taken.service.ts';


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

export type { Toegang } from './casussen.policy.ts';

export interface ZichtbaarheidInvoer {
  soort: ZichtbaarheidSoort;
  voor?: string | undefined;
}

const INTERN: Zichtbaarheid = { soort: 'intern', voor: null };

/** The author of a dossier line: person, their organisation (so partners see names only within their own). */
const door = (g: Gebruiker) => ({ actor_id: g.id, actor_organisatie_id: g.organisatie.id, actor_omschrijving: g.naam });

export interface ZaakFilter {
  status?: string | undefined;
  zaaktype?: string | undefined;
  /** Only casussen where I am the casushouder. */
  mijn?: boolean | undefined;
  /** Only casussen that are not closed. */
  open?: boolean | undefined;
  /** Only casussen this melding was taken into. */
  melding?: string | undefined;
  achterstallig?: boolean | undefined;
}


/**
 * Casussen (ZGW "zaken"): case types as data, membership as the need-to-know boundary, a dossier timeline,
 * evidence-guarded steps, besluiten with legal terms, referrals to partners, closing with an archive date.
 */
export class CasussenService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: ZaaktypenInstellingen,
    private readonly meldingen: MeldingenService,
    private readonly berichten: BerichtenService,
    private readonly opties: { demo: boolean; publiekeUrl: string; gemeente: string },
  ) {
    this.taken = new TakenService(db, cfg, berichten, opties);
    this.besluiten = new BesluitenService(db, cfg);
  }

  /** Referrals to partners (taken.service.ts). */
  readonly taken: TakenService;
  /** Besluiten with legal terms (besluiten.service.ts). */
  readonly besluiten: BesluitenService;

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

  /** Need-to-know for one casus (casussen.policy.ts); other modules ask here, never the tables. */
  toegang(db: Kysely<DB> | Transaction<DB>, zaakId: string, g: Gebruiker | null, now = new Date()): Promise<CasusToegang> {
    return casusToegang(db, this.cfg, zaakId, g, now);
  }

  private alsBehandelaar(trx: Transaction<DB>, zaakId: string, g: Gebruiker | null): Promise<ZaakRow> {
    return alsBehandelaar(trx, this.cfg, zaakId, g);
  }

  // ------------------------------------------------------------------------------------- create

  async create(
    g: Gebruiker,
    ctx: AuditContext,
    input: { zaaktype: string; omschrijving: string; meldingIds: string[]; buurtCode?: string | undefined },
    now = new Date(),
  ): Promise<{ id: string; identificatie: string }> {
    if (!hasPermissie(g, 'casussen:behandelen')) throw new AppError('geen_toegang', GEEN_RECHT);
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
        zichtbaarheid: standaardZichtbaarheid(this.cfg, 'status'),
        ...door(g),
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
          zichtbaarheid: INTERN,
          ...door(g),
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

  async list(g: Gebruiker, ctx: AuditContext, f: ZaakFilter & { limit: number; offset: number; cursor?: string | undefined }, now = new Date()) {
    if (!hasPermissie(g, 'casussen:lezen') && !hasPermissie(g, 'taken:behandelen')) throw new AppError('geen_toegang');
    const vandaag = datumInNederland(now);
    return zwaar(() => this.db.transaction().execute(async (trx) => {
      const { rows, total, volgende } = await repo.listVoor(trx, {
        gebruikerId: g.id,
        organisatieId: g.organisatie.id,
        // Partners see the casussen their organisation was brought into; municipal staff only their own.
        viaOrganisatie: !hasPermissie(g, 'casussen:behandelen'),
        lidSinds: new Date(now.getTime() - this.cfg.lidmaatschap.leesvensterDagen * 86_400_000),
        ...f,
        vandaag,
      });
      // One log entry per list call (which casussen this user was shown), not one per row.
      await logVerwerking(trx, ctx, {
        actie: 'casus.lijst_raadplegen',
        objectType: 'zaak',
        doel: 'casusregie',
        persoonsgegevens: true,
        details: { filter: { ...f }, totaal: total, aantal: rows.length, ids: rows.slice(0, 500).map((r) => r.id) },
      });
      const namen = await gebruikerNamen(trx, rows.flatMap((r) => (r.casushouder_id ? [r.casushouder_id] : [])));
      return {
        totaal: total,
        items: rows.map((r) => this.overzicht({ ...r, casushouder: r.casushouder_id ? (namen.get(r.casushouder_id) ?? null) : null }, vandaag)),
        volgende,
      };
    }));
  }

  /** The casus work list as CSV or XLSX: only what the list shows (no persons, no dossier); the export is logged. */
  async exporteer(g: Gebruiker, ctx: AuditContext, f: ZaakFilter, formaat: Formaat, now = new Date()): Promise<Bestand> {
    const max = 10_000;
    const { totaal, items } = await this.list(g, ctx, { ...f, limit: max, offset: 0 }, now);
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
  async detail(trx: Transaction<DB>, g: Gebruiker | null, ctx: AuditContext, zaakId: string, now = new Date()): Promise<CasusDetail> {
    const t = await this.toegang(trx, zaakId, g, now);
    await logVerwerking(trx, ctx, {
      actie: 'zaak.raadplegen',
      objectType: 'zaak',
      objectId: zaakId,
      doel: t.zaak.doel,
      persoonsgegevens: true,
      details: { toegang: t.toegang, alleenLezen: t.alleenLezen },
    });
    return this.weergave(trx, t, now);
  }

  /**
   * Break-glass read (casussen:doorbreken): read-only, with a mandatory reason, flagged in the verwerkingenlog
   * as `casus.doorbreken` so the FG finds every one of them.
   */
  async doorbreken(g: Gebruiker | null, ctx: AuditContext, zaakId: string, reden: string, now = new Date()): Promise<CasusDetail> {
    return this.db.transaction().execute(async (trx) => {
      const t = await doorbraakToegang(trx, zaakId, g, reden);
      await logVerwerking(trx, ctx, {
        actie: 'casus.doorbreken',
        objectType: 'zaak',
        objectId: zaakId,
        doel: t.zaak.doel,
        persoonsgegevens: true,
        details: { doorbraak: true, reden: reden.trim() },
      });
      return this.weergave(trx, t, now);
    });
  }

  private async weergave(trx: Transaction<DB>, t: CasusToegang, now: Date): Promise<CasusDetail> {
    const { zaak, toegang, kijker } = t;
    const zaakId = zaak.id;
    const zt = this.zaaktype(zaak.zaaktype);
    const vandaag = datumInNederland(now);
    const volledig = toegang === 'volledig';
    const [leden, dossier, besluiten, taken, meldingen, betrokkenen] = await Promise.all([
      repo.leden(trx, zaakId),
      repo.dossier(trx, zaakId, kijker),
      repo.besluitenVoor(trx, zaakId, kijker),
      this.taken.voorKijker(trx, zaakId, kijker),
      volledig ? repo.meldingIds(trx, zaakId).then((ids) => this.meldingen.samenvattingen(trx, ids)) : Promise.resolve([]),
      repo.betrokkenen(trx, zaakId, kijker),
    ]);
    const tellingen = volledig ? await repo.dossierTellingen(trx, zaakId) : new Map<string, number>();
    const alleBesluiten = volledig ? await repo.besluiten(trx, zaakId) : [];
    const gebruikers = await gebruikerNamen(trx, leden.flatMap((l) => (l.gebruiker_id ? [l.gebruiker_id] : [])));
    const organisaties = await organisatiesVoorIds(trx, [
      ...leden.flatMap((l) => (l.organisatie_id ? [l.organisatie_id] : [])),
      ...dossier.flatMap((d) => (d.zichtbaarheid === 'organisatie' && d.zichtbaar_voor ? [d.zichtbaar_voor] : [])),
    ]);
    const casushouder = leden.find((l) => l.rol === 'casushouder' && l.tot === null)?.gebruiker_id;
    return {
      ...this.overzicht({ ...zaak, casushouder: casushouder ? (gebruikers.get(casushouder) ?? null) : null }, vandaag),
      toegang,
      alleenLezen: t.alleenLezen,
      doorbraak: t.doorbraak,
      lidTot: kijker.tot?.toISOString() ?? null,
      vertrouwelijkheid: zaak.vertrouwelijkheid,
      doel: zaak.doel,
      resultaat: zaak.resultaat,
      archiefnominatie: zaak.archiefnominatie,
      archiefactiedatum: zaak.archiefactiedatum,
      opgeschortSinds: zaak.opgeschort_sinds,
      // Partners do not see who else is in the casus (other organisations, staff names).
      leden: volledig
        ? leden.map((l) => {
            const org = l.organisatie_id ? organisaties.get(l.organisatie_id) : undefined;
            return {
              id: l.id,
              rol: l.rol,
              gebruikerId: l.gebruiker_id,
              naam: (l.gebruiker_id ? gebruikers.get(l.gebruiker_id) : org?.naam) ?? '',
              organisatie: org?.code ?? null,
              van: l.toegevoegd_op.toISOString(),
              tot: l.tot?.toISOString() ?? null,
              eindeReden: l.einde_reden,
            };
          })
        : [],
      dossier: dossier.map((d) => ({
        id: d.id,
        tijdstip: d.tijdstip.toISOString(),
        soort: d.soort,
        titel: d.titel,
        tekst: d.tekst,
        zichtbaarheid: {
          soort: d.zichtbaarheid,
          voor: d.zichtbaarheid === 'organisatie' ? (organisaties.get(d.zichtbaar_voor ?? '')?.code ?? null) : d.zichtbaar_voor,
        },
        // A partner sees names within its own organisation and the owning team; others by organisation only.
        door: volledig || d.actor_organisatie_id === kijker.organisatieId || d.actor_organisatie_id === zaak.eigenaar_organisatie_id || d.actor_id === null
          ? d.actor_omschrijving
          : 'partnerorganisatie',
      })),
      besluiten: besluiten.map((b) => this.besluiten.view(b)),
      taken,
      meldingen: meldingen.map((m) => ({ id: m.id, referentie: m.referentie, categorie: m.categorie, categorieNaam: m.categorieNaam, status: m.status, statusNaam: m.statusNaam })),
      betrokkenen,
      volgendeStappen: volledig && !t.alleenLezen && !zaak.einddatum
        ? zt.overgangen
            .filter((o) => o.van === zaak.status)
            .map((o) => ({
              naar: o.naar,
              naam: this.statusNaam(zt, o.naar),
              eind: zt.statussen.find((s) => s.code === o.naar)?.eind === true,
              ontbreekt: this.ontbrekend(o.vereist, tellingen, alleBesluiten, vandaag),
            }))
        : [],
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
      zichtbaarheid: standaardZichtbaarheid(this.cfg, 'status'),
      ...door(g),
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
        zichtbaarheid: standaardZichtbaarheid(this.cfg, 'resultaat'),
        ...door(g!),
        details: { resultaat: rt.code, archiefnominatie: rt.archiefnominatie, archiefactiedatum },
      });
      // The chain closes back to the resident: every melding of the casus gets the outcome.
      let meldingenAfgesloten = 0;
      for (const mid of await repo.meldingIds(trx, zaak.id)) {
        if (await this.meldingen.sluitVoorZaak(trx, ctx, mid, rt.meldingStatus, rt.melderTekst, now)) meldingenAfgesloten++;
      }
      await logVerwerking(trx, ctx, {
        actie: 'zaak.afsluiten',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: zaak.doel,
        persoonsgegevens: false,
        details: { resultaat: rt.code, archiefactiedatum, meldingenAfgesloten },
      });
      return { einddatum, archiefnominatie: rt.archiefnominatie, archiefactiedatum, meldingenAfgesloten };
    });
  }

  // ------------------------------------------------------------------------------------- dossier

  /**
   * A visibility chosen in the UI: organisation by code, role by code. Without one, the dossier kind's default
   * from the case-type config. A named organisation must be a member (else nobody there could ever see it).
   */
  private async kiesZichtbaarheid(trx: Transaction<DB>, zaakId: string, gekozen: ZichtbaarheidInvoer | undefined, standaard: ZichtbaarheidSoort): Promise<Zichtbaarheid> {
    const soort = gekozen?.soort ?? standaard;
    if (soort === 'intern' || soort === 'leden') return { soort, voor: null };
    if (!gekozen?.voor) throw new AppError('validatie', `Zichtbaarheid "${soort}" noemt voor wie.`, [{ veld: 'zichtbaarheid.voor', melding: 'verplicht' }]);
    if (soort === 'rol') return { soort, voor: gekozen.voor };
    const org = await organisatieOpCode(trx, gekozen.voor);
    const leden = await repo.leden(trx, zaakId);
    if (!org || !leden.some((l) => l.organisatie_id === org.id && l.tot === null)) {
      throw new AppError('validatie', `Organisatie "${gekozen.voor}" is geen lid van deze casus.`, [{ veld: 'zichtbaarheid.voor', melding: 'geen lid' }]);
    }
    return { soort, voor: org.id };
  }

  async dossierToevoegen(
    g: Gebruiker | null,
    ctx: AuditContext,
    zaakId: string,
    d: { soort: string; titel: string; tekst?: string | undefined; zichtbaarheid?: ZichtbaarheidInvoer | undefined; vertrouwelijkheid?: string | undefined },
  ): Promise<number> {
    const soort = this.cfg.dossiersoorten.find((s) => s.code === d.soort);
    if (!soort) throw new AppError('validatie', `Onbekende dossiersoort "${d.soort}".`, [{ veld: 'soort', melding: 'onbekend' }]);
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const zichtbaarheid = await this.kiesZichtbaarheid(trx, zaak.id, d.zichtbaarheid, soort.zichtbaarheid ?? this.cfg.zichtbaarheid.dossier);
      const id = await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: d.soort,
        titel: d.titel.trim(),
        tekst: d.tekst ?? null,
        zichtbaarheid,
        vertrouwelijkheid: d.vertrouwelijkheid ?? zaak.vertrouwelijkheid,
        ...door(g!),
      });
      await logVerwerking(trx, ctx, {
        actie: 'zaak.dossier_toevoegen',
        objectType: 'zaak',
        objectId: zaak.id,
        doel: zaak.doel,
        persoonsgegevens: true,
        details: { soort: d.soort, zichtbaarheid: zichtbaarheid.soort },
      });
      return id;
    });
  }

  async betrokkeneToevoegen(g: Gebruiker | null, ctx: AuditContext, zaakId: string, b: { rol: string; naam?: string | undefined; adres?: string | undefined; doel: string }) {
    if (!b.naam && !b.adres) throw new AppError('validatie', 'Geef een naam of een adres.', [{ veld: 'naam', melding: 'naam of adres is nodig' }]);
    return this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const id = await repo.addBetrokkene(trx, {
        zaak_id: zaak.id,
        rol: b.rol,
        naam: b.naam?.trim() || null,
        adres: b.adres?.trim() || null,
        doel: b.doel.trim(),
        zichtbaarheid: standaardZichtbaarheid(this.cfg, 'betrokkene'),
      });
      await repo.addDossier(trx, { zaak_id: zaak.id, soort: 'betrokkene', titel: `Betrokkene toegevoegd (${b.rol})`, zichtbaarheid: INTERN, ...door(g!) });
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
        // One casushouder at a time: the previous one's membership ends (history stays).
        if (l.rol === 'casushouder') await repo.beeindigLeden(trx, zaak.id, { rol: 'casushouder' }, 'nieuwe casushouder');
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
      await repo.addDossier(trx, { zaak_id: zaak.id, soort: 'lid', titel: `Lid toegevoegd (${l.rol})`, zichtbaarheid: INTERN, ...door(g!), details: detail });
      await logVerwerking(trx, ctx, { actie: 'zaak.lid_toevoegen', objectType: 'zaak', objectId: zaak.id, doel: zaak.doel, persoonsgegevens: false, details: detail });
    });
  }

  /** The casushouder ends a membership; the member sees nothing recorded afterwards. */
  async lidBeeindigen(g: Gebruiker | null, ctx: AuditContext, zaakId: string, lidId: string, reden: string): Promise<void> {
    if (!reden.trim()) throw new AppError('validatie', 'Geef een reden.', [{ veld: 'reden', melding: 'verplicht' }]);
    await this.db.transaction().execute(async (trx) => {
      const zaak = await this.alsBehandelaar(trx, zaakId, g);
      const lid = await repo.findLid(trx, zaak.id, lidId);
      if (!lid) throw new AppError('niet_gevonden', 'Dit lid hoort niet bij deze casus.');
      if (lid.tot) throw new AppError('conflict', 'Dit lidmaatschap is al beëindigd.');
      if (lid.gebruiker_id === g!.id && lid.rol === 'casushouder') {
        throw new AppError('conflict', 'Draag de casus eerst over aan een andere casushouder.');
      }
      await repo.beeindigLeden(trx, zaak.id, { id: lid.id }, reden.trim());
      const detail = { lid: lid.id, rol: lid.rol, ...(lid.organisatie_id ? { organisatie: lid.organisatie_id } : { gebruiker: lid.gebruiker_id }) };
      await repo.addDossier(trx, { zaak_id: zaak.id, soort: 'lid', titel: `Lidmaatschap beëindigd (${lid.rol})`, tekst: reden.trim(), zichtbaarheid: INTERN, ...door(g!), details: detail });
      await logVerwerking(trx, ctx, { actie: 'zaak.lid_beeindigen', objectType: 'zaak', objectId: zaak.id, doel: zaak.doel, persoonsgegevens: false, details: detail });
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
        zichtbaarheid: INTERN,
        ...door(g!),
      });
      await logVerwerking(trx, ctx, { actie: opschorten ? 'zaak.opschorten' : 'zaak.hervatten', objectType: 'zaak', objectId: zaak.id, doel: zaak.doel, persoonsgegevens: false });
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
