import { Type } from 'typebox';
import { BesluitInvoerSchema, OverlegSchema, SignaalInvoerSchema, SignaalSchema } from '../../contract/api/ondermijning.ts';
import type { App, AppContext } from '../platform/context.ts';
import { responses } from '../platform/http-schemas.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
const CodeNaam = Type.Array(Type.Object({ code: Type.String(), naam: Type.String() }));

export async function ondermijningRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.ondermijning;

  app.get(
    '/api/ondermijning/catalogus',
    {
      schema: {
        tags: ['ondermijning'],
        summary: 'Fenomenen, bronnen, de 4×4-waardering, vertrouwelijkheid, grondslagen en besluiten van het signaaloverleg',
        response: responses({ 200: Type.Object({ fenomenen: CodeNaam, bronsoorten: CodeNaam, bronBetrouwbaarheid: CodeNaam, informatieBetrouwbaarheid: CodeNaam, vertrouwelijkheden: CodeNaam, grondslagen: CodeNaam, overlegBesluiten: CodeNaam }) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'ondermijning:lezen');
      return svc.catalogus();
    },
  );

  app.get(
    '/api/ondermijning/signalen',
    {
      schema: {
        tags: ['ondermijning'],
        summary: 'Het signalenregister (alleen het ondermijningscompartiment; geheime signalen alleen voor wie ze behandelt)',
        querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('nieuw'), Type.Literal('geagendeerd'), Type.Literal('besloten')])), fenomeen: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(SignaalSchema) }, [401, 403]),
      },
    },
    async (request) => svc.lijst(auditContext(request), requirePermissie(request.gebruiker, 'ondermijning:lezen'), request.query),
  );

  app.get(
    '/api/ondermijning/signalen/:id',
    { schema: { tags: ['ondermijning'], summary: 'Eén signaal met zijn subjecten', params: IdParams, response: responses({ 200: SignaalSchema }, [401, 403, 404]) } },
    async (request) => svc.detail(auditContext(request), requirePermissie(request.gebruiker, 'ondermijning:lezen'), request.params.id),
  );

  app.post(
    '/api/ondermijning/signalen',
    { schema: { tags: ['ondermijning'], summary: 'Een signaal vastleggen, met waardering, fenomeen, grondslag en subjecten (minimale gegevens)', body: SignaalInvoerSchema, response: responses({ 201: Type.Object({ id: Type.String(), nummer: Type.String() }) }, [401, 403]) } },
    async (request, reply) => reply.code(201).send(await svc.nieuw(auditContext(request), requirePermissie(request.gebruiker, 'ondermijning:behandelen'), request.body)),
  );

  app.get(
    '/api/ondermijning/overleggen',
    { schema: { tags: ['ondermijning'], summary: 'Het gemeentelijk signaaloverleg: de overleggen met hun agenda', response: responses({ 200: Type.Array(OverlegSchema) }, [401, 403]) } },
    async (request) => svc.overleggen(requirePermissie(request.gebruiker, 'ondermijning:lezen')),
  );

  app.post(
    '/api/ondermijning/overleggen',
    { schema: { tags: ['ondermijning'], summary: 'Een signaaloverleg plannen', body: Type.Object({ datum: Type.String({ format: 'date' }) }, { additionalProperties: false }), response: responses({ 201: Type.Object({ id: Type.String() }) }, [401, 403]) } },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'ondermijning:behandelen');
      return reply.code(201).send({ id: await svc.nieuwOverleg(auditContext(request), request.body.datum) });
    },
  );

  app.post(
    '/api/ondermijning/signalen/:id/agenderen',
    { schema: { tags: ['ondermijning'], summary: 'Een signaal op de agenda van een signaaloverleg zetten', params: IdParams, body: Type.Object({ overleg: Type.String({ format: 'uuid' }) }, { additionalProperties: false }), response: responses({ 204: Type.Null() }, [401, 403, 404, 409]) } },
    async (request, reply) => {
      await svc.agenderen(auditContext(request), requirePermissie(request.gebruiker, 'ondermijning:behandelen'), request.params.id, request.body.overleg);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/ondermijning/signalen/:id/besluit',
    { schema: { tags: ['ondermijning'], summary: 'Het besluit van het signaaloverleg over een signaal, met reden', params: IdParams, body: BesluitInvoerSchema, response: responses({ 204: Type.Null() }, [401, 403, 404, 409]) } },
    async (request, reply) => {
      await svc.besluit(auditContext(request), requirePermissie(request.gebruiker, 'ondermijning:behandelen'), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );
}
