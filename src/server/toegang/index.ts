import { defineModule } from '../platform/module.ts';
import { configRoutes } from './config.routes.ts';
import * as fundament from './migrations/2026_11_22_1200_fundament.ts';
import { toegangConfig } from './toegang.config.ts';
import { toegangRoutes } from './toegang.routes.ts';
import { ensureDemoAccounts, syncToegang } from './toegang.service.ts';
import { installSessie } from './sessie.plugin.ts';
import './toegang.tables.ts';

const PERMISSIES = {
  'gebruikers:beheren': 'Gebruikers en hun rollen beheren',
  'organisaties:beheren': 'Organisaties beheren',
} as const;

declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
}

/** Organisations, users, roles → permissions, sessions and CSRF; the foundation tables' migration. */
export const toegangModule = defineModule({
  naam: 'toegang',
  tags: [
    { name: 'platform', description: 'Status en configuratie' },
    { name: 'toegang', description: 'Inloggen, gebruikers, rollen en organisaties' },
  ],
  permissies: PERMISSIES,
  config: toegangConfig,
  // Historical: the first migration also created the verwerkingenlog and gebied tables (owned by audit and gebieden).
  migraties: { '2026_11_22_1200_fundament': fundament },
  seed: async (ctx) => {
    await ctx.db.transaction().execute((trx) => syncToegang(trx, ctx.gemeente.toegang, ctx.modules));
    const demoAccounts = ctx.config.demo ? await ctx.db.transaction().execute((trx) => ensureDemoAccounts(trx, ctx.gemeente.toegang)) : 0;
    return { rollen: ctx.gemeente.toegang.rollen.length, organisaties: ctx.gemeente.toegang.organisaties.length, 'nieuwe demo-accounts': demoAccounts };
  },
  gereed: async (ctx) => {
    if (ctx.config.demo) await ctx.db.transaction().execute((trx) => ensureDemoAccounts(trx, ctx.gemeente.toegang));
  },
  routes: async (app, ctx, limieten) => {
    // First of all modules: every later route sees request.gebruiker.
    installSessie(app, ctx);
    await configRoutes(app, ctx, limieten.publiek);
    await toegangRoutes(app, ctx, limieten.inloggen);
  },
});
