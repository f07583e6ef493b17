import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import type { Kysely, Transaction } from 'kysely';
import { logVerwerking, SYSTEEM, type Actor, type AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { Executor } from '../platform/database.ts';
import type { DB } from '../platform/db-schema.ts';
import { AppError, GEEN_RECHT } from '../platform/errors.ts';
import type { ToegangInstellingen } from './toegang.config.ts';
import type { ModuleManifest, Permissie } from '../platform/module.ts';
import { gedeeldeTeller } from '../platform/rate-limit-store.ts';
import * as repo from './toegang.repository.ts';

export const MIN_WACHTWOORD_LENGTE = 12;
/** Failed logins allowed per account in {@link MISLUKT_VENSTER_MS} before further attempts are refused. */
export const MAX_MISLUKT_PER_ACCOUNT = 20;
export const MISLUKT_VENSTER_MS = 15 * 60_000;
/** Failed logins allowed per client address (all accounts) in the same window: slows down password spraying. */
export const MAX_MISLUKT_PER_CLIENT = 50;

/** The signed-in user as the API and the services see them. */
export interface Gebruiker {
  id: string;
  email: string;
  naam: string;
  actief: boolean;
  organisatie: { id: string; code: string; naam: string };
  rollen: string[];
  permissies: Permissie[];
  laatstIngelogdOp: string | null;
  demo: boolean;
}

function toGebruiker(r: repo.GebruikerMetToegang): Gebruiker {
  return {
    id: r.id,
    email: r.email,
    naam: r.naam,
    actief: r.actief,
    organisatie: { id: r.organisatie_id, code: r.organisatie_code, naam: r.organisatie_naam },
    rollen: r.rollen,
    // Only catalogue permissions reach rol_permissie: syncToegang writes what the config check validated.
    permissies: (r.permissies as Permissie[]).sort(),
    laatstIngelogdOp: r.laatst_ingelogd_op?.toISOString() ?? null,
    demo: r.demo,
  };
}

export function actorOf(g: Gebruiker): Actor {
  return { id: g.id, omschrijving: `${g.naam} <${g.email}>`, organisatieId: g.organisatie.id };
}

export function hasPermissie(g: Gebruiker | null | undefined, p: Permissie): boolean {
  return !!g && g.permissies.includes(p);
}

/** Throw 401 without a user, 403 without the permission. */
export function requirePermissie(g: Gebruiker | null | undefined, p: Permissie): Gebruiker {
  if (!g) throw new AppError('niet_ingelogd');
  // B1 for whoever reads it; the permission code is for the beheerder, who finds it in the API documentation.
  if (!g.permissies.includes(p)) throw new AppError('geen_toegang', GEEN_RECHT);
  return g;
}

/**
 * Make the database match the gemeente's access configuration: the permission catalogue, roles with their
 * permissions, and organisations. Idempotent; runs at every start so a changed config file takes effect.
 */
export async function syncToegang(trx: Transaction<DB>, cfg: ToegangInstellingen, modules: readonly ModuleManifest[]): Promise<void> {
  await repo.upsertPermissies(
    trx,
    modules.flatMap((m) => Object.entries(m.permissies ?? {}).map(([code, omschrijving]) => ({ code, omschrijving }))),
  );
  await repo.upsertRollen(trx, cfg.rollen.map(({ code, naam, omschrijving }) => ({ code, naam, omschrijving })));
  for (const rol of cfg.rollen) await repo.replaceRolPermissies(trx, rol.code, [...new Set(rol.permissies)]);
  await repo.upsertOrganisaties(trx, cfg.organisaties);
  await logVerwerking(trx, { actor: SYSTEEM }, {
    actie: 'toegang.inrichten',
    objectType: 'toegangsconfiguratie',
    objectId: `versie-${cfg.versie}`,
    doel: 'inrichting van het systeem',
    persoonsgegevens: false,
    details: { rollen: cfg.rollen.length, organisaties: cfg.organisaties.length },
  });
}

export interface NieuweGebruiker {
  email: string;
  naam: string;
  wachtwoord: string;
  rollen: string[];
  organisatie: string;
  demo?: boolean;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Create a user; every rule violation is a 4xx {@link AppError} and nothing is stored. */
export async function createGebruiker(trx: Transaction<DB>, ctx: AuditContext, input: NieuweGebruiker): Promise<Gebruiker> {
  const fouten: { veld: string; melding: string }[] = [];
  const email = input.email.trim();
  if (!EMAIL.test(email)) fouten.push({ veld: 'email', melding: 'geen geldig e-mailadres' });
  if (input.naam.trim().length === 0) fouten.push({ veld: 'naam', melding: 'mag niet leeg zijn' });
  if (input.wachtwoord.length < MIN_WACHTWOORD_LENGTE) {
    fouten.push({ veld: 'wachtwoord', melding: `moet minstens ${MIN_WACHTWOORD_LENGTE} tekens hebben` });
  }
  if (input.rollen.length === 0) fouten.push({ veld: 'rollen', melding: 'kies minstens één rol' });
  const bestaand = await repo.rolesExist(trx, input.rollen);
  for (const r of input.rollen) if (!bestaand.includes(r)) fouten.push({ veld: 'rollen', melding: `onbekende rol "${r}"` });
  const org = await repo.findOrganisatieByCode(trx, input.organisatie);
  if (!org) fouten.push({ veld: 'organisatie', melding: `onbekende organisatie "${input.organisatie}"` });
  if (fouten.length > 0 || !org) throw new AppError('validatie', 'De gebruiker kan zo niet worden aangemaakt.', fouten);
  if (await repo.findGebruikerByEmail(trx, email)) {
    throw new AppError('conflict', 'Er bestaat al een gebruiker met dit e-mailadres.');
  }

  const id = await repo.insertGebruiker(trx, {
    email,
    naam: input.naam.trim(),
    // @node-rs/argon2 defaults to argon2id, m=19 MiB, t=2, p=1 (the OWASP recommendation).
    wachtwoord_hash: await argon2Hash(input.wachtwoord),
    organisatie_id: org.id,
    demo: input.demo ?? false,
  });
  await repo.setGebruikerRollen(trx, id, [...new Set(input.rollen)]);
  await logVerwerking(trx, ctx, {
    actie: 'gebruiker.aanmaken',
    objectType: 'gebruiker',
    objectId: id,
    doel: 'toegangsbeheer',
    persoonsgegevens: true,
    details: { rollen: input.rollen, organisatie: input.organisatie },
  });
  const created = await repo.findGebruikerMetToegang(trx, id);
  if (!created) throw new AppError('interne_fout');
  return toGebruiker(created);
}

/**
 * Change a user's roles or switch the account off or on again. Deactivating ends its sessions at once; a
 * beheerder cannot deactivate or strip themself (the last door to the administration stays open).
 */
export async function wijzigGebruiker(
  trx: Transaction<DB>,
  ctx: AuditContext,
  id: string,
  input: { actief?: boolean | undefined; rollen?: string[] | undefined },
): Promise<Gebruiker> {
  const bestaand = await repo.findGebruikerMetToegang(trx, id);
  if (!bestaand) throw new AppError('niet_gevonden', 'Deze gebruiker bestaat niet.');
  if (input.actief === undefined && input.rollen === undefined) throw new AppError('validatie', 'Geef aan wat er verandert: actief of rollen.');
  const zelf = ctx.actor.id === id;
  if (zelf && input.actief === false) throw new AppError('conflict', 'U kunt uw eigen account niet uitzetten. Vraag een andere beheerder.');
  if (input.rollen) {
    const rollen = [...new Set(input.rollen)];
    const bekend = await repo.rolesExist(trx, rollen);
    const onbekend = rollen.filter((r) => !bekend.includes(r));
    if (onbekend.length) throw new AppError('validatie', 'Niet opgeslagen: onbekende rol.', onbekend.map((r) => ({ veld: 'rollen', melding: `onbekende rol "${r}"` })));
    if (zelf && bestaand.permissies.includes('gebruikers:beheren')) {
      const houdtBeheer = (await repo.listRollen(trx)).some((r) => rollen.includes(r.code) && r.permissies.includes('gebruikers:beheren'));
      if (!houdtBeheer) throw new AppError('conflict', 'U kunt uzelf het gebruikersbeheer niet afnemen. Vraag een andere beheerder.');
    }
    await repo.setGebruikerRollen(trx, id, rollen);
  }
  let sessiesBeeindigd = 0;
  if (input.actief !== undefined) {
    await repo.updateGebruikerActief(trx, id, input.actief);
    if (!input.actief) sessiesBeeindigd = await repo.deleteSessiesVan(trx, id);
  }
  await logVerwerking(trx, ctx, {
    actie: 'gebruiker.wijzigen',
    objectType: 'gebruiker',
    objectId: id,
    doel: 'toegangsbeheer',
    persoonsgegevens: true,
    details: { ...(input.actief !== undefined ? { actief: input.actief, sessiesBeeindigd } : {}), ...(input.rollen ? { rollen: input.rollen } : {}) },
  });
  const na = await repo.findGebruikerMetToegang(trx, id);
  if (!na) throw new AppError('interne_fout');
  return toGebruiker(na);
}

/** Create the demo accounts that do not exist yet (demo mode only). Returns how many were added. */
/** A user with roles and permissions by e-mail address (case-insensitive), or null. */
export async function gebruikerOpEmail(db: Executor, email: string): Promise<Gebruiker | null> {
  const row = await repo.findGebruikerByEmail(db, email);
  const g = row ? await repo.findGebruikerMetToegang(db, row.id) : undefined;
  return g ? toGebruiker(g) : null;
}

export async function ensureDemoAccounts(trx: Transaction<DB>, cfg: ToegangInstellingen): Promise<number> {
  let added = 0;
  for (const a of cfg.demo.accounts) {
    if (await repo.findGebruikerByEmail(trx, a.email)) continue;
    await createGebruiker(trx, { actor: SYSTEEM }, { ...a, rollen: [a.rol], wachtwoord: cfg.demo.wachtwoord, demo: true });
    added += 1;
  }
  return added;
}

export async function listGebruikers(trx: Transaction<DB>, ctx: AuditContext): Promise<Gebruiker[]> {
  const rows = await repo.listGebruikers(trx);
  await logVerwerking(trx, ctx, {
    actie: 'gebruikers.raadplegen',
    objectType: 'gebruiker',
    doel: 'toegangsbeheer',
    persoonsgegevens: true,
    details: { aantal: rows.length },
  });
  return rows.map(toGebruiker);
}

// ----------------------------------------------------------------- look-ups for other modules (need-to-know
// and display names); other modules never read toegang's tables themselves.

export const organisatieIdsVoorCodes = (db: Executor, codes: string[]) => repo.organisatieIdsVoorCodes(db, codes);
export const organisatiesVoorIds = (db: Executor, ids: string[]) => repo.organisatiesVoorIds(db, [...new Set(ids)]);
export const gebruikerNamen = (db: Executor, ids: string[]) => repo.gebruikerNamen(db, [...new Set(ids)]);
export const gebruikersMetPermissie = (db: Executor, permissie: Permissie) => repo.gebruikersMetPermissie(db, permissie);
export const gebruikerMetOrganisatie = (db: Executor, id: string) => repo.gebruikerMetOrganisatie(db, id);


/** Resolve a partner API key (Authorization: Bearer …) to its organisation; only the key's hash is stored. */
export async function partnerVoorSleutel(db: Executor, key: string): Promise<{ organisatieId: string; naam: string } | undefined> {
  const r = await repo.findPartnerKey(db, sha256(key));
  return r ? { organisatieId: r.organisatie_id, naam: r.naam } : undefined;
}

/** Create an API key for a partner organisation; the key is returned once and stored only as a hash. */
export async function maakPartnerSleutel(trx: Transaction<DB>, ctx: AuditContext, organisatieCode: string, naam: string): Promise<string> {
  const key = `bvk_${randomBytes(24).toString('base64url')}`;
  const org = await repo.findOrganisatieByCode(trx, organisatieCode);
  if (!org) throw new AppError('validatie', `Onbekende organisatie "${organisatieCode}".`);
  await repo.insertPartnerKey(trx, { organisatie_id: org.id, naam, sleutel_hash: sha256(key) });
  await logVerwerking(trx, ctx, { actie: 'partnersleutel.aanmaken', objectType: 'organisatie', objectId: org.id, doel: 'toegangsbeheer', persoonsgegevens: false, details: { naam } });
  return key;
}

/** An organisation by its code (other modules look organisations up here, never in toegang's tables). */
export const organisatieOpCode = (db: Executor, code: string) => repo.findOrganisatieByCode(db, code);

export async function listOrganisaties(db: Executor) {
  const rows = await repo.listOrganisaties(db);
  return rows.map((o) => ({ id: o.id, code: o.code, naam: o.naam, soort: o.soort, actief: o.actief }));
}

export const listRollen = (db: Executor) => repo.listRollen(db);

// ---------------------------------------------------------------------------------------------- sessions

export interface Sessie {
  /** Cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  verlooptOp: Date;
  gebruiker: Gebruiker;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

// Verifying against a fixed hash when the e-mail address is unknown makes both failures take as long,
// so response times do not reveal which addresses have an account.
let dummyHash: Promise<string> | undefined;

export async function login(
  db: Kysely<DB>,
  input: { email: string; wachtwoord: string; vorigeToken?: string | undefined; requestId?: string | undefined; client?: string | undefined },
  opts: { sessionHours: number; demo: boolean },
): Promise<Sessie> {
  // Failed logins are also counted per account, across processes and client addresses, so guessing one
  // account's password from many addresses is slowed down too (the per-client limit is the route's).
  const accountSleutel = `inloggen-mislukt|${input.email.trim().toLowerCase()}`;
  if ((await gedeeldeTeller.lees(db, accountSleutel)) >= MAX_MISLUKT_PER_ACCOUNT) {
    throw new AppError('te_veel_verzoeken', 'Te veel mislukte inlogpogingen voor dit account. Probeer het over een kwartier opnieuw.');
  }
  // Only failures count per client: successful logins of a whole office behind one address never do.
  const clientSleutel = input.client ? `inloggen-mislukt-client|${input.client}` : undefined;
  if (clientSleutel && (await gedeeldeTeller.lees(db, clientSleutel)) >= MAX_MISLUKT_PER_CLIENT) {
    throw new AppError('te_veel_verzoeken', 'Te veel mislukte inlogpogingen vanaf dit adres. Probeer het over een kwartier opnieuw.');
  }
  const row = await repo.findGebruikerByEmail(db, input.email.trim());
  dummyHash ??= argon2Hash('buurtveilig-dummy-wachtwoord');
  const ok = await argon2Verify(row?.wachtwoord_hash ?? (await dummyHash), input.wachtwoord).catch(() => false);
  // Demo accounts have a published password: they only work while the server runs in demo mode.
  if (!row || !ok || !row.actief || (row.demo && !opts.demo)) {
    await gedeeldeTeller.tel(db, accountSleutel, MISLUKT_VENSTER_MS);
    if (clientSleutel) await gedeeldeTeller.tel(db, clientSleutel, MISLUKT_VENSTER_MS);
    await db.transaction().execute((trx) =>
      logVerwerking(trx, { actor: { ...SYSTEEM, omschrijving: 'anoniem' }, requestId: input.requestId }, {
        actie: 'sessie.inloggen_mislukt',
        objectType: 'sessie',
        doel: 'beveiliging',
        persoonsgegevens: false,
      }),
    );
    throw new AppError('inloggen_mislukt');
  }
  const now = new Date();
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const verlooptOp = new Date(now.getTime() + opts.sessionHours * 3600_000);
  return db.transaction().execute(async (trx) => {
    // Session id rotation: a session id known before login (fixation) never becomes an authenticated one.
    if (input.vorigeToken) await repo.deleteSessie(trx, sha256(input.vorigeToken));
    await repo.deleteExpiredSessies(trx, now);
    await repo.insertSessie(trx, { id_hash: sha256(token), gebruiker_id: row.id, csrf_token: csrfToken, verloopt_op: verlooptOp });
    await repo.touchLogin(trx, row.id, now);
    const g = await repo.findGebruikerMetToegang(trx, row.id);
    if (!g) throw new AppError('interne_fout');
    const gebruiker = toGebruiker(g);
    await logVerwerking(trx, { actor: actorOf(gebruiker), requestId: input.requestId }, {
      actie: 'sessie.inloggen',
      objectType: 'gebruiker',
      objectId: row.id,
      doel: 'beveiliging',
      persoonsgegevens: true,
    });
    return { token, csrfToken, verlooptOp, gebruiker };
  });
}

/** The user behind a session cookie, or undefined when it is unknown or expired. Sliding expiry. */
export async function resolveSessie(
  db: Kysely<DB>,
  token: string,
  opts: { sessionHours: number; demo: boolean },
): Promise<{ gebruiker: Gebruiker; csrfToken: string } | undefined> {
  const idHash = sha256(token);
  const s = await repo.findSessie(db, idHash);
  const now = new Date();
  if (!s || s.verloopt_op <= now) return undefined;
  const g = await repo.findGebruikerMetToegang(db, s.gebruiker_id);
  if (!g || (g.demo && !opts.demo)) return undefined;
  // Extending at most once a minute keeps a busy session from writing on every request.
  if (now.getTime() - s.laatst_gezien_op.getTime() > 60_000) {
    await repo.extendSessie(db, idHash, now, new Date(now.getTime() + opts.sessionHours * 3600_000));
  }
  return { gebruiker: toGebruiker(g), csrfToken: s.csrf_token };
}

export async function logout(db: Kysely<DB>, token: string, ctx: AuditContext): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const removed = await repo.deleteSessie(trx, sha256(token));
    if (removed > 0) {
      await logVerwerking(trx, ctx, {
        actie: 'sessie.uitloggen',
        objectType: 'gebruiker',
        objectId: ctx.actor.id,
        doel: 'beveiliging',
        persoonsgegevens: false,
      });
    }
  });
}

/** Constant-time comparison for the CSRF token. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
