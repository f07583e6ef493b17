import type { FastifyBaseLogger, FastifyInstance, FastifyRequest, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Kysely } from 'kysely';
import type { AuditContext } from '../audit/audit.service.ts';
import type { BerichtenService } from '../berichten/berichten.service.ts';
import type { GebiedenService } from '../gebieden/gebieden.service.ts';
import type { AdressenService } from '../adressen/adressen.service.ts';
import type { MeldingenService } from '../meldingen/meldingen.service.ts';
import type { MonitorService } from '../monitor/monitor.service.ts';
import type { AlertsService } from '../monitor/alerts.service.ts';
import type { EnqueteService } from '../monitor/enquete.service.ts';
import type { ZakenService } from '../zaken/zaken.service.ts';
import { actorOf, type Gebruiker } from '../toegang/toegang.service.ts';
import type { Config } from './config.ts';
import type { Engine } from './database.ts';
import type { DB } from './db-schema.ts';
import type { GemeenteConfig } from './gemeente-config.ts';

/** Everything a route module needs, built once at start-up and passed in explicitly. */
export interface AppContext {
  readonly config: Config;
  readonly db: Kysely<DB>;
  readonly engine: Engine;
  readonly gemeente: GemeenteConfig;
  readonly gebieden: GebiedenService;
  readonly meldingen: MeldingenService;
  readonly adressen: AdressenService;
  readonly monitor: MonitorService;
  readonly alerts: AlertsService;
  readonly enquete: EnqueteService;
  readonly zaken: ZakenService;
  readonly berichten: BerichtenService;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set by the session hook before any handler runs. */
    gebruiker: Gebruiker | null;
    /** The session cookie value, when a valid session was found. */
    sessieToken: string | null;
    /** The session's CSRF token, handed to the web app with GET /api/sessie. */
    csrfToken: string | null;
  }
}

/** A Fastify instance with the TypeBox type provider: route schemas type the handlers. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export function auditContext(request: FastifyRequest): AuditContext {
  return {
    actor: request.gebruiker ? actorOf(request.gebruiker) : { id: null, omschrijving: 'anoniem', organisatieId: null },
    requestId: request.id,
  };
}
