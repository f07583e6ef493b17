import type { Kysely } from 'kysely';
import readXlsxFile from 'read-excel-file/node';
import type { BuurtagendaPunt, MaatregelDetail, MaatregelKort, MaatregelLijst, ProgrammaBoom, ProgrammaCatalogus, ThemaDashboard } from '../../contract/api/programma.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { maakBestand, type Bestand } from '../platform/export.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { MonitorService } from '../monitor/monitor.service.ts';
import type { ProgrammaDefinitie, ProgrammaInstellingen } from './programma.config.ts';
import * as repo from './programma.repository.ts';

const DOEL = 'programmasturing';
const isoDatum = (d: Date) => d.toISOString().slice(0, 10);

/** The columns of an uitvoeringsagenda spreadsheet, in order; the export writes them and the import requires them. */
export const AGENDA_KOLOMMEN = [
  'Actiepunt',
  'Thema',
  'Actiepunt titel',
  'Afdeling',
  'Maatregel',
  'Titel',
  'Omschrijving',
  'Soort',
  'Eigenaar',
  'Contactpersoon',
  'Partners',
  'Buurten',
  'Randvoorwaarden',
  'Start',
  'Eind',
  'Budget',
  'Status',
  'Publiek',
] as const;

/** A whole uitvoeringsagenda in one object (the demo's, and the shape a future seed file could take). */
export interface DemoAgenda {
  code: string;
  programma: string;
  titel: string;
  van: string;
  tot: string;
  status: string;
  actiepunten: {
    code: string;
    thema: string;
    titel: string;
    afdeling: string;
    maatregelen: {
      code: string;
      titel: string;
      soort: string;
      eigenaar: string;
      eigenaarNaam?: string;
      partners?: string[];
      buurten?: string[];
      randvoorwaarden: string[];
      start: string;
      eind: string;
      budget?: number;
      status: string;
      publiek?: boolean;
      voortgang?: { datum: string; kleur: string; tekst: string }[];
    }[];
  }[];
}

export interface ProgrammaOpties {
  gemeenteCode: string;
  organisaties: readonly { code: string; naam: string }[];
  buurtBestaat: (code: string) => boolean;
}

/**
 * Programma & communicatie: the Meerjarenprogramma as data (SM-15). The structure comes from programma.json
 * once; after that the database holds it and every change records who, when and why. A vastgesteld
 * programme's structure is read-only; its maatregelen change with a reason, and progress is always open to
 * the owner.
 */
