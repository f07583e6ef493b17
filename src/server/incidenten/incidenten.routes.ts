import { Type } from 'typebox';
import { Body } from '../../contract/api/common.ts';
import { IncidentSoortSchema } from '../../contract/api/monitor.ts';
import type { App, AppContext } from '../platform/context.ts';
import { responses } from '../platform/http-schemas.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

const S = Type.String();

export async function incidentenRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.incidenten;

  app.get(
    '/api/monitor/soorten',
    {
      schema: {
        tags: ['incidenten'],
        summary: 'Soorten incidenten waarvan er zijn ingelezen, met hun naam uit de codelijst',
        response: responses({ 200: Type.Array(IncidentSoortSchema) }, [401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'monitor:lezen');
      return svc.soorten();
    },
  );

  app.post(
    '/api/monitor/import/incidenten',
    {
      schema: {
        tags: ['incidenten'],
        summary: 'Incidenten inlezen (CSV met x/y in RD New of lon/lat, datum of bereik, soortcode); alles of niets',
        body: Body({
          bestandsnaam: Type.String({ minLength: 1, maxLength: 200 }),
          inhoud: Type.String({ minLength: 1, maxLength: 100_000_000 }),
          kolommen: Type.Object(
            {
              soort: Type.String({ maxLength: 100 }),
              datum: Type.Optional(Type.String({ maxLength: 100 })),
              datumVan: Type.Optional(Type.String({ maxLength: 100 })),
              datumTot: Type.Optional(Type.String({ maxLength: 100 })),
              x: Type.Optional(Type.String({ maxLength: 100 })),
              y: Type.Optional(Type.String({ maxLength: 100 })),
              lon: Type.Optional(Type.String({ maxLength: 100 })),
              lat: Type.Optional(Type.String({ maxLength: 100 })),
            },
            { additionalProperties: false },
          ),
        }),
        response: responses({ 201: Type.Object({ importId: Type.Integer(), aantal: Type.Integer(), perSoort: Type.Record(S, Type.Integer()), alerts: Type.Integer() }) }, [400, 401, 403]),
      },
      bodyLimit: 120 * 1024 * 1024,
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'monitor:importeren');
      const r = await svc.importIncidenten(auditContext(request), request.body.inhoud, request.body.bestandsnaam, request.body.kolommen);
      return reply.code(201).send(r);
    },
  );
}
