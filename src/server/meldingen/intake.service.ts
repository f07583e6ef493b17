import { createHash, randomUUID } from 'node:crypto';
import { logVerwerkingen, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { wgs84ToRd } from '../gebieden/geo.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import { GroepsCommit } from '../platform/groepscommit.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import { datumInNederland, plusWerkdagen, uurInNederland } from '../platform/werkdagen.ts';
import { organisatieIdsVoorCodes } from '../toegang/toegang.service.ts';
import type { Suggestie } from './classifier.ts';
import type { ClassificatieService } from './classificatie.service.ts';
import { verwerkFotos } from './fotos.ts';
import type { MeldingenKern } from './meldingen.kern.ts';
import * as repo from './meldingen.repository.ts';
import type { Kanaal, MeldingRow } from './meldingen.tables.ts';
import { route } from './routering.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export interface NieuweMelding {
  omschrijving: string;
  categorie?: string | undefined;
  subcategorie?: string | undefined;
  locatie?: { lon: number; lat: number } | null | undefined;
  adres?: string | undefined;
  contact?: { naam?: string | undefined; email?: string | undefined; telefoon?: string | undefined; toestemming: boolean } | undefined;
  /** Photos as base64 (optionally a data: URL); checked and re-encoded without metadata. */
  fotos?: string[] | undefined;
}

/** A validated melding ready to be written: everything but what the database hands out. */
interface NieuweMeldingIntern {
  ctx: AuditContext;
  row: Omit<MeldingRow, 'referentie' | 'organisatie_id' | 'hoofdmelding_id' | 'koppeling'>;
  organisatie: string;
  fotos: Awaited<ReturnType<typeof verwerkFotos>>;
  suggestie: Suggestie | null;
}

/**
 * Intake on every channel: validation, the point projected once, photos cleaned, a category suggested, routed
 * with its service term, and written in batches (group commit) with duplicate detection, first events,
 * the reporter's e-mail and the verwerkingenlog — one transaction per batch.
 */
export class IntakeService {
  private readonly groep = new GroepsCommit<NieuweMeldingIntern, { id: string; referentie: string; duplicaatVan: string | null }>((items) => this.schrijfBatch(items));

  constructor(
    private readonly kern: MeldingenKern,
    private readonly classificatie: ClassificatieService,
  ) {}

