import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuditContext } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { AppError } from '../platform/errors.ts';
import type { AppContext } from '../platform/context.ts';
import { actorOf, csrfMatches, partnerVoorSleutel, resolveSessie, type Gebruiker } from './toegang.service.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null. Set by the session hook before any handler runs. */
    gebruiker: Gebruiker | null;
    /** The session cookie value, when a valid session was found. */
    sessieToken: string | null;
    /** The session's CSRF token, handed to the web app with GET /api/sessie. */
    csrfToken: string | null;
    /** A partner organisation's system, when the request carries its API key (Authorization: Bearer). */
    partner: { organisatieId: string; naam: string } | null;
  }
}

/** Who is acting in this request, for the verwerkingenlog. */
export function auditContext(request: FastifyRequest): AuditContext {
  return {
    actor: request.gebruiker ? actorOf(request.gebruiker) : { id: null, omschrijving: 'anoniem', organisatieId: null },
    requestId: request.id,
  };
}

export const SESSIE_COOKIE = 'bv_sessie';
export { INGELOGD_COOKIE } from '../../contract/cookies.ts';
export const CSRF_HEADER = 'x-csrf-token';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolve the session cookie into `request.gebruiker` and enforce CSRF protection for cookie sessions:
 * a state-changing request that carries a session must send the session's synchroniser token in the
 * `X-CSRF-Token` header, and a cross-site Origin is refused outright. SameSite=Strict is the first line.
 */
export function installSessie(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('gebruiker', null);
  app.decorateRequest('sessieToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('partner', null);

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (MUTATING.has(request.method)) {
      const origin = request.headers.origin;
      if (origin && origin !== 'null') {
        let host: string | undefined;
        try {
          host = new URL(origin).host;
        } catch {
          host = undefined;
        }
        if (host !== request.headers.host) throw new AppError('csrf', 'Verzoeken van een andere website worden geweigerd.');
      }
    }
    // A partner's API key is resolved here, once, before any handler: an unknown or revoked key is refused,
    // never treated as anonymous. Key requests carry no cookie session and need no CSRF token.
    const auth = request.headers.authorization;
    if (auth !== undefined) {
      const m = /^Bearer (\S{10,200})$/.exec(auth);
      const partner = m ? await partnerVoorSleutel(ctx.db, m[1]!) : undefined;
      if (!partner) throw new AppError('niet_ingelogd', 'De API-sleutel is onbekend of ingetrokken.');
      request.partner = partner;
      return;
    }
    const token = request.cookies[SESSIE_COOKIE];
    if (!token || token.length > 200) return;
    const found = await resolveSessie(ctx.db, token, { sessionHours: ctx.config.sessionHours, demo: ctx.config.demo });
    if (!found) return;
    if (MUTATING.has(request.method)) {
      const given = request.headers[CSRF_HEADER];
      if (!csrfMatches(found.csrfToken, typeof given === 'string' ? given : undefined)) throw new AppError('csrf');
    }
    request.gebruiker = found.gebruiker;
    request.sessieToken = token;
    request.csrfToken = found.csrfToken;
  });
}
