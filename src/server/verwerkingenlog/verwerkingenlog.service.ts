import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Transaction } from 'kysely';
import type { DB } from '../platform/db-schema.ts';
import type { Executor } from '../platform/database.ts';
import * as repo from './verwerkingenlog.repository.ts';
import type { Verwerking as VerwerkingApi } from '../../contract/api/verwerkingenlog.ts';
import type { VerwerkingRow } from './verwerkingenlog.tables.ts';

/** Who did it: a user, or the system itself (seeding, CLI, scheduled jobs). */
export interface Actor {
  id: string | null;
  omschrijving: string;
  organisatieId: string | null;
}

export const SYSTEEM: Actor = Object.freeze({ id: null, omschrijving: 'systeem', organisatieId: null });

export interface AuditContext {
  actor: Actor;
  requestId?: string | undefined;
}

/** One processing activity, as recorded in the verwerkingenlog. */
export interface Verwerking {
  /** What happened, `<object>.<werkwoord>`, e.g. `gebruiker.aanmaken`, `verwerkingenlog.raadplegen`. */
  actie: string;
  objectType: string;
  objectId?: string | null;
  /** Doelbinding: the purpose this processing serves (AVG art. 5(1)(b)). */
  doel: string;
  /** True when personal data was read or written. */
  persoonsgegevens: boolean;
  /** Extra context without personal data beyond what the purpose needs (counts, filters, changed fields). */
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);

type HashInput = Omit<VerwerkingRow, 'hash'>;

/**
 * The hash of an entry covers every column and the previous hash. JSON Canonicalization (RFC 8785) makes it
 * independent of key order, which jsonb does not preserve.
 */
export function entryHash(e: HashInput): string {
  const payload = canonicalize({
    volgnummer: e.volgnummer,
    tijdstip: e.tijdstip.toISOString(),
    actorId: e.actor_id,
    actorOmschrijving: e.actor_omschrijving,
    organisatieId: e.organisatie_id,
    actie: e.actie,
    objectType: e.object_type,
    objectId: e.object_id,
    doel: e.doel,
    persoonsgegevens: e.persoonsgegevens,
    requestId: e.request_id,
    details: e.details,
    vorigeHash: e.vorige_hash,
  });
  return createHash('sha256').update(payload ?? '').digest('hex');
}

/**
 * Append an entry to the verwerkingenlog inside the caller's transaction, so the log and the change it
 * records commit or roll back together. Appenders are serialised by a row lock on the chain head.
 */
export async function logVerwerking(trx: Transaction<DB>, ctx: AuditContext, v: Verwerking): Promise<void> {
  await logVerwerkingen(trx, [{ ctx, v }]);
}

/**
 * Append several entries under one lock of the chain head, in the given order, with one INSERT: group commit
 * of intake writes many meldingen in one transaction and must not pay a round trip per log entry.
 */
export async function logVerwerkingen(trx: Transaction<DB>, entries: readonly { ctx: AuditContext; v: Verwerking }[]): Promise<void> {
  if (entries.length === 0) return;
  const head = await repo.lockHead(trx);
  // Milliseconds only: JavaScript dates carry no more, so the stored value hashes the same when read back.
  const tijdstip = new Date();
  let vorige = head.hash;
  const rows = entries.map(({ ctx, v }, i) => {
    const row = {
      volgnummer: head.volgnummer + 1 + i,
      tijdstip,
      actor_id: ctx.actor.id,
      actor_omschrijving: ctx.actor.omschrijving,
      organisatie_id: ctx.actor.organisatieId,
      actie: v.actie,
      object_type: v.objectType,
      object_id: v.objectId ?? null,
      doel: v.doel,
      persoonsgegevens: v.persoonsgegevens,
      request_id: ctx.requestId ?? null,
      details: v.details ?? {},
      vorige_hash: vorige,
    };
    vorige = entryHash(row);
    return { ...row, hash: vorige };
  });
  await repo.append(trx, rows);
}

export interface VerifyResult {
  intact: boolean;
  aantal: number;
  kop: { volgnummer: number; hash: string };
  /** The first entry that does not verify, with the reason. */
  fout?: { volgnummer: number; reden: string };
}

/**
 * Walk the whole chain in order and check every link: numbering without gaps, each entry pointing at the
 * previous hash, each hash matching its contents, and the stored head matching the last entry.
 */
export async function verifyChain(db: Executor, onProgress?: (gedaan: number, totaal: number) => void): Promise<VerifyResult> {
  const kop = await repo.readHead(db);
  const totaal = await repo.count(db);
  let prevHash = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  const fail = (volgnummer: number, reden: string): VerifyResult => ({ intact: false, aantal: checked, kop, fout: { volgnummer, reden } });
  for (;;) {
    const batch = await repo.chainAfter(db, expected - 1, 5000);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.volgnummer !== expected) {
        return fail(expected, `regel ${expected} ontbreekt (verwijderd?); de volgende regel is ${row.volgnummer}`);
      }
      if (row.vorige_hash !== prevHash) return fail(row.volgnummer, 'verwijst niet naar de hash van de vorige regel');
      if (entryHash(row) !== row.hash) return fail(row.volgnummer, 'inhoud komt niet overeen met de hash (gewijzigd?)');
      prevHash = row.hash;
      expected += 1;
      checked += 1;
    }
    onProgress?.(checked, totaal);
  }
  if (kop.volgnummer !== checked || kop.hash !== prevHash) {
    return fail(
      Math.min(kop.volgnummer, checked + 1),
      `de kop van de log wijst naar regel ${kop.volgnummer}, maar de keten eindigt bij regel ${checked} (laatste regels verwijderd?)`,
    );
  }
  return { intact: true, aantal: checked, kop };
}

/** A verwerkingenlog entry as the API contract has it. */
export type VerwerkingView = VerwerkingApi;

export async function searchVerwerkingen(
  db: Executor,
  filter: repo.SearchFilter,
  page: { limit: number; offset: number },
  // Organisation names come from toegang, which itself writes to this log: the caller passes the look-up.
  organisatieNamen: (ids: string[]) => Promise<Map<string, { naam: string }>>,
): Promise<{ items: VerwerkingView[]; totaal: number }> {
  const { rows, total } = await repo.search(db, filter, page);
  const namen = await organisatieNamen([...new Set(rows.flatMap((r) => (r.organisatie_id ? [r.organisatie_id] : [])))]);
  return {
    totaal: total,
    items: rows.map((r) => ({
      volgnummer: r.volgnummer,
      tijdstip: r.tijdstip.toISOString(),
      actorId: r.actor_id,
      actor: r.actor_omschrijving,
      organisatieId: r.organisatie_id,
      organisatie: r.organisatie_id ? (namen.get(r.organisatie_id)?.naam ?? null) : null,
      actie: r.actie,
      objectType: r.object_type,
      objectId: r.object_id,
      doel: r.doel,
      persoonsgegevens: r.persoonsgegevens,
      requestId: r.request_id,
      details: r.details,
      hash: r.hash,
    })),
  };
}
