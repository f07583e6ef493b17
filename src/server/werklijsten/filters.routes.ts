import { Type } from 'typebox';
import type { App, AppContext } from '../platform/context.ts';
import { Lijst, Filter } from '../../contract/api/werklijsten.ts';
import { AppError } from '../platform/errors.ts';
import { Body, responses } from '../platform/http-schemas.ts';
import * as repo from './filters.repository.ts';

// A filter holds the work lists' own query parameters, nothing else (closed schema). It is applied through
// the list's schema again when used, so a stored filter can never do more than the same query typed by hand.

/** Saved, named filters per user for the work lists (meldingen, casussen). Only the owner sees them. */
export async function filtersRoutes(app: App, ctx: AppContext): Promise<void> {
  const ingelogd = (g: unknown) => {
    if (!g) throw new AppError('niet_ingelogd');
  };

  app.get(
    '/api/filters',
    {
      schema: {
        tags: ['werklijsten'],
        summary: 'Mijn bewaarde filters voor een werklijst',
        querystring: Type.Object({ lijst: Lijst }, { additionalProperties: false }),
        response: responses({ 200: Type.Array(Type.Object({ id: Type.String(), naam: Type.String(), filter: Filter })) }, [401]),
      },
    },
    async (request) => {
      ingelogd(request.gebruiker);
      return repo.list(ctx.db, request.gebruiker!.id, request.query.lijst);
    },
  );

  app.post(
    '/api/filters',
    {
      schema: {
        tags: ['werklijsten'],
        summary: 'Filter bewaren onder een naam (dezelfde naam vervangt het oude filter)',
        body: Body({ lijst: Lijst, naam: Type.String({ minLength: 1, maxLength: 80 }), filter: Filter }),
        response: responses({ 201: Type.Object({ id: Type.String() }) }, [401]),
      },
    },
    async (request, reply) => {
      ingelogd(request.gebruiker);
      const naam = request.body.naam.trim();
      if (!naam) throw new AppError('validatie', 'Geef het filter een naam.', [{ veld: 'naam', melding: 'verplicht' }]);
      const id = await repo.upsert(ctx.db, { gebruiker_id: request.gebruiker!.id, lijst: request.body.lijst, naam, filter: request.body.filter });
      return reply.code(201).send({ id });
    },
  );

  app.delete(
    '/api/filters/:id',
    {
      schema: {
        tags: ['werklijsten'],
        summary: 'Bewaard filter verwijderen',
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: responses({ 204: Type.Null() }, [401, 404]),
      },
    },
    async (request, reply) => {
      ingelogd(request.gebruiker);
      if (!(await repo.remove(ctx.db, request.gebruiker!.id, request.params.id))) throw new AppError('niet_gevonden', 'Dit filter bestaat niet.');
      return reply.code(204).send(null);
    },
  );
}
