import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The only place in Buurtveilig that reads environment variables. Everything else receives a frozen
 * {@link Config}. Each setting has one environment variable; the CLI adds flags that override it.
 */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** When set, PostgreSQL is used; otherwise the embedded PGlite database in {@link dataDir}. */
  readonly databaseUrl: string | undefined;
  /**
   * PostgreSQL read replica for reads that tolerate replication lag (monitor aggregates, analyses); absent =
   * the primary. Never used for personal data or for anything read right after it was written.
   */
  readonly databaseUrlLezen: string | undefined;
  /** Data directory for the embedded database (`memory://` keeps it in memory, for tests). */
  readonly dataDir: string;
  /** Embedded database: every commit is fsynced before it is acknowledged (default); false is faster, not crash-safe. */
  readonly duurzaam: boolean;
  /** Embedded database: normal work (the intake) goes before heavy reads on its one connection (default). */
  readonly voorrang: boolean;
  /** Folder name under config/gemeenten/. */
  readonly gemeente: string;
  /** Demo mode: demo accounts (one per role) are created and shown on the login page. */
  readonly demo: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly cookieSecure: boolean;
  readonly sessionHours: number;
  /** Requests per minute per client on public endpoints; 0 switches the limit off (benchmarks only). */
  readonly rateLimitPublic: number;
  readonly rateLimitLogin: number;
  /** New meldingen per minute per client (flood protection of the public form). */
  readonly rateLimitMelden: number;
  /**
   * Which proxies may set the client address (X-Forwarded-For), as Fastify's trustProxy: false (none), true
   * (any: only behind a proxy that strips the header), a number of hops, or a list of addresses/CIDRs.
   */
  readonly trustProxy: boolean | number | readonly string[];
  /**
   * Base map tiles; by default the PDOK BRT-Achtergrondkaart (public, keyless). `uit` switches them off:
   * the maps then show only the buurt outlines, which is also what they fall back to when PDOK is unreachable.
   */
  readonly tileUrl: string | undefined;
  readonly tileAttribution: string | undefined;
  /** SMTP server for outgoing e-mail, e.g. smtp://mail.gemeente.nl:587; without it e-mail waits in the outbox. */
  readonly smtpUrl: string | undefined;
  readonly mailVan: string;
  /** The address residents and partners reach the web app on; used for links in e-mails. */
  readonly publiekeUrl: string;
  /** Interval of the outbox worker in milliseconds; 0 switches the worker off (tests drive it by hand). */
  readonly outboxIntervalMs: number;
  /**
   * PDOK Locatieserver (search API v3.1) for address search and for naming a point on the map; by default
   * PDOK's public service, `uit` switches it off (then only the local address table and buurt names).
   */
  readonly locatieserverUrl: string | undefined;
  /**
   * Folder outside the database for the verwerkingenlog's key and its checkpoints (ankers). On a separate
   * volume or an append-only mount in production; whoever owns only the database cannot reach it.
   */
  readonly sleutelDir: string;
  /** How often the chain head is written to the checkpoint file, in milliseconds; 0 = only at shutdown. */
  readonly ankerIntervalMs: number;
  /** Root of the repository: config/, data/ and dist/ are found relative to it. */
  readonly rootDir: string;
}

