import { defineModule } from '../platform/module.ts';
import { incidentenRoutes } from './incidenten.routes.ts';
import { IncidentenService } from './incidenten.service.ts';
import * as m1600 from './migrations/2026_12_01_1600_incident_telling.ts';
import * as m1000 from './migrations/2026_12_03_1000_demo_telling.ts';
import './incidenten.tables.ts';

declare module '../platform/module.ts' {
  interface ModuleServices {
    readonly incidenten: IncidentenService;
  }
}

/**
 * Incidents from police and municipal exports: import with buurt assignment, monthly counts, the police code
 * list. Historical: the incident table itself came with the monitor's first migration.
 */
export const incidentenModule = defineModule({
  naam: 'incidenten',
  tags: [{ name: 'incidenten', description: 'Incidenten inlezen (politie- en gemeente-exports) en hun soorten' }],
  migraties: { '2026_12_01_1600_incident_telling': m1600, '2026_12_03_1000_demo_telling': m1000 },
  afhankelijk: ['gebieden', 'alerts'],
  start: (ctx) => ({
    incidenten: new IncidentenService(ctx.db, ctx.gebieden, ctx.alerts, { nearRepeatSoorten: ctx.gemeente.monitor.nearRepeat.soorten }, { rootDir: ctx.config.rootDir }, ctx.dbLezen),
  }),
  routes: (app, ctx) => incidentenRoutes(app, ctx),
});
