import type { Kysely } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { Executor } from '../platform/database.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, GEEN_RECHT } from '../platform/errors.ts';
import { datumInNederland, plusWerkdagen } from '../platform/werkdagen.ts';
import { magZien, type Kijker } from '../platform/zichtbaarheid.ts';
import { hasPermissie, organisatieOpCode, organisatiesVoorIds, type Gebruiker } from '../toegang/toegang.service.ts';
import type { CasusTaak } from '../../contract/api/casussen.ts';
import type { ZaaktypenInstellingen } from './casussen.config.ts';
import { alsBehandelaar } from './casussen.policy.ts';
import * as repo from './casussen.repository.ts';
import type { TaakRow } from './casussen.tables.ts';

type TaakMetOrganisatie = TaakRow & { organisatie_naam?: string; organisatie_code?: string; zaak_identificatie?: string | null };

/** A task is an item visible to the owning team and the organisation it was referred to (ADR 0007). */
export const taakZichtbaarheid = (t: TaakRow) => ({ soort: 'organisatie' as const, voor: t.organisatie_id, tijdstip: t.aangemaakt_op });

/**
 * Referrals (taken) of a casus to partner organisations: the partner joins the casus while it has work in it,
 * and — by config — leaves it when its last task is declined or finished.
 */
export class TakenService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: ZaaktypenInstellingen,
    private readonly berichten: BerichtenService,
    private readonly opties: { publiekeUrl: string; gemeente: string },
  ) {}

  /** Tasks with their organisation's code and name (from toegang). */
  async metOrganisatie(db: Executor, f: Parameters<typeof repo.taken>[1]): Promise<TaakMetOrganisatie[]> {
    const rows = await repo.taken(db, f);
    const orgs = await organisatiesVoorIds(db, rows.map((r) => r.organisatie_id));
    return rows.map((r) => ({ ...r, organisatie_code: orgs.get(r.organisatie_id)?.code ?? '', organisatie_naam: orgs.get(r.organisatie_id)?.naam ?? '' }));
  }

  /** The tasks of a casus this viewer may see. */
  async voorKijker(db: Executor, zaakId: string, kijker: Kijker): Promise<CasusTaak[]> {
    const rows = await this.metOrganisatie(db, { zaakId });
    return rows.filter((t) => magZien(kijker, taakZichtbaarheid(t))).map((t) => this.view(t));
  }

  view(t: TaakMetOrganisatie): CasusTaak {
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

  async maak(
    g: Gebruiker | null,
    ctx: AuditContext,
    zaakId: string,
    t: { organisatie: string; titel: string; omschrijving: string; termijnWerkdagen?: number | undefined },
    now = new Date(),
  ): Promise<CasusTaak> {
    return this.db.transaction().execute(async (trx) => {
      const zaak = await alsBehandelaar(trx, this.cfg, zaakId, g);
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
      // The referral's title is the referred organisation's business, not every member's.
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'taak',
        titel: `Doorverwezen naar ${org.naam}: ${t.titel.trim()}`,
        zichtbaarheid: { soort: 'organisatie', voor: org.id },
        actor_id: g!.id,
        actor_organisatie_id: g!.organisatie.id,
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
      return this.view({ ...taak, organisatie_code: org.code, organisatie_naam: org.naam, zaak_identificatie: zaak.identificatie });
    });
  }

  /** Partner users see only the tasks of their own organisation; the list read is logged (it names casussen). */
  async mijn(g: Gebruiker | null, ctx: AuditContext, status?: string[]): Promise<CasusTaak[]> {
    if (!g) throw new AppError('niet_ingelogd');
    if (!hasPermissie(g, 'taken:behandelen')) throw new AppError('geen_toegang', GEEN_RECHT);
    return this.db.transaction().execute(async (trx) => {
      const rows = await this.metOrganisatie(trx, { organisatieId: g.organisatie.id, status: status as never });
      await logVerwerking(trx, ctx, {
        actie: 'taak.lijst_raadplegen',
        objectType: 'taak',
        doel: 'doorverwijzing naar partner',
        persoonsgegevens: true,
        details: { filter: { status: status ?? [] }, aantal: rows.length, ids: rows.slice(0, 500).map((r) => r.id) },
      });
      return rows.map((r) => this.view(r));
    });
  }

  async bijwerken(
    g: Gebruiker | null,
    ctx: AuditContext,
    taakId: string,
    actie: { soort: 'accepteren' } | { soort: 'weigeren'; reden: string } | { soort: 'afronden'; uitkomst: string; toelichting: string },
    now = new Date(),
  ): Promise<CasusTaak> {
    if (!g) throw new AppError('niet_ingelogd');
    if (!hasPermissie(g, 'taken:behandelen')) throw new AppError('geen_toegang', GEEN_RECHT);
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
      let lidmaatschapBeeindigd = false;
      if (taak.zaak_id) {
        await repo.addDossier(trx, {
          zaak_id: taak.zaak_id,
          soort: 'taak',
          titel: `${titel} (${g.organisatie.naam})`,
          tekst: actie.soort === 'afronden' ? actie.toelichting : null,
          zichtbaarheid: { soort: 'organisatie', voor: taak.organisatie_id },
          actor_id: g.id,
          actor_organisatie_id: g.organisatie.id,
          actor_omschrijving: g.naam,
          details: { taak: taak.id, van, naar: set.status },
        });
        // A partner's part in the casus ends with its last task (config): it sees nothing recorded afterwards.
        if (actie.soort !== 'accepteren' && this.cfg.lidmaatschap.eindigtMetLaatsteTaak && (await repo.openTakenVan(trx, taak.zaak_id, taak.organisatie_id)) === 0) {
          const n = await repo.beeindigLeden(trx, taak.zaak_id, { organisatieId: taak.organisatie_id }, `laatste taak ${set.status}`);
          if (n > 0) {
            lidmaatschapBeeindigd = true;
            await repo.addDossier(trx, {
              zaak_id: taak.zaak_id,
              soort: 'lid',
              titel: `Lidmaatschap van ${g.organisatie.naam} beëindigd (laatste taak ${set.status})`,
              zichtbaarheid: { soort: 'intern', voor: null },
              actor_id: null,
              actor_organisatie_id: null,
              actor_omschrijving: 'systeem',
              details: { organisatie: g.organisatie.code },
            });
          }
        }
      }
      await logVerwerking(trx, ctx, {
        actie: `taak.${actie.soort}`,
        objectType: 'taak',
        objectId: taak.id,
        doel: 'doorverwijzing naar partner',
        persoonsgegevens: false,
        details: { van, naar: set.status, lidmaatschapBeeindigd },
      });
      const rows = await this.metOrganisatie(trx, { organisatieId: g.organisatie.id });
      return this.view(rows.find((r) => r.id === taak.id)!);
    });
  }
}
