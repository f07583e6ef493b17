import { defineModule } from '../platform/module.ts';
import * as m1500 from './migrations/2026_11_22_1500_zaken.ts';
import * as m1300 from './migrations/2026_12_02_1300_zichtbaarheid.ts';
import { casussenConfig } from './casussen.config.ts';
import { casussenRoutes } from './casussen.routes.ts';
import { CasussenService } from './casussen.service.ts';
import './casussen.tables.ts';

const PERMISSIES = {
  'casussen:lezen': 'Casussen inzien waarvan men lid is',
  'casussen:behandelen': 'Casussen behandelen als casushouder',
  'taken:behandelen': 'Doorverwezen taken van de eigen organisatie behandelen',
  'casussen:doorbreken': 'Een casus zonder lidmaatschap inzien (break-glass): alleen lezen, met reden, gemeld aan de FG',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly casussen: CasussenService;
  }
}

/** Casussen with need-to-know membership, dossier, besluiten with Awb terms, referrals (taken) to partners. */
export const casussenModule = defineModule({
  naam: 'casussen',
  tags: [{ name: 'casussen', description: 'Casussen, dossier, besluiten en doorverwijzingen (need-to-know)' }],
  permissies: PERMISSIES,
  config: casussenConfig,
  migraties: { '2026_11_22_1500_zaken': m1500, '2026_12_02_1300_zichtbaarheid': m1300 },
  afhankelijk: ['meldingen', 'berichten'],
  start: (ctx) => ({
    casussen: new CasussenService(ctx.db, ctx.gemeente.zaaktypen, ctx.meldingen, ctx.berichten, {
      demo: ctx.config.demo,
      publiekeUrl: ctx.config.publiekeUrl,
      gemeente: ctx.gemeente.gemeente.naam,
    }),
  }),
  routes: (app, ctx) => casussenRoutes(app, ctx),
});
