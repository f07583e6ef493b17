import type { Kysely, Transaction } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { Config } from '../platform/config.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError } from '../platform/errors.ts';
import type { SjablonenInstellingen } from './berichten.config.ts';
import * as repo from './berichten.repository.ts';
import type { BerichtRow, BerichtStatus } from './berichten.tables.ts';

/** Minutes to wait before attempt 2, 3, …; after the last one a message goes to the dead-letter view. */
export const BACKOFF_MINUTEN = [1, 5, 30, 120, 720];

/** Fill `{{naam}}` placeholders; unknown ones become empty. Texts are plain text, never HTML. */
export function vul(template: string, vars: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '').replace(/\n{3,}/g, '\n\n');
}

/**
 * Outgoing messages through a transactional outbox: callers enqueue inside their own transaction, a worker
 * delivers (SMTP e-mail, webhooks) with retries and back-off, and what keeps failing is kept as `dood` for a
 * beheerder to see and resend. Nothing is lost silently.
 */
export class BerichtenService {
  private transport: Transporter | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: SjablonenInstellingen,
    private readonly config: Pick<Config, 'smtpUrl' | 'mailVan'>,
  ) {}

  private standaard(code: string) {
    const s = this.cfg.sjablonen.find((x) => x.code === code);
    if (!s) throw new AppError('niet_gevonden', `Sjabloon ${code} bestaat niet.`);
    return s;
  }

  async sjabloon(code: string): Promise<{ code: string; naam: string; onderwerp: string; tekst: string; aangepast: boolean; velden: string[] }> {
    const def = this.standaard(code);
    const eigen = await repo.findSjabloon(this.db, code);
    return { code, naam: def.naam, onderwerp: eigen?.onderwerp ?? def.onderwerp, tekst: eigen?.tekst ?? def.tekst, aangepast: !!eigen, velden: Object.keys(def.voorbeeld) };
  }

  async sjablonen() {
    return Promise.all(this.cfg.sjablonen.map((s) => this.sjabloon(s.code)));
  }

  async sjabloonOpslaan(ctx: AuditContext, code: string, s: { onderwerp: string; tekst: string }): Promise<void> {
    this.standaard(code);
    await this.db.transaction().execute(async (trx) => {
      await repo.upsertSjabloon(trx, { code, ...s });
      await logVerwerking(trx, ctx, { actie: 'sjabloon.wijzigen', objectType: 'sjabloon', objectId: code, doel: 'communicatie met melders en partners', persoonsgegevens: false });
    });
  }

  /** Render a template with its example values (or a draft text), for the preview in the beheer screen. */
  async voorbeeld(code: string, concept?: { onderwerp: string; tekst: string }) {
    const def = this.standaard(code);
    const s = concept ?? (await this.sjabloon(code));
    return { onderwerp: vul(s.onderwerp, def.voorbeeld), tekst: vul(s.tekst, def.voorbeeld) };
  }

  /** Queue an e-mail from a template, inside the caller's transaction. */
  async email(trx: Transaction<DB>, code: string, naar: string, vars: Record<string, string>, bron: { type: string; id: string }): Promise<void> {
    const def = this.standaard(code);
    const eigen = await repo.findSjabloon(trx, code);
    await repo.insert(trx, {
      kanaal: 'email',
      ontvanger: naar,
      onderwerp: vul(eigen?.onderwerp ?? def.onderwerp, vars),
      inhoud: vul(eigen?.tekst ?? def.tekst, vars),
      sjabloon: code,
      bron_type: bron.type,
      bron_id: bron.id,
    });
  }

  /** Queue a webhook call (JSON POST) inside the caller's transaction. */
  async webhook(trx: Transaction<DB>, url: string, soort: string, payload: Record<string, unknown>, bron: { type: string; id: string }): Promise<void> {
    await repo.insert(trx, { kanaal: 'webhook', ontvanger: url, onderwerp: soort, inhoud: JSON.stringify({ soort, ...payload }), sjabloon: soort, bron_type: bron.type, bron_id: bron.id });
  }

  private async deliver(b: BerichtRow): Promise<void> {
    if (b.kanaal === 'email') {
      if (!this.config.smtpUrl) throw new Error('Geen SMTP-server ingesteld (BUURTVEILIG_SMTP_URL)');
      this.transport ??= nodemailer.createTransport(this.config.smtpUrl);
      await this.transport.sendMail({ from: this.config.mailVan, to: b.ontvanger, subject: b.onderwerp, text: b.inhoud });
      return;
    }
    const res = await fetch(b.ontvanger, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-buurtveilig-bericht': b.id },
      body: b.inhoud,
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) throw new Error(`Webhook antwoordde ${res.status}`);
  }

  /**
   * Deliver what is due. Messages are leased in a short transaction and sent outside it, so a slow mail
   * server never holds a database transaction (PGlite has a single connection).
   */
  async runOnce(now = new Date(), limit = 20): Promise<{ verzonden: number; mislukt: number }> {
    const lease = new Date(now.getTime() + 10 * 60_000);
    const due = await this.db.transaction().execute(async (trx) => {
      const rows = await repo.claimDue(trx, now, limit);
      await repo.lease(trx, rows.map((r) => r.id), lease);
      return rows;
    });
    let verzonden = 0;
    let mislukt = 0;
    for (const b of due) {
      try {
        await this.deliver(b);
        await repo.markSent(this.db, b.id, new Date());
        verzonden += 1;
      } catch (e) {
        const wait = BACKOFF_MINUTEN[b.pogingen];
        await repo.markFailed(this.db, b.id, e instanceof Error ? e.message : String(e), wait === undefined ? null : new Date(now.getTime() + wait * 60_000));
        mislukt += 1;
      }
    }
    return { verzonden, mislukt };
  }

  start(intervalMs: number, log: (e: unknown) => void): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch(log)
        .finally(() => {
          this.running = undefined;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
    this.transport?.close();
  }

  /**
   * The outbox for the beheerder: what was sent, to whom in masked form. Recipient addresses are personal data
   * (residents) or may carry secrets (webhook URLs), and the beheerder needs neither to keep the outbox healthy.
   */
  async lijst(ctx: AuditContext, f: { status?: BerichtStatus | undefined; limit: number; offset: number; cursor?: string | undefined }) {
    return this.db.transaction().execute(async (trx) => {
      const { rows, total, volgende } = await repo.list(trx, f);
      await logVerwerking(trx, ctx, {
        actie: 'bericht.lijst_raadplegen',
        objectType: 'bericht',
        doel: 'communicatie met melders en partners',
        persoonsgegevens: false,
        details: { filter: { status: f.status ?? null }, totaal: total, aantal: rows.length },
      });
      return {
        totaal: total,
        volgende,
        items: rows.map((r) => ({
          id: r.id,
          kanaal: r.kanaal,
          ontvanger: r.kanaal === 'email' ? maskeerAdres(r.ontvanger) : maskeerUrl(r.ontvanger),
          onderwerp: r.onderwerp,
          sjabloon: r.sjabloon,
          bron: `${r.bron_type}:${r.bron_id}`,
          status: r.status,
          pogingen: r.pogingen,
          volgendePoging: r.status === 'wachtend' ? r.volgende_poging.toISOString() : null,
          laatsteFout: r.laatste_fout,
          aangemaaktOp: r.aangemaakt_op.toISOString(),
          verzondenOp: r.verzonden_op?.toISOString() ?? null,
        })),
      };
    });
  }

  async opnieuw(ctx: AuditContext, id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      if ((await repo.requeue(trx, id, new Date())) === 0) throw new AppError('conflict', 'Alleen een bericht dat definitief is mislukt kan opnieuw worden verstuurd.');
      await logVerwerking(trx, ctx, { actie: 'bericht.opnieuw', objectType: 'bericht', objectId: id, doel: 'communicatie met melders en partners', persoonsgegevens: false });
    });
  }
}

/** `jan.jansen@example.nl` → `j…@example.nl`: enough to tell messages apart, not enough to contact anyone. */
export function maskeerAdres(adres: string): string {
  const at = adres.lastIndexOf('@');
  return at > 0 ? `${adres[0]}…${adres.slice(at)}` : '…';
}

/** A webhook URL shown as its origin only (paths and queries may carry tokens). */
export function maskeerUrl(url: string): string {
  try {
    return `${new URL(url).origin}/…`;
  } catch {
    return '…';
  }
}
