import { Achtergrondtaken } from '../platform/achtergrondtaken.ts';
import { defineModule } from '../platform/module.ts';
import * as m1300 from './migrations/2026_12_05_1300_rapport.ts';
import { rapportagesConfig } from './rapportages.config.ts';
import { rapportagesRoutes } from './rapportages.routes.ts';
import { RapportagesService } from './rapportages.service.ts';
import './rapportages.tables.ts';

const PERMISSIES = {
  'rapportages:lezen': 'Rapportages en dashboards inzien',
  'rapportages:maken': 'Rapportages maken, vaststellen en publiceren',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly rapportages: RapportagesService;
  }
}

/** Reports for bestuur and raad, generated from the programme and the monitor, kept as hashed versions. */
export const rapportagesModule = defineModule({
  naam: 'rapportages',
  tags: [{ name: 'rapportages', description: 'Raadsrapportage, veiligheidsanalyse en voortgangsrapportage (PDF en HTML)' }],
  permissies: PERMISSIES,
  config: rapportagesConfig,
  migraties: { '2026_12_05_1300_rapport': m1300 },
  afhankelijk: ['gebieden', 'monitor', 'programma'],
  start: (ctx) => ({
    rapportages: new RapportagesService(ctx.db, ctx.gemeente.rapportages, {
      monitor: ctx.monitor,
      programma: ctx.programma,
      gebieden: ctx.gebieden,
      gemeente: { code: ctx.gemeente.gemeente.code, naam: ctx.gemeente.gemeente.naam },
      cfg: ctx.gemeente.rapportages,
    }, new Achtergrondtaken(ctx.db)),
  }),
  routes: (app, ctx) => rapportagesRoutes(app, ctx),
  stop: async (ctx) => ctx.rapportages.stop(),
});
