import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Transaction } from 'kysely';
import type { DB } from '../platform/db-schema.ts';
import type { Executor } from '../platform/database.ts';
import { installatieGeheim } from '../platform/geheimen.ts';
import { laadSleutel, leesRegels, voegRegelToe, type Sleutel } from '../platform/sleutels.ts';
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
 * independent of key order, which jsonb does not preserve. Since ADR 0007 it is an HMAC with a key kept outside
 * the database, so whoever owns the database cannot rewrite an entry and recompute the chain; entries from
 * before (`sleutel` null) were plain SHA-256.
 */
export function entryHash(e: HashInput, sleutel?: Sleutel): string {
  const velden: Record<string, unknown> = {
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
  };
  if (e.sleutel === null) return createHash('sha256').update(canonicalize(velden) ?? '').digest('hex');
  if (!sleutel || sleutel.id !== e.sleutel) throw new Error(`Sleutel ${e.sleutel} van de verwerkingenlog is niet beschikbaar.`);
  return createHmac('sha256', sleutel.bytes).update(canonicalize({ ...velden, sleutel: e.sleutel }) ?? '').digest('hex');
}

/** The key that signs new entries in this process; set once at start-up by the module (or the CLI). */
let actieveSleutel: Sleutel | undefined;

export function gebruikSleutel(dir: string): Sleutel {
  const s = laadSleutel(dir, 'verwerkingenlog');
  if (actieveSleutel && actieveSleutel.id !== s.id) throw new Error('Een tweede, andere sleutel voor de verwerkingenlog in één proces.');
  actieveSleutel = s;
  return s;
}

function sleutelVoorSchrijven(): Sleutel {
  if (!actieveSleutel) throw new Error('De verwerkingenlog heeft nog geen sleutel: de module is niet gestart.');
  return actieveSleutel;
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
  const sleutel = sleutelVoorSchrijven();
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
      sleutel: sleutel.id,
    };
    vorige = entryHash(row, sleutel);
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
  /** Checkpoints outside the database that were checked (ADR 0007); absent when none were given. */
  ankers?: { aantal: number; laatste: { volgnummer: number; tijdstip: string } | null };
}

/**
 * Walk the whole chain in order and check every link: numbering without gaps, each entry pointing at the
 * previous hash, each keyed hash matching its contents, no unsigned entry after a signed one, and the stored
 * head matching the last entry. With checkpoints, also that the chain still reaches and matches each of them:
 * that catches a cut tail and a rewrite of the whole chain, which the chain alone cannot.
 */
export async function verifyChain(
  db: Executor,
  opts: { sleutel?: Sleutel; ankers?: Anker[]; onProgress?: (gedaan: number, totaal: number) => void } = {},
): Promise<VerifyResult> {
  const sleutel = opts.sleutel ?? actieveSleutel;
  const kop = await repo.readHead(db);
  const totaal = await repo.count(db);
  let prevHash = GENESIS_HASH;
  let expected = 1;
  let checked = 0;
  let ondertekend = false;
  const hashes = new Map<number, string>();
  const ankerNummers = new Set((opts.ankers ?? []).map((a) => a.volgnummer));
  const ankerInfo = opts.ankers
    ? { aantal: opts.ankers.length, laatste: opts.ankers.length ? { volgnummer: opts.ankers.at(-1)!.volgnummer, tijdstip: opts.ankers.at(-1)!.tijdstip } : null }
    : undefined;
  const fail = (volgnummer: number, reden: string): VerifyResult => ({ intact: false, aantal: checked, kop, fout: { volgnummer, reden }, ...(ankerInfo ? { ankers: ankerInfo } : {}) });
  for (;;) {
    const batch = await repo.chainAfter(db, expected - 1, 5000);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.volgnummer !== expected) {
        return fail(expected, `regel ${expected} ontbreekt (verwijderd?); de volgende regel is ${row.volgnummer}`);
      }
      if (row.vorige_hash !== prevHash) return fail(row.volgnummer, 'verwijst niet naar de hash van de vorige regel');
      if (row.sleutel === null && ondertekend) return fail(row.volgnummer, 'regel zonder sleutel na ondertekende regels (herschreven?)');
      if (row.sleutel !== null && (!sleutel || row.sleutel !== sleutel.id)) {
        return fail(row.volgnummer, `ondertekend met een onbekende sleutel (${row.sleutel}); is de sleutelmap juist?`);
      }
      if (entryHash(row, sleutel) !== row.hash) return fail(row.volgnummer, 'inhoud komt niet overeen met de hash (gewijzigd?)');
      ondertekend ||= row.sleutel !== null;
      if (ankerNummers.has(row.volgnummer)) hashes.set(row.volgnummer, row.hash);
      prevHash = row.hash;
      expected += 1;
      checked += 1;
    }
    opts.onProgress?.(checked, totaal);
  }
  if (kop.volgnummer !== checked || kop.hash !== prevHash) {
    return fail(
      Math.min(kop.volgnummer, checked + 1),
      `de kop van de log wijst naar regel ${kop.volgnummer}, maar de keten eindigt bij regel ${checked} (laatste regels verwijderd?)`,
    );
  }
  for (const a of opts.ankers ?? []) {
    if (!sleutel || !ankerKlopt(a, sleutel)) return fail(a.volgnummer, `het anker van ${a.tijdstip} is niet door deze installatie ondertekend (vervalst?)`);
    if (a.volgnummer > checked) {
      return fail(checked + 1, `het anker van ${a.tijdstip} zag regel ${a.volgnummer}, maar de keten eindigt bij regel ${checked} (staart afgeknipt?)`);
    }
    if (hashes.get(a.volgnummer) !== a.hash) {
      return fail(a.volgnummer, `regel ${a.volgnummer} verschilt van het anker van ${a.tijdstip} (keten herschreven?)`);
    }
  }
  return { intact: true, aantal: checked, kop, ...(ankerInfo ? { ankers: ankerInfo } : {}) };
}

