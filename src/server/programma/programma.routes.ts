import { Type } from 'typebox';
import {
  AgendaImportSchema,
  AgendaInvoerSchema,
  AgendaStatusInvoerSchema,
  BuurtagendaInvoerSchema,
  BuurtagendaPuntSchema,
  BuurtagendaWijzigingSchema,
  AgendaImportUitslagSchema,
  BewijsInvoerSchema,
  MaatregelDetailSchema,
  MaatregelFilterSchema,
  MaatregelLijstSchema,
  MaatregelWijzigingSchema,
  ProgrammaBoomSchema,
  ProgrammaCatalogusSchema,
  ProgrammaKortSchema,
  ProgrammaStatusInvoerSchema,
  ThemaDashboardSchema,
  VoortgangInvoerSchema,
} from '../../contract/api/programma.ts';
import { Bestand } from '../../contract/api/common.ts';
import type { App, AppContext } from '../platform/context.ts';
import { stuurBestand } from '../platform/export.ts';
import { responses } from '../platform/http-schemas.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

const CodeParams = Type.Object({ code: Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$', maxLength: 60 }) }, { additionalProperties: false });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const Leeg = Type.Null();

export async function programmaRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.programma;

  app.get(
    '/api/programma',
    { schema: { tags: ['programma'], summary: 'Het huidige meerjarenprogramma als boom: thema\'s, ambities, doelstellingen, uitvoeringsagenda\'s, actiepunten, maatregelen', response: responses({ 200: ProgrammaBoomSchema }, [401, 403]) } },
    async (request) => svc.boom(requirePermissie(request.gebruiker, 'programma:lezen')),
  );

  app.get(
    '/api/programma/catalogus',
    { schema: { tags: ['programma'], summary: 'Statussen, soorten, randvoorwaarden, kleuren en organisaties van het programma', response: responses({ 200: ProgrammaCatalogusSchema }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.catalogus();
    },
  );

  app.get(
    '/api/programma/programmas',
    { schema: { tags: ['programma'], summary: 'Alle meerjarenprogramma\'s, ook eerdere', response: responses({ 200: Type.Array(ProgrammaKortSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.programmas();
    },
  );

  app.get(
    '/api/programma/programmas/:code',
    { schema: { tags: ['programma'], summary: 'Eén meerjarenprogramma als boom', params: CodeParams, response: responses({ 200: ProgrammaBoomSchema }, [401, 403, 404]) } },
    async (request) => svc.boom(requirePermissie(request.gebruiker, 'programma:lezen'), request.params.code),
  );

  app.post(
    '/api/programma/programmas/:code/status',
    {
      schema: {
        tags: ['programma'],
        summary: 'Het programma naar een volgende status (SM-15), met reden; bij vaststelling het raadsbesluit',
        params: CodeParams,
        body: ProgrammaStatusInvoerSchema,
        response: responses({ 204: Leeg }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.programmaStatus(auditContext(request), g, request.params.code, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/programma/programmas/:code/themas/:thema',
    {
      schema: {
        tags: ['programma'],
        summary: 'Themadashboard: maatregelen per status en voortgangskleur, de indicatoren tegen hun doel en vier jaar eerder',
        params: Type.Object({ code: CodeParams.properties.code, thema: CodeParams.properties.code }, { additionalProperties: false }),
        response: responses({ 200: ThemaDashboardSchema }, [401, 403, 404]),
      },
    },
    async (request) => svc.themaDashboard(requirePermissie(request.gebruiker, 'programma:lezen'), request.params.code, request.params.thema),
  );

  app.get(
    '/api/programma/maatregelen',
    { schema: { tags: ['programma'], summary: 'Maatregelen als tabel, te filteren op thema, partner, buurt, status of de eigen organisatie', querystring: MaatregelFilterSchema, response: responses({ 200: MaatregelLijstSchema }, [401, 403]) } },
    async (request) => svc.lijst(requirePermissie(request.gebruiker, 'programma:lezen'), request.query),
  );

  app.get(
    '/api/programma/maatregelen/:id',
    { schema: { tags: ['programma'], summary: 'Eén maatregel met voortgang, bewijs en wijzigingen', params: IdParams, response: responses({ 200: MaatregelDetailSchema }, [401, 403, 404]) } },
    async (request) => svc.detail(requirePermissie(request.gebruiker, 'programma:lezen'), request.params.id),
  );

  app.patch(
    '/api/programma/maatregelen/:id',
    {
      schema: {
        tags: ['programma'],
        summary: 'Een maatregel wijzigen (programmabeheer); na vaststelling van de agenda met reden, altijd met versie',
        params: IdParams,
        body: MaatregelWijzigingSchema,
        response: responses({ 204: Leeg }, [401, 403, 404]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.wijzigMaatregel(auditContext(request), g, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/programma/maatregelen/:id/voortgang',
    {
      schema: {
        tags: ['programma'],
        summary: 'Voortgang melden: datum, kleur (groen/oranje/rood), tekst en eventueel een nieuwe status; de eigenaar of programmabeheer',
        params: IdParams,
        body: VoortgangInvoerSchema,
        response: responses({ 204: Leeg }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:lezen');
      await svc.voortgangMelden(auditContext(request), g, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/programma/maatregelen/:id/bewijs',
    {
      schema: {
        tags: ['programma'],
        summary: 'Bewijs koppelen (casus, melding, alert, analyse, campagne, document): een verwijzing, nooit persoonsgegevens',
        params: IdParams,
        body: BewijsInvoerSchema,
        response: responses({ 204: Leeg }, [401, 403, 404]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:lezen');
      await svc.bewijsToevoegen(auditContext(request), g, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/programma/programmas/:code/agendas',
    {
      schema: {
        tags: ['programma'],
        summary: 'Een nieuwe uitvoeringsagenda (concept) binnen de periode van het programma',
        params: CodeParams,
        body: AgendaInvoerSchema,
        response: responses({ 201: Type.Object({ code: Type.String() }) }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.nieuweAgenda(auditContext(request), g, request.params.code, request.body);
      return reply.code(201).send({ code: request.body.code });
    },
  );

  app.post(
    '/api/programma/agendas/:code/status',
    {
      schema: {
        tags: ['programma'],
        summary: 'De uitvoeringsagenda naar een volgende status (SM-15); bij vaststelling het collegebesluit',
        params: CodeParams,
        body: AgendaStatusInvoerSchema,
        response: responses({ 204: Leeg }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.agendaStatus(auditContext(request), g, request.params.code, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/programma/agendas/:code/export',
    { schema: { tags: ['programma'], summary: 'De uitvoeringsagenda als Excel-bestand (dezelfde kolommen als het inlezen)', params: CodeParams, response: responses({ 200: Bestand('XLSX') }, [401, 403, 404]) } },
    async (request, reply) => stuurBestand(reply, await svc.exportAgenda(requirePermissie(request.gebruiker, 'programma:lezen'), request.params.code)),
  );

  app.post(
    '/api/programma/agendas/:code/import',
    {
      schema: {
        tags: ['programma'],
        summary: 'Een uitvoeringsagenda inlezen uit Excel: alles of niets, met rijnummers bij fouten; niet na vaststelling',
        params: CodeParams,
        body: AgendaImportSchema,
        response: responses({ 200: AgendaImportUitslagSchema }, [401, 403, 404, 409]),
      },
      bodyLimit: 30 * 1024 * 1024,
    },
    async (request) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      return svc.importAgenda(auditContext(request), g, request.params.code, Buffer.from(request.body.inhoud, 'base64'));
    },
  );

  app.get(
    '/api/programma/buurtagenda',
    {
      schema: {
        tags: ['programma'],
        summary: "Buurtagenda's: de punten per buurt (ook niet gepubliceerde)",
        querystring: Type.Object({ buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })) }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(BuurtagendaPuntSchema) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'programma:lezen');
      return svc.buurtagenda(request.query.buurt);
    },
  );

  app.post(
    '/api/programma/buurtagenda',
    { schema: { tags: ['programma'], summary: 'Een punt op de agenda van een buurt zetten', body: BuurtagendaInvoerSchema, response: responses({ 201: Type.Object({ id: Type.Integer() }) }, [401, 403]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'programma:beheren');
      return reply.code(201).send({ id: await svc.nieuwBuurtagendaPunt(auditContext(request), request.body) });
    },
  );

  app.patch(
    '/api/programma/buurtagenda/:id',
    {
      schema: {
        tags: ['programma'],
        summary: 'Een agendapunt bijwerken: status (bij afronden met uitkomst), prioriteit, publiceren, gekoppelde maatregelen',
        params: IdParams,
        body: BuurtagendaWijzigingSchema,
        response: responses({ 204: Leeg }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'programma:beheren');
      await svc.wijzigBuurtagendaPunt(auditContext(request), g, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
}
