import { defineModule } from '../platform/module.ts';
import * as m1200 from './migrations/2026_12_01_1200_monitor.ts';
import * as m1000 from './migrations/2026_12_03_1000_herkomst.ts';
import { monitorConfig } from './monitor.config.ts';
import { monitorRoutes } from './monitor.routes.ts';
import { seedMonitor } from './monitor.seed.ts';
import { MonitorService } from './monitor.service.ts';
import './monitor.tables.ts';

const PERMISSIES = {
  'monitor:lezen': 'Monitor en indicatoren inzien',
  'monitor:importeren': 'Cijfers en enquêtes importeren',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly monitor: MonitorService;
  }
}

/** Indicators per buurt/wijk from CBS/politie figures, incidents, meldingen and the survey (ADR 0005). */
export const monitorModule = defineModule({
  naam: 'monitor',
  tags: [{ name: 'monitor', description: 'Indicatoren, cijfers en incidenten per buurt en wijk' }],
  permissies: PERMISSIES,
  config: monitorConfig,
  // Historical: its first migration also created the incident and import-log tables (now incidenten's and the platform's).
  migraties: { '2026_12_01_1200_monitor': m1200, '2026_12_03_1000_herkomst': m1000 },
  afhankelijk: ['gebieden', 'meldingen', 'incidenten', 'enquete'],
  start: (ctx) => ({
    monitor: new MonitorService(ctx.db, ctx.gemeente.monitor, ctx.gemeente.meldingen, ctx.gebieden, ctx.incidenten, ctx.enquete, ctx.meldingen, {
      rootDir: ctx.config.rootDir,
      gemeenteCode: ctx.gemeente.gemeente.code,
      gemeenteNaam: ctx.gemeente.gemeente.naam,
    }, ctx.dbLezen),
  }),
  // The real CBS figures shipped in data/monitor/ (demo or not).
  seed: async (ctx) => ({ cijfers: await seedMonitor(ctx) }),
  routes: (app, ctx) => monitorRoutes(app, ctx),
});
