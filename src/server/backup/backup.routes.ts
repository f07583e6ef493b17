import type { App, AppContext } from '../platform/context.ts';
import { Bestand } from '../../contract/api/common.ts';
import { responses } from '../platform/http-schemas.ts';
import { auditContext } from '../toegang/sessie.plugin.ts';
import { requirePermissie } from '../toegang/toegang.service.ts';
import { logVerwerking } from '../verwerkingenlog/verwerkingenlog.service.ts';

export async function backupRoutes(app: App, ctx: AppContext): Promise<void> {
  app.get(
    '/api/backup',
    {
      schema: {
        tags: ['backup'],
        summary: 'Download een consistente backup van de draaiende database (beheerder; gelogd)',
        response: responses({ 200: Bestand('PGlite: .tar.gz van de datamap; PostgreSQL: pg_dump (custom format)') }, [401, 403, 503]),
      },
    },
    async (request, reply) => {
      requirePermissie(request.gebruiker, 'backup:maken');
      // Every personal record leaves the system in a backup: who took one, and when, is in the log first.
      await ctx.db.transaction().execute((trx) =>
        logVerwerking(trx, auditContext(request), { actie: 'backup.maken', objectType: 'database', doel: 'continuïteit (backup)', persoonsgegevens: true, details: { engine: ctx.engine } }),
      );
      const b = await ctx.backup();
      b.klaar.catch((e: unknown) => request.log.error({ err: e }, 'backup mislukt'));
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${b.bestandsnaam}"`)
        .header('cache-control', 'private, no-store')
        .send(b.stroom);
    },
  );
}
