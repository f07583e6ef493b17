import type { Kysely } from 'kysely';
import { logVerwerking, SYSTEEM } from '../audit/audit.service.ts';
import type { DB } from '../platform/db-schema.ts';
import type { MeldingenInstellingen } from '../meldingen/meldingen.config.ts';
import { datumInNederland } from '../platform/werkdagen.ts';

export interface RetentieResultaat {
  zakenVernietigd: number;
  meldingenGeanonimiseerd: number;
  contactgegevensVerwijderd: number;
}

const ANONIEM = '[geanonimiseerd]';

/**
 * Retention as data: casussen whose archive action date has passed (result type → archiefnominatie and
 * bewaartermijn) are destroyed and leave a tombstone; meldingen lose the reporter's contact details and,
 * later, their free text, after the terms in the gemeente's configuration. What stays is statistical
 * (category, buurt, dates, status), so the monitor keeps counting them.
 */
export async function runRetentie(db: Kysely<DB>, cfg: MeldingenInstellingen, opts: { now?: Date; dryRun?: boolean } = {}): Promise<RetentieResultaat> {
  const now = opts.now ?? new Date();
  const vandaag = datumInNederland(now);
  const day = 86_400_000;
  const contactGrens = new Date(now.getTime() - cfg.bewaartermijnen.contactgegevensDagen * day);
  const tekstGrens = new Date(now.getTime() - cfg.bewaartermijnen.omschrijvingDagen * day);

  return db.transaction().execute(async (trx) => {
    const zaken = await trx
      .selectFrom('zaak')
      .select(['id', 'identificatie', 'zaaktype', 'resultaat', 'archiefactiedatum'])
      .where('archiefnominatie', '=', 'vernietigen')
      .where('archiefactiedatum', '<=', vandaag)
      .execute();
    const zaakMeldingen = zaken.length
      ? (await trx.selectFrom('zaak_melding').select('melding_id').where('zaak_id', 'in', zaken.map((z) => z.id)).execute()).map((r) => r.melding_id)
      : [];
    const contact = trx
      .selectFrom('melding')
      .select('id')
      .where('afgehandeld_op', '<', contactGrens)
      .where('contact_verwijderd_op', 'is', null)
      .where((eb) => eb.or([eb('melder_naam', 'is not', null), eb('melder_email', 'is not', null), eb('melder_telefoon', 'is not', null)]));
    const tekst = trx.selectFrom('melding').select('id').where('afgehandeld_op', '<', tekstGrens).where('geanonimiseerd_op', 'is', null);
    const contactIds = (await contact.execute()).map((r) => r.id);
    const tekstIds = [...new Set([...(await tekst.execute()).map((r) => r.id), ...zaakMeldingen])];
    const result = { zakenVernietigd: zaken.length, meldingenGeanonimiseerd: tekstIds.length, contactgegevensVerwijderd: contactIds.length };
    if (opts.dryRun) return result;

    for (const z of zaken) {
      await trx
        .insertInto('grafsteen')
        .values({
          object_type: 'zaak',
          object_id: z.id,
          identificatie: z.identificatie,
          grondslag: `resultaat ${z.resultaat}, archiefactiedatum ${z.archiefactiedatum}`,
          details: JSON.stringify({ zaaktype: z.zaaktype, resultaat: z.resultaat }),
        })
        .execute();
    }
    if (zaken.length) {
      const ids = zaken.map((z) => z.id);
      // Tasks and dossier rows cascade with the zaak; referenced meldingen stay, anonymised below.
      await trx.deleteFrom('zaak_melding').where('zaak_id', 'in', ids).execute();
      await trx.deleteFrom('zaak').where('id', 'in', ids).execute();
    }
    if (contactIds.length) {
      await trx
        .updateTable('melding')
        .set({ melder_naam: null, melder_email: null, melder_telefoon: null, contact_toestemming: false, contact_verwijderd_op: now })
        .where('id', 'in', contactIds)
        .execute();
    }
    if (tekstIds.length) {
      await trx
        .updateTable('melding')
        .set({ omschrijving: ANONIEM, adres: null, melder_naam: null, melder_email: null, melder_telefoon: null, contact_toestemming: false, geanonimiseerd_op: now })
        .where('id', 'in', tekstIds)
        .execute();
      await trx.updateTable('melding_gebeurtenis').set({ reden: null }).where('melding_id', 'in', tekstIds).execute();
      await trx.deleteFrom('classificatie_correctie').where('melding_id', 'in', tekstIds).execute();
    }
    await logVerwerking(trx, { actor: { ...SYSTEEM, omschrijving: 'retentie' } }, {
      actie: 'retentie.uitvoeren',
      objectType: 'retentie',
      doel: 'bewaartermijnen (Archiefwet, AVG art. 5 lid 1 onder e)',
      persoonsgegevens: true,
      details: { ...result, vernietigdeZaken: zaken.map((z) => z.identificatie) },
    });
    return result;
  });
}
