import { defineModule } from '../platform/module.ts';
import { enqueteConfig } from './enquete.config.ts';
import { enqueteRoutes } from './enquete.routes.ts';
import { EnqueteService } from './enquete.service.ts';
import * as m1500 from './migrations/2026_12_01_1500_enquete.ts';
import * as m1600 from './migrations/2026_12_02_1600_uitnodigingen.ts';
import * as m1000 from './migrations/2026_12_03_1000_demo_ronde.ts';
import './enquete.tables.ts';

declare module '../platform/module.ts' {
  interface ModuleServices {
    readonly enquete: EnqueteService;
  }
}

/** The veiligheidsbeleving survey: rounds, personal invitation codes (optional open link), CSV import, weighting and intervals. */
export const enqueteModule = defineModule({
  naam: 'enquete',
  tags: [{ name: 'enquete', description: 'Veiligheidsenquête: rondes, antwoorden, weging' }],
  config: enqueteConfig,
  migraties: { '2026_12_01_1500_enquete': m1500, '2026_12_02_1600_uitnodigingen': m1600, '2026_12_03_1000_demo_ronde': m1000 },
  afhankelijk: ['gebieden'],
  start: async (ctx) => {
    const enquete = new EnqueteService(ctx.db, ctx.gemeente.enquete, ctx.gebieden, { publiekeUrl: ctx.config.publiekeUrl, gemeente: ctx.gemeente.gemeente.naam });
    await enquete.init();
    return { enquete };
  },
  routes: (app, ctx, limieten) => enqueteRoutes(app, ctx, limieten.publiek, limieten.melden),
});
