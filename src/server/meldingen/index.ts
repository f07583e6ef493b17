import { defineModule } from '../platform/module.ts';
import { meldingenConfig } from './meldingen.config.ts';
import { meldingenRoutes } from './meldingen.routes.ts';
import { MeldingenService } from './meldingen.service.ts';
import * as m1400 from './migrations/2026_11_22_1400_meldingen.ts';
import * as m1100 from './migrations/2026_12_04_1100_categorie_melder.ts';
import * as m1400b from './migrations/2026_12_05_1400_kanaal_buurtschouw.ts';
import * as m1800 from './migrations/2026_11_22_1800_fotos.ts';
import './meldingen.tables.ts';

const PERMISSIES = {
  'meldingen:lezen': 'Meldingen inzien',
  'meldingen:beoordelen': 'Meldingen beoordelen, doorzetten en afhandelen',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly meldingen: MeldingenService;
  }
}

/** Intake on every channel, category suggestion, duplicates, routing, the status machine, photos. */
export const meldingenModule = defineModule({
  naam: 'meldingen',
  tags: [{ name: 'meldingen', description: 'Meldingen van inwoners, medewerkers en partners' }],
  permissies: PERMISSIES,
  config: meldingenConfig,
  migraties: { '2026_11_22_1400_meldingen': m1400, '2026_11_22_1800_fotos': m1800, '2026_12_04_1100_categorie_melder': m1100, '2026_12_05_1400_kanaal_buurtschouw': m1400b },
  afhankelijk: ['gebieden', 'berichten'],
  start: async (ctx) => {
    const meldingen = new MeldingenService(ctx.db, ctx.gemeente.meldingen, ctx.gebieden, ctx.berichten, {
      rootDir: ctx.config.rootDir,
      demo: ctx.config.demo,
      publiekeUrl: ctx.config.publiekeUrl,
      gemeente: ctx.gemeente.gemeente.naam,
    });
    await meldingen.init();
    return { meldingen };
  },
  routes: (app, ctx, limieten) => meldingenRoutes(app, ctx, limieten.publiek, limieten.melden),
});
