import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import type { MeldingenKern } from './meldingen.kern.ts';
import * as repo from './meldingen.repository.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The status change the handling side makes when a reporter asks to reopen (a transition of SM-1). */
export type Heropen = (trx: Transaction<DB>, ctx: AuditContext, id: string, naar: string, reden: string, now: Date) => Promise<void>;

/**
 * What residents see without logging in: the count of open meldingen in a buurt before they submit, the
 * status page behind the secret link, and their reaction at closure.
 */
export class PubliekService {
  constructor(
    private readonly kern: MeldingenKern,
    private readonly heropen: Heropen,
  ) {}

  /**
   * What the public form shows before submitting: how many open meldingen of this category there are in the
   * buurt of the point — a count per buurt, never a distance or coordinate (a distance answer let anyone
   * trilaterate a fresh report to the metre). Sensitive categories (config `gevoelig`) answer nothing at all.
   */
  async inDeBuurt(lon: number, lat: number, categorie: string, now = new Date()) {
    const def = this.kern.categorie(categorie);
    if (!def) throw new AppError('validatie', `Onbekende categorie "${categorie}".`);
    const { buurt } = this.kern.gebieden.zoekWgs84(lon, lat);
    const gebied = { code: buurt.code, naam: buurt.naam };
    if (def.gevoelig || def.duplicaat.dagen <= 0) return { gebied, categorie: def.publiekeNaam, beschikbaar: false, aantal: null, dagen: null };
    const aantal = await repo.telOpenInBuurt(this.kern.db, {
      categorie,
      buurtCode: buurt.code,
      sinds: new Date(now.getTime() - def.duplicaat.dagen * 86_400_000),
      openStatussen: this.kern.openStatussen,
    });
    return { gebied, categorie: def.publiekeNaam, beschikbaar: true, aantal, dagen: def.duplicaat.dagen };
  }

  /** The reporter's status page: progress without anyone's personal data. */
  async publiekeStatus(token: string) {
    const m = await repo.findByTokenHash(this.kern.db, sha256(token));
    if (!m) throw new AppError('niet_gevonden', 'Deze statuslink is onbekend of verlopen.');
    const evs = await repo.events(this.kern.db, m.id, true);
    const afgerond = this.kern.statusDef(m.status).eind;
    // The reason of the closing step is what the reporter was e-mailed (for a casus: the result's B1 text).
    const sluiting = afgerond ? evs.filter((e) => e.soort === 'status' && e.naar === m.status).at(-1) : undefined;
    return {
      referentie: m.referentie,
      status: m.status,
      statusNaam: this.kern.statusDef(m.status).publiekeNaam,
      categorie: this.kern.categorie(m.categorie)?.publiekeNaam ?? m.categorie,
      ingediendOp: m.ingediend_op.toISOString(),
      afgerond,
      uitkomst: sluiting?.reden ?? null,
      verloop: evs
        .filter((e) => e.soort === 'status' && e.naar)
        .map((e) => ({ tijdstip: e.tijdstip.toISOString(), status: e.naar!, statusNaam: this.kern.statusDef(e.naar!).publiekeNaam })),
    };
  }

  /**
   * The reporter's answer to the satisfaction question at closure, with an optional request to reopen.
   * Accepted once per closure, through the secret status link only.
   */
  async reactie(token: string, r: { tevreden: boolean; toelichting?: string | undefined; heropenen: boolean }, now = new Date()): Promise<{ status: string }> {
    const m = await repo.findByTokenHash(this.kern.db, sha256(token));
    if (!m) throw new AppError('niet_gevonden', 'Deze statuslink is onbekend of verlopen.');
    if (!this.kern.statusDef(m.status).eind) throw new AppError('conflict', 'U kunt reageren zodra de melding is afgehandeld.');
    const evs = await repo.events(this.kern.db, m.id);
    const lastClose = evs.filter((e) => e.soort === 'status' && e.naar === m.status).at(-1)?.id ?? 0;
    if (evs.some((e) => e.soort === 'reactie' && e.id > lastClose)) throw new AppError('conflict', 'U heeft al gereageerd op deze afhandeling.');
    const melder = { actor: { id: null, omschrijving: 'melder', organisatieId: null } };
    await this.kern.db.transaction().execute(async (trx) => {
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
        await this.heropen(trx, melder, m.id, 'heropend', r.toelichting?.trim() || 'De melder vraagt de melding opnieuw te bekijken.', now);
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
}
