import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { RouteLimiet } from '../platform/module.ts';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from './sessie.plugin.ts';
import { AppError } from '../platform/errors.ts';
import { responses } from '../platform/http-schemas.ts';
import { CSRF_HEADER, INGELOGD_COOKIE, SESSIE_COOKIE } from './sessie.plugin.ts';
import { GebruikerSchema, GebruikerWijzigenBody, LoginBody, NieuweGebruikerBody, OrganisatieSchema, RolSchema, SessieSchema } from '../../contract/api/toegang.ts';
import * as toegang from './toegang.service.ts';

/** The account a login is for, normalised as the per-account counter does; empty when the body is not one. */
const loginEmail = (body: unknown): string => {
  const e = (body as { email?: unknown } | undefined)?.email;
  return typeof e === 'string' ? e.trim().toLowerCase().slice(0, 254) : '';
};

export async function toegangRoutes(app: App, ctx: AppContext, rateLimitLogin: RouteLimiet): Promise<void> {
  app.addSchema(GebruikerSchema);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    secure: ctx.config.cookieSecure,
    sameSite: 'strict' as const,
  };
  // A readable marker next to the (httpOnly) session cookie, holding nothing secret: the web app asks for the
  // session only when it is there, so a resident on a public page gets no 401 in her console.
  const markerOptions = { ...cookieOptions, httpOnly: false };

  app.post(
    '/api/sessie',
    {
      schema: {
        tags: ['toegang'],
        summary: 'Inloggen',
        description: `Start een sessie (cookie ${SESSIE_COOKIE}). Het antwoord bevat het CSRF-token voor ${CSRF_HEADER}.`,
        body: LoginBody,
        response: responses({ 200: SessieSchema }, [401, 403]),
      },
      // Per client and account: one person mistyping ten times does not lock out the colleagues behind the same
      // address (an office NAT). Counted after the body is parsed, so the account is known.
      config: rateLimitLogin.rateLimit
        ? { rateLimit: { ...rateLimitLogin.rateLimit, hook: 'preHandler', keyGenerator: (r: FastifyRequest) => `${r.ip}|${loginEmail(r.body)}` } }
        : {},
    },
    async (request, reply) => {
      const sessie = await toegang.login(
        ctx.db,
        { ...request.body, vorigeToken: request.cookies[SESSIE_COOKIE], requestId: request.id, client: request.ip },
        { sessionHours: ctx.config.sessionHours, demo: ctx.config.demo },
      );
      reply.setCookie(SESSIE_COOKIE, sessie.token, { ...cookieOptions, expires: sessie.verlooptOp });
      reply.setCookie(INGELOGD_COOKIE, '1', { ...markerOptions, expires: sessie.verlooptOp });
      return { gebruiker: sessie.gebruiker, csrfToken: sessie.csrfToken };
    },
  );

  app.get(
    '/api/sessie',
    { schema: { tags: ['toegang'], summary: 'Huidige sessie', response: responses({ 200: SessieSchema }, [401]) } },
    async (request, reply) => {
      if (!request.gebruiker || !request.csrfToken) {
        if (request.cookies[INGELOGD_COOKIE]) reply.clearCookie(INGELOGD_COOKIE, markerOptions);
        throw new AppError('niet_ingelogd');
      }
      return { gebruiker: request.gebruiker, csrfToken: request.csrfToken };
    },
  );

  app.delete(
    '/api/sessie',
    { schema: { tags: ['toegang'], summary: 'Uitloggen', response: responses({ 204: Type.Null() }, [401, 403]) } },
    async (request, reply) => {
      if (!request.gebruiker || !request.sessieToken) throw new AppError('niet_ingelogd');
      await toegang.logout(ctx.db, request.sessieToken, auditContext(request));
      reply.clearCookie(SESSIE_COOKIE, cookieOptions);
      reply.clearCookie(INGELOGD_COOKIE, markerOptions);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/gebruikers',
    {
      schema: {
        tags: ['toegang'],
        summary: 'Alle gebruikers (beheer)',
        response: responses({ 200: Type.Array(Type.Ref('Gebruiker')) }, [401, 403]),
      },
    },
    async (request) => {
      toegang.requirePermissie(request.gebruiker, 'gebruikers:beheren');
      return ctx.db.transaction().execute((trx) => toegang.listGebruikers(trx, auditContext(request)));
    },
  );

  app.post(
    '/api/gebruikers',
    {
      schema: {
        tags: ['toegang'],
        summary: 'Gebruiker aanmaken (beheer)',
        body: NieuweGebruikerBody,
        response: responses({ 201: Type.Ref('Gebruiker') }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      toegang.requirePermissie(request.gebruiker, 'gebruikers:beheren');
      const g = await ctx.db.transaction().execute((trx) => toegang.createGebruiker(trx, auditContext(request), request.body));
      return reply.code(201).send(g);
    },
  );

  app.patch(
    '/api/gebruikers/:id',
    {
      schema: {
        tags: ['toegang'],
        summary: 'Gebruiker wijzigen (beheer): rollen, of uit- en weer aanzetten',
        description: 'Uitzetten beëindigt direct alle sessies van de gebruiker. Uzelf uitzetten of het gebruikersbeheer afnemen kan niet.',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: GebruikerWijzigenBody,
        response: responses({ 200: Type.Ref('Gebruiker') }, [400, 401, 403, 404, 409]),
      },
    },
    async (request) => {
      toegang.requirePermissie(request.gebruiker, 'gebruikers:beheren');
      return ctx.db.transaction().execute((trx) => toegang.wijzigGebruiker(trx, auditContext(request), request.params.id, request.body));
    },
  );

  app.get(
    '/api/organisaties',
    {
      schema: { tags: ['toegang'], summary: 'Organisaties', response: responses({ 200: Type.Array(OrganisatieSchema) }, [401]) },
    },
    async (request) => {
      if (!request.gebruiker) throw new AppError('niet_ingelogd');
      return toegang.listOrganisaties(ctx.db);
    },
  );

  app.get(
    '/api/rollen',
    { schema: { tags: ['toegang'], summary: 'Rollen en hun permissies', response: responses({ 200: Type.Array(RolSchema) }, [401]) } },
    async (request) => {
      if (!request.gebruiker) throw new AppError('niet_ingelogd');
      return toegang.listRollen(ctx.db);
    },
  );
}
