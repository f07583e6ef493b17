import { defineModule } from '../platform/module.ts';
import * as m1600 from './migrations/2026_12_05_1600_ondermijning.ts';
import { ondermijningConfig } from './ondermijning.config.ts';
import { ondermijningRoutes } from './ondermijning.routes.ts';
import { OndermijningService } from './ondermijning.service.ts';
import './ondermijning.tables.ts';

const PERMISSIES = {
  'ondermijning:lezen': 'Het ondermijningscompartiment inzien (confidentiële signalen en subjecten)',
  'ondermijning:behandelen': 'Signalen vastleggen en behandelen in het signaaloverleg, ook geheime',
} as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly ondermijning: OndermijningService;
  }
}

/** The ondermijning compartment (ADR 0010): signalenregister and signaaloverleg; more parts follow (issue 12). */
export const ondermijningModule = defineModule({
  naam: 'ondermijning',
  tags: [{ name: 'ondermijning', description: 'Ondermijning: signalen en signaaloverleg (compartiment)' }],
  permissies: PERMISSIES,
  config: ondermijningConfig,
  migraties: { '2026_12_05_1600_ondermijning': m1600 },
  afhankelijk: ['gebieden'],
  start: (ctx) => ({ ondermijning: new OndermijningService(ctx.db, ctx.gemeente.ondermijning, (code) => ctx.gebieden.niveauVan(code) === 'buurt') }),
  routes: (app, ctx) => ondermijningRoutes(app, ctx),
});
