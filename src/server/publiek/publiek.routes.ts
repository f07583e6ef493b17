import { Type } from 'typebox';
import { Bestand } from '../../contract/api/common.ts';
import { OpenDataLijstSchema, PubliekGebiedSchema } from '../../contract/api/publiek.ts';
import type { App, AppContext } from '../platform/context.ts';
import { responses } from '../platform/http-schemas.ts';

/** Public pages change with imports and agenda edits, not per request: cacheable, revalidated by ETag. */
const CACHE = 'public, max-age=300';

export async function publiekRoutes(app: App, ctx: AppContext, rateLimitPublic: object): Promise<void> {
  const svc = ctx.publiek;

  const pagina = (pad: string, summary: string, param: string, patroon: string) =>
    app.get(
      pad,
      {
        schema: {
          tags: ['publiek'],
          summary,
          params: Type.Object({ [param]: Type.String({ pattern: patroon }) }, { additionalProperties: false }),
          response: responses({ 200: PubliekGebiedSchema, 304: Type.Null() }, [404]),
        },
        config: rateLimitPublic,
      },
      async (request, reply) => {
        const { json, etag } = await svc.pagina((request.params as Record<string, string>)[param]!);
        reply.header('etag', etag).header('cache-control', CACHE);
        if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
        return json;
      },
    );

  app.get(
    '/api/publiek',
    { schema: { tags: ['publiek'], summary: 'De publieke pagina van de gemeente (zonder inloggen)', response: responses({ 200: PubliekGebiedSchema, 304: Type.Null() }) }, config: rateLimitPublic },
    async (request, reply) => {
      const { json, etag } = await svc.pagina(ctx.gemeente.gemeente.code);
      reply.header('etag', etag).header('cache-control', CACHE);
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return json;
    },
  );
  pagina('/api/publiek/wijken/:code', 'De publieke pagina van een wijk (zonder inloggen)', 'code', '^WK[0-9]{6}$');
  pagina('/api/publiek/buurten/:code', 'De publieke pagina van een buurt: doelen, maatregelen, buurtagenda, cijfers met kleine aantallen onderdrukt (zonder inloggen)', 'code', '^BU[0-9]{8}$');

  app.get(
    '/api/publiek/open-data',
    { schema: { tags: ['publiek'], summary: 'Open data: de openbare indicatoren met hun downloads (CC BY 4.0)', response: responses({ 200: OpenDataLijstSchema }) }, config: rateLimitPublic },
    async (_request, reply) => reply.header('cache-control', CACHE).send(await svc.openData()),
  );

  app.get(
    '/api/publiek/open-data/:indicator',
    {
      schema: {
        tags: ['publiek'],
        summary: 'Eén openbare indicator voor alle gebieden als CSV of GeoJSON, met metadata en onderdrukking',
        params: Type.Object({ indicator: Type.String({ pattern: '^[A-Z][A-Z0-9_]+$', maxLength: 60 }) }, { additionalProperties: false }),
        querystring: Type.Object(
          { formaat: Type.Union([Type.Literal('csv'), Type.Literal('geojson')], { default: 'csv' }), periode: Type.Optional(Type.String({ pattern: '^[0-9]{4}$' })) },
          { additionalProperties: false },
        ),
        response: responses({ 200: Bestand('CSV of GeoJSON') }, [404]),
      },
      config: rateLimitPublic,
    },
    async (request, reply) => {
      const b = await svc.openDataBestand(request.params.indicator, request.query.formaat ?? 'csv', request.query.periode);
      return reply.type(b.mediatype).header('content-disposition', `attachment; filename="${b.bestandsnaam}"`).header('cache-control', CACHE).send(b.inhoud);
    },
  );
}
