import { logVerwerking, SYSTEEM } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { AppContext } from '../platform/context.ts';
import { datumInNederland } from '../platform/werkdagen.ts';
import * as repo from './retentie.repository.ts';

export interface RetentieResultaat {
  zakenVernietigd: number;
  meldingenGeanonimiseerd: number;
  contactgegevensVerwijderd: number;
  /** Buurtbericht subscriptions never confirmed (double opt-in) within the term: deleted. */
  onbevestigdeAanmeldingenVerwijderd: number;
  /** Coordinator contacts of buurtpreventie groups inactive longer than the term: erased. */
  buurtpreventieContactenVerwijderd: number;
  /** Ondermijning signals past their retention term: deleted, with subjects nothing refers to any more. */
  ondermijningSignalenVerwijderd: number;
}

const ANONIEM = '[geanonimiseerd]';

/**
 * Retention as data: casussen whose archive action date has passed (result type → archiefnominatie and
 * bewaartermijn) are destroyed and leave a tombstone; meldingen lose the reporter's contact details and,
 * later, their free text, after the terms in the gemeente's configuration. What stays is statistical
 * (category, buurt, dates, status), so the monitor keeps counting them.
 */
export async function runRetentie(ctx: AppContext, opts: { now?: Date; dryRun?: boolean } = {}): Promise<RetentieResultaat> {
  const cfg = ctx.gemeente.meldingen;
  const now = opts.now ?? new Date();
  const vandaag = datumInNederland(now);
  const day = 86_400_000;
  const contactGrens = new Date(now.getTime() - cfg.bewaartermijnen.contactgegevensDagen * day);
  const tekstGrens = new Date(now.getTime() - cfg.bewaartermijnen.omschrijvingDagen * day);

  return ctx.db.transaction().execute(async (trx) => {
    const zaken = await ctx.casussen.teVernietigen(trx, vandaag);
    const zaakMeldingen = await ctx.casussen.meldingenVan(trx, zaken.map((z) => z.id));
    const contactIds = await ctx.meldingen.metContactVoor(trx, contactGrens);
    const tekstIds = [...new Set([...(await ctx.meldingen.nietGeanonimiseerdVoor(trx, tekstGrens)), ...zaakMeldingen])];
    const onbevestigd = await ctx.alerts.onbevestigdeAanmeldingen(trx, now, false);
    const groepContacten = await ctx.participatie.verlopenContacten(trx, now, false);
    const signalen = await ctx.ondermijning.verlopen(trx, now, false);
    const result = {
      zakenVernietigd: zaken.length,
      meldingenGeanonimiseerd: tekstIds.length,
      contactgegevensVerwijderd: contactIds.length,
      onbevestigdeAanmeldingenVerwijderd: onbevestigd,
      buurtpreventieContactenVerwijderd: groepContacten,
      ondermijningSignalenVerwijderd: signalen,
    };
    if (opts.dryRun) return result;
    await ctx.participatie.verlopenContacten(trx, now, true);
    await ctx.ondermijning.verlopen(trx, now, true);
    await ctx.alerts.onbevestigdeAanmeldingen(trx, now, true);

    for (const z of zaken) {
      await repo.legGrafsteen(trx, {
        object_type: 'zaak',
        object_id: z.id,
        identificatie: z.identificatie,
        grondslag: `resultaat ${z.resultaat}, archiefactiedatum ${z.archiefactiedatum}`,
        details: JSON.stringify({ zaaktype: z.zaaktype, resultaat: z.resultaat }),
      });
    }
    await ctx.casussen.vernietig(trx, zaken.map((z) => z.id));
    await ctx.meldingen.verwijderContact(trx, contactIds, now);
    await ctx.meldingen.anonimiseer(trx, tekstIds, ANONIEM, now);
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
