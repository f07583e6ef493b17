import { defineModule, type AppContext } from '../platform/module.ts';
import * as m1400 from './migrations/2026_12_02_1400_sleutel.ts';
import { verwerkingenlogRoutes } from './verwerkingenlog.routes.ts';
import { gebruikSleutel, schrijfAnker } from './verwerkingenlog.service.ts';
import './verwerkingenlog.tables.ts';

const PERMISSIES = { 'verwerkingenlog:lezen': 'De verwerkingenlog doorzoeken en controleren' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
}

const timers = new WeakMap<AppContext, NodeJS.Timeout>();

/**
 * The verwerkingenlog: append-only, hash-chained (ADR 0003), keyed and checkpointed outside the database
 * (ADR 0007). Its tables come with toegang's first migration.
 */
export const verwerkingenlogModule = defineModule({
  naam: 'verwerkingenlog',
  tags: [{ name: 'verwerkingenlog', description: 'Verwerkingenlog (audit trail)' }],
  permissies: PERMISSIES,
  migraties: { '2026_12_02_1400_sleutel': m1400 },
  start: (ctx) => {
    gebruikSleutel(ctx.config.sleutelDir);
    if (ctx.config.ankerIntervalMs > 0) {
      // A checkpoint per interval bounds what a cut tail can hide to one interval of entries.
      const t = setInterval(() => void schrijfAnker(ctx.db, ctx.config.sleutelDir).catch(() => undefined), ctx.config.ankerIntervalMs);
      t.unref();
      timers.set(ctx, t);
    }
    return {};
  },
  stop: async (ctx) => {
    clearInterval(timers.get(ctx));
    // The last head before shutdown: a restart on a cut chain is then caught at once.
    await schrijfAnker(ctx.db, ctx.config.sleutelDir).catch(() => undefined);
  },
  routes: (app, ctx) => verwerkingenlogRoutes(app, ctx),
});
