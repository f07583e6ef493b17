import { defineModule } from '../platform/module.ts';
import { adressenRoutes } from './adressen.routes.ts';
import { AdressenService } from './adressen.service.ts';
import './adressen.tables.ts';
import * as m1000 from './migrations/2026_12_04_1000_adres_xy.ts';

declare module '../platform/module.ts' {
  interface ModuleServices {
    readonly adressen: AdressenService;
  }
}

/** Address search for the melding form: local BAG extract, PDOK Locatieserver when configured, buurt names. */
export const adressenModule = defineModule({
  naam: 'adressen',
  tags: [{ name: 'adressen', description: 'Adressen zoeken voor het meldformulier' }],
  afhankelijk: ['gebieden'],
  migraties: { '2026_12_04_1000_adres_xy': m1000 },
  start: (ctx) => ({
    adressen: new AdressenService(ctx.db, ctx.gebieden, { locatieserverUrl: ctx.config.locatieserverUrl, gemeenteCode: ctx.gemeente.gemeente.code }),
  }),
  routes: (app, ctx, limieten) => adressenRoutes(app, ctx, limieten.publiek),
});
