import { createHmac } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import { installatieGeheim } from '../platform/geheimen.ts';
import type { MeldingenInstellingen } from './meldingen.config.ts';
import type { MeldingRow } from './meldingen.tables.ts';

export interface MeldingenOpties {
  rootDir: string;
  demo: boolean;
  publiekeUrl: string;
  gemeente: string;
}

/**
 * What the jobs of the meldingen module share (intake, public status, handling): the gemeente's configuration
 * and its look-ups, the status-link secret, and the reporter's e-mail at a status change.
 */
export class MeldingenKern {
  private geheim: string | undefined;

  constructor(
    readonly db: Kysely<DB>,
    readonly cfg: MeldingenInstellingen,
    readonly gebieden: GebiedenService,
    readonly berichten: BerichtenService,
    readonly opties: MeldingenOpties,
  ) {}

  /**
   * Load (or create once) the secret from which status links are derived. The link is an HMAC of the melding
   * id: it can be rebuilt for every e-mail, while the database stores only its hash.
   */
  async init(): Promise<void> {
    this.geheim = await installatieGeheim(this.db, 'statuslink_geheim');
  }

  statusToken(meldingId: string): string {
    if (!this.geheim) throw new AppError('niet_beschikbaar', 'De meldingenmodule is niet gestart.');
    return createHmac('sha256', this.geheim).update(meldingId).digest('base64url');
  }

  statusLink(meldingId: string): string {
    return `${this.opties.publiekeUrl}/melding/status/${this.statusToken(meldingId)}`;
  }

  /** Queue the reporter's e-mail for a status, when the reporter left an address. */
  async meldMelder(trx: Transaction<DB>, m: MeldingRow, status: string, reden: string | null): Promise<void> {
    const def = this.statusDef(status);
    if (!m.melder_email || !def.meldermail) return;
    await this.berichten.email(
      trx,
      def.eind && status === 'afgehandeld' ? 'melding.afgehandeld' : 'melding.status',
      m.melder_email,
      {
        referentie: m.referentie,
        categorie: this.categorie(m.categorie)?.publiekeNaam ?? m.categorie,
        statusNaam: def.publiekeNaam,
        reden: reden ?? '',
        statusLink: this.statusLink(m.id),
        gemeente: this.opties.gemeente,
      },
      { type: 'melding', id: m.id },
    );
  }

  categorie(code: string) {
    return this.cfg.categorieen.find((c) => c.code === code);
  }

  statusDef(code: string) {
    const s = this.cfg.statussen.find((x) => x.code === code);
    if (!s) throw new AppError('interne_fout');
    return s;
  }

  get openStatussen(): string[] {
    return this.cfg.statussen.filter((s) => !s.eind).map((s) => s.code);
  }

  publiekeCategorieen() {
    return this.cfg.categorieen.map((c) => ({
      code: c.code,
      naam: c.publiekeNaam,
      sub: c.sub.map((s) => ({ code: s.code, naam: s.naam })),
    }));
  }

  /** The status machine's states for staff (work-list filters), from meldingen.json. */
  statussen() {
    return this.cfg.statussen.map((st) => ({ code: st.code, naam: st.naam, eind: st.eind }));
  }
}