export const ENV = {
  port: 'PORT',
  host: 'HOST',
  databaseUrl: 'DATABASE_URL',
  databaseUrlLezen: 'DATABASE_URL_LEZEN',
  dataDir: 'BUURTVEILIG_DATA_DIR',
  duurzaam: 'BUURTVEILIG_DUURZAAM',
  voorrang: 'BUURTVEILIG_INTAKE_VOORRANG',
  gemeente: 'BUURTVEILIG_GEMEENTE',
  demo: 'BUURTVEILIG_DEMO',
  logLevel: 'LOG_LEVEL',
  cookieSecure: 'BUURTVEILIG_COOKIE_SECURE',
  sessionHours: 'BUURTVEILIG_SESSIE_UREN',
  rateLimitPublic: 'BUURTVEILIG_RATE_LIMIT_PUBLIEK',
  rateLimitLogin: 'BUURTVEILIG_RATE_LIMIT_INLOGGEN',
  rateLimitMelden: 'BUURTVEILIG_RATE_LIMIT_MELDEN',
  trustProxy: 'BUURTVEILIG_TRUST_PROXY',
  tileUrl: 'BUURTVEILIG_TILE_URL',
  tileAttribution: 'BUURTVEILIG_TILE_ATTRIBUTIE',
  smtpUrl: 'BUURTVEILIG_SMTP_URL',
  mailVan: 'BUURTVEILIG_MAIL_VAN',
  publiekeUrl: 'BUURTVEILIG_PUBLIEKE_URL',
  outboxIntervalMs: 'BUURTVEILIG_OUTBOX_INTERVAL_MS',
  locatieserverUrl: 'BUURTVEILIG_LOCATIESERVER_URL',
  sleutelDir: 'BUURTVEILIG_SLEUTEL_DIR',
  ankerIntervalMs: 'BUURTVEILIG_ANKER_INTERVAL_MS',
} as const satisfies Record<Exclude<keyof Config, 'rootDir'>, string>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Ongeldige configuratie:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * The installation folder (config/, data/, dist/ live there): the nearest folder above this file with the
 * product's package.json. Found by walking up, so it is the same for the TypeScript sources (src/server/platform)
 * and the built server (dist/server).
 */
export const ROOT_DIR = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'buurtveilig') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Kan de installatiemap van Buurtveilig (package.json) niet vinden.');
    dir = parent;
  }
})();

type Source = Record<string, string | undefined>;

/** PDOK's public services (Kadaster), used unless configured otherwise. */
export const PDOK_BRT_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
export const PDOK_BRT_ATTRIBUTIE = 'Kaart: <a href="https://www.pdok.nl/">PDOK</a> BRT-Achtergrondkaart (Kadaster)';
export const PDOK_LOCATIESERVER = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

/**
 * Parse configuration from a source of variables (by default the process environment) plus overrides
 * (CLI flags, tests). Every problem is collected so a user sees all bad variables at once.
 */