export class ProgrammaService {
  private readonly orgNaam: Map<string, string>;
  /** Goes up with every write in this process, so caches of published pages (publiek) know they are stale. */
  private teller = 0;
  versie(): number {
    return this.teller;
  }
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: ProgrammaInstellingen,
    private readonly monitor: Pick<MonitorService, 'trend'>,
    private readonly opties: ProgrammaOpties,
  ) {
    this.orgNaam = new Map(opties.organisaties.map((o) => [o.code, o.naam]));
  }

  // ------------------------------------------------------------------------------------------ policy

  /** Programme management may change everything; an owner organisation may report progress on its own maatregelen. */
  magVoortgang(g: Gebruiker, m: { eigenaar_organisatie: string }): boolean {
    return g.permissies.includes('programma:beheren') || (g.permissies.includes('programma:voortgang') && g.organisatie.code === m.eigenaar_organisatie);
  }

  // -------------------------------------------------------------------------------------------- seed

  /** Programmes from programma.json that are not in the database yet (idempotent; edits are never overwritten). */
  async seed(): Promise<number> {
    let n = 0;
    for (const def of this.cfg.programmas) {
      await this.db.transaction().execute(async (trx) => {
        if (await repo.bestaatProgramma(trx, def.code)) return;
        await this.schrijfProgramma(trx, def);
        n++;
      });
    }
    return n;
  }

  private async schrijfProgramma(trx: Kysely<DB>, def: ProgrammaDefinitie): Promise<void> {
    await repo.insertProgramma(trx, { code: def.code, titel: def.titel, van: def.van, tot: def.tot, missie: def.missie, status: def.status, raadsbesluit: def.raadsbesluit ?? null, bron: def.bron });
    for (const [i, t] of def.themas.entries()) {
      const id = await repo.insertThema(trx, { programma: def.code, code: t.code, naam: t.naam, soort: t.soort, ondertitel: t.ondertitel ?? null, volgorde: i });
      for (const [j, a] of t.ambities.entries()) await repo.insertAmbitie(trx, { thema_id: id, tekst: a, volgorde: j });
      for (const [j, d] of t.doelstellingen.entries()) await repo.insertDoel(trx, { thema_id: id, code: d.code, soort: d.soort, tekst: d.tekst, indicatoren: d.indicatoren, volgorde: j });
    }
  }

  /** Synthetic demo agenda (marked demo); skipped when it is already there. */
  async demoAgenda(a: DemoAgenda): Promise<void> {
    this.teller++;
    await this.db.transaction().execute(async (trx) => {
      if (await repo.agenda(trx, a.code)) return;
      await repo.insertAgenda(trx, { code: a.code, programma: a.programma, titel: a.titel, van: a.van, tot: a.tot, status: a.status, collegebesluit: null, demo: true });
      for (const [i, ap] of a.actiepunten.entries()) {
        const apId = await repo.bewaarActiepunt(trx, { agenda: a.code, thema: ap.thema, code: ap.code, titel: ap.titel, eigenaar_afdeling: ap.afdeling, volgorde: i });
        for (const m of ap.maatregelen) {
          const id = await repo.insertMaatregel(trx, {
            actiepunt_id: apId,
            code: m.code,
            titel: m.titel,
            omschrijving: '',
            soort: m.soort,
            eigenaar_organisatie: m.eigenaar,
            eigenaar_naam: m.eigenaarNaam ?? null,
            partners: m.partners ?? [],
            buurten: m.buurten ?? [],
            randvoorwaarden: m.randvoorwaarden,
            start: m.start,
            eind: m.eind,
            budget: m.budget ?? null,
            status: m.status,
            publiek: m.publiek ?? false,
            demo: true,
          });
          for (const v of m.voortgang ?? []) await repo.insertVoortgang(trx, { maatregel_id: id, datum: v.datum, kleur: v.kleur, tekst: v.tekst, status: null, door_id: null, door_naam: 'demo' });
        }
      }
    });
  }

  // ------------------------------------------------------------------------------------------- reads

  catalogus(): ProgrammaCatalogus {
    const c = this.cfg;
    return {
      huidig: c.huidig,
      statussen: c.statussen,
      overgangen: c.overgangen,
      themasoorten: c.themasoorten,
      maatregelsoorten: c.maatregelsoorten,
      randvoorwaarden: c.randvoorwaarden,
      voortgangskleuren: c.voortgangskleuren,
      bewijssoorten: c.bewijssoorten,
      buurtagenda: { statussen: c.buurtagenda.statussen, overgangen: c.buurtagenda.overgangen },
      organisaties: [...this.opties.organisaties],
    };
  }

  private statusNaam(soort: 'programma' | 'agenda' | 'maatregel', code: string): string {
    return this.cfg.statussen[soort].find((s) => s.code === code)?.naam ?? code;
  }
  private isVastgesteld(soort: 'programma' | 'agenda', code: string): boolean {
    return this.cfg.statussen[soort].find((s) => s.code === code)?.vastgesteld === true;
  }

  async programmas() {
    return (await repo.programmas(this.db)).map((p) => ({ code: p.code, titel: p.titel, van: p.van, tot: p.tot, status: p.status, statusNaam: this.statusNaam('programma', p.status), huidig: p.code === this.cfg.huidig }));
  }

  /** The whole tree of one programme (default: the current one), as this user may see it. */
  async boom(g: Gebruiker, code = this.cfg.huidig): Promise<ProgrammaBoom> {
    const p = await repo.programma(this.db, code);
    if (!p) throw new AppError('niet_gevonden', `Programma ${code} bestaat niet.`);
    const themas = await repo.themas(this.db, code);
    const ids = themas.map((t) => t.id);
    const [ambities, doelen, agendas] = await Promise.all([repo.ambities(this.db, ids), repo.doelen(this.db, ids), repo.agendas(this.db, code)]);
    const actiepunten = await repo.actiepunten(this.db, agendas.map((a) => a.code));
    const maatregelen = (await repo.maatregelen(this.db, { programma: code })).map((m) => this.kort(g, m));
    return {
      code: p.code,
      titel: p.titel,
      van: p.van,
      tot: p.tot,
      missie: p.missie,
      status: p.status,
      statusNaam: this.statusNaam('programma', p.status),
      vastgesteld: this.isVastgesteld('programma', p.status),
      huidig: p.code === this.cfg.huidig,
      raadsbesluit: p.raadsbesluit,
      bron: p.bron,
      versie: p.versie,
      themas: themas.map((t) => ({
        code: t.code,
        naam: t.naam,
        soort: t.soort,
        ondertitel: t.ondertitel,
        ambities: ambities.filter((a) => a.thema_id === t.id).map((a) => a.tekst),
        doelstellingen: doelen.filter((d) => d.thema_id === t.id).map((d) => ({ code: d.code, soort: d.soort, tekst: d.tekst, indicatoren: d.indicatoren })),
      })),
      agendas: agendas.map((a) => ({
        code: a.code,
        titel: a.titel,
        van: a.van,
        tot: a.tot,
        status: a.status,
        statusNaam: this.statusNaam('agenda', a.status),
        vastgesteld: this.isVastgesteld('agenda', a.status),
        collegebesluit: a.collegebesluit,
        demo: a.demo,
        actiepunten: actiepunten
          .filter((x) => x.agenda === a.code)
          .map((x) => ({ code: x.code, thema: x.thema, titel: x.titel, eigenaarAfdeling: x.eigenaar_afdeling, maatregelen: maatregelen.filter((m) => m.agenda === a.code && m.actiepunt === x.code) })),
      })),
    };
  }

  private kort(g: Gebruiker, m: repo.MaatregelMetPlek): MaatregelKort {
    return {
      id: m.id,
      code: m.code,
      titel: m.titel,
      soort: m.soort,
      status: m.status,
      statusNaam: this.statusNaam('maatregel', m.status),
      agenda: m.agenda_code,
      actiepunt: m.actiepunt_code,
      thema: m.thema,
      eigenaarOrganisatie: m.eigenaar_organisatie,
      eigenaarOrganisatieNaam: this.orgNaam.get(m.eigenaar_organisatie) ?? m.eigenaar_organisatie,
      eigenaarNaam: m.eigenaar_naam,
      partners: m.partners,
      buurten: m.buurten,
      randvoorwaarden: m.randvoorwaarden,
      start: m.start,
      eind: m.eind,
      budget: m.budget === null ? null : Number(m.budget),
      publiek: m.publiek,
      demo: m.demo,
      laatsteKleur: (m.laatste_kleur as MaatregelKort['laatsteKleur']) ?? null,
      laatsteVoortgang: m.laatste_datum ?? null,
      magBijwerken: this.magVoortgang(g, m),
    };
  }

  async lijst(g: Gebruiker, f: Omit<repo.MaatregelFilter, 'organisatie' | 'ids'> & { mijn?: boolean | undefined }): Promise<MaatregelLijst> {
    const rows = await repo.maatregelen(this.db, { ...f, programma: f.programma ?? (f.agenda ? undefined : this.cfg.huidig), organisatie: f.mijn ? g.organisatie.code : undefined });
    const items = rows.map((m) => this.kort(g, m));
    const perStatus: Record<string, number> = {};
    for (const m of items) perStatus[m.status] = (perStatus[m.status] ?? 0) + 1;
    return { items, totaal: items.length, perStatus };
  }

  async detail(g: Gebruiker, id: number): Promise<MaatregelDetail> {
    const [m] = await repo.maatregelen(this.db, { ids: [id] });
    if (!m) throw new AppError('niet_gevonden', 'Deze maatregel bestaat niet.');
    const [voortgang, bewijs, wijzigingen, themas] = await Promise.all([repo.voortgang(this.db, id), repo.bewijs(this.db, id), repo.wijzigingen(this.db, 'maatregel', String(id)), repo.themas(this.db, m.programma)]);
    return {
      ...this.kort(g, m),
      omschrijving: m.omschrijving,
      agendaTitel: m.agenda_titel,
      agendaVastgesteld: this.isVastgesteld('agenda', m.agenda_status),
      actiepuntTitel: m.actiepunt_titel,
      themaNaam: themas.find((t) => t.code === m.thema)?.naam ?? m.thema,
      voortgang: voortgang.map((v) => ({ id: v.id, datum: v.datum, kleur: v.kleur as 'groen', tekst: v.tekst, status: v.status, door: v.door_naam, tijdstip: new Date(v.tijdstip).toISOString() })),
      bewijs: bewijs.map((b) => ({ id: b.id, soort: b.soort, verwijzing: b.verwijzing, omschrijving: b.omschrijving, door: b.door_naam, tijdstip: new Date(b.tijdstip).toISOString() })),
      wijzigingen: wijzigingen.map((w) => ({ tijdstip: new Date(w.tijdstip).toISOString(), door: w.door_naam, reden: w.reden, velden: Object.keys(w.na ?? {}) })),
      volgendeStatussen: this.cfg.overgangen.maatregel[m.status] ?? [],
      magWijzigen: g.permissies.includes('programma:beheren'),
    };
  }

  /** A theme: its maatregelen by status and colour, and its indicators for the gemeente against their targets. */
  async themaDashboard(g: Gebruiker, programmaCode: string, themaCode: string): Promise<ThemaDashboard> {
    const boom = await this.boom(g, programmaCode);
    const thema = boom.themas.find((t) => t.code === themaCode);
    if (!thema) throw new AppError('niet_gevonden', `Thema ${themaCode} staat niet in ${programmaCode}.`);
    const maatregelen = boom.agendas.flatMap((a) => a.actiepunten.flatMap((x) => x.maatregelen)).filter((m) => m.thema === themaCode);
    const perStatus: Record<string, number> = {};
    const perKleur: Record<string, number> = {};
    for (const m of maatregelen) {
      perStatus[m.status] = (perStatus[m.status] ?? 0) + 1;
      const k = m.laatsteKleur ?? 'geen';
      perKleur[k] = (perKleur[k] ?? 0) + 1;
    }
    const codes = [...new Set(thema.doelstellingen.flatMap((d) => d.indicatoren))];
    const indicatoren = [];
    for (const c of codes) indicatoren.push(await this.monitor.trend(c, this.opties.gemeenteCode));
    return { programma: programmaCode, thema, perStatus, perKleur, maatregelen, indicatoren };
  }

  // ------------------------------------------------------------------------------------------ writes

  async voortgangMelden(ctx: AuditContext, g: Gebruiker, id: number, v: { datum: string; kleur: string; tekst: string; status?: string | undefined }): Promise<void> {
    this.teller++;
    if (!this.cfg.voortgangskleuren.some((k) => k.code === v.kleur)) throw new AppError('validatie', `Onbekende kleur ${v.kleur}.`);
    if (v.datum > isoDatum(new Date())) throw new AppError('validatie', 'De datum van de voortgang ligt in de toekomst.', [{ veld: '/datum', melding: 'Kies vandaag of een eerdere dag.' }]);
    await this.db.transaction().execute(async (trx) => {
      const m = await repo.maatregelVoorUpdate(trx, id);
      if (!m) throw new AppError('niet_gevonden', 'Deze maatregel bestaat niet.');
      if (!this.magVoortgang(g, m)) throw new AppError('geen_toegang', 'U kunt alleen voortgang melden op maatregelen van uw eigen organisatie.');
      if (v.status && v.status !== m.status) {
        const mag = this.cfg.overgangen.maatregel[m.status] ?? [];
        if (!mag.includes(v.status)) throw new AppError('conflict', `Van "${this.statusNaam('maatregel', m.status)}" kan de maatregel niet naar "${this.statusNaam('maatregel', v.status)}".`);
        await repo.updateMaatregel(trx, id, { status: v.status });
      }
      await repo.insertVoortgang(trx, { maatregel_id: id, datum: v.datum, kleur: v.kleur, tekst: v.tekst, status: v.status && v.status !== m.status ? v.status : null, door_id: g.id, door_naam: `${g.naam} (${g.organisatie.naam})` });
      await logVerwerking(trx, ctx, { actie: 'maatregel.voortgang', objectType: 'maatregel', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { kleur: v.kleur, status: v.status ?? null } });
    });
  }

  async bewijsToevoegen(ctx: AuditContext, g: Gebruiker, id: number, b: { soort: string; verwijzing: string; omschrijving: string }): Promise<void> {
    this.teller++;
    if (!this.cfg.bewijssoorten.some((s) => s.code === b.soort)) throw new AppError('validatie', `Onbekende soort bewijs ${b.soort}.`);
    await this.db.transaction().execute(async (trx) => {
      const m = await repo.maatregelVoorUpdate(trx, id);
      if (!m) throw new AppError('niet_gevonden', 'Deze maatregel bestaat niet.');
      if (!this.magVoortgang(g, m)) throw new AppError('geen_toegang', 'U kunt alleen bewijs toevoegen aan maatregelen van uw eigen organisatie.');
      await repo.insertBewijs(trx, { maatregel_id: id, ...b, door_naam: `${g.naam} (${g.organisatie.naam})` });
      await logVerwerking(trx, ctx, { actie: 'maatregel.bewijs', objectType: 'maatregel', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { soort: b.soort } });
    });
  }

  private controleerVelden(m: Partial<{ soort: string; eigenaarOrganisatie: string; partners: string[]; buurten: string[]; randvoorwaarden: string[]; status: string }>, prefix: string): FieldError[] {
    const fouten: FieldError[] = [];
    const c = this.cfg;
    if (m.soort !== undefined && !c.maatregelsoorten.some((s) => s.code === m.soort)) fouten.push({ veld: `${prefix}soort`, melding: `onbekende soort "${m.soort}" (kies uit ${c.maatregelsoorten.map((s) => s.code).join(', ')})` });
    if (m.eigenaarOrganisatie !== undefined && !this.orgNaam.has(m.eigenaarOrganisatie)) fouten.push({ veld: `${prefix}eigenaar`, melding: `onbekende organisatie "${m.eigenaarOrganisatie}"` });
    for (const p of m.partners ?? []) if (!this.orgNaam.has(p)) fouten.push({ veld: `${prefix}partners`, melding: `onbekende partner "${p}"` });
    for (const b of m.buurten ?? []) if (!this.opties.buurtBestaat(b)) fouten.push({ veld: `${prefix}buurten`, melding: `onbekende buurt "${b}"` });
    for (const r of m.randvoorwaarden ?? []) if (!c.randvoorwaarden.some((x) => x.code === r)) fouten.push({ veld: `${prefix}randvoorwaarden`, melding: `onbekende randvoorwaarde "${r}"` });
    if (m.status !== undefined && !c.statussen.maatregel.some((s) => s.code === m.status)) fouten.push({ veld: `${prefix}status`, melding: `onbekende status "${m.status}"` });
    return fouten;
  }

  async wijzigMaatregel(
    ctx: AuditContext,
    g: Gebruiker,
    id: number,
    w: {
      titel?: string | undefined;
      omschrijving?: string | undefined;
      soort?: string | undefined;
      eigenaarOrganisatie?: string | undefined;
      eigenaarNaam?: string | null | undefined;
      partners?: string[] | undefined;
      buurten?: string[] | undefined;
      randvoorwaarden?: string[] | undefined;
      start?: string | null | undefined;
      eind?: string | null | undefined;
      budget?: number | null | undefined;
      publiek?: boolean | undefined;
      reden?: string | undefined;
    },
  ): Promise<void> {
    this.teller++;
    const fouten = this.controleerVelden(w, '/');
    if (fouten.length) throw new AppError('validatie', 'De wijziging klopt niet.', fouten);
    await this.db.transaction().execute(async (trx) => {
      const m = await repo.maatregelVoorUpdate(trx, id);
      if (!m) throw new AppError('niet_gevonden', 'Deze maatregel bestaat niet.');
      const [plek] = await repo.maatregelen(trx, { ids: [id] });
      const agenda = (await repo.agenda(trx, plek!.agenda_code))!;
      if (this.isVastgesteld('agenda', agenda.status) && !w.reden) throw new AppError('validatie', 'De uitvoeringsagenda is vastgesteld: geef de reden van de wijziging.', [{ veld: '/reden', melding: 'Verplicht na vaststelling.' }]);
      const naar: Record<string, unknown> = {};
      const set: Parameters<typeof repo.updateMaatregel>[2] = {};
      const velden = {
        titel: 'titel',
        omschrijving: 'omschrijving',
        soort: 'soort',
        eigenaarOrganisatie: 'eigenaar_organisatie',
        eigenaarNaam: 'eigenaar_naam',
        partners: 'partners',
        buurten: 'buurten',
        randvoorwaarden: 'randvoorwaarden',
        start: 'start',
        eind: 'eind',
        budget: 'budget',
        publiek: 'publiek',
      } as const;
      const voor: Record<string, unknown> = {};
      for (const [veld, kolom] of Object.entries(velden) as [keyof typeof velden, (typeof velden)[keyof typeof velden]][]) {
        const nieuw = w[veld];
        if (nieuw === undefined) continue;
        const oud = kolom === 'budget' && m.budget !== null ? Number(m.budget) : m[kolom];
        if (JSON.stringify(oud) === JSON.stringify(nieuw)) continue;
        voor[veld] = oud;
        naar[veld] = nieuw;
        (set as Record<string, unknown>)[kolom] = nieuw;
      }
      const start = (w.start === undefined ? m.start : w.start) ?? null;
      const eind = (w.eind === undefined ? m.eind : w.eind) ?? null;
      if (start && eind && eind < start) throw new AppError('validatie', 'De einddatum ligt vóór de startdatum.', [{ veld: '/eind', melding: 'Kies een datum na de start.' }]);
      if (Object.keys(naar).length === 0) return;
      await repo.updateMaatregel(trx, id, set);
      await repo.insertWijziging(trx, { programma: plek!.programma, object_type: 'maatregel', object_id: String(id), door_id: g.id, door_naam: g.naam, reden: w.reden ?? null, voor, na: naar });
      await logVerwerking(trx, ctx, { actie: 'maatregel.wijzigen', objectType: 'maatregel', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { velden: Object.keys(naar) } });
    });
  }

  /** A programme moves along SM-15 (from programma.json's transitions), with a reason on record. */
  async programmaStatus(ctx: AuditContext, g: Gebruiker, code: string, s: { status: string; raadsbesluit?: string | undefined; reden: string }): Promise<void> {
    this.teller++;
    await this.db.transaction().execute(async (trx) => {
      const p = await repo.programma(trx, code, true);
      if (!p) throw new AppError('niet_gevonden', `Programma ${code} bestaat niet.`);
      const mag = this.cfg.overgangen.programma[p.status] ?? [];
      if (!mag.includes(s.status)) throw new AppError('conflict', `Van "${this.statusNaam('programma', p.status)}" kan het programma niet naar "${this.statusNaam('programma', s.status)}".`);
      if (s.status === 'vastgesteld' && !s.raadsbesluit && !p.raadsbesluit) throw new AppError('validatie', 'Noem het raadsbesluit waarmee het programma is vastgesteld.', [{ veld: '/raadsbesluit', melding: 'Verplicht bij vaststelling.' }]);
      await repo.updateProgramma(trx, code, { status: s.status, raadsbesluit: s.raadsbesluit ?? p.raadsbesluit, versie: p.versie + 1 });
      await repo.insertWijziging(trx, { programma: code, object_type: 'programma', object_id: code, door_id: g.id, door_naam: g.naam, reden: s.reden, voor: { status: p.status }, na: { status: s.status, ...(s.raadsbesluit ? { raadsbesluit: s.raadsbesluit } : {}) } });
      await logVerwerking(trx, ctx, { actie: 'programma.status', objectType: 'programma', objectId: code, doel: DOEL, persoonsgegevens: false, details: { van: p.status, naar: s.status } });
    });
  }

  /** A new (concept) uitvoeringsagenda under a programme, within its period. */
  async nieuweAgenda(ctx: AuditContext, g: Gebruiker, programmaCode: string, a: { code: string; titel: string; van: string; tot: string }): Promise<void> {
    this.teller++;
    await this.db.transaction().execute(async (trx) => {
      const p = await repo.programma(trx, programmaCode);
      if (!p) throw new AppError('niet_gevonden', `Programma ${programmaCode} bestaat niet.`);
      const fouten: FieldError[] = [];
      if (a.tot < a.van) fouten.push({ veld: '/tot', melding: 'De einddatum ligt vóór de startdatum.' });
      if (Number(a.van.slice(0, 4)) < p.van || Number(a.tot.slice(0, 4)) > p.tot) fouten.push({ veld: '/van', melding: `De periode valt buiten het programma (${p.van} tot en met ${p.tot}).` });
      if (fouten.length) throw new AppError('validatie', 'De uitvoeringsagenda klopt niet.', fouten);
      if (await repo.agenda(trx, a.code)) throw new AppError('conflict', `Er is al een uitvoeringsagenda met code ${a.code}.`);
      await repo.insertAgenda(trx, { code: a.code, programma: programmaCode, titel: a.titel, van: a.van, tot: a.tot, status: this.cfg.statussen.agenda[0]!.code, collegebesluit: null, demo: false });
      await repo.insertWijziging(trx, { programma: programmaCode, object_type: 'uitvoeringsagenda', object_id: a.code, door_id: g.id, door_naam: g.naam, reden: null, voor: null, na: { ...a } });
      await logVerwerking(trx, ctx, { actie: 'uitvoeringsagenda.aanmaken', objectType: 'uitvoeringsagenda', objectId: a.code, doel: DOEL, persoonsgegevens: false });
    });
  }

  /** An agenda moves along SM-15; vaststelling by the college needs the collegebesluit. */
  async agendaStatus(ctx: AuditContext, g: Gebruiker, code: string, s: { status: string; collegebesluit?: string | undefined; reden: string }): Promise<void> {
    this.teller++;
    await this.db.transaction().execute(async (trx) => {
      const a = await repo.agenda(trx, code, true);
      if (!a) throw new AppError('niet_gevonden', `Uitvoeringsagenda ${code} bestaat niet.`);
      const mag = this.cfg.overgangen.agenda[a.status] ?? [];
      if (!mag.includes(s.status)) throw new AppError('conflict', `Van "${this.statusNaam('agenda', a.status)}" kan de agenda niet naar "${this.statusNaam('agenda', s.status)}".`);
      if (this.isVastgesteld('agenda', s.status) && !this.isVastgesteld('agenda', a.status) && !s.collegebesluit && !a.collegebesluit) {
        throw new AppError('validatie', 'Noem het collegebesluit waarmee de agenda is vastgesteld.', [{ veld: '/collegebesluit', melding: 'Verplicht bij vaststelling.' }]);
      }
      await repo.updateAgenda(trx, code, { status: s.status, collegebesluit: s.collegebesluit ?? a.collegebesluit, versie: a.versie + 1 });
      await repo.insertWijziging(trx, { programma: a.programma, object_type: 'uitvoeringsagenda', object_id: code, door_id: g.id, door_naam: g.naam, reden: s.reden, voor: { status: a.status }, na: { status: s.status } });
      await logVerwerking(trx, ctx, { actie: 'uitvoeringsagenda.status', objectType: 'uitvoeringsagenda', objectId: code, doel: DOEL, persoonsgegevens: false, details: { van: a.status, naar: s.status } });
    });
  }

  // -------------------------------------------------------------------------------------- buurtagenda

  private punt(r: repo.BuurtagendaRow): BuurtagendaPunt {
    const b = this.cfg.buurtagenda;
    return {
      id: r.id,
      buurt: r.buurt_code,
      titel: r.titel,
      toelichting: r.toelichting,
      thema: r.thema,
      prioriteit: r.prioriteit,
      eigenaarOrganisatie: r.eigenaar_organisatie,
      eigenaarOrganisatieNaam: this.orgNaam.get(r.eigenaar_organisatie) ?? r.eigenaar_organisatie,
      status: r.status,
      statusNaam: b.statussen.find((s) => s.code === r.status)?.naam ?? r.status,
      uitkomst: r.uitkomst,
      gepubliceerd: r.gepubliceerd,
      maatregelIds: r.maatregel_ids.map(Number),
      afgerondOp: r.afgerond_op,
      demo: r.demo,
      volgendeStatussen: b.overgangen[r.status] ?? [],
    };
  }

  async buurtagenda(buurt?: string): Promise<BuurtagendaPunt[]> {
    return (await repo.buurtagenda(this.db, { buurt })).map((r) => this.punt(r));
  }

  async nieuwBuurtagendaPunt(
    ctx: AuditContext,
    p: { buurt: string; titel: string; toelichting?: string | undefined; thema?: string | undefined; prioriteit?: number | undefined; eigenaarOrganisatie: string; gepubliceerd?: boolean | undefined; maatregelIds?: number[] | undefined },
    opties: { demo?: boolean } = {},
  ): Promise<number> {
    const fouten: FieldError[] = [];
    if (!this.opties.buurtBestaat(p.buurt)) fouten.push({ veld: '/buurt', melding: `onbekende buurt "${p.buurt}"` });
    if (!this.orgNaam.has(p.eigenaarOrganisatie)) fouten.push({ veld: '/eigenaarOrganisatie', melding: `onbekende organisatie "${p.eigenaarOrganisatie}"` });
    if (p.thema && !(await repo.themas(this.db, this.cfg.huidig)).some((t) => t.code === p.thema)) fouten.push({ veld: '/thema', melding: `onbekend thema "${p.thema}"` });
    fouten.push(...(await this.onbekendeMaatregelen(p.maatregelIds)));
    if (fouten.length) throw new AppError('validatie', 'Het agendapunt klopt niet.', fouten);
    this.teller++;
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertBuurtagendaPunt(trx, {
        buurt_code: p.buurt,
        titel: p.titel,
        toelichting: p.toelichting ?? '',
        thema: p.thema ?? null,
        prioriteit: p.prioriteit ?? 2,
        eigenaar_organisatie: p.eigenaarOrganisatie,
        status: this.cfg.buurtagenda.statussen[0]!.code,
        uitkomst: null,
        gepubliceerd: p.gepubliceerd ?? false,
        maatregel_ids: p.maatregelIds ?? [],
        afgerond_op: null,
        demo: opties.demo ?? false,
      });
      await logVerwerking(trx, ctx, { actie: 'buurtagenda.toevoegen', objectType: 'buurtagenda_punt', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { buurt: p.buurt } });
      return id;
    });
  }

  private async onbekendeMaatregelen(ids: number[] | undefined): Promise<FieldError[]> {
    if (!ids?.length) return [];
    const bekend = new Set((await repo.maatregelen(this.db, { ids })).map((m) => m.id));
    return ids.filter((i) => !bekend.has(i)).map((i) => ({ veld: '/maatregelIds', melding: `maatregel ${i} bestaat niet` }));
  }

  async wijzigBuurtagendaPunt(ctx: AuditContext, g: Gebruiker, id: number, w: { status?: string | undefined; uitkomst?: string | undefined; prioriteit?: number | undefined; gepubliceerd?: boolean | undefined; maatregelIds?: number[] | undefined }): Promise<void> {
    this.teller++;
    const onbekend = await this.onbekendeMaatregelen(w.maatregelIds);
    if (onbekend.length) throw new AppError('validatie', 'Het agendapunt klopt niet.', onbekend);
    await this.db.transaction().execute(async (trx) => {
      const r = await repo.buurtagendaPunt(trx, id);
      if (!r) throw new AppError('niet_gevonden', 'Dit agendapunt bestaat niet.');
      const b = this.cfg.buurtagenda;
      const set: Parameters<typeof repo.updateBuurtagendaPunt>[2] = {};
      if (w.status && w.status !== r.status) {
        if (!(b.overgangen[r.status] ?? []).includes(w.status)) throw new AppError('conflict', `Van "${this.punt(r).statusNaam}" kan het agendapunt niet naar "${b.statussen.find((s) => s.code === w.status)?.naam ?? w.status}".`);
        const eind = b.statussen.find((s) => s.code === w.status)?.eind === true;
        // "U zei, wij deden": a finished point says what was done, in words residents can read.
        if (eind && !(w.uitkomst ?? r.uitkomst)) throw new AppError('validatie', 'Schrijf bij het afronden op wat er is gedaan (de uitkomst).', [{ veld: '/uitkomst', melding: 'Verplicht bij afronden.' }]);
        set.status = w.status;
        set.afgerond_op = eind ? isoDatum(new Date()) : null;
      }
      if (w.uitkomst !== undefined) set.uitkomst = w.uitkomst;
      if (w.prioriteit !== undefined) set.prioriteit = w.prioriteit;
      if (w.gepubliceerd !== undefined) set.gepubliceerd = w.gepubliceerd;
      if (w.maatregelIds !== undefined) set.maatregel_ids = w.maatregelIds;
      if (Object.keys(set).length === 0) return;
      await repo.updateBuurtagendaPunt(trx, id, set);
      await repo.insertWijziging(trx, { programma: this.cfg.huidig, object_type: 'buurtagenda_punt', object_id: String(id), door_id: g.id, door_naam: g.naam, reden: null, voor: { status: r.status, gepubliceerd: r.gepubliceerd }, na: { ...w } });
      await logVerwerking(trx, ctx, { actie: 'buurtagenda.wijzigen', objectType: 'buurtagenda_punt', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { velden: Object.keys(set) } });
    });
  }

  /** Demo only: a finished point with its outcome, dated a while back. */
  async rondAfAlsDemo(id: number, uitkomst: string): Promise<void> {
    this.teller++;
    const eind = this.cfg.buurtagenda.statussen.find((s) => s.eind)!.code;
    await repo.updateBuurtagendaPunt(this.db, id, { status: eind, uitkomst, afgerond_op: isoDatum(new Date(Date.now() - 60 * 86_400_000)) });
  }

  /**
   * What the public site may show of the programme for one area: the current programme's aims, public
   * maatregelen for this buurt or the whole city, and the published agenda points. Texts here were written
   * for publication; no field comes from a melding, casus or note.
   */
  async publiek(buurt: string | null): Promise<{
    programma: { titel: string; van: number; tot: number; missie: string; themas: { code: string; naam: string; ambities: string[] }[] };
    maatregelen: { titel: string; status: string; thema: string; eigenaar: string; start: string | null; eind: string | null; hierInDeBuurt: boolean; demo: boolean }[];
    agenda: BuurtagendaPunt[];
  }> {
    const p = (await repo.programma(this.db, this.cfg.huidig))!;
    const themas = await repo.themas(this.db, p.code);
    const ambities = await repo.ambities(this.db, themas.map((t) => t.id));
    const themaNaam = (c: string) => themas.find((t) => t.code === c)?.naam ?? c;
    const maatregelen = (await repo.publiekeMaatregelen(this.db, p.code))
      .filter((m) => buurt === null || m.buurten.length === 0 || m.buurten.includes(buurt))
      .map((m) => ({ titel: m.titel, status: this.statusNaam('maatregel', m.status), thema: themaNaam(m.thema), eigenaar: this.orgNaam.get(m.eigenaar_organisatie) ?? m.eigenaar_organisatie, start: m.start, eind: m.eind, hierInDeBuurt: buurt !== null && m.buurten.includes(buurt), demo: m.demo }));
    const agenda = buurt === null ? [] : (await repo.buurtagenda(this.db, { buurt, gepubliceerd: true })).map((r) => this.punt(r));
    return {
      programma: { titel: p.titel, van: p.van, tot: p.tot, missie: p.missie, themas: themas.filter((t) => t.soort !== 'randvoorwaarde').map((t) => ({ code: t.code, naam: t.naam, ambities: ambities.filter((a) => a.thema_id === t.id).map((a) => a.tekst) })) },
      maatregelen,
      agenda,
    };
  }

  // ------------------------------------------------------------------------------ spreadsheet in/out

  async exportAgenda(g: Gebruiker, code: string): Promise<Bestand> {
    const agenda = await repo.agenda(this.db, code);
    if (!agenda) throw new AppError('niet_gevonden', `Uitvoeringsagenda ${code} bestaat niet.`);
    const actiepunten = await repo.actiepunten(this.db, [code]);
    const rows = await repo.maatregelen(this.db, { agenda: code });
    const regels = rows.map((m) => {
      const a = actiepunten.find((x) => x.id === m.actiepunt_id)!;
      return [a.code, a.thema, a.titel, a.eigenaar_afdeling, m.code, m.titel, m.omschrijving, m.soort, m.eigenaar_organisatie, m.eigenaar_naam, m.partners.join(', '), m.buurten.join(', '), m.randvoorwaarden.join(', '), m.start, m.eind, m.budget === null ? null : Number(m.budget), m.status, m.publiek ? 'ja' : 'nee'];
    });
    void g;
    // A demo agenda says so in its file name, as every export of synthetic data does.
    return maakBestand('xlsx', `uitvoeringsagenda-${code}${agenda.demo ? '-DEMO' : ''}`, [...AGENDA_KOLOMMEN], regels);
  }

  /**
   * Read an uitvoeringsagenda from a spreadsheet (the advisers keep them there): every row is checked first,
   * and the file is refused whole, with row numbers, if one is wrong. Rows add or update maatregelen by their
   * code; maatregelen not in the file stay (removing is a deliberate act, not a missing row).
   */
  async importAgenda(ctx: AuditContext, g: Gebruiker, code: string, bestand: Buffer): Promise<{ actiepunten: number; nieuw: number; bijgewerkt: number }> {
    let rijen: unknown[][];
    try {
      const blad = (await readXlsxFile(bestand)) as unknown;
      const eerste = (blad as unknown[])[0];
      rijen = (Array.isArray(eerste) ? blad : (eerste as { data: unknown[][] }).data) as unknown[][];
    } catch {
      throw new AppError('validatie', 'Dit is geen leesbaar Excel-bestand (.xlsx).');
    }
    const kop = (rijen[0] ?? []).map((c) => String(c ?? '').trim());
    const ontbreekt = AGENDA_KOLOMMEN.filter((k) => !kop.includes(k));
    if (ontbreekt.length) throw new AppError('validatie', `Kolommen ontbreken: ${ontbreekt.join(', ')}.`, ontbreekt.map((k) => ({ veld: 'rij 1', melding: `kolom "${k}" ontbreekt` })));
    const col = (r: unknown[], k: (typeof AGENDA_KOLOMMEN)[number]) => r[kop.indexOf(k)];
    const tekst = (v: unknown) => (v === null || v === undefined ? '' : v instanceof Date ? isoDatum(v) : String(v).trim());
    const lijst = (v: unknown) => tekst(v).split(/[,;]/).map((x) => x.trim()).filter(Boolean);

    this.teller++;
    return this.db.transaction().execute(async (trx) => {
      const agenda = await repo.agenda(trx, code, true);
      if (!agenda) throw new AppError('niet_gevonden', `Uitvoeringsagenda ${code} bestaat niet.`);
      if (this.isVastgesteld('agenda', agenda.status)) throw new AppError('conflict', 'Deze uitvoeringsagenda is vastgesteld; alleen de voortgang kan nog veranderen. Wijzig maatregelen één voor één, met een reden.');
      const themas = new Set((await repo.themas(trx, agenda.programma)).map((t) => t.code));
      const fouten: FieldError[] = [];
      const gelezen: { actiepunt: { code: string; thema: string; titel: string; afdeling: string | null }; m: Parameters<typeof repo.insertMaatregel>[1] & { code: string } }[] = [];
      const gezien = new Set<string>();
      for (const [i, r] of rijen.slice(1).entries()) {
        const nr = `rij ${i + 2}`;
        if (r.every((c) => tekst(c) === '')) continue;
        const fout = (melding: string) => fouten.push({ veld: nr, melding });
        const ap = tekst(col(r, 'Actiepunt'));
        const thema = tekst(col(r, 'Thema'));
        const mc = tekst(col(r, 'Maatregel'));
        const titel = tekst(col(r, 'Titel'));
        if (!/^[a-z0-9][a-z0-9_-]*$/.test(ap)) fout(`actiepunt "${ap}" is geen code (kleine letters, cijfers, - of _)`);
        if (!/^[a-z0-9][a-z0-9_.-]*$/.test(mc)) fout(`maatregel "${mc}" is geen code`);
        if (!themas.has(thema)) fout(`onbekend thema "${thema}" (kies uit ${[...themas].join(', ')})`);
        if (titel.length < 3) fout('de titel ontbreekt');
        if (gezien.has(`${ap}/${mc}`)) fout(`maatregel ${mc} staat twee keer onder actiepunt ${ap}`);
        gezien.add(`${ap}/${mc}`);
        const start = tekst(col(r, 'Start')) || null;
        const eind = tekst(col(r, 'Eind')) || null;
        for (const [naam, d] of [['start', start], ['eind', eind]] as const) {
          if (d === null) continue;
          if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) fout(`${naam}datum "${d}" is geen datum (JJJJ-MM-DD)`);
          else if (d < agenda.van || d > agenda.tot) fout(`${naam}datum ${d} ligt buiten de periode van de agenda (${agenda.van} tot en met ${agenda.tot})`);
        }
        if (start && eind && eind < start) fout('de einddatum ligt vóór de startdatum');
        const budgetTekst = tekst(col(r, 'Budget')).replace(/\./g, '').replace(',', '.');
        const budget = budgetTekst === '' ? null : Number(budgetTekst);
        if (budget !== null && (!Number.isFinite(budget) || budget < 0)) fout(`budget "${tekst(col(r, 'Budget'))}" is geen bedrag`);
        const publiekTekst = tekst(col(r, 'Publiek')).toLowerCase();
        if (!['', 'ja', 'nee'].includes(publiekTekst)) fout(`publiek "${publiekTekst}" is geen ja of nee`);
        const m = {
          soort: tekst(col(r, 'Soort')),
          eigenaarOrganisatie: tekst(col(r, 'Eigenaar')),
          partners: lijst(col(r, 'Partners')),
          buurten: lijst(col(r, 'Buurten')),
          randvoorwaarden: lijst(col(r, 'Randvoorwaarden')),
          status: tekst(col(r, 'Status')) || 'gepland',
        };
        for (const f of this.controleerVelden(m, '')) fout(`${f.veld}: ${f.melding}`);
        gelezen.push({
          actiepunt: { code: ap, thema, titel: tekst(col(r, 'Actiepunt titel')) || ap, afdeling: tekst(col(r, 'Afdeling')) || null },
          m: {
            actiepunt_id: 0,
            code: mc,
            titel,
            omschrijving: tekst(col(r, 'Omschrijving')),
            soort: m.soort,
            eigenaar_organisatie: m.eigenaarOrganisatie,
            eigenaar_naam: tekst(col(r, 'Contactpersoon')) || null,
            partners: m.partners,
            buurten: m.buurten,
            randvoorwaarden: m.randvoorwaarden,
            start,
            eind,
            budget,
            status: m.status,
            publiek: publiekTekst === 'ja',
            demo: agenda.demo,
          },
        });
      }
      // An actiepunt listed under two themes in one file is a contradiction, not a choice.
      const apThema = new Map<string, string>();
      for (const [i, x] of gelezen.entries()) {
        const eerder = apThema.get(x.actiepunt.code);
        if (eerder !== undefined && eerder !== x.actiepunt.thema) fouten.push({ veld: `rij ${i + 2}`, melding: `actiepunt ${x.actiepunt.code} staat ook onder thema ${eerder}` });
        apThema.set(x.actiepunt.code, x.actiepunt.thema);
      }
      if (gelezen.length === 0 && fouten.length === 0) throw new AppError('validatie', 'Het bestand bevat geen maatregelen.');
      if (fouten.length) throw new AppError('validatie', `Het bestand is niet ingelezen: ${fouten.length} ${fouten.length === 1 ? 'fout' : 'fouten'}.`, fouten.sort((a, b) => Number(a.veld.slice(4)) - Number(b.veld.slice(4))));

      const apIds = new Map<string, number>();
      const volgorde = new Map<string, number>();
      let nieuw = 0;
      let bijgewerkt = 0;
      for (const x of gelezen) {
        if (!apIds.has(x.actiepunt.code)) {
          volgorde.set(x.actiepunt.code, volgorde.size);
          apIds.set(x.actiepunt.code, await repo.bewaarActiepunt(trx, { agenda: code, thema: x.actiepunt.thema, code: x.actiepunt.code, titel: x.actiepunt.titel, eigenaar_afdeling: x.actiepunt.afdeling, volgorde: volgorde.get(x.actiepunt.code)! }));
        }
        const apId = apIds.get(x.actiepunt.code)!;
        const bestaand = await repo.maatregelOpCode(trx, apId, x.m.code);
        if (bestaand) {
          const { actiepunt_id: _a, code: _c, demo: _d, ...set } = x.m;
          await repo.updateMaatregel(trx, bestaand.id, set);
          await repo.insertWijziging(trx, { programma: agenda.programma, object_type: 'maatregel', object_id: String(bestaand.id), door_id: g.id, door_naam: g.naam, reden: 'ingelezen uit spreadsheet', voor: null, na: { bestand: 'xlsx' } });
          bijgewerkt++;
        } else {
          await repo.insertMaatregel(trx, { ...x.m, actiepunt_id: apId });
          nieuw++;
        }
      }
      await logVerwerking(trx, ctx, { actie: 'uitvoeringsagenda.importeren', objectType: 'uitvoeringsagenda', objectId: code, doel: DOEL, persoonsgegevens: false, details: { actiepunten: apIds.size, nieuw, bijgewerkt } });
      return { actiepunten: apIds.size, nieuw, bijgewerkt };
    });
  }
}
