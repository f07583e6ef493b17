import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import { PubliekeEnqueteSchema, RondeSchema, VragenlijstSchema } from '../../contract/api/enquete.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

const Token = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

export async function enqueteRoutes(app: App, ctx: AppContext, rateLimitPublic: object, rateLimitIntake: object): Promise<void> {
  const svc = ctx.enquete;

  app.get(
    '/api/enquete/vragenlijst',
    { schema: { tags: ['enquete'], summary: 'De vragenlijst (als data) van de gemeente', response: responses({ 200: VragenlijstSchema }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.vragenlijst();
    },
  );

  app.get(
    '/api/enquete/rondes',
    { schema: { tags: ['enquete'], summary: 'Enquêterondes met de link en het aantal respondenten per buurt', response: responses({ 200: Type.Array(RondeSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return svc.rondes();
    },
  );

  app.post(
    '/api/enquete/rondes',
    {
      schema: {
        tags: ['enquete'],
        summary: 'Nieuwe enquêteronde met een weblink per buurt',
        body: Body({ naam: Type.String({ minLength: 3, maxLength: 200 }), jaar: Type.Integer({ minimum: 2000, maximum: 2100 }) }),
        response: responses({ 201: Type.Object({ id: Type.String() }) }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return reply.code(201).send({ id: await svc.rondeMaken(auditContext(request), request.body) });
    },
  );

  app.post(
    '/api/enquete/rondes/:id/import',
    {
      schema: {
        tags: ['enquete'],
        summary: 'Antwoorden inlezen (CSV: buurt, leeftijd, geslacht en een kolom per vraagcode); alles of niets',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Body({ inhoud: Type.String({ minLength: 1, maxLength: 20_000_000 }) }),
        response: responses({ 201: Type.Object({ aantal: Type.Integer() }) }, [400, 401, 403, 404]),
      },
      bodyLimit: 25 * 1024 * 1024,
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return reply.code(201).send(await svc.importCsv(auditContext(request), request.params.id, request.body.inhoud));
    },
  );

  app.post(
    '/api/enquete/bevolking',
    {
      schema: {
        tags: ['enquete'],
        summary: 'Bevolkingsopbouw per buurt naar leeftijd en geslacht inlezen (voor de weging); alles of niets',
        body: Body({ inhoud: Type.String({ minLength: 1, maxLength: 5_000_000 }) }),
        response: responses({ 201: Type.Object({ aantal: Type.Integer() }) }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return reply.code(201).send(await svc.importBevolking(auditContext(request), request.body.inhoud));
    },
  );

  app.get(
    '/api/enquete/:token',
    { schema: { tags: ['enquete'], summary: 'De vragen voor een buurtlink (openbaar)', params: Token, response: responses({ 200: PubliekeEnqueteSchema }, [404]) }, config: rateLimitPublic },
    async (request) => svc.publiek(request.params.token),
  );

  app.post(
    '/api/enquete/:token',
    {
      schema: {
        tags: ['enquete'],
        summary: 'De enquête invullen (openbaar, zonder naam of adres)',
        params: Token,
        body: Body({
          leeftijd: Type.Optional(Type.String({ maxLength: 20 })),
          geslacht: Type.Optional(Type.String({ maxLength: 20 })),
          antwoorden: Type.Record(Type.String({ maxLength: 50 }), Type.Union([Type.String({ maxLength: 50 }), Type.Integer()]), { maxProperties: 50 }),
        }),
        response: responses({ 201: Type.Object({ ok: Type.Boolean() }) }, [400, 404, 409]),
      },
      config: rateLimitIntake,
    },
    async (request, reply) => {
      await svc.invullen(request.params.token, request.body);
      return reply.code(201).send({ ok: true });
    },
  );
}
