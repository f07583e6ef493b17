import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import { AlertSchema } from '../../contract/api/alerts.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import { AlertsService } from './alerts.service.ts';

const S = Type.String();
const Buurt = Type.String({ pattern: '^BU[0-9]{8}$' });

export async function alertsRoutes(app: App, ctx: AppContext, rateLimitPublic: object, rateLimitIntake: object): Promise<void> {
  const svc = ctx.alerts;

  app.get(
    '/api/alerts',
    { schema: { tags: ['alerts'], summary: 'Near-repeat-inbraakalerts: voorgesteld, verstuurd, afgewezen, verlopen', response: responses({ 200: Type.Array(AlertSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.lijst();
    },
  );

  app.post(
    '/api/alerts/:id/goedkeuren',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Alert goedkeuren: het buurtbericht gaat via de outbox naar de abonnees in de buurten',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: responses({ 200: Type.Object({ ontvangers: Type.Integer() }) }, [401, 403, 404, 409]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.goedkeuren(auditContext(request), request.gebruiker!.id, request.params.id);
    },
  );

  app.post(
    '/api/alerts/:id/afwijzen',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Alert afwijzen met een reden',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        body: Body({ reden: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: responses({ 204: Type.Null() }, [400, 401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      await svc.afwijzen(auditContext(request), request.gebruiker!.id, request.params.id, request.body.reden);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/alerts/abonnementen',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Buurtpreventiegroep aanmelden voor buurtberichten (e-mail of webhook)',
        body: Body({ naam: Type.String({ minLength: 1, maxLength: 200 }), buurt: Buurt, email: Type.Optional(Type.String({ maxLength: 254 })), webhookUrl: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 500 })) }),
        response: responses({ 201: Type.Object({ ok: Type.Boolean() }) }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      await svc.aanmelden(auditContext(request), { soort: 'buurtpreventie', ...request.body });
      return reply.code(201).send({ ok: true });
    },
  );

  app.post(
    '/api/buurtberichten/aanmelden',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Aanmelden voor buurtberichten na een inbraak in de buurt (openbaar)',
        description:
          'Dubbele opt-in: het adres krijgt een bevestigingsmail en ontvangt pas buurtberichten na bevestiging. ' +
          'Het antwoord is altijd 202, ook als het adres al was aangemeld (het verraadt niet wie zich aanmeldde).',
        body: Body({ buurt: Buurt, email: Type.String({ minLength: 3, maxLength: 254 }), toestemming: Type.Literal(true, { description: 'De bewoner wil deze berichten ontvangen' }) }),
        response: responses({ 202: Type.Object({ bevestigenBinnenDagen: Type.Integer() }) }, [400]),
      },
      config: rateLimitIntake,
    },
    async (request, reply) => {
      await svc.aanmelden({ actor: { id: null, omschrijving: 'bewoner', organisatieId: null }, requestId: request.id }, { soort: 'bewoner', buurt: request.body.buurt, email: request.body.email });
      return reply.code(202).send({ bevestigenBinnenDagen: AlertsService.BEVESTIG_DAGEN });
    },
  );

  app.post(
    '/api/buurtberichten/bevestigen/:token',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Aanmelding voor buurtberichten bevestigen (openbaar, met de code uit de bevestigingsmail)',
        params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) }),
        response: responses({ 200: Type.Object({ buurt: Type.Object({ code: S, naam: S }), afmeldUrl: S }) }, [404]),
      },
      config: rateLimitPublic,
    },
    async (request) => svc.bevestigen(request.params.token),
  );

  app.post(
    '/api/buurtberichten/afmelden/:token',
    {
      schema: {
        tags: ['alerts'],
        summary: 'Afmelden voor buurtberichten (openbaar, met de code uit het bericht); het adres wordt gewist',
        params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) }),
        response: responses({ 204: Type.Null() }, [404]),
      },
      config: rateLimitPublic,
    },
    async (request, reply) => {
      await svc.afmelden(request.params.token);
      return reply.code(204).send(null);
    },
  );
}
