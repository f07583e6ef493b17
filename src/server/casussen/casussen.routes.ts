import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { S, IdParams, Datum, Taak, Overzicht, Besluit, Detail, ZaakFilter, ZichtbaarheidInvoer } from '../../contract/api/casussen.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { AppError } from '../platform/errors.ts';
import { FormaatSchema, stuurBestand } from '../platform/export.ts';
import { Bestand, Cursor, Volgende } from '../../contract/api/common.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import type { Gebruiker } from '../toegang/toegang.service.ts';

export async function casussenRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.casussen;
  const user = (g: Gebruiker | null) => {
    if (!g) throw new AppError('niet_ingelogd');
    return g;
  };

  app.get(
    '/api/casustypen',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Catalogus: zaaktypen met statussen en resultaten, dossiersoorten, besluittypen, taakuitkomsten',
        response: responses(
          {
            200: Type.Object({
              zaaktypen: Type.Array(
                Type.Object({
                  code: S,
                  naam: S,
                  omschrijving: S,
                  statussen: Type.Array(Type.Object({ code: S, naam: S, eind: Type.Boolean() })),
                  resultaattypen: Type.Array(Type.Object({ code: S, naam: S, archiefnominatie: S, bewaartermijn: S })),
                }),
              ),
              dossiersoorten: Type.Array(Type.Object({ code: S, naam: S })),
              besluittypen: Type.Array(
                Type.Object({ code: S, naam: S, orgaan: S, zienswijzeDagen: Type.Integer(), bezwaarWeken: Type.Integer(), begunstigingstermijn: Type.Boolean() }),
              ),
              taakuitkomsten: Type.Array(Type.Object({ code: S, naam: S })),
            }),
          },
          [401],
        ),
      },
    },
    async (request) => {
      user(request.gebruiker);
      return svc.catalogus();
    },
  );

  app.post(
    '/api/casussen',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Casus aanmaken, eventueel uit meldingen',
        body: Body({
          zaaktype: Type.String({ maxLength: 50 }),
          omschrijving: Type.String({ minLength: 3, maxLength: 2000 }),
          meldingIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 100, default: [] }),
          buurtCode: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
        }),
        response: responses({ 201: Type.Object({ id: S, identificatie: S }) }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      const r = await svc.create(user(request.gebruiker), auditContext(request), request.body);
      return reply.code(201).send(r);
    },
  );

  app.get(
    '/api/casussen',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Werklijst casussen (alleen waarvan u of uw organisatie lid is); achterstallige eerst',
        querystring: Type.Object(
          {
            ...ZaakFilter,
            limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
            offset: Type.Integer({ minimum: 0, default: 0, description: 'Verouderd: gebruik cursor' }),
            cursor: Cursor,
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Object({ totaal: Type.Integer(), items: Type.Array(Type.Object(Overzicht)), volgende: Volgende }) }, [400, 401, 403]),
      },
    },
    async (request) => svc.list(user(request.gebruiker), auditContext(request), request.query),
  );

  app.get(
    '/api/casussen/export',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Werklijst casussen als CSV of XLSX (zelfde filter; zonder personen of dossier)',
        querystring: Type.Object({ ...ZaakFilter, formaat: FormaatSchema }, { additionalProperties: false }),
        response: responses({ 200: Bestand('CSV (puntkomma, UTF-8 met BOM) of XLSX') }, [400, 401, 403]),
      },
    },
    async (request, reply) => {
      const { formaat, ...f } = request.query;
      return stuurBestand(reply, await svc.exporteer(user(request.gebruiker), auditContext(request), f, formaat));
    },
  );

  app.get(
    '/api/casussen/:id',
    { schema: { tags: ['casussen'], summary: 'Eén casus met dossier (need-to-know)', params: IdParams, response: responses({ 200: Detail }, [401, 403]) } },
    async (request) => ctx.db.transaction().execute((trx) => svc.detail(trx, request.gebruiker, auditContext(request), request.params.id)),
  );

  app.post(
    '/api/casussen/:id/status',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Volgende stap; geweigerd (409) zolang het vereiste bewijs ontbreekt',
        params: IdParams,
        body: Body({ naar: Type.String({ maxLength: 50 }), reden: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: responses({ 204: Type.Null() }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      await svc.zetStatus(request.gebruiker, auditContext(request), request.params.id, request.body.naar, request.body.reden);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/casussen/:id/afsluiten',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Afsluiten met een resultaat; de archiefactiedatum volgt uit het resultaattype',
        params: IdParams,
        body: Body({ resultaat: Type.String({ maxLength: 50 }), toelichting: Type.String({ minLength: 1, maxLength: 5000 }) }),
        response: responses({ 200: Type.Object({ einddatum: S, archiefnominatie: S, archiefactiedatum: S, meldingenAfgesloten: Type.Integer({ description: 'meldingen die met de uitkomst naar hun eindstatus gingen (de melder krijgt bericht)' }) }) }, [400, 401, 403, 409]),
      },
    },
    async (request) => svc.afsluiten(request.gebruiker, auditContext(request), request.params.id, request.body.resultaat, request.body.toelichting),
  );

  app.post(
    '/api/casussen/:id/dossier',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Dossierregel toevoegen (notitie, logboek, waarneming, gesprek, …)',
        params: IdParams,
        body: Body({
          soort: Type.String({ maxLength: 50 }),
          titel: Type.String({ minLength: 1, maxLength: 200 }),
          tekst: Type.Optional(Type.String({ maxLength: 20000 })),
          zichtbaarheid: Type.Optional(ZichtbaarheidInvoer),
          vertrouwelijkheid: Type.Optional(
            Type.Union(['openbaar', 'beperkt_openbaar', 'intern', 'zaakvertrouwelijk', 'vertrouwelijk', 'confidentieel', 'geheim', 'zeer_geheim'].map((v) => Type.Literal(v))),
          ),
        }),
        response: responses({ 201: Type.Object({ id: Type.Integer() }) }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      const id = await svc.dossierToevoegen(request.gebruiker, auditContext(request), request.params.id, request.body);
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/casussen/:id/betrokkenen',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Persoon of adres koppelen (minimale gegevens, met doel)',
        params: IdParams,
        body: Body({
          rol: Type.Union(['overlastgever', 'melder', 'slachtoffer', 'verhuurder', 'bewoner', 'betrokkene'].map((v) => Type.Literal(v))),
          naam: Type.Optional(Type.String({ maxLength: 200 })),
          adres: Type.Optional(Type.String({ maxLength: 300 })),
          doel: Type.String({ minLength: 3, maxLength: 300, description: 'Waarvoor deze gegevens nodig zijn' }),
        }),
        response: responses({ 201: Type.Object({ id: S }) }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      const id = await svc.betrokkeneToevoegen(request.gebruiker, auditContext(request), request.params.id, request.body);
      return reply.code(201).send({ id });
    },
  );

  app.post(
    '/api/casussen/:id/leden',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Lid toevoegen: een gebruiker (casushouder of lid) of een organisatie',
        params: IdParams,
        body: Body({
          gebruikerId: Type.Optional(Type.String({ format: 'uuid' })),
          organisatie: Type.Optional(Type.String({ pattern: '^[a-z0-9-]+$' })),
          rol: Type.Union([Type.Literal('casushouder'), Type.Literal('lid'), Type.Literal('partner')]),
        }),
        response: responses({ 204: Type.Null() }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      await svc.lidToevoegen(request.gebruiker, auditContext(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/casussen/:id/leden/:lidId/beeindigen',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Lidmaatschap beëindigen: het lid ziet niets meer dat daarna wordt vastgelegd',
        params: Type.Object({ id: Type.String({ format: 'uuid' }), lidId: Type.String({ format: 'uuid' }) }),
        body: Body({ reden: Type.String({ minLength: 1, maxLength: 2000 }) }),
        response: responses({ 204: Type.Null() }, [401, 403, 404, 409]),
      },
    },
    async (request, reply) => {
      await svc.lidBeeindigen(request.gebruiker, auditContext(request), request.params.id, request.params.lidId, request.body.reden);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/casussen/:id/doorbreken',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Break-glass: een casus zonder lidmaatschap inzien (alleen lezen, met reden, gelogd voor de FG)',
        params: IdParams,
        body: Body({ reden: Type.String({ minLength: 10, maxLength: 2000 }) }),
        response: responses({ 200: Detail }, [401, 403, 404]),
      },
    },
    async (request) => svc.doorbreken(request.gebruiker, auditContext(request), request.params.id, request.body.reden),
  );

  for (const [pad, opschorten] of [
    ['opschorten', true],
    ['hervatten', false],
  ] as const) {
    app.post(
      `/api/casussen/:id/${pad}`,
      {
        schema: {
          tags: ['casussen'],
          summary: opschorten ? 'Opschorten (de klok stopt)' : 'Hervatten (de streefdatum schuift op)',
          params: IdParams,
          body: Body({ reden: Type.Optional(Type.String({ maxLength: 2000 })) }),
          response: responses({ 204: Type.Null() }, [401, 403, 409]),
        },
      },
      async (request, reply) => {
        await svc.opschorten(request.gebruiker, auditContext(request), request.params.id, opschorten, request.body.reden);
        return reply.code(204).send(null);
      },
    );
  }

  app.post(
    '/api/casussen/:id/besluiten',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Besluit vastleggen; zienswijze-, bezwaar- en begunstigingstermijn worden berekend',
        params: IdParams,
        body: Body({
          besluittype: Type.String({ maxLength: 50 }),
          datum: Datum,
          ingangsdatum: Type.Optional(Datum),
          toelichting: Type.String({ minLength: 1, maxLength: 10000 }),
          begunstigingstermijnDagen: Type.Optional(Type.Integer({ minimum: 1, maximum: 365 })),
        }),
        response: responses({ 201: Besluit }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      const b = await svc.besluiten.vastleggen(request.gebruiker, auditContext(request), request.params.id, request.body);
      return reply.code(201).send(b);
    },
  );

  app.post(
    '/api/casussen/:id/taken',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Doorverwijzen: een taak voor een partnerorganisatie',
        params: IdParams,
        body: Body({
          organisatie: Type.String({ pattern: '^[a-z0-9-]+$' }),
          titel: Type.String({ minLength: 1, maxLength: 200 }),
          omschrijving: Type.String({ minLength: 1, maxLength: 5000 }),
          termijnWerkdagen: Type.Optional(Type.Integer({ minimum: 1, maximum: 250 })),
        }),
        response: responses({ 201: Taak }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      const t = await svc.taken.maak(request.gebruiker, auditContext(request), request.params.id, request.body);
      return reply.code(201).send(t);
    },
  );

  app.get(
    '/api/taken',
    {
      schema: {
        tags: ['casussen'],
        summary: 'Taken van mijn organisatie (partners)',
        querystring: Type.Object({ status: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 4 })) }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(Taak) }, [401, 403]),
      },
    },
    async (request) => svc.taken.mijn(request.gebruiker, auditContext(request), request.query.status),
  );

  const TaakActie = {
    accepteren: Body({}),
    weigeren: Body({ reden: Type.String({ minLength: 1, maxLength: 2000 }) }),
    afronden: Body({ uitkomst: Type.String({ maxLength: 50 }), toelichting: Type.String({ maxLength: 5000, default: '' }) }),
  } as const;
  for (const soort of ['accepteren', 'weigeren', 'afronden'] as const) {
    app.post(
      `/api/taken/:id/${soort}`,
      {
        schema: { tags: ['casussen'], summary: `Taak ${soort}`, params: IdParams, body: TaakActie[soort], response: responses({ 200: Taak }, [401, 403, 409]) },
      },
      async (request) => {
        const body = request.body as Record<string, string>;
        const actie =
          soort === 'accepteren'
            ? ({ soort } as const)
            : soort === 'weigeren'
              ? ({ soort, reden: body.reden! } as const)
              : ({ soort, uitkomst: body.uitkomst!, toelichting: body.toelichting ?? '' } as const);
        return svc.taken.bijwerken(request.gebruiker, auditContext(request), request.params.id, actie);
      },
    );
  }
}
