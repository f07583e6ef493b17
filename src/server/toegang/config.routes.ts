import type { App, AppContext } from '../platform/context.ts';
import { responses } from '../platform/http-schemas.ts';
import { PubliekeConfigSchema } from '../../contract/api/toegang.ts';
import type { RouteLimiet } from '../platform/module.ts';

/** What the web app needs before anyone logs in: the gemeente, map defaults and (demo mode only) demo logins. */
export async function configRoutes(app: App, ctx: AppContext, rateLimitPublic: RouteLimiet): Promise<void> {
  const { config } = ctx;
  app.get(
    '/api/config',
    {
      schema: {
        tags: ['platform'],
        summary: 'Instellingen voor de webapp (openbaar)',
        response: responses({
          200: PubliekeConfigSchema,
        }),
      },
      config: rateLimitPublic,
    },
    async () => {
      const g = ctx.gemeente;
      return {
        gemeente: { code: g.gemeente.code, naam: g.gemeente.naam },
        kaart: {
          centrum: [...g.gemeente.kaart.centrum],
          zoom: g.gemeente.kaart.zoom,
          tileUrl: config.tileUrl ?? null,
          tileAttributie: config.tileAttribution ?? null,
        },
        demo: config.demo,
        // Demo credentials are public by design, and only exist in demo mode.
        demoAccounts: config.demo ? g.toegang.demo.accounts.map((a) => ({ email: a.email, rol: a.rol })) : [],
        demoWachtwoord: config.demo ? g.toegang.demo.wachtwoord : null,
      };
    },
  );

}
