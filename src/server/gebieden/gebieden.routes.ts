import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { GebiedRef, FeatureSchema, FeatureCollectionSchema } from '../../contract/api/gebieden.ts';
import { AppError } from '../platform/errors.ts';
import { responses } from '../platform/http-schemas.ts';

export async function gebiedenRoutes(app: App, ctx: AppContext, rateLimitPublic: object): Promise<void> {
  app.get(
    '/api/gebieden',
    {
      schema: {
        tags: ['gebieden'],
        summary: 'Gebieden van één niveau als GeoJSON FeatureCollection (WGS84)',
        querystring: Type.Object(
          { niveau: Type.Union([Type.Literal('gemeente'), Type.Literal('wijk'), Type.Literal('buurt')], { default: 'buurt' }) },
          { additionalProperties: false },
        ),
        response: responses({ 200: FeatureCollectionSchema }),
      },
      config: rateLimitPublic,
    },
    async (request, reply) => {
      // Pre-serialised at load time: the map asks for this on every visit.
      return reply
        .type('application/geo+json; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .serializer((p: unknown) => p as string)
        .send(ctx.gebieden.featureCollectionJson(request.query.niveau));
    },
  );

  app.get(
    '/api/gebieden/zoek',
    {
      schema: {
        tags: ['gebieden'],
        summary: 'In welke buurt en wijk ligt een punt?',
        description: 'Geef lon en lat (WGS84, graden) of x en y (RD New, EPSG:28992, meters).',
        querystring: Type.Object(
          {
            lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
            lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
            x: Type.Optional(Type.Number()),
            y: Type.Optional(Type.Number()),
          },
          { additionalProperties: false },
        ),
        response: responses({ 200: Type.Object({ buurt: GebiedRef, wijk: GebiedRef }) }, [404]),
      },
      config: rateLimitPublic,
    },
    async (request) => {
      const { lon, lat, x, y } = request.query;
      const wgs = lon !== undefined || lat !== undefined;
      const rd = x !== undefined || y !== undefined;
      if (wgs === rd) throw new AppError('ongeldige_coordinaten', 'Geef óf lon en lat, óf x en y.');
      if (wgs) {
        if (lon === undefined || lat === undefined) throw new AppError('ongeldige_coordinaten', 'Geef zowel lon als lat.');
        return ctx.gebieden.zoekWgs84(lon, lat);
      }
      if (x === undefined || y === undefined) throw new AppError('ongeldige_coordinaten', 'Geef zowel x als y.');
      return ctx.gebieden.zoekRd(x, y);
    },
  );

  app.get(
    '/api/gebieden/:code',
    {
      schema: {
        tags: ['gebieden'],
        summary: 'Eén gebied als GeoJSON Feature',
        params: Type.Object({ code: Type.String({ pattern: '^(GM|WK|BU)[0-9]{4,8}$' }) }),
        response: responses({ 200: FeatureSchema }, [404]),
      },
      config: rateLimitPublic,
    },
    async (request) => ctx.gebieden.feature(request.params.code),
  );
}
