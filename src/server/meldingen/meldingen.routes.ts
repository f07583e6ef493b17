import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { StatusSchema, NieuweMeldingBody, Overzicht, LijstFilter, Detail, IdParams } from '../../contract/api/meldingen.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { FormaatSchema, stuurBestand } from '../platform/export.ts';
import { Bestand } from '../../contract/api/common.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import { spoedBegin, spoedEinde } from '../platform/voorrang.ts';
import { Cursor, Volgende } from '../../contract/api/common.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import type { Kanaal } from './meldingen.tables.ts';

/** Intake requests in flight (each ends its urgency exactly once: response or abort). */
const spoed = new WeakSet<object>();

export async function meldingenRoutes(app: App, ctx: AppContext, rateLimitPublic: object, rateLimitIntake: object): Promise<void> {
  const svc = ctx.meldingen;

  app.get(
    '/api/meldingen/categorieen',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Categorieën voor het meldformulier (openbaar)',
        response: responses({
          200: Type.Array(Type.Object({ code: Type.String(), naam: Type.String(), sub: Type.Array(Type.Object({ code: Type.String(), naam: Type.String() })) })),
        }),
      },
      config: rateLimitPublic,
    },
    async () => svc.publiekeCategorieen(),
  );

  app.get(
    '/api/meldingen/statussen',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'De statussen van een melding (configuratie van de gemeente)',
        response: responses({ 200: Type.Array(StatusSchema) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'meldingen:lezen');
      return svc.statussen();
    },
  );

  app.post(
    '/api/meldingen',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Een melding doen (openbaar; medewerkers en partners ook)',
        description:
          'Zonder inlog: kanaal web. Met een sessie en de permissie meldingen:beoordelen: kanaal telefoon of balie. ' +
          'Met `Authorization: Bearer <sleutel>` van een partnerorganisatie: kanaal partner.',
        body: NieuweMeldingBody,
        response: responses(
          { 201: Type.Object({ id: Type.String(), referentie: Type.String(), statusUrl: Type.String(), mogelijkDubbel: Type.Boolean() }) },
          [401, 403, 413],
        ),
      },
      // Room for three photos of 5 MB in base64; every other route keeps the 1 MiB limit.
      bodyLimit: 24 * 1024 * 1024,
      config: rateLimitIntake,
      // A resident waits on this one: no heavy read starts on the embedded engine while it runs.
      onRequest: (request, _reply, done) => {
        spoed.add(request);
        spoedBegin();
        done();
      },
      onResponse: (request, _reply, done) => {
        if (spoed.delete(request)) spoedEinde();
        done();
      },
      onRequestAbort: (request, done) => {
        if (spoed.delete(request)) spoedEinde();
        done();
      },
    },
    async (request, reply) => {
      const { kanaal: gevraagd, ...input } = request.body;
      let kanaal: Kanaal = 'web';
      let bron: string | null = null;
      if (request.partner) {
        kanaal = 'partner';
        bron = request.partner.organisatieId;
      } else if (gevraagd) {
        requirePermissie(request.gebruiker, 'meldingen:beoordelen');
        kanaal = gevraagd;
      }
      const actor = bron
        ? { actor: { id: null, omschrijving: 'partner-api', organisatieId: bron }, requestId: request.id }
        : request.gebruiker
          ? auditContext(request)
          : { actor: { id: null, omschrijving: 'melder', organisatieId: null }, requestId: request.id };
      const r = await svc.create(actor, input, kanaal, bron);
      return reply.code(201).send({ id: r.id, referentie: r.referentie, statusUrl: `/melding/status/${r.token}`, mogelijkDubbel: r.duplicaatVan !== null });
    },
  );

  app.post(
    '/api/meldingen/classificeer',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Stel een categorie voor bij een tekst (openbaar)',
        body: Body({ tekst: Type.String({ minLength: 1, maxLength: 5000 }) }),
        response: responses({
          200: Type.Object({
            suggesties: Type.Array(Type.Object({ categorie: Type.String(), score: Type.Number() })),
            verklaring: Type.Array(Type.Object({ woord: Type.String(), categorie: Type.String(), gewicht: Type.Number() })),
          }),
        }),
      },
      config: rateLimitPublic,
    },
    async (request) => svc.classificeer(request.body.tekst),
  );

  app.get(
    '/api/meldingen/in-de-buurt',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Aantal open meldingen van dezelfde soort in de buurt van een punt (openbaar; per buurt, nooit een afstand of plek)',
        querystring: Type.Object(
          { lon: Type.Number({ minimum: -180, maximum: 180 }), lat: Type.Number({ minimum: -90, maximum: 90 }), categorie: Type.String({ maxLength: 50 }) },
          { additionalProperties: false },
        ),
        response: responses(
          {
            200: Type.Object({
              gebied: Type.Object({ code: Type.String(), naam: Type.String() }),
              categorie: Type.String(),
              beschikbaar: Type.Boolean({ description: 'false voor gevoelige soorten: dan tonen we niets' }),
              aantal: Type.Union([Type.Integer(), Type.Null()], { description: 'open meldingen van deze soort in deze buurt' }),
              dagen: Type.Union([Type.Integer(), Type.Null()], { description: 'over de laatste zoveel dagen' }),
            }),
          },
          [400, 404],
        ),
      },
      config: rateLimitPublic,
    },
    async (request) => svc.inDeBuurt(request.query.lon, request.query.lat, request.query.categorie),
  );

  app.get(
    '/api/meldingen/status/:token',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Voortgang voor de melder (geheime link)',
        params: Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,64}$' }) }),
        response: responses(
          {
            200: Type.Object({
              referentie: Type.String(),
              status: Type.String(),
              statusNaam: Type.String(),
              categorie: Type.String(),
              ingediendOp: Type.String(),
              afgerond: Type.Boolean(),
              uitkomst: Type.Union([Type.String(), Type.Null()], { description: 'Bij afronding: de uitleg die de melder ook per e-mail kreeg' }),
              verloop: Type.Array(Type.Object({ tijdstip: Type.String(), status: Type.String(), statusNaam: Type.String() })),
            }),
          },
          [404],
        ),
      },
      config: rateLimitPublic,
    },
    async (request) => svc.publiekeStatus(request.params.token),
  );

  app.post(
    '/api/meldingen/status/:token/reactie',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Reactie van de melder na afhandeling: tevreden? opnieuw bekijken?',
        params: Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,64}$' }) }),
        body: Body({ tevreden: Type.Boolean(), toelichting: Type.Optional(Type.String({ maxLength: 2000 })), heropenen: Type.Boolean({ default: false }) }),
        response: responses({ 200: Type.Object({ status: Type.String() }) }, [404, 409]),
      },
      config: rateLimitIntake,
    },
    async (request) => svc.reactie(request.params.token, request.body),
  );

  app.get(
    '/api/meldingen',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Werklijst meldingen: nieuwe (nog niet beoordeelde) bovenaan, nieuwste eerst; daarna op termijn (te late eerst)',
        querystring: Type.Object(
          {
            ...LijstFilter,
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, default: 0, description: 'Verouderd: gebruik cursor' }),
            cursor: Cursor,
          },
          { additionalProperties: false },
        ),
        response: responses(
          {
            200: Type.Object({
              totaal: Type.Integer(),
              perStatus: Type.Record(Type.String(), Type.Integer(), { description: 'aantal per status onder hetzelfde filter, zonder het statusfilter' }),
              items: Type.Array(Overzicht),
              volgende: Volgende,
            }),
          },
          [400, 401, 403],
        ),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'meldingen:lezen');
      const { limit, offset, cursor, ...filter } = request.query;
      return svc.list(request.gebruiker!, auditContext(request), filter, { limit, offset, cursor });
    },
  );

  app.get(
    '/api/meldingen/export',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Werklijst meldingen als CSV of XLSX (zelfde filter en volgorde; zonder contactgegevens)',
        querystring: Type.Object({ ...LijstFilter, formaat: FormaatSchema }, { additionalProperties: false }),
        response: responses({ 200: Bestand('CSV (puntkomma, UTF-8 met BOM) of XLSX') }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'meldingen:lezen');
      const { formaat, ...filter } = request.query;
      return stuurBestand(reply, await svc.exporteer(request.gebruiker!, auditContext(request), filter, formaat));
    },
  );

  app.get(
    '/api/meldingen/teams',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Teams waar meldingen naartoe kunnen (uit de gemeenteconfiguratie)',
        response: responses({ 200: Type.Array(Type.Object({ code: Type.String(), naam: Type.String(), organisatie: Type.String() })) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'meldingen:lezen');
      return svc.teams();
    },
  );

  app.get(
    '/api/meldingen/behandelaars',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Medewerkers aan wie meldingen kunnen worden toegewezen',
        response: responses({ 200: Type.Array(Type.Object({ id: Type.String(), naam: Type.String(), organisatie: Type.String() })) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'meldingen:lezen');
      return svc.behandelaars();
    },
  );

  app.post(
    '/api/meldingen/toewijzen',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Meldingen (in bulk) toewijzen aan een team en/of behandelaar; alles of niets',
        body: Body({
          ids: Type.Array(Type.String({ format: 'uuid' }), { minItems: 1, maxItems: 500 }),
          team: Type.Optional(Type.String({ maxLength: 50 })),
          behandelaarId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()], { description: 'null = niemand' })),
        }),
        response: responses({ 200: Type.Object({ gewijzigd: Type.Integer() }) }, [401, 403, 404, 409]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'meldingen:beoordelen');
      const { ids, ...doel } = request.body;
      return svc.toewijzen(auditContext(request), ids, doel);
    },
  );

  app.get(
    '/api/meldingen/:id',
    { schema: { tags: ['meldingen'], summary: 'Eén melding met verloop (contactgegevens apart, met doel)', params: IdParams, response: responses({ 200: Detail }, [401, 403, 404]) } },
    async (request) => {
      const g = requirePermissie(request.gebruiker, 'meldingen:lezen');
      return ctx.db.transaction().execute((trx) => svc.detail(trx, g, auditContext(request), request.params.id));
    },
  );

  app.post(
    '/api/meldingen/:id/contact',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Contactgegevens van de melder (alleen het behandelende team, met doel; gelogd)',
        params: IdParams,
        body: Body({ doel: Type.String({ minLength: 5, maxLength: 300, description: 'Waarvoor u de gegevens nodig hebt' }) }),
        response: responses(
          {
            200: Type.Object({
              naam: Type.Union([Type.String(), Type.Null()]),
              email: Type.Union([Type.String(), Type.Null()]),
              telefoon: Type.Union([Type.String(), Type.Null()]),
              toestemming: Type.Boolean(),
            }),
          },
          [401, 403, 404],
        ),
      },
    },
    async (request) => {
      const g = requirePermissie(request.gebruiker, 'meldingen:lezen');
      return svc.contact(g, auditContext(request), request.params.id, request.body.doel);
    },
  );

  app.get(
    '/api/meldingen/:id/fotos/:fotoId',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Foto bij een melding (JPEG, zonder metadata)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), fotoId: Type.String({ format: 'uuid' }) }),
        response: responses({ 200: Bestand('de foto (JPEG, zonder metadata)') }, [401, 403, 404]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'meldingen:lezen');
      const f = await ctx.db.transaction().execute((trx) => svc.foto(trx, auditContext(request), request.params.id, request.params.fotoId));
      return reply.type(f.mediatype).header('cache-control', 'private, no-store').send(f.inhoud);
    },
  );

  app.post(
    '/api/meldingen/:id/status',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Status wijzigen (volgens de toegestane overgangen)',
        params: IdParams,
        body: Body({ naar: Type.String({ maxLength: 50 }), reden: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: responses({ 204: Type.Null() }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'meldingen:beoordelen');
      await svc.transition(auditContext(request), request.params.id, request.body.naar, request.body.reden);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/meldingen/:id/categorie',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Categorie corrigeren (de suggestie leert hiervan)',
        params: IdParams,
        body: Body({ categorie: Type.String({ maxLength: 50 }), subcategorie: Type.Optional(Type.String({ maxLength: 50 })) }),
        response: responses({ 204: Type.Null() }, [401, 403, 404]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'meldingen:beoordelen');
      await svc.setCategorie(auditContext(request), request.params.id, request.body.categorie, request.body.subcategorie);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/meldingen/:id/koppeling',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Koppelen aan een hoofdmelding (dubbele melding bevestigen)',
        params: IdParams,
        body: Body({ hoofdmeldingId: Type.String({ format: 'uuid' }) }),
        response: responses({ 204: Type.Null() }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'meldingen:beoordelen');
      await svc.koppel(auditContext(request), request.params.id, request.body.hoofdmeldingId);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/meldingen/:id/koppeling',
    {
      schema: { tags: ['meldingen'], summary: 'Ontkoppelen', params: IdParams, response: responses({ 204: Type.Null() }, [401, 403, 404]) },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'meldingen:beoordelen');
      await svc.koppel(auditContext(request), request.params.id, null);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/meldingen/routering/simulatie',
    {
      schema: {
        tags: ['meldingen'],
        summary: 'Simuleer een nieuwe set routeringsregels op alle bestaande meldingen',
        body: Body({
          regels: Type.Array(
            Type.Object(
              {
                naam: Type.String({ minLength: 1, maxLength: 200 }),
                categorie: Type.String({ maxLength: 50 }),
                subcategorie: Type.Optional(Type.String({ maxLength: 50 })),
                wijk: Type.Optional(Type.String({ pattern: '^WK[0-9]{6}$' })),
                buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
                uurVan: Type.Optional(Type.Integer({ minimum: 0, maximum: 23 })),
                uurTot: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 })),
                team: Type.String({ maxLength: 50 }),
              },
              { additionalProperties: false },
            ),
            { minItems: 1, maxItems: 200 },
          ),
        }),
        response: responses(
          {
            200: Type.Object({
              bekeken: Type.Integer(),
              gewijzigd: Type.Integer(),
              wijzigingen: Type.Array(
                Type.Object({ id: Type.String(), referentie: Type.String(), categorie: Type.String(), huidigTeam: Type.String(), nieuwTeam: Type.String(), regel: Type.String() }),
              ),
            }),
          },
          [401, 403],
        ),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'meldingen:beoordelen');
      return svc.simuleerRoutering(request.body.regels);
    },
  );
}
