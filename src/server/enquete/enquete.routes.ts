import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import { PubliekeEnqueteSchema, RondeSchema, VragenlijstSchema } from '../../contract/api/enquete.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import { Bestand } from '../../contract/api/common.ts';
import { stuurBestand } from '../platform/export.ts';

const Token = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });

const AntwoordBody = Body({
  leeftijd: Type.Optional(Type.String({ maxLength: 20 })),
  geslacht: Type.Optional(Type.String({ maxLength: 20 })),
  antwoorden: Type.Record(Type.String({ maxLength: 50 }), Type.Union([Type.String({ maxLength: 50 }), Type.Integer()]), { maxProperties: 50 }),
});

/** A code as typed from the letter: letters, digits, dashes and spaces. */
const Code = Type.Object({ code: Type.String({ minLength: 8, maxLength: 30, pattern: '^[A-Za-z0-9 -]+$' }) });

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
        summary: 'Nieuwe enquêteronde (persoonlijke codes; met openLink ook een open link per buurt)',
        body: Body({
          naam: Type.String({ minLength: 3, maxLength: 200 }),
          jaar: Type.Integer({ minimum: 2000, maximum: 2100 }),
          openLink: Type.Optional(Type.Boolean({ description: 'ook een open link per buurt; die antwoorden tellen niet mee in cijfers en doelen' })),
        }),
        response: responses({ 201: Type.Object({ id: Type.String() }) }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return reply.code(201).send({ id: await svc.rondeMaken(auditContext(request), request.body) });
    },
  );

  app.post(
    '/api/enquete/rondes/:id/uitnodigingen',
    {
      schema: {
        tags: ['enquete'],
        summary: 'Persoonlijke codes maken voor een buurt: brieven (PDF) of een lijst voor samenvoegen (CSV); de codes zijn alleen nu te zien',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Body({
          buurt: Type.String({ pattern: '^BU[0-9]{8}$' }),
          aantal: Type.Integer({ minimum: 1, maximum: 5000 }),
          formaat: Type.Union([Type.Literal('pdf'), Type.Literal('csv')]),
        }),
        response: responses({ 200: Bestand('de brieven (PDF) of de codes (CSV)') }, [400, 401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      return stuurBestand(reply, await svc.uitnodigingenMaken(auditContext(request), request.params.id, request.body));
    },
  );

  app.get(
    '/api/enquete/code/:code',
    {
      schema: { tags: ['enquete'], summary: 'De vragen bij een persoonlijke code (openbaar)', params: Code, response: responses({ 200: PubliekeEnqueteSchema }, [404, 409]) },
      config: rateLimitPublic,
    },
    async (request) => svc.publiekCode(request.params.code),
  );

  app.post(
    '/api/enquete/code/:code',
    {
      schema: {
        tags: ['enquete'],
        summary: 'De enquête invullen met een persoonlijke code (openbaar, één keer per code)',
        params: Code,
        body: AntwoordBody,
        response: responses({ 201: Type.Object({ ok: Type.Boolean() }) }, [400, 404, 409]),
      },
      config: rateLimitIntake,
    },
    async (request, reply) => {
      await svc.invullenCode(request.params.code, request.body);
      return reply.code(201).send({ ok: true });
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
        summary: 'De enquête invullen via de open link (openbaar; telt niet mee in cijfers en doelen)',
        params: Token,
        body: AntwoordBody,
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
