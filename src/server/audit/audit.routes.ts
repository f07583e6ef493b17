import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { responses } from '../platform/http-schemas.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import { logVerwerking, searchVerwerkingen, verifyChain } from './audit.service.ts';

const VerwerkingSchema = Type.Object({
  volgnummer: Type.Integer(),
  tijdstip: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actor: Type.String({ description: 'Wie: gebruiker, "systeem" of "anoniem"' }),
  organisatieId: Type.Union([Type.String(), Type.Null()]),
  organisatie: Type.Union([Type.String(), Type.Null()]),
  actie: Type.String(),
  objectType: Type.String(),
  objectId: Type.Union([Type.String(), Type.Null()]),
  doel: Type.String({ description: 'Doelbinding' }),
  persoonsgegevens: Type.Boolean(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Object({}, { additionalProperties: true, description: 'Gegevens per soort actie (aantallen, codes); nooit vrije tekst van inwoners' }),
  hash: Type.String(),
});

const Zoek = Type.Object(
  {
    actorId: Type.Optional(Type.String({ format: 'uuid' })),
    organisatieId: Type.Optional(Type.String({ format: 'uuid' })),
    actie: Type.Optional(Type.String({ maxLength: 100 })),
    objectType: Type.Optional(Type.String({ maxLength: 100 })),
    objectId: Type.Optional(Type.String({ maxLength: 200 })),
    doel: Type.Optional(Type.String({ maxLength: 200 })),
    persoonsgegevens: Type.Optional(Type.Boolean()),
    van: Type.Optional(Type.String({ format: 'date-time', description: 'Vanaf (inclusief), ISO 8601' })),
    tot: Type.Optional(Type.String({ format: 'date-time', description: 'Tot (exclusief), ISO 8601' })),
    tekst: Type.Optional(Type.String({ maxLength: 200, description: 'Vrij zoeken in actor, actie, object en details' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

export async function auditRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/verwerkingen',
    {
      schema: {
        tags: ['verwerkingenlog'],
        summary: 'Doorzoek de verwerkingenlog (beheerder, FG)',
        querystring: Zoek,
        response: responses({ 200: Type.Object({ totaal: Type.Integer(), items: Type.Array(VerwerkingSchema) }) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'verwerkingenlog:lezen');
      const { limit, offset, van, tot, ...filter } = request.query;
      return ctx.db.transaction().execute(async (trx) => {
        const result = await searchVerwerkingen(
          trx,
          { ...filter, van: van ? new Date(van) : undefined, tot: tot ? new Date(tot) : undefined },
          { limit, offset },
        );
        // Reading the log reveals who handled whose data: that reading is itself logged.
        await logVerwerking(trx, auditContext(request), {
          actie: 'verwerkingenlog.raadplegen',
          objectType: 'verwerkingenlog',
          doel: 'toezicht op gegevensverwerking',
          persoonsgegevens: true,
          details: { filter: { ...request.query }, gevonden: result.totaal },
        });
        return result;
      });
    },
  );

  app.get(
    '/api/verwerkingen/controle',
    {
      schema: {
        tags: ['verwerkingenlog'],
        summary: 'Controleer de hashketen van de verwerkingenlog',
        response: responses(
          {
            200: Type.Object({
              intact: Type.Boolean(),
              aantal: Type.Integer(),
              kop: Type.Object({ volgnummer: Type.Integer(), hash: Type.String() }),
              fout: Type.Optional(Type.Object({ volgnummer: Type.Integer(), reden: Type.String() })),
            }),
          },
          [401, 403],
        ),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'verwerkingenlog:lezen');
      return verifyChain(ctx.db);
    },
  );
}