  /**
   * Store a new melding with its first event and its verwerkingenlog entry, in one transaction. Returns the
   * secret status token once; only its hash is kept.
   */
  async create(
    ctx: AuditContext,
    input: NieuweMelding,
    kanaal: Kanaal,
    bronOrganisatieId: string | null,
    now = new Date(),
  ): Promise<{ id: string; referentie: string; token: string; duplicaatVan: string | null }> {
    const fouten: FieldError[] = [];
    const omschrijving = input.omschrijving.trim();
    if (omschrijving.length < 10) fouten.push({ veld: 'omschrijving', melding: 'beschrijf wat er aan de hand is (minstens 10 tekens)' });
    const gekozen = input.categorie ? this.kern.categorie(input.categorie) : undefined;
    if (input.categorie && !gekozen) fouten.push({ veld: 'categorie', melding: `onbekende categorie "${input.categorie}"` });
    if (input.subcategorie && (!gekozen || !gekozen.sub.some((s) => s.code === input.subcategorie))) {
      fouten.push({ veld: 'subcategorie', melding: 'hoort niet bij de gekozen categorie' });
    }
    const contact = input.contact;
    const email = contact?.email?.trim() || null;
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fouten.push({ veld: 'contact/email', melding: 'geen geldig e-mailadres' });
    const telefoon = contact?.telefoon?.trim() || null;
    if (telefoon && !/^[+0-9 ()-]{6,20}$/.test(telefoon)) fouten.push({ veld: 'contact/telefoon', melding: 'geen geldig telefoonnummer' });
    if (contact?.toestemming && !email && !telefoon) {
      fouten.push({ veld: 'contact', melding: 'geef een e-mailadres of telefoonnummer als we contact mogen opnemen' });
    }
    // The point is projected to RD New once: the buurt look-up and the stored x/y both use it.
    const rd = input.locatie ? wgs84ToRd(input.locatie.lon, input.locatie.lat) : null;
    let ligging: ReturnType<GebiedenService['zoekRd']> | undefined;
    if (rd) {
      try {
        ligging = this.kern.gebieden.zoekRd(rd[0], rd[1]);
      } catch (e) {
        // Outside the RD New area (far from the Netherlands) is as much outside the gemeente as next door.
        if (e instanceof AppError && (e.code === 'buiten_gemeente' || e.code === 'ongeldige_coordinaten')) {
          fouten.push({ veld: 'locatie', melding: 'deze plek ligt buiten de gemeente; kies een plek in de gemeente of "geen locatie"' });
        } else throw e;
      }
    }
    if (fouten.length > 0) throw new AppError('validatie', 'De melding is niet verstuurd: controleer de gemarkeerde velden.', fouten);
    // Photos are processed before the transaction: a bad photo rejects the whole melding, nothing is stored.
    const fotos = await verwerkFotos(input.fotos ?? []);

    const suggestie = this.classificatie.classificeer(omschrijving).suggesties[0] ?? null;
    const categorie = gekozen?.code ?? suggestie?.categorie ?? 'overig';
    const def = this.kern.categorie(categorie)!;
    const { team, regel } = route(this.kern.cfg, {
      categorie,
      subcategorie: input.subcategorie ?? null,
      wijk: ligging?.wijk.code ?? null,
      buurt: ligging?.buurt.code ?? null,
      uur: uurInNederland(now),
    });
    const teamDef = this.kern.cfg.teams.find((t) => t.code === team)!;
    const id = randomUUID();
    const token = this.kern.statusToken(id);
    const [x, y] = rd ?? [null, null];
    const row: Omit<MeldingRow, 'referentie' | 'organisatie_id' | 'hoofdmelding_id' | 'koppeling'> = {
      id,
      status_token_hash: sha256(token),
      status: 'ontvangen',
      categorie,
      subcategorie: input.subcategorie ?? null,
      categorie_melder: gekozen?.code ?? null,
      suggestie_categorie: suggestie?.categorie ?? null,
      suggestie_score: suggestie?.score ?? null,
      omschrijving,
      kanaal,
      bron_organisatie_id: bronOrganisatieId,
      lon: input.locatie?.lon ?? null,
      lat: input.locatie?.lat ?? null,
      x,
      y,
      adres: input.adres?.trim() || null,
      buurt_code: ligging?.buurt.code ?? null,
      wijk_code: ligging?.wijk.code ?? null,
      team,
      routeringsregel: regel,
      melder_naam: contact?.naam?.trim() || null,
      melder_email: email,
      melder_telefoon: telefoon,
      contact_toestemming: contact?.toestemming ?? false,
      ingediend_op: now,
      deadline: plusWerkdagen(datumInNederland(now), def.termijnWerkdagen),
      afgehandeld_op: null,
      demo: this.kern.opties.demo,
      geanonimiseerd_op: null,
      contact_verwijderd_op: null,
      behandelaar_id: null,
    };
    const r = await this.groep.submit({ ctx, row, organisatie: teamDef.organisatie, fotos, suggestie });
    return { ...r, token };
  }

