import { defineModule } from '../platform/module.ts';
import * as m1100 from './migrations/2026_12_05_1100_programma.ts';
import * as m1200 from './migrations/2026_12_05_1200_buurtagenda.ts';
import { programmaConfig } from './programma.config.ts';
import { demoProgramma } from './programma.demo.ts';
import { programmaRoutes } from './programma.routes.ts';
import { ProgrammaService } from './programma.service.ts';
import './programma.tables.ts';

const PERMISSIES = {
  'programma:lezen': 'Het meerjarenprogramma en de uitvoeringsagenda inzien',
  'programma:beheren': 'Het meerjarenprogramma en de uitvoeringsagenda beheren (wijzigen, inlezen, status)',
  'programma:voortgang': 'Voortgang melden op maatregelen van de eigen organisatie',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly programma: ProgrammaService;
  }
}

/** The Meerjarenprogramma as living data: themes, ambitions, doelstellingen, uitvoeringsagenda's, maatregelen (SM-15). */
export const programmaModule = defineModule({
  naam: 'programma',
  tags: [{ name: 'programma', description: 'Meerjarenprogramma, uitvoeringsagenda en maatregelen' }],
  permissies: PERMISSIES,
  config: programmaConfig,
  migraties: { '2026_12_05_1100_programma': m1100, '2026_12_05_1200_buurtagenda': m1200 },
  afhankelijk: ['gebieden', 'monitor'],
  start: (ctx) => ({
    programma: new ProgrammaService(ctx.db, ctx.gemeente.programma, ctx.monitor, {
      gemeenteCode: ctx.gemeente.gemeente.code,
      organisaties: ctx.gemeente.toegang.organisaties.map((o) => ({ code: o.code, naam: o.naam })),
      buurtBestaat: (code) => ctx.gebieden.niveauVan(code) === 'buurt',
    }),
  }),
  seed: async (ctx) => ({ programmas: await ctx.programma.seed() }),
  demo: (ctx) => demoProgramma(ctx),
  routes: (app, ctx) => programmaRoutes(app, ctx),
});
