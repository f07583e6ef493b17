import { defineModule } from '../platform/module.ts';
import { berichtenConfig } from './berichten.config.ts';
import { berichtenRoutes } from './berichten.routes.ts';
import { BerichtenService } from './berichten.service.ts';
import * as m1600 from './migrations/2026_11_22_1600_berichten.ts';
import './berichten.tables.ts';

const PERMISSIES = { 'berichten:beheren': 'Uitgaande berichten en sjablonen beheren' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly berichten: BerichtenService;
  }
}

/** The transactional outbox: e-mail (SMTP) and webhooks with retries and dead letters; templates. */
export const berichtenModule = defineModule({
  naam: 'berichten',
  tags: [{ name: 'berichten', description: 'Uitgaande e-mail en webhooks (outbox), sjablonen' }],
  permissies: PERMISSIES,
  config: berichtenConfig,
  migraties: { '2026_11_22_1600_berichten': m1600 },
  start: (ctx) => ({ berichten: new BerichtenService(ctx.db, ctx.gemeente.sjablonen, ctx.config) }),
  routes: (app, ctx) => berichtenRoutes(app, ctx),
  stop: (ctx) => ctx.berichten.stop(),
});
