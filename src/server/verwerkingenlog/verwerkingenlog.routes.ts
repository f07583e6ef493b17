import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { VerwerkingSchema, Zoek } from '../../contract/api/verwerkingenlog.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { responses } from '../platform/http-schemas.ts';
import { organisatiesVoorIds, requirePermissie } from '../toegang/toegang.service.ts';
import { controleer, logVerwerking, searchVerwerkingen } from './verwerkingenlog.service.ts';

export async function verwerkingenlogRoutes(app: App, ctx: AppContext): Promise<void> {
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
          (ids) => organisatiesVoorIds(trx, ids),
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
              ankers: Type.Optional(
                Type.Object({
                  aantal: Type.Integer({ description: 'ondertekende ankers (checkpoints) buiten de database' }),
                  laatste: Type.Union([Type.Object({ volgnummer: Type.Integer(), tijdstip: Type.String() }), Type.Null()]),
                }),
              ),
            }),
          },
          [401, 403],
        ),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'verwerkingenlog:lezen');
      return controleer(ctx.db, ctx.config.sleutelDir);
    },
  );
}
