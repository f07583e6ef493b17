import { defineModule } from '../platform/module.ts';
import { analyseRoutes } from './analyse.routes.ts';

const PERMISSIES = { 'analyse:uitvoeren': 'Analyses uitvoeren en alerts goedkeuren' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
}

/** Analyses on stored incidents: near-repeat (Knox) in a worker, Gi* hotspots, concentration, WDD. */
export const analyseModule = defineModule({
  naam: 'analyse',
  tags: [{ name: 'analyse', description: 'Hotspots, near-repeat, concentratie en effectmeting' }],
  permissies: PERMISSIES,
  afhankelijk: ['monitor'],
  routes: (app, ctx) => analyseRoutes(app, ctx),
});
