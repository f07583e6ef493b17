import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { Config } from './config.ts';
import type { Engine } from './database.ts';
import type { DB } from './db-schema.ts';
import type { GemeenteConfig } from './gemeente-config.ts';
import type { ModuleManifest, ModuleServices } from './module.ts';

/**
 * Everything a route module needs, built once at start-up and passed in explicitly: the platform's part here,
 * each module's services added by declaration merging on {@link ModuleServices}.
 */
export interface AppContext extends ModuleServices {
  readonly config: Config;
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  readonly gemeente: GemeenteConfig;
  /** The modules this process was built from, in dependency order. */
  readonly modules: readonly ModuleManifest[];
}

/** A Fastify instance with the TypeBox type provider: route schemas type the handlers. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;
