import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { Kysely, Migration } from 'kysely';
import type { Config } from './config.ts';
import type { BackupStroom } from './backup.ts';
import type { Engine } from './database.ts';
import type { DB } from './db-schema.ts';
import type { GemeenteConfig, ModuleConfig } from './gemeente-config.ts';

/**
 * What a domain module hands the platform. `src/server/modules.ts` lists the manifests in dependency order;
 * bootstrap, the HTTP app, config loading, migrations, seeding and the permission catalogue are all built from
 * that list, so the platform never names a module. Types cross the boundary by declaration merging: a module
 * adds its tables to `DB` (db-schema.ts), its services to `ModuleServices` (context.ts), its config to
 * `GemeenteConfig` (gemeente-config.ts) and its permissions to `PermissieCatalogus` (below).
 */
export interface ModuleManifest {
  /** Folder name; also the key of its `module_seed` row. */
  readonly naam: string;
  /** OpenAPI tags of its routes (name + Dutch description). */
  readonly tags?: readonly { name: string; description: string }[];
  /** Permission codes it checks, with a description (roles map to them in toegang.json). */
  readonly permissies?: Readonly<Record<string, string>>;
  /** Its file in config/gemeenten/<naam>/, validated against `schema`, stored as `gemeente[sleutel]`. */
  readonly config?: ModuleConfig;
  /** Its migrations by name (timestamped; names never change once released). */
  readonly migraties?: Readonly<Record<string, Migration>>;
  /** Modules whose services `start` uses; they must come earlier in the list. */
  readonly afhankelijk?: readonly string[];
  /** Create its services (may read the database); merged into the context for the modules after it. */
  readonly start?: (ctx: AppContext) => Promise<Partial<ModuleServices>> | Partial<ModuleServices>;
  /**
   * Apply the gemeente's configuration and shipped data to the database: once per database (recorded in
   * `module_seed`, so a module added later is seeded on its first start) and again by `buurtveilig seed`, so
   * it must be idempotent. Returns counts for the start-up message.
   */
  readonly seed?: (ctx: AppContext) => Promise<Record<string, number> | void>;
  /** After every module started and seeded, on every start (for example: demo accounts in demo mode). */
  readonly gereed?: (ctx: AppContext) => Promise<void>;
  /** Synthetic demo data: in demo mode, right after this module's first seed on a new database. */
  readonly demo?: (ctx: AppContext) => Promise<void>;
  /** Its HTTP routes. */
  readonly routes?: (app: App, ctx: AppContext, limieten: RateLimieten) => Promise<void>;
  /** Stop background work (outbox timers, workers) before the database closes. */
  readonly stop?: (ctx: AppContext) => Promise<void>;
}

/** Route options for the public rate limits, as Fastify route `config`. */
export interface RateLimieten {
  readonly publiek: RouteLimiet;
  readonly inloggen: RouteLimiet;
  readonly melden: RouteLimiet;
}
export type RouteLimiet = { rateLimit?: { max: number; timeWindow: string } };

/** Each module adds its services here (declaration merging); AppContext extends it. */
export interface ModuleServices {}

/** Each module adds its permission codes here (declaration merging), so checks are typed. */
export interface PermissieCatalogus {}
export type Permissie = keyof PermissieCatalogus & string;

/** Identity helper that keeps a manifest's literal types. */
export const defineModule = <M extends ModuleManifest>(m: M): M => m;

/**
 * Everything a route module needs, built once at start-up and passed in explicitly: the platform's part here,
 * each module's services added by declaration merging on {@link ModuleServices}.
 */
export interface AppContext extends ModuleServices {
  readonly config: Config;
  readonly db: Kysely<DB>;
  /**
   * For reads that tolerate replication lag — monitor aggregates and analyses over incidents and published
   * figures. The primary unless DATABASE_URL_LEZEN names a replica. Never personal data, never read-after-write.
   */
  readonly dbLezen: Kysely<DB>;
  readonly engine: Engine;
  readonly gemeente: GemeenteConfig;
  /** The modules this process was built from, in dependency order. */
  readonly modules: readonly ModuleManifest[];
  /** A consistent snapshot of this database (platform/backup.ts), for the beheer download. */
  readonly backup: () => Promise<BackupStroom & { klaar: Promise<void> }>;
}

/** A Fastify instance with the TypeBox type provider: route schemas type the handlers. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;
