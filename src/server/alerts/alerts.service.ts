import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import { rdToWgs84 } from '../gebieden/geo.ts';
import type { DB } from '../platform/db-schema.ts';
import { installatieGeheim } from '../platform/geheimen.ts';
import { AppError } from '../platform/errors.ts';
import type { MonitorInstellingen } from '../monitor/monitor.config.ts';
import { datumInNederland, plusDagen } from '../platform/werkdagen.ts';
import * as repo from './alerts.repository.ts';
import type { Alert } from '../../contract/api/alerts.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const datumNl = (d: string) => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`));

export type AlertView = Alert;

/**
 * Near-repeat burglary alerts (SM-12). After an incident import, every recent burglary proposes an alert
 * for the area within r metres for d days (per gemeente, monitor.json), placed at the centre of its grid
 * cell so the victim's address is never disclosed; one open alert per cell. An analyst approves (the
 * messages go out through the outbox to subscribed residents and buurtpreventie groups) or rejects.
 */
export class AlertsService {
  private geheim: string | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: MonitorInstellingen['nearRepeat'],
    private readonly gebieden: GebiedenService,
    private readonly berichten: BerichtenService,
    private readonly opties: { publiekeUrl: string; gemeente: string },
  ) {}

  /** Load (or create once) the secret from which unsubscribe links are derived (HMAC of the subscription id). */
  async init(): Promise<void> {
    this.geheim = await installatieGeheim(this.db, 'afmeld_geheim');
  }

  private afmeldToken(id: string): string {
    if (!this.geheim) throw new AppError('niet_beschikbaar', 'De alertmodule is niet gestart.');
    return createHmac('sha256', this.geheim).update(`afmelden:${id}`).digest('base64url');
  }

  /** Buurten that the alert circle touches: the centre and points on two rings around it. */
  private buurtenBinnen(x: number, y: number, r: number): string[] {
    const uit = new Set<string>();
    const punten: [number, number][] = [[x, y]];
    for (const f of [0.5, 1]) for (let k = 0; k < 16; k++) punten.push([x + Math.cos((k * Math.PI) / 8) * r * f, y + Math.sin((k * Math.PI) / 8) * r * f]);
    for (const [px, py] of punten) {
      const l = this.gebieden.index.findRd(px, py);
      if (l) uit.add(l.buurt.code);
    }
    return [...uit].sort();
  }

  /** Which incidents may propose an alert: these kinds, from this date up to today (Dutch time). */
  venster(nu = new Date()): { soorten: string[]; vanaf: string; tot: string } {
    const vandaag = datumInNederland(nu);
    return { soorten: [...this.cfg.soorten], vanaf: plusDagen(vandaag, -this.cfg.dagen), tot: vandaag };
  }

  /**
   * Propose alerts for recent incidents (the importing module selects them with {@link venster}), inside the
   * import's transaction.
   */
  async detecteer(trx: Transaction<DB>, recent: readonly { id: number; soort: string; datum_van: string; x: number; y: number }[], nu = new Date()): Promise<number> {
    const vandaag = datumInNederland(nu);
    let n = 0;
    const g = this.cfg.rasterMeter;
    for (const inc of recent) {
      const cx = Math.floor(inc.x / g) * g + g / 2;
      const cy = Math.floor(inc.y / g) * g + g / 2;
      const open = await repo.openAlertInCel(trx, { x: cx, y: cy }, inc.soort, vandaag);
      if (open) continue;
      const [lon, lat] = rdToWgs84(cx, cy);
      await repo.voegAlertToe(trx, {
          incident_id: inc.id,
          soort: inc.soort,
          incident_datum: inc.datum_van,
          cel_x: cx,
          cel_y: cy,
          lon: Math.round(lon * 1e5) / 1e5,
          lat: Math.round(lat * 1e5) / 1e5,
          straal_meter: this.cfg.straalMeter,
          geldig_tot: plusDagen(inc.datum_van, this.cfg.dagen),
          buurt_codes: this.buurtenBinnen(cx, cy, this.cfg.straalMeter),
          status: 'voorgesteld',
        });
      n++;
    }
    return n;
  }

  async lijst(nu = new Date()): Promise<AlertView[]> {
    const vandaag = datumInNederland(nu);
    const rows = await repo.lijstAlerts(this.db);
    const abonnees = await repo.actieveAbonneeBuurten(this.db);
    const perBuurt = new Map<string, number>();
    for (const a of abonnees) perBuurt.set(a.buurt_code, (perBuurt.get(a.buurt_code) ?? 0) + 1);
    const namen = new Map(this.gebieden.lijst('buurt').map((b) => [b.code, b.naam]));
    return rows.map((r) => ({
      id: r.id,
      soort: r.soort,
      incidentDatum: r.incident_datum,
      plek: { lon: r.lon, lat: r.lat, rasterMeter: this.cfg.rasterMeter },
      straalMeter: r.straal_meter,
      geldigTot: r.geldig_tot,
      buurten: r.buurt_codes.map((c) => ({ code: c, naam: namen.get(c) ?? c })),
      status: r.status === 'voorgesteld' && r.geldig_tot < vandaag ? 'verlopen' : r.status,
      abonnees: r.buurt_codes.reduce((s, c) => s + (perBuurt.get(c) ?? 0), 0),
      ontvangers: r.ontvangers,
      reden: r.reden,
      aangemaaktOp: r.aangemaakt_op.toISOString(),
    }));
  }

  /** Approve: queue the message for every active subscription in the alert's buurten, in one transaction. */
  async goedkeuren(ctx: AuditContext, beoordelaarId: string, id: string, nu = new Date()): Promise<{ ontvangers: number }> {
    return this.db.transaction().execute(async (trx) => {
      const a = await repo.alertVoorBesluit(trx, id);
      if (!a) throw new AppError('niet_gevonden', 'Deze alert bestaat niet.');
      if (a.status !== 'voorgesteld') throw new AppError('conflict', `Deze alert is al ${a.status}.`);
      if (a.geldig_tot < datumInNederland(nu)) throw new AppError('conflict', 'Deze alert is verlopen; een bericht heeft geen zin meer.');
      const subs = await repo.actieveAbonnementen(trx, a.buurt_codes);
      const namen = new Map(this.gebieden.lijst('buurt').map((b) => [b.code, b.naam]));
      const omgeving = a.buurt_codes.map((c) => namen.get(c) ?? c).join(', ');
      for (const s of subs) {
        const vars = {
          omgeving,
          datum: datumNl(a.incident_datum),
          straal: String(Math.round(a.straal_meter)),
          geldigTot: datumNl(a.geldig_tot),
          gemeente: this.opties.gemeente,
          afmeldLink: `${this.opties.publiekeUrl}/buurtberichten/afmelden/${this.afmeldToken(s.id)}`,
        };
        if (s.email) await this.berichten.email(trx, 'inbraakalert', s.email, vars, { type: 'inbraakalert', id: a.id });
        if (s.webhook_url) {
          await this.berichten.webhook(trx, s.webhook_url, 'inbraakalert', { omgeving, buurten: a.buurt_codes, plek: { lon: a.lon, lat: a.lat, rasterMeter: this.cfg.rasterMeter }, straalMeter: a.straal_meter, geldigTot: a.geldig_tot }, { type: 'inbraakalert', id: a.id });
        }
      }
      await repo.beoordeelAlert(trx, id, { status: 'verstuurd', ontvangers: subs.length }, beoordelaarId, nu);
      await logVerwerking(trx, ctx, { actie: 'inbraakalert.goedkeuren', objectType: 'inbraakalert', objectId: id, doel: 'preventie woninginbraak', persoonsgegevens: subs.some((s) => s.email), details: { ontvangers: subs.length, buurten: a.buurt_codes } });
      return { ontvangers: subs.length };
    });
  }

  async afwijzen(ctx: AuditContext, beoordelaarId: string, id: string, reden: string, nu = new Date()): Promise<void> {
    const r = reden.trim();
    if (r.length < 3) throw new AppError('validatie', 'Geef een reden om de alert af te wijzen.', [{ veld: 'reden', melding: 'verplicht' }]);
    await this.db.transaction().execute(async (trx) => {
      const a = await repo.alertVoorBesluit(trx, id);
      if (!a) throw new AppError('niet_gevonden', 'Deze alert bestaat niet.');
      if (a.status !== 'voorgesteld') throw new AppError('conflict', `Deze alert is al ${a.status}.`);
      await repo.beoordeelAlert(trx, id, { status: 'afgewezen', reden: r }, beoordelaarId, nu);
      await logVerwerking(trx, ctx, { actie: 'inbraakalert.afwijzen', objectType: 'inbraakalert', objectId: id, doel: 'preventie woninginbraak', persoonsgegevens: false, details: { reden: r } });
    });
  }

  /** Days a resident has to confirm a subscription; after that the unconfirmed address is deleted. */
  static readonly BEVESTIG_DAGEN = 7;
  /** A new confirmation mail for the same address and buurt at most this often (no mail bombing). */
  static readonly OPNIEUW_NA_MS = 15 * 60_000;

  /**
   * Subscribe to buurtberichten for a buurt. Buurtpreventie groups are added by staff (e-mail or webhook) and
   * count at once. A resident subscribes publicly with double opt-in: the address gets a confirmation mail and
   * receives nothing else until it is confirmed, so nobody can sign up someone else's address; unconfirmed
   * addresses are deleted after {@link BEVESTIG_DAGEN} days. The answer is the same whether the address was
   * new, pending or already subscribed (it reveals nothing about who subscribed).
   */
  async aanmelden(
    ctx: AuditContext,
    a: { soort: 'bewoner' | 'buurtpreventie'; buurt: string; email?: string | undefined; webhookUrl?: string | undefined; naam?: string | undefined },
    nu = new Date(),
  ): Promise<void> {
    const buurt = this.gebieden.lijst('buurt').find((b) => b.code === a.buurt);
    if (!buurt) throw new AppError('validatie', 'Kies een buurt in de gemeente.', [{ veld: 'buurt', melding: 'onbekende buurt' }]);
    const email = a.email?.trim() || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError('validatie', 'Dit is geen geldig e-mailadres.', [{ veld: 'email', melding: 'ongeldig' }]);
    if (!email && !a.webhookUrl) throw new AppError('validatie', 'Geef een e-mailadres.', [{ veld: 'email', melding: 'verplicht' }]);
    const bewoner = a.soort === 'bewoner';
    await this.db.transaction().execute(async (trx) => {
      const weg = await repo.verwijderOnbevestigd(trx, new Date(nu.getTime() - AlertsService.BEVESTIG_DAGEN * 86_400_000));
      if (weg.length) {
        await logVerwerking(trx, ctx, { actie: 'abonnement.onbevestigd_verwijderd', objectType: 'abonnement', doel: 'preventie woninginbraak', persoonsgegevens: true, details: { aantal: weg.length } });
      }
      const bestaand = bewoner && email ? await repo.bestaandAbonnement(trx, email, a.buurt) : undefined;
      if (bestaand) {
        // Already confirmed, or a confirmation mail went out a moment ago: nothing new is sent.
        if (bestaand.bevestigd_op || (bestaand.bevestiging_verstuurd_op && nu.getTime() - bestaand.bevestiging_verstuurd_op.getTime() < AlertsService.OPNIEUW_NA_MS)) return;
        const token = randomBytes(32).toString('base64url');
        await repo.nieuweBevestiging(trx, bestaand.id, sha256(token), nu);
        await this.stuurBevestiging(trx, bestaand.id, email!, buurt.naam, token, nu);
        await logVerwerking(trx, ctx, { actie: 'abonnement.bevestiging_opnieuw', objectType: 'abonnement', objectId: bestaand.id, doel: 'preventie woninginbraak', persoonsgegevens: true, details: { buurt: a.buurt } });
        return;
      }
      const id = randomUUID();
      const token = bewoner ? randomBytes(32).toString('base64url') : undefined;
      const r = await repo.voegAbonnementToe(trx, {
        id,
        soort: a.soort,
        naam: a.naam?.trim() || null,
        email,
        webhook_url: a.webhookUrl ?? null,
        buurt_code: a.buurt,
        afmeld_token_hash: sha256(this.afmeldToken(id)),
        bevestigd_op: bewoner ? null : nu,
        bevestig_token_hash: token ? sha256(token) : null,
        bevestiging_verstuurd_op: token ? nu : null,
      });
      if (token) await this.stuurBevestiging(trx, id, email!, buurt.naam, token, nu);
      await logVerwerking(trx, ctx, { actie: 'abonnement.aanmelden', objectType: 'abonnement', objectId: r.id, doel: 'preventie woninginbraak', persoonsgegevens: !!email, details: { soort: a.soort, buurt: a.buurt, bevestigd: !bewoner } });
    });
  }

  /** Retention: subscriptions never confirmed within the term (counted, or deleted). */
  async onbevestigdeAanmeldingen(trx: Transaction<DB>, nu: Date, verwijderen: boolean): Promise<number> {
    const grens = new Date(nu.getTime() - AlertsService.BEVESTIG_DAGEN * 86_400_000);
    return verwijderen ? (await repo.verwijderOnbevestigd(trx, grens)).length : repo.telOnbevestigd(trx, grens);
  }

  private async stuurBevestiging(trx: Transaction<DB>, id: string, email: string, buurtNaam: string, token: string, nu: Date): Promise<void> {
    await this.berichten.email(
      trx,
      'buurtbericht.bevestigen',
      email,
      {
        buurt: buurtNaam,
        bevestigLink: `${this.opties.publiekeUrl}/buurtberichten/bevestigen/${token}`,
        geldigTot: datumNl(datumInNederland(new Date(nu.getTime() + AlertsService.BEVESTIG_DAGEN * 86_400_000))),
        dagen: String(AlertsService.BEVESTIG_DAGEN),
        gemeente: this.opties.gemeente,
      },
      { type: 'abonnement', id },
    );
  }

  /** The address confirms with the code from the confirmation mail; from then on it receives buurtberichten. */
  async bevestigen(token: string, nu = new Date()): Promise<{ buurt: { code: string; naam: string }; afmeldUrl: string }> {
    return this.db.transaction().execute(async (trx) => {
      const r = await repo.bevestig(trx, sha256(token), new Date(nu.getTime() - AlertsService.BEVESTIG_DAGEN * 86_400_000), nu);
      if (!r) throw new AppError('niet_gevonden', 'Deze bevestigingslink is onbekend, al gebruikt of verlopen. Meld u opnieuw aan.');
      await logVerwerking(trx, { actor: { id: null, omschrijving: 'abonnee', organisatieId: null } }, { actie: 'abonnement.bevestigen', objectType: 'abonnement', objectId: r.id, doel: 'preventie woninginbraak', persoonsgegevens: true });
      const naam = this.gebieden.lijst('buurt').find((b) => b.code === r.buurt_code)?.naam ?? r.buurt_code;
      return { buurt: { code: r.buurt_code, naam }, afmeldUrl: `/buurtberichten/afmelden/${this.afmeldToken(r.id)}` };
    });
  }

  async afmelden(token: string, nu = new Date()): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const r = await repo.meldAf(trx, sha256(token), nu);
      if (!r) throw new AppError('niet_gevonden', 'Deze afmeldcode is onbekend of al gebruikt.');
      await logVerwerking(trx, { actor: { id: null, omschrijving: 'abonnee', organisatieId: null } }, { actie: 'abonnement.afmelden', objectType: 'abonnement', objectId: r.id, doel: 'preventie woninginbraak', persoonsgegevens: true });
    });
  }
}
