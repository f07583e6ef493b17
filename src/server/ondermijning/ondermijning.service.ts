import type { Kysely, Transaction } from 'kysely';
import type { Signaal } from '../../contract/api/ondermijning.ts';
import type { Executor } from '../platform/database.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, type FieldError } from '../platform/errors.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';
import { logVerwerking, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { OndermijningInstellingen } from './ondermijning.config.ts';
import { leesbareNiveaus, magLezen } from './ondermijning.policy.ts';
import * as repo from './ondermijning.repository.ts';

/** Refused in the same words whether the record exists or not: the compartment does not confirm existence. */
const NIET = 'Dit signaal bestaat niet of u mag het niet zien.';

/**
 * The ondermijning compartment, part 1 (issue 12): the signalenregister (informatiepositie) with the 4 × 4
 * grading, subjects with minimal data linked to signals, and the gemeentelijk signaaloverleg with its decision
 * per signal. Access is decided by ondermijning.policy.ts only; every read and write, lists included, goes to
 * the verwerkingenlog with the compartment's purpose and the record's legal basis.
 */
export class OndermijningService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cfg: OndermijningInstellingen,
    private readonly buurtBestaat: (code: string) => boolean,
  ) {}

  private naam(lijst: { code: string; naam: string }[], c: string) {
    return lijst.find((x) => x.code === c)?.naam ?? c;
  }

  private async vorm(db: Executor, g: Gebruiker, rows: Awaited<ReturnType<typeof repo.signalen>>): Promise<Signaal[]> {
    // Inside the caller's transaction: the embedded engine has one connection, a second query would wait on it.
    const subjecten = await repo.subjectenVan(db, rows.map((r) => r.id), leesbareNiveaus(g));
    return rows.map((r) => ({
      id: r.id,
      nummer: r.nummer,
      ontvangenOp: r.ontvangen_op,
      bronSoort: r.bron_soort,
      bron: r.bron,
      waardering: `${r.bron_betrouwbaarheid}${r.informatie_betrouwbaarheid}`,
      fenomeen: r.fenomeen,
      fenomeenNaam: this.naam(this.cfg.fenomenen, r.fenomeen),
      omschrijving: r.omschrijving,
      buurt: r.buurt_code,
      vertrouwelijkheid: r.vertrouwelijkheid,
      grondslag: r.grondslag,
      status: r.status,
      overleg: r.overleg_id,
      besluit: r.besluit ? { code: r.besluit, naam: this.naam(this.cfg.overlegBesluiten, r.besluit), reden: r.besluit_reden ?? '', op: new Date(r.besloten_op!).toISOString(), door: r.besloten_door ?? '' } : null,
      subjecten: subjecten.filter((s) => s.signaal_id === r.id).map((s) => ({ id: s.id, soort: s.soort, aanduiding: s.aanduiding, vertrouwelijkheid: s.vertrouwelijkheid })),
      demo: r.demo,
    }));
  }

  async lijst(ctx: AuditContext, g: Gebruiker, f: { status?: string | undefined; fenomeen?: string | undefined }): Promise<Signaal[]> {
    const niveaus = leesbareNiveaus(g);
    if (!niveaus.length) throw new AppError('geen_toegang');
    return this.db.transaction().execute(async (trx) => {
      const rows = await repo.signalen(trx, niveaus, f);
      await logVerwerking(trx, ctx, { actie: 'ondermijning.signalen_raadplegen', objectType: 'ondermijning_signaal', doel: this.cfg.doel, persoonsgegevens: true, details: { aantal: rows.length, filter: f, grondslagen: [...new Set(rows.map((r) => r.grondslag))] } });
      return this.vorm(trx, g, rows);
    });
  }

  async detail(ctx: AuditContext, g: Gebruiker, id: string): Promise<Signaal> {
    const niveaus = leesbareNiveaus(g);
    if (!niveaus.length) throw new AppError('geen_toegang');
    return this.db.transaction().execute(async (trx) => {
      const [r] = await repo.signalen(trx, niveaus, { ids: [id] });
      if (!r || !magLezen(g, r)) throw new AppError('niet_gevonden', NIET);
      await logVerwerking(trx, ctx, { actie: 'ondermijning.signaal_inzien', objectType: 'ondermijning_signaal', objectId: id, doel: this.cfg.doel, persoonsgegevens: true, details: { grondslag: r.grondslag } });
      return (await this.vorm(trx, g, [r]))[0]!;
    });
  }

  async nieuw(
    ctx: AuditContext,
    g: Gebruiker,
    s: { ontvangenOp: string; bronSoort: string; bron: string; bronBetrouwbaarheid: string; informatieBetrouwbaarheid: string; fenomeen: string; omschrijving: string; buurt?: string | undefined; vertrouwelijkheid: 'confidentieel' | 'geheim'; grondslag: string; subjecten?: { soort: 'object' | 'bedrijf' | 'persoon'; aanduiding: string }[] | undefined },
  ): Promise<{ id: string; nummer: string }> {
    const c = this.cfg;
    const fouten: FieldError[] = [];
    const moet = (lijst: { code: string }[], v: string, veld: string, wat: string) => {
      if (!lijst.some((x) => x.code === v)) fouten.push({ veld, melding: `onbekende ${wat} "${v}" (kies uit ${lijst.map((x) => x.code).join(', ')})` });
    };
    moet(c.bronsoorten, s.bronSoort, '/bronSoort', 'soort bron');
    moet(c.bronBetrouwbaarheid, s.bronBetrouwbaarheid, '/bronBetrouwbaarheid', 'betrouwbaarheid van de bron');
    moet(c.informatieBetrouwbaarheid, s.informatieBetrouwbaarheid, '/informatieBetrouwbaarheid', 'betrouwbaarheid van de informatie');
    moet(c.fenomenen, s.fenomeen, '/fenomeen', 'fenomeen');
    moet(c.grondslagen, s.grondslag, '/grondslag', 'grondslag');
    if (s.buurt && !this.buurtBestaat(s.buurt)) fouten.push({ veld: '/buurt', melding: `onbekende buurt "${s.buurt}"` });
    if (s.ontvangenOp > new Date().toISOString().slice(0, 10)) fouten.push({ veld: '/ontvangenOp', melding: 'de datum ligt in de toekomst' });
    if (fouten.length) throw new AppError('validatie', 'Het signaal klopt niet.', fouten);
    return this.db.transaction().execute(async (trx) => {
      const nummer = `OS-${s.ontvangenOp.slice(0, 4)}-${String(await repo.volgendNummer(trx)).padStart(5, '0')}`;
      const id = await repo.insertSignaal(trx, {
        nummer,
        ontvangen_op: s.ontvangenOp,
        bron_soort: s.bronSoort,
        bron: s.bron,
        bron_betrouwbaarheid: s.bronBetrouwbaarheid,
        informatie_betrouwbaarheid: s.informatieBetrouwbaarheid,
        fenomeen: s.fenomeen,
        omschrijving: s.omschrijving,
        buurt_code: s.buurt ?? null,
        vertrouwelijkheid: s.vertrouwelijkheid,
        grondslag: s.grondslag,
        overleg_id: null,
        besluit: null,
        besluit_reden: null,
        besloten_op: null,
        besloten_door: null,
        aangemaakt_door: g.id,
      });
      for (const sub of s.subjecten ?? []) await repo.koppel(trx, id, await repo.subject(trx, { ...sub, vertrouwelijkheid: s.vertrouwelijkheid }));
      await logVerwerking(trx, ctx, { actie: 'ondermijning.signaal_vastleggen', objectType: 'ondermijning_signaal', objectId: id, doel: this.cfg.doel, persoonsgegevens: true, details: { grondslag: s.grondslag, subjecten: s.subjecten?.length ?? 0 } });
      return { id, nummer };
    });
  }

  async nieuwOverleg(ctx: AuditContext, datum: string): Promise<string> {
    return this.db.transaction().execute(async (trx) => {
      const id = await repo.insertOverleg(trx, datum);
      await logVerwerking(trx, ctx, { actie: 'ondermijning.overleg_plannen', objectType: 'ondermijning_overleg', objectId: id, doel: this.cfg.doel, persoonsgegevens: false });
      return id;
    });
  }

  async overleggen(g: Gebruiker) {
    const niveaus = leesbareNiveaus(g);
    const rows = await repo.overleggen(this.db);
    const agenda = await repo.agendaVan(this.db, rows.map((r) => r.id), niveaus);
    return rows.map((o) => ({ id: o.id, datum: o.datum, status: o.status, signalen: agenda.filter((a) => a.overleg_id === o.id).map((a) => a.id) }));
  }

  /** Puts a new signal on the agenda of a planned overleg. */
  async agenderen(ctx: AuditContext, g: Gebruiker, signaalId: string, overlegId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const s = await repo.signaalVoorUpdate(trx, signaalId);
      if (!s || !magLezen(g, s)) throw new AppError('niet_gevonden', NIET);
      const o = await repo.overleg(trx, overlegId);
      if (!o) throw new AppError('niet_gevonden', 'Dit overleg bestaat niet.');
      if (s.status === 'besloten') throw new AppError('conflict', 'Over dit signaal is al besloten.');
      await repo.updateSignaal(trx, signaalId, { status: 'geagendeerd', overleg_id: overlegId });
      await logVerwerking(trx, ctx, { actie: 'ondermijning.signaal_agenderen', objectType: 'ondermijning_signaal', objectId: signaalId, doel: this.cfg.doel, persoonsgegevens: false, details: { overleg: overlegId } });
    });
  }

  /** The signaaloverleg's decision on a signal, with its reason; only for a signal on the agenda. */
  async besluit(ctx: AuditContext, g: Gebruiker, signaalId: string, b: { besluit: string; reden: string }): Promise<void> {
    if (!this.cfg.overlegBesluiten.some((x) => x.code === b.besluit)) throw new AppError('validatie', `Onbekend besluit "${b.besluit}".`, [{ veld: '/besluit', melding: `kies uit ${this.cfg.overlegBesluiten.map((x) => x.code).join(', ')}` }]);
    await this.db.transaction().execute(async (trx) => {
      const s = await repo.signaalVoorUpdate(trx, signaalId);
      if (!s || !magLezen(g, s)) throw new AppError('niet_gevonden', NIET);
      if (s.status !== 'geagendeerd') throw new AppError('conflict', s.status === 'besloten' ? 'Over dit signaal is al besloten.' : 'Zet het signaal eerst op de agenda van het signaaloverleg.');
      await repo.updateSignaal(trx, signaalId, { status: 'besloten', besluit: b.besluit, besluit_reden: b.reden, besloten_op: new Date(), besloten_door: g.naam });
      await logVerwerking(trx, ctx, { actie: 'ondermijning.besluiten', objectType: 'ondermijning_signaal', objectId: signaalId, doel: this.cfg.doel, persoonsgegevens: false, details: { besluit: b.besluit, grondslag: s.grondslag } });
    });
  }

  /**
   * Retention (run by `retentie run`): signals received longer ago than the configured term are deleted with
   * their links, and subjects no remaining signal refers to go with them.
   */
  async verlopen(trx: Transaction<DB>, nu: Date, uitvoeren: boolean): Promise<number> {
    const grens = new Date(nu.getTime() - this.cfg.bewaartermijnen.signaalDagen * 86_400_000).toISOString().slice(0, 10);
    const ids = (await repo.verlopenSignalen(trx, grens)).map((r) => r.id);
    if (uitvoeren) await repo.verwijderSignalen(trx, ids);
    return ids.length;
  }

  catalogus() {
    const c = this.cfg;
    return { fenomenen: c.fenomenen, bronsoorten: c.bronsoorten, bronBetrouwbaarheid: c.bronBetrouwbaarheid, informatieBetrouwbaarheid: c.informatieBetrouwbaarheid, vertrouwelijkheden: c.vertrouwelijkheden, grondslagen: c.grondslagen, overlegBesluiten: c.overlegBesluiten };
  }
}