export function loadConfig(overrides: Partial<Record<keyof typeof ENV, string | number | boolean>> = {}, source: Source = process.env): Config {
  const problems: string[] = [];
  const raw = (key: keyof typeof ENV): string | undefined => {
    const o = overrides[key];
    if (o !== undefined && o !== '') return String(o);
    const v = source[ENV[key]];
    return v === undefined || v === '' ? undefined : v;
  };
  const int = (key: keyof typeof ENV, def: number, min: number, max: number): number => {
    const v = raw(key);
    if (v === undefined) return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${ENV[key]} moet een geheel getal van ${min} tot ${max} zijn (gekregen: "${v}")`);
      return def;
    }
    return n;
  };
  const trustProxy = (): Config['trustProxy'] => {
    const v = raw('trustProxy');
    if (v === undefined || /^(0|false|nee|no|off)$/i.test(v)) return false;
    if (/^(true|ja|yes|on)$/i.test(v)) return true;
    if (/^[1-9]\d?$/.test(v)) return Number(v);
    const lijst = v.split(',').map((x) => x.trim()).filter(Boolean);
    // An address or CIDR block, IPv4 or IPv6; Fastify (proxy-addr) also knows 'loopback', 'linklocal', 'uniquelocal'.
    const geldig = (x: string) => /^(loopback|linklocal|uniquelocal)$/.test(x) || /^[0-9a-f.:]+(\/\d{1,3})?$/i.test(x);
    if (!lijst.length || !lijst.every(geldig)) {
      problems.push(`${ENV.trustProxy} moet false, true, een aantal proxies of een lijst van adressen/CIDR's zijn (gekregen: "${v}")`);
      return false;
    }
    return Object.freeze(lijst);
  };
  const bool = (key: keyof typeof ENV, def: boolean): boolean => {
    const v = raw(key);
    if (v === undefined) return def;
    if (/^(1|true|ja|yes|on)$/i.test(v)) return true;
    if (/^(0|false|nee|no|off)$/i.test(v)) return false;
    problems.push(`${ENV[key]} moet true of false zijn (gekregen: "${v}")`);
    return def;
  };

  const databaseUrl = raw('databaseUrl');
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`${ENV.databaseUrl} moet beginnen met postgres:// of postgresql://`);
  }
  const databaseUrlLezen = raw('databaseUrlLezen');
  if (databaseUrlLezen !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrlLezen)) problems.push(`${ENV.databaseUrlLezen} moet beginnen met postgres:// of postgresql://`);
    if (databaseUrl === undefined) problems.push(`${ENV.databaseUrlLezen} (leesreplica) kan alleen samen met ${ENV.databaseUrl}`);
  }
  const logLevel = raw('logLevel') ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    problems.push(`${ENV.logLevel} moet een van ${LOG_LEVELS.join(', ')} zijn (gekregen: "${logLevel}")`);
  }
  const gemeente = raw('gemeente') ?? 'maastricht';
  if (!/^[a-z0-9-]+$/.test(gemeente)) problems.push(`${ENV.gemeente} mag alleen kleine letters, cijfers en - bevatten`);
  // `uit` switches an external service off; plain http only to this machine (a local stand-in, tests).
  const uit = (v: string | undefined) => v !== undefined && /^(uit|off|false|nee|no|0)$/i.test(v);
  const tileRaw = raw('tileUrl');
  const tileUrl = uit(tileRaw) ? undefined : (tileRaw ?? PDOK_BRT_TILES);
  if (tileUrl !== undefined && !/^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/)[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}/.test(tileUrl)) {
    problems.push(`${ENV.tileUrl} moet een https-URL met {z}, {x} en {y} zijn, of "uit"`);
  }
  const dataDirRaw = raw('dataDir') ?? './var/db';
  const smtpUrl = raw('smtpUrl');
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) problems.push(`${ENV.smtpUrl} moet beginnen met smtp:// of smtps://`);
  const locatieRaw = raw('locatieserverUrl');
  const locatieserverUrl = uit(locatieRaw) ? undefined : (locatieRaw ?? PDOK_LOCATIESERVER).replace(/\/$/, '');
  if (locatieserverUrl !== undefined && !/^https?:\/\/\S+$/.test(locatieserverUrl)) problems.push(`${ENV.locatieserverUrl} moet een http(s)-adres zijn, of "uit"`);
  const port = int('port', 8080, 0, 65535);
  const publiekeUrl = (raw('publiekeUrl') ?? `http://localhost:${port || 8080}`).replace(/\/$/, '');
  if (!/^https?:\/\//.test(publiekeUrl)) problems.push(`${ENV.publiekeUrl} moet een http(s)-adres zijn`);

  const config: Config = {
    port,
    host: raw('host') ?? 'localhost',
    databaseUrl,
    databaseUrlLezen,
    dataDir: dataDirRaw.startsWith('memory://') ? dataDirRaw : path.resolve(dataDirRaw),
    duurzaam: bool('duurzaam', true),
    voorrang: bool('voorrang', true),
    gemeente,
    demo: bool('demo', false),
    logLevel: logLevel as Config['logLevel'],
    cookieSecure: bool('cookieSecure', true),
    sessionHours: int('sessionHours', 8, 1, 24 * 30),
    rateLimitPublic: int('rateLimitPublic', 300, 0, 10_000_000),
    rateLimitLogin: int('rateLimitLogin', 10, 0, 10_000_000),
    rateLimitMelden: int('rateLimitMelden', 20, 0, 10_000_000),
    trustProxy: trustProxy(),
    tileUrl,
    tileAttribution: tileUrl === undefined ? undefined : (raw('tileAttribution') ?? (tileRaw === undefined ? PDOK_BRT_ATTRIBUTIE : undefined)),
    smtpUrl,
    mailVan: raw('mailVan') ?? 'Buurtveilig <noreply@buurtveilig.local>',
    publiekeUrl,
    outboxIntervalMs: int('outboxIntervalMs', 5000, 0, 3_600_000),
    locatieserverUrl,
    sleutelDir: path.resolve(raw('sleutelDir') ?? './var/sleutels'),
    ankerIntervalMs: int('ankerIntervalMs', 15 * 60_000, 0, 24 * 3_600_000),
    rootDir: ROOT_DIR,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}