  /**
   * Write a batch of prepared meldingen in one transaction: numbers, duplicate search, rows, first events,
   * photos, e-mails and verwerkingenlog entries, each as one statement for the whole batch where possible.
   * A melding may be a duplicate of one earlier in the same batch, exactly as if they had come one by one.
   */
  private async schrijfBatch(items: NieuweMeldingIntern[]): Promise<{ id: string; referentie: string; duplicaatVan: string | null }[]> {
    return this.kern.db.transaction().execute(async (trx) => {
      const nummers = await repo.nextNummers(trx, items.length);
      const orgs = await organisatieIdsVoorCodes(trx, [...new Set(items.map((i) => i.organisatie))]);
      const kandidaten = await repo.openNearBatch(
        trx,
        items.flatMap((it, i) => {
          const def = this.kern.categorie(it.row.categorie);
          if (it.row.x === null || it.row.y === null || !def || def.duplicaat.radiusMeter <= 0 || def.duplicaat.dagen <= 0) return [];
          return [{ i, categorie: it.row.categorie, x: it.row.x, y: it.row.y, radius: def.duplicaat.radiusMeter, sinds: new Date(it.row.ingediend_op.getTime() - def.duplicaat.dagen * 86_400_000) }];
        }),
        this.kern.openStatussen,
      );
      const rows: MeldingRow[] = [];
      const out = items.map((it, i) => {
        const org = orgs.get(it.organisatie);
        if (!org) throw new AppError('interne_fout');
        const referentie = `M-${it.row.ingediend_op.getUTCFullYear()}-${String(nummers[i]).padStart(6, '0')}`;
        // Earlier meldingen of this batch count as candidates too, as if they had been committed already.
        const duplicaat = this.dichtstbij(it.row, kandidaten.get(i) ?? [], rows);
        const row: MeldingRow = { ...it.row, referentie, organisatie_id: org, hoofdmelding_id: duplicaat ?? null, koppeling: duplicaat ? 'suggestie' : null };
        rows.push(row);
        return { id: row.id, referentie, duplicaatVan: duplicaat ?? null };
      });
      await repo.insertMany(trx, rows);
      for (const [i, it] of items.entries()) {
        await this.kern.meldMelder(trx, rows[i]!, 'ontvangen', null);
        for (const f of it.fotos) {
          await repo.voegFotoToe(trx, { melding_id: it.row.id, mediatype: f.mediatype, breedte: f.breedte, hoogte: f.hoogte, grootte: f.inhoud.length, inhoud: f.inhoud });
        }
      }
      await repo.addEvents(
        trx,
        items.flatMap((it, i) => {
          const r = rows[i]!;
          const evs: repo.NieuwEvent[] = [
            {
              melding_id: r.id,
              soort: 'status',
              naar: 'ontvangen',
              actor_id: it.ctx.actor.id,
              actor_omschrijving: it.ctx.actor.omschrijving,
              openbaar: true,
              details: { kanaal: r.kanaal, team: r.team, routeringsregel: r.routeringsregel, suggestie: it.suggestie },
            },
          ];
          if (r.hoofdmelding_id) {
            evs.push({ melding_id: r.id, soort: 'koppeling', naar: r.hoofdmelding_id, actor_id: null, actor_omschrijving: 'systeem', openbaar: false, details: { koppeling: 'suggestie' } });
          }
          return evs;
        }),
      );
      await logVerwerkingen(
        trx,
        items.map((it, i) => {
          const r = rows[i]!;
          const heeftContact = !!(r.melder_email || r.melder_telefoon || r.melder_naam);
          return {
            ctx: it.ctx,
            v: {
              actie: 'melding.aanmaken',
              objectType: 'melding',
              objectId: r.id,
              doel: 'afhandeling van meldingen',
              persoonsgegevens: heeftContact,
              details: { referentie: r.referentie, kanaal: r.kanaal, categorie: r.categorie, contactgegevens: heeftContact, fotos: it.fotos.length },
            },
          };
        }),
      );
      return out;
    });
  }

  /** The main melding of the nearest candidate within the category's radius and window, if any. */
  private dichtstbij(
    m: Pick<MeldingRow, 'categorie' | 'x' | 'y' | 'ingediend_op'>,
    ...lijsten: Pick<MeldingRow, 'id' | 'x' | 'y' | 'hoofdmelding_id' | 'categorie' | 'ingediend_op'>[][]
  ): string | undefined {
    const def = this.kern.categorie(m.categorie);
    if (!def || m.x === null || m.y === null || def.duplicaat.radiusMeter <= 0 || def.duplicaat.dagen <= 0) return undefined;
    const sinds = m.ingediend_op.getTime() - def.duplicaat.dagen * 86_400_000;
    let best: { id: string; d: number } | undefined;
    for (const c of lijsten.flat()) {
      if (c.categorie !== m.categorie || c.x === null || c.y === null || c.ingediend_op.getTime() < sinds) continue;
      const d = Math.hypot(c.x - m.x, c.y - m.y);
      if (d <= def.duplicaat.radiusMeter && (!best || d < best.d)) best = { id: c.hoofdmelding_id ?? c.id, d };
    }
    return best?.id;
  }
}
