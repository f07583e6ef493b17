import type { Kysely } from 'kysely';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { plusDagen } from '../platform/werkdagen.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';
import type { ZaaktypenInstellingen } from './casussen.config.ts';
import { alsBehandelaar, standaardZichtbaarheid } from './casussen.policy.ts';
import * as repo from './casussen.repository.ts';
import type { BesluitRow } from './casussen.tables.ts';

/** Besluiten in a casus with their Awb terms (zienswijze, bezwaar) and the begunstigingstermijn of a last. */
export class BesluitenService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: ZaaktypenInstellingen,
  ) {}

  view(b: BesluitRow) {
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

  async vastleggen(
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
      const zaak = await alsBehandelaar(trx, this.cfg, zaakId, g);
      const ingang = b.ingangsdatum ?? b.datum;
      const zichtbaarheid = standaardZichtbaarheid(this.cfg, 'besluit');
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
        zichtbaarheid: zichtbaarheid.soort,
        zichtbaar_voor: zichtbaarheid.voor,
      });
      await repo.addDossier(trx, {
        zaak_id: zaak.id,
        soort: 'besluit',
        titel: `Besluit: ${type.naam}`,
        tekst: b.toelichting,
        zichtbaarheid,
        actor_id: g!.id,
        actor_organisatie_id: g!.organisatie.id,
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
      return this.view(row);
    });
  }
}
