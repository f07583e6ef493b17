import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { Cursor, Nullable, Volgende } from '../../contract/api/common.ts';
import { S, Code, Sjabloon, Tekst } from '../../contract/api/berichten.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

export async function berichtenRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.berichten;

  app.get(
    '/api/berichten',
    {
      schema: {
        tags: ['berichten'],
        summary: 'Uitgaande berichten; status=dood toont wat definitief niet aankwam',
        querystring: Type.Object(
          {
            status: Type.Optional(Type.Union([Type.Literal('wachtend'), Type.Literal('verzonden'), Type.Literal('dood')])),
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
              volgende: Volgende,
              items: Type.Array(
                Type.Object({
                  id: S,
                  kanaal: S,
                  ontvanger: Type.String({ description: 'gemaskeerd: e-mail als j…@domein, webhook als alleen de origin' }),
                  onderwerp: S,
                  sjabloon: S,
                  bron: S,
                  status: S,
                  pogingen: Type.Integer(),
                  volgendePoging: Nullable(S),
                  laatsteFout: Nullable(S),
                  aangemaaktOp: S,
                  verzondenOp: Nullable(S),
                }),
              ),
            }),
          },
          [401, 403],
        ),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'berichten:beheren');
      return svc.lijst(auditContext(request), request.query);
    },
  );

  app.post(
    '/api/berichten/:id/opnieuw',
    {
      schema: {
        tags: ['berichten'],
        summary: 'Een definitief mislukt bericht opnieuw versturen',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: responses({ 204: Type.Null() }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'berichten:beheren');
      await svc.opnieuw(auditContext(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/sjablonen',
    { schema: { tags: ['berichten'], summary: 'Berichtsjablonen', response: responses({ 200: Type.Array(Sjabloon) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'berichten:beheren');
      return svc.sjablonen();
    },
  );

  app.put(
    '/api/sjablonen/:code',
    {
      schema: { tags: ['berichten'], summary: 'Sjabloon aanpassen', params: Code, body: Tekst, response: responses({ 200: Sjabloon }, [401, 403, 404]) },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'berichten:beheren');
      await svc.sjabloonOpslaan(auditContext(request), request.params.code, request.body);
      return svc.sjabloon(request.params.code);
    },
  );

  app.post(
    '/api/sjablonen/:code/voorbeeld',
    {
      schema: {
        tags: ['berichten'],
        summary: 'Voorbeeld van een (concept)sjabloon met voorbeeldgegevens',
        params: Code,
        body: Type.Union([Tekst, Body({})]),
        response: responses({ 200: Type.Object({ onderwerp: S, tekst: S }) }, [401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'berichten:beheren');
      const b = request.body as { onderwerp?: string; tekst?: string };
      return svc.voorbeeld(request.params.code, b.onderwerp && b.tekst ? { onderwerp: b.onderwerp, tekst: b.tekst } : undefined);
    },
  );
}
