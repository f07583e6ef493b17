import { defineModule } from '../platform/module.ts';
import { alertsRoutes } from './alerts.routes.ts';
import { AlertsService } from './alerts.service.ts';
import * as m1400 from './migrations/2026_12_01_1400_alerts.ts';
import * as m1500 from './migrations/2026_12_02_1500_bevestiging.ts';
import '../monitor/monitor.config.ts';
import './alerts.tables.ts';

declare module '../platform/module.ts' {
  interface ModuleServices {
    readonly alerts: AlertsService;
  }
}

/** Near-repeat burglary alerts (SM-12) and buurtbericht subscriptions. */
export const alertsModule = defineModule({
  naam: 'alerts',
  tags: [{ name: 'alerts', description: 'Inbraakalerts (near-repeat) en abonnementen op buurtberichten' }],
  migraties: { '2026_12_01_1400_alerts': m1400, '2026_12_02_1500_bevestiging': m1500 },
  afhankelijk: ['gebieden', 'berichten'],
  start: async (ctx) => {
    const alerts = new AlertsService(ctx.db, ctx.gemeente.monitor.nearRepeat, ctx.gebieden, ctx.berichten, {
      publiekeUrl: ctx.config.publiekeUrl,
      gemeente: ctx.gemeente.gemeente.naam,
    });
    await alerts.init();
    return { alerts };
  },
  routes: (app, ctx, limieten) => alertsRoutes(app, ctx, limieten.publiek, limieten.melden),
});
