import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RapportMeta } from '../../contract/api/rapportages.ts';
import type { DB } from '../platform/db-schema.ts';
import type { Achtergrondtaak, Achtergrondtaken } from '../platform/achtergrondtaken.ts';
import { AppError } from '../platform/errors.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { leesPeriode, raadsrapportage, veiligheidsanalyse, voortgang, type Bronnen, type Stap } from './rapport-bouw.ts';
import { rapportHtml } from './rapport-html.ts';
import type { RapportDoc } from './rapport-model.ts';
import { rapportPdf } from './rapport-pdf.ts';
import type { RapportagesInstellingen } from './rapportages.config.ts';
import * as repo from './rapportages.repository.ts';

type Soort = RapportDoc['soort'];
const DOEL = 'verantwoording';
const BOUWERS = { raadsrapportage, veiligheidsanalyse, voortgang } as const;

/**
 * Generated reports for bestuur and raad: built from the programme and the monitor (aggregates only), drawn as
 * PDF and HTML, and kept as versions with their hash. concept → vastgesteld → gepubliceerd; publishing a
 * report with voorlopige cijfers takes an explicit choice, and the figures stay marked.
 */
export class RapportagesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: RapportagesInstellingen,
    private readonly bronnen: Bronnen,
    private readonly taken: Achtergrondtaken,
  ) {}

  /**
   * Starts making a report in the background (a veiligheidsanalyse reads every wijk's profile): bad input is
   * refused at once; the answer is a task to follow (chapters done) until its result is the new version.
   */
  async start(ctx: AuditContext, g: Gebruiker, soort: Soort, periode: string): Promise<{ taak: string }> {
    if (!this.cfg.soorten.some((s) => s.code === soort)) throw new AppError('validatie', `Onbekende soort rapport ${soort}.`);
    leesPeriode(periode);
    const id = await this.taken.nieuw('rapport', g.id, 1, 2);
    const stap: Stap = (gedaan, totaal) => void this.taken.voortgang(id, gedaan, totaal).catch(() => undefined);
    void this.maak(ctx, g, soort, periode, stap).then(
      (meta) => this.taken.klaar(id, meta),
      (e: unknown) => this.taken.mislukt(id, e instanceof AppError ? (e.detail ?? e.title) : 'Het rapport kon niet worden gemaakt; zie het serverlog.'),
    );
    return { taak: id };
  }

  taak(g: Gebruiker, id: string): Promise<Achtergrondtaak<RapportMeta>> {
    return this.taken.get<RapportMeta>(id, g.id);
  }

  /** Stops the tasks' heartbeat (at shutdown). */
  stop(): void {
    this.taken.stop();
  }

  soorten() {
    return this.cfg.soorten;
  }

  private statusNaam(c: string) {
    return this.cfg.statussen.find((s) => s.code === c)?.naam ?? c;
  }

  private meta(r: NonNullable<Awaited<ReturnType<typeof repo.meta>>>): RapportMeta {
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return {
      id: r.id,
      soort: r.soort as Soort,
      soortNaam: this.cfg.soorten.find((s) => s.code === r.soort)?.naam ?? r.soort,
      periode: r.periode,
      versie: r.versie,
      titel: r.titel,
      status: r.status,
      statusNaam: this.statusNaam(r.status),
      hash: r.hash,
      bevatVoorlopig: r.bevat_voorlopig,
      voorlopigAkkoord: r.voorlopig_akkoord,
      demo: r.demo,
      auteur: r.auteur_naam,
      aangemaaktOp: new Date(r.aangemaakt_op).toISOString(),
      vastgesteldDoor: r.vastgesteld_door,
      vastgesteldOp: iso(r.vastgesteld_op),
      gepubliceerdDoor: r.gepubliceerd_door,
      gepubliceerdOp: iso(r.gepubliceerd_op),
      volgendeStatussen: (this.cfg.overgangen[r.status] ?? []).map((c) => ({ code: c, naam: this.statusNaam(c), publiek: this.cfg.statussen.find((x) => x.code === c)?.publiek === true })),
    };
  }

  /** The content of a report without storing it (the CLI writes it to a file). */
  async bouw(g: Gebruiker, soort: Soort, periode: string, stap?: Stap): Promise<RapportDoc> {
    if (!this.cfg.soorten.some((s) => s.code === soort)) throw new AppError('validatie', `Onbekende soort rapport ${soort}.`);
    const status = this.cfg.statussen[0]!.code;
    const inhoud = await BOUWERS[soort](this.bronnen, g, periode, stap);
    return { ...inhoud, status: this.statusNaam(status), gemaakt: new Date().toISOString() };
  }

  async maak(ctx: AuditContext, g: Gebruiker, soort: Soort, periode: string, stap?: Stap): Promise<RapportMeta> {
    const doc = await this.bouw(g, soort, periode, stap);
    const pdf = await rapportPdf(doc);
    const html = rapportHtml(doc);
    const id = await this.db.transaction().execute(async (trx) => {
      const versie = await repo.volgendeVersie(trx, soort, periode);
      const id = await repo.insert(trx, {
        soort,
        periode,
        versie,
        titel: `${doc.titel}, ${doc.ondertitel}`,
        status: this.cfg.statussen[0]!.code,
        inhoud: JSON.stringify(doc),
        pdf,
        html,
        hash: createHash('sha256').update(pdf).digest('hex'),
        bevat_voorlopig: doc.bevatVoorlopig,
        demo: doc.demo,
        auteur_id: g.id,
        auteur_naam: g.naam,
        vastgesteld_door: null,
        vastgesteld_op: null,
        gepubliceerd_door: null,
        gepubliceerd_op: null,
      });
      await logVerwerking(trx, ctx, { actie: 'rapport.maken', objectType: 'rapport', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { soort, periode, versie } });
      return id;
    });
    return this.meta((await repo.meta(this.db, id))!);
  }

  async lijst(): Promise<RapportMeta[]> {
    return (await repo.lijst(this.db)).map((r) => this.meta(r));
  }

  async bestand(id: number, formaat: 'pdf' | 'html'): Promise<{ mediatype: string; bestandsnaam: string; inhoud: Buffer }> {
    const r = await repo.volledig(this.db, id);
    if (!r) throw new AppError('niet_gevonden', 'Dit rapport bestaat niet.');
    const naam = `${r.soort}-${r.periode}-v${r.versie}${r.demo ? '-DEMO' : ''}`;
    return formaat === 'pdf'
      ? { mediatype: 'application/pdf', bestandsnaam: `${naam}.pdf`, inhoud: Buffer.from(r.pdf) }
      : { mediatype: 'text/html; charset=utf-8', bestandsnaam: `${naam}.html`, inhoud: Buffer.from(r.html, 'utf8') };
  }

  /** Moves a report along its lifecycle; the renditions are drawn again with the new status (and a new hash). */
  async status(ctx: AuditContext, g: Gebruiker, id: number, s: { status: string; voorlopigAkkoord?: boolean | undefined }): Promise<RapportMeta> {
    await this.db.transaction().execute(async (trx) => {
      const r = await repo.volledig(trx, id, true);
      if (!r) throw new AppError('niet_gevonden', 'Dit rapport bestaat niet.');
      if (!(this.cfg.overgangen[r.status] ?? []).includes(s.status)) throw new AppError('conflict', `Van "${this.statusNaam(r.status)}" kan het rapport niet naar "${this.statusNaam(s.status)}".`);
      const publiek = this.cfg.statussen.find((x) => x.code === s.status)?.publiek === true;
      if (publiek && r.bevat_voorlopig && !s.voorlopigAkkoord) {
        throw new AppError('conflict', 'Dit rapport bevat voorlopige cijfers. Kies bewust of u het toch publiceert; de voorlopige cijfers blijven dan gemarkeerd.');
      }
      const doc = { ...(r.inhoud as RapportDoc), status: this.statusNaam(s.status) };
      const pdf = await rapportPdf(doc);
      const nu = new Date();
      await repo.update(trx, id, {
        status: s.status,
        inhoud: JSON.stringify(doc),
        pdf,
        html: rapportHtml(doc),
        hash: createHash('sha256').update(pdf).digest('hex'),
        ...(publiek ? { gepubliceerd_door: g.naam, gepubliceerd_op: nu, voorlopig_akkoord: r.bevat_voorlopig } : {}),
        ...(s.status === 'vastgesteld' ? { vastgesteld_door: g.naam, vastgesteld_op: nu } : {}),
      });
      await logVerwerking(trx, ctx, { actie: 'rapport.status', objectType: 'rapport', objectId: String(id), doel: DOEL, persoonsgegevens: false, details: { van: r.status, naar: s.status } });
    });
    return this.meta((await repo.meta(this.db, id))!);
  }
}
