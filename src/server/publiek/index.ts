import { defineModule } from '../platform/module.ts';
import { publiekConfig } from './publiek.config.ts';
import { publiekRoutes } from './publiek.routes.ts';
import { PubliekService } from './publiek.service.ts';

declare module '../platform/module.ts' {
  interface ModuleServices {
    readonly publiek: PubliekService;
  }
}

/** The public site per gemeente, wijk and buurt, and open data: aggregated, small counts suppressed, no personal data. */
export const publiekModule = defineModule({
  naam: 'publiek',
  tags: [{ name: 'publiek', description: 'Publieke buurtpagina’s en open data (zonder inloggen)' }],
  config: publiekConfig,
  afhankelijk: ['gebieden', 'monitor', 'meldingen', 'programma', 'participatie'],
  start: (ctx) => ({
    publiek: new PubliekService(ctx.gemeente.publiek, ctx.gebieden, ctx.monitor, ctx.meldingen, ctx.gemeente.meldingen, ctx.programma, ctx.participatie, { code: ctx.gemeente.gemeente.code, naam: ctx.gemeente.gemeente.naam }),
  }),
  routes: (app, ctx, limieten) => publiekRoutes(app, ctx, limieten.publiek),
});
