import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { responses } from '../platform/http-schemas.ts';
import {
  AnalyseTaakSchema,
  ConcentratieBody,
  ConcentratieSchema,
  HotspotsBody,
  HotspotsSchema,
  NearRepeatBody,
  NearRepeatGestart,
  WddBody,
  WddSchema,
} from '../../contract/api/analyse.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';

/** Analyses on the stored incidents: near-repeat (in a worker, with progress), hotspots, concentration, WDD. */
export async function analyseRoutes(app: App, ctx: AppContext): Promise<void> {
  const svc = ctx.analyse;

  app.post(
    '/api/analyse/near-repeat',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Near-repeat (Knox-toets) op de ingelezen incidenten; start een taak en geeft 202 met de taak',
        body: NearRepeatBody,
        response: responses({ 202: NearRepeatGestart }, [400, 401, 403, 409]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return reply.code(202).send(await svc.nearRepeat(auditContext(request), request.gebruiker!.id, request.body));
    },
  );

  app.get(
    '/api/analyse/taken/:id',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Voortgang en uitkomst van een analysetaak (alleen voor wie hem startte)',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: responses({ 200: AnalyseTaakSchema }, [401, 403, 404]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.taak(request.params.id, request.gebruiker!.id);
    },
  );

  app.post(
    '/api/analyse/hotspots',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Hotspots (Getis-Ord Gi*, FDR) op een RD-raster of op buurten',
        body: HotspotsBody,
        response: responses({ 200: HotspotsSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.hotspots(auditContext(request), request.body);
    },
  );

  app.post(
    '/api/analyse/concentratie',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Concentratie: aandeel incidenten in de top x % van buurten of rastercellen, Gini, Lorenz-curve',
        body: ConcentratieBody,
        response: responses({ 200: ConcentratieSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.concentratie(request.body);
    },
  );

  app.post(
    '/api/analyse/wdd',
    {
      schema: {
        tags: ['analyse'],
        summary: 'Effect van een interventie: weighted displacement difference voor doelgebied, buffer en controlegebied',
        body: WddBody,
        response: responses({ 200: WddSchema }, [400, 401, 403]),
      },
    },
    async (request) => {
      requirePermissie(request.gebruiker, 'analyse:uitvoeren');
      return svc.wdd(request.body);
    },
  );
}