// ------------------------------------------------------------------------------------------------ checkpoints

/** A signed checkpoint of the chain head, written outside the database (one JSON line per checkpoint). */
export interface Anker {
  databaseId: string;
  volgnummer: number;
  hash: string;
  tijdstip: string;
  mac: string;
}

const ankerMac = (a: Omit<Anker, 'mac'>, s: Sleutel) =>
  createHmac('sha256', s.bytes).update(canonicalize({ databaseId: a.databaseId, volgnummer: a.volgnummer, hash: a.hash, tijdstip: a.tijdstip }) ?? '').digest('hex');

function ankerKlopt(a: Anker, s: Sleutel): boolean {
  const verwacht = Buffer.from(ankerMac(a, s), 'hex');
  const gegeven = Buffer.from(a.mac, 'hex');
  return verwacht.length === gegeven.length && timingSafeEqual(verwacht, gegeven);
}

/** Which database this is (random, made once): checkpoints of different databases never mix. */
export async function databaseId(db: Executor): Promise<string> {
  return (await installatieGeheim(db, 'database_id')).slice(0, 16);
}

const ankerBestand = (id: string) => `verwerkingenlog-ankers-${id}.jsonl`;

/** The checkpoints of this database in the key folder, in order; lines that do not parse count as forged. */
export async function leesAnkers(db: Executor, dir: string): Promise<Anker[]> {
  const id = await databaseId(db);
  return leesRegels(dir, ankerBestand(id)).map((regel) => {
    try {
      const a = JSON.parse(regel) as Anker;
      if (typeof a.volgnummer === 'number' && typeof a.hash === 'string' && typeof a.mac === 'string' && a.databaseId === id) return a;
    } catch {
      // fall through
    }
    return { databaseId: id, volgnummer: 0, hash: '', tijdstip: 'onleesbaar', mac: '' };
  });
}

/** Write the current head as a checkpoint, unless it is the same as the last one. Returns it, or null. */
export async function schrijfAnker(db: Executor, dir: string, sleutel = sleutelVoorSchrijven(), now = new Date()): Promise<Anker | null> {
  const kop = await repo.readHead(db);
  if (kop.volgnummer === 0) return null;
  const bestaand = await leesAnkers(db, dir);
  if (bestaand.at(-1)?.volgnummer === kop.volgnummer) return null;
  const zonderMac = { databaseId: await databaseId(db), volgnummer: kop.volgnummer, hash: kop.hash, tijdstip: now.toISOString() };
  const anker = { ...zonderMac, mac: ankerMac(zonderMac, sleutel) };
  voegRegelToe(dir, ankerBestand(zonderMac.databaseId), JSON.stringify(anker));
  return anker;
}

/** Verify the chain against the checkpoints in the key folder (CLI and API). */
export async function controleer(db: Executor, dir: string, onProgress?: (gedaan: number, totaal: number) => void): Promise<VerifyResult> {
  const sleutel = laadSleutel(dir, 'verwerkingenlog');
  return verifyChain(db, { sleutel, ankers: await leesAnkers(db, dir), ...(onProgress ? { onProgress } : {}) });
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
