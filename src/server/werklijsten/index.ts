import { defineModule } from '../platform/module.ts';
import { filtersRoutes } from './filters.routes.ts';
import * as m1000 from './migrations/2026_12_01_1000_werklijsten.ts';
import * as m1200 from './migrations/2026_12_02_1200_lijst_casussen.ts';
import './werklijsten.tables.ts';

/** Saved, named work-list filters per user. Historical: its migration also created the adressen table. */
export const werklijstenModule = defineModule({
  naam: 'werklijsten',
  tags: [{ name: 'werklijsten', description: 'Opgeslagen filters van werklijsten' }],
  migraties: { '2026_12_01_1000_werklijsten': m1000, '2026_12_02_1200_lijst_casussen': m1200 },
  routes: (app, ctx) => filtersRoutes(app, ctx),
});
