import { Type } from 'typebox';
import { Bestand } from '../../contract/api/common.ts';
import { RapportMakenSchema, RapportMetaSchema, RapportSoortenSchema, RapportStatusSchema, RapportTaakSchema } from '../../contract/api/rapportages.ts';
import type { App, AppContext } from '../platform/context.ts';
import { stuurBestand } from '../platform/export.ts';
import { responses } from '../platform/http-schemas.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export async function rapportagesRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.rapportages;

  app.get(
    '/api/rapportages',
    { schema: { tags: ['rapportages'], summary: 'Alle rapportversies, nieuwste eerst', response: responses({ 200: Type.Array(RapportMetaSchema) }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'rapportages:lezen');
      return svc.lijst();
    },
  );

  app.get(
    '/api/rapportages/soorten',
    { schema: { tags: ['rapportages'], summary: 'De soorten rapport die gemaakt kunnen worden', response: responses({ 200: RapportSoortenSchema }, [401, 403]) } },
    async (request) => {
      requirePermissie(request.gebruiker, 'rapportages:lezen');
      return svc.soorten();
    },
  );

  app.post(
    '/api/rapportages',
    {
      schema: {
        tags: ['rapportages'],
        summary: 'Een rapport laten maken (raadsrapportage, veiligheidsanalyse, voortgang) als nieuwe conceptversie; het antwoord is een taak om te volgen',
        body: RapportMakenSchema,
        response: responses({ 202: Type.Object({ taak: Type.String() }) }, [401, 403, 409]),
      },
    },
    async (request, reply) => {
      const g = requirePermissie(request.gebruiker, 'rapportages:maken');
      return reply.code(202).send(await svc.start(auditContext(request), g, request.body.soort, request.body.periode));
    },
  );

  app.get(
    '/api/rapportages/taken/:taak',
    {
      schema: {
        tags: ['rapportages'],
        summary: 'Hoe ver het maken van een rapport is; klaar: de nieuwe versie',
        params: Type.Object({ taak: Type.String({ format: 'uuid' }) }, { additionalProperties: false }),
        response: responses({ 200: RapportTaakSchema }, [401, 403, 404]),
      },
    },
    async (request) => svc.taak(requirePermissie(request.gebruiker, 'rapportages:maken'), request.params.taak),
  );

  app.post(
    '/api/rapportages/:id/status',
    {
      schema: {
        tags: ['rapportages'],
        summary: 'Een rapport vaststellen of publiceren; met voorlopige cijfers alleen na een bewuste keuze (voorlopigAkkoord)',
        params: IdParams,
        body: RapportStatusSchema,
        response: responses({ 200: RapportMetaSchema }, [401, 403, 404, 409]),
      },
    },
    async (request) => svc.status(auditContext(request), requirePermissie(request.gebruiker, 'rapportages:maken'), request.params.id, request.body),
  );

  for (const formaat of ['pdf', 'html'] as const) {
    app.get(
      `/api/rapportages/:id/${formaat}`,
      { schema: { tags: ['rapportages'], summary: `Het rapport als ${formaat.toUpperCase()}`, params: IdParams, response: responses({ 200: Bestand(formaat.toUpperCase()) }, [401, 403, 404]) } },
      async (request, reply) => {
        requirePermissie(request.gebruiker, 'rapportages:lezen');
        return stuurBestand(reply, await svc.bestand((request.params as { id: number }).id, formaat));
      },
    );
  }
}
