import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { responses } from '../platform/http-schemas.ts';

export async function adressenRoutes(app: App, ctx: AppContext, rateLimitPublic: object): Promise<void> {
  app.get(
    '/api/adressen/zoek',
    {
      schema: {
        tags: ['gebieden'],
        summary: 'Adres of buurt zoeken voor het meldformulier (openbaar)',
        description: 'Eigen adreslijst (BAG-extract), de PDOK Locatieserver als die is ingesteld, en buurtnamen (CBS).',
        querystring: Type.Object({ q: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
        response: responses({
          200: Type.Object({
            resultaten: Type.Array(
              Type.Object({
                soort: Type.Union([Type.Literal('adres'), Type.Literal('buurt')]),
                weergave: Type.String(),
                lon: Type.Number(),
                lat: Type.Number(),
                buurtCode: Type.Union([Type.String(), Type.Null()]),
                bron: Type.Union([Type.Literal('lokaal'), Type.Literal('pdok'), Type.Literal('cbs')]),
              }),
            ),
            waarschuwing: Type.Union([Type.String(), Type.Null()]),
          }),
        }),
      },
      config: rateLimitPublic,
    },
    async (request) => ctx.adressen.zoek(request.query.q),
  );

  app.get(
    '/api/adressen/plek',
    {
      schema: {
        tags: ['gebieden'],
        summary: 'Naam van een plek op de kaart: dichtstbijzijnde adres en de buurt (openbaar)',
        description:
          'Voor een klik op de kaart of "gebruik mijn locatie": het adres binnen 40 meter (PDOK Locatieserver reverse, anders de eigen adreslijst) en de buurt. Een plek buiten de gemeente geeft 400.',
        querystring: Type.Object(
          { lon: Type.Number({ minimum: -180, maximum: 180 }), lat: Type.Number({ minimum: -90, maximum: 90 }) },
          { additionalProperties: false },
        ),
        response: responses({
          200: Type.Object({
            adres: Type.Union([Type.String(), Type.Null()]),
            buurt: Type.Union([Type.Object({ code: Type.String(), naam: Type.String() }), Type.Null()]),
            bron: Type.Union([Type.Literal('lokaal'), Type.Literal('pdok'), Type.Null()]),
            waarschuwing: Type.Union([Type.String(), Type.Null()]),
          }),
        }),
      },
      config: rateLimitPublic,
    },
    async (request) => ctx.adressen.plekNaam(request.query.lon, request.query.lat),
  );
}
