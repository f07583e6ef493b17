import { defineModule } from '../platform/module.ts';
import { verwerkingenlogRoutes } from './verwerkingenlog.routes.ts';
import './verwerkingenlog.tables.ts';

const PERMISSIES = { 'verwerkingenlog:lezen': 'De verwerkingenlog doorzoeken en controleren' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
}

/** The verwerkingenlog: append-only, hash-chained (ADR 0003). Its tables come with toegang's first migration. */
export const verwerkingenlogModule = defineModule({
  naam: 'verwerkingenlog',
  tags: [{ name: 'verwerkingenlog', description: 'Verwerkingenlog (audit trail)' }],
  permissies: PERMISSIES,
  routes: (app, ctx) => verwerkingenlogRoutes(app, ctx),
});
