import { Type } from 'typebox';
import {
  BijeenkomstInvoerSchema,
  BijeenkomstSchema,
  BuurtschouwSchema,
  ContactSchema,
  GroepInvoerSchema,
  GroepSchema,
  GroepWijzigingSchema,
  ParticipatieCatalogusSchema,
  SchouwInvoerSchema,
  SchouwMeldingenSchema,
  SchouwpuntInvoerSchema,
  SchouwStatusSchema,
} from '../../contract/api/participatie.ts';
import type { App, AppContext } from '../platform/context.ts';
import { responses } from '../platform/http-schemas.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const BuurtQuery = Type.Object({ buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })) }, { additionalProperties: false });
const Nieuw = Type.Object({ id: Type.Integer() });

export async function participatieRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.participatie;

  app.get(
    '/api/participatie/catalogus',
    { schema: { tags: ['participatie'], summary: 'Categorieën, statussen en soorten van buurtschouw, buurtpreventie en bijeenkomsten', response: responses({ 200: ParticipatieCatalogusSchema }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.catalogus();
    },
  );

  app.get(
    '/api/participatie/schouwen',
    { schema: { tags: ['participatie'], summary: 'Buurtschouwen met hun schouwpunten', querystring: BuurtQuery, response: responses({ 200: Type.Array(BuurtschouwSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.schouwen(request.query.buurt);
    },
  );
  app.post(
    '/api/participatie/schouwen',
    { schema: { tags: ['participatie'], summary: 'Een buurtschouw plannen', body: SchouwInvoerSchema, response: responses({ 201: Nieuw }, [401, 403]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      return reply.code(201).send({ id: await svc.nieuweSchouw(auditContext(request), request.body) });
    },
  );
  app.post(
    '/api/participatie/schouwen/:id/punten',
    { schema: { tags: ['participatie'], summary: 'Een schouwpunt vastleggen (plek in de buurt, categorie, omschrijving, foto zonder personen)', params: IdParams, body: SchouwpuntInvoerSchema, response: responses({ 201: Nieuw }, [401, 403, 404, 409]) }, bodyLimit: 8 * 1024 * 1024 },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      return reply.code(201).send({ id: await svc.nieuwPunt(auditContext(request), request.params.id, request.body) });
    },
  );
  app.post(
    '/api/participatie/schouwen/:id/meldingen',
    { schema: { tags: ['participatie'], summary: 'Alle open schouwpunten in één stap omzetten in meldingen (kanaal buurtschouw)', params: IdParams, response: responses({ 200: SchouwMeldingenSchema }, [401, 403, 404]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      return svc.naarMeldingen(auditContext(request), request.params.id);
    },
  );
  app.post(
    '/api/participatie/schouwen/:id/status',
    { schema: { tags: ['participatie'], summary: 'De schouw verder zetten (SM-14) en de uitkomst per buurt publiceren', params: IdParams, body: SchouwStatusSchema, response: responses({ 204: Type.Null() }, [401, 403, 404, 409]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.schouwStatus(auditContext(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/participatie/buurtpreventie',
    { schema: { tags: ['participatie'], summary: 'Buurtpreventiegroepen (zonder contactgegevens)', response: responses({ 200: Type.Array(GroepSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.groepen();
    },
  );
  app.post(
    '/api/participatie/buurtpreventie',
    { schema: { tags: ['participatie'], summary: 'Een buurtpreventiegroep registreren, met een minimaal contact van de coördinator', body: GroepInvoerSchema, response: responses({ 201: Nieuw }, [401, 403]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      return reply.code(201).send({ id: await svc.nieuweGroep(auditContext(request), request.body) });
    },
  );
  app.patch(
    '/api/participatie/buurtpreventie/:id',
    { schema: { tags: ['participatie'], summary: 'Een groep bijwerken (status SM-13, deelnemers, bord, buurtberichten, activiteit)', params: IdParams, body: GroepWijzigingSchema, response: responses({ 204: Type.Null() }, [401, 403, 404, 409]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.wijzigGroep(auditContext(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
  app.post(
    '/api/participatie/buurtpreventie/:id/contact',
    {
      schema: {
        tags: ['participatie'],
        summary: 'Het contact van de coördinator inzien, met een reden (verwerkingenlog)',
        params: IdParams,
        body: Type.Object({ reden: Type.String({ minLength: 5, maxLength: 300 }) }, { additionalProperties: false }),
        response: responses({ 200: ContactSchema }, [401, 403, 404]),
      },
    },
    async (request) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      return svc.contact(auditContext(request), g, request.params.id, request.body.reden);
    },
  );

  app.get(
    '/api/participatie/bijeenkomsten',
    { schema: { tags: ['participatie'], summary: 'Bijeenkomsten met bewoners en de dialoog (per buurt)', querystring: BuurtQuery, response: responses({ 200: Type.Array(BijeenkomstSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.bijeenkomsten(request.query.buurt);
    },
  );
  app.post(
    '/api/participatie/bijeenkomsten',
    { schema: { tags: ['participatie'], summary: 'Een bijeenkomst vastleggen; bij de werkvorm acute onveiligheid met de gezamenlijke analyse', body: BijeenkomstInvoerSchema, response: responses({ 201: Nieuw }, [401, 403]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      return reply.code(201).send({ id: await svc.nieuweBijeenkomst(auditContext(request), request.body) });
    },
  );
}
