import { Achtergrondtaken } from '../platform/achtergrondtaken.ts';
import { defineModule } from '../platform/module.ts';
import { analyseRoutes } from './analyse.routes.ts';
import { AnalyseService } from './analyse.service.ts';
import { AnalyseTaken } from './taken.ts';

const PERMISSIES = { 'analyse:uitvoeren': 'Analyses uitvoeren en alerts goedkeuren' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly analyse: AnalyseService;
    readonly achtergrondtaken: Achtergrondtaken;
  }
}

/** Analyses on stored incidents: near-repeat (Knox) in a worker, Gi* hotspots, concentration, WDD. */
export const analyseModule = defineModule({
  naam: 'analyse',
  tags: [{ name: 'analyse', description: 'Hotspots, near-repeat, concentratie en effectmeting' }],
  permissies: PERMISSIES,
  afhankelijk: ['gebieden', 'incidenten'],
  start: (ctx) => {
    const achtergrondtaken = new Achtergrondtaken(ctx.db);
    const taken = new AnalyseTaken(achtergrondtaken);
    return { achtergrondtaken, analyse: new AnalyseService(ctx.db, ctx.incidenten, ctx.gebieden, taken, ctx.gemeente.monitor) };
  },
  stop: async (ctx) => ctx.achtergrondtaken.stop(),
  routes: (app, ctx) => analyseRoutes(app, ctx),
});
