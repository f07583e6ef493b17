import { defineModule } from '../platform/module.ts';
import * as m1500 from './migrations/2026_11_22_1500_zaken.ts';
import { zakenConfig } from './zaken.config.ts';
import { zakenRoutes } from './zaken.routes.ts';
import { ZakenService } from './zaken.service.ts';
import './zaken.tables.ts';

const PERMISSIES = {
  'casussen:lezen': 'Casussen inzien waarvan men lid is',
  'casussen:behandelen': 'Casussen behandelen als casushouder',
  'taken:behandelen': 'Doorverwezen taken van de eigen organisatie behandelen',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly zaken: ZakenService;
  }
}

/** Casussen with need-to-know membership, dossier, besluiten with Awb terms, referrals (taken) to partners. */
export const zakenModule = defineModule({
  naam: 'zaken',
  tags: [{ name: 'zaken', description: 'Casussen, dossier, besluiten en doorverwijzingen (need-to-know)' }],
  permissies: PERMISSIES,
  config: zakenConfig,
  migraties: { '2026_11_22_1500_zaken': m1500 },
  afhankelijk: ['meldingen', 'berichten'],
  start: (ctx) => ({
    zaken: new ZakenService(ctx.db, ctx.gemeente.zaaktypen, ctx.meldingen, ctx.berichten, {
      demo: ctx.config.demo,
      publiekeUrl: ctx.config.publiekeUrl,
      gemeente: ctx.gemeente.gemeente.naam,
    }),
  }),
  routes: (app, ctx) => zakenRoutes(app, ctx),
});
