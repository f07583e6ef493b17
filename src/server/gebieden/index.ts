import fs from 'node:fs';
import path from 'node:path';
import { SYSTEEM } from '../verwerkingenlog/verwerkingenlog.service.ts';
import { defineModule } from '../platform/module.ts';
import { gebiedenRoutes } from './gebieden.routes.ts';
import { GebiedenService } from './gebieden.service.ts';
import './gebieden.tables.ts';

const PERMISSIES = { 'gebieden:beheren': 'Gebiedsindelingen importeren' } as const;
declare module '../platform/module.ts' {
  interface PermissieCatalogus extends Record<keyof typeof PERMISSIES, true> {}
  interface ModuleServices {
    readonly gebieden: GebiedenService;
  }
}

/** CBS gemeente → wijk → buurt, and point → buurt look-ups in RD New. */
export const gebiedenModule = defineModule({
  naam: 'gebieden',
  tags: [{ name: 'gebieden', description: 'CBS-gemeente, wijken en buurten' }],
  permissies: PERMISSIES,
  start: async (ctx) => {
    const gebieden = new GebiedenService(ctx.db);
    await gebieden.reload();
    return { gebieden };
  },
  seed: async (ctx) => {
    let n = 0;
    const { gebieden: cfg } = ctx.gemeente.gemeente;
    for (const file of cfg.bestanden) {
      const text = fs.readFileSync(path.resolve(ctx.config.rootDir, file), 'utf8');
      const r = await ctx.gebieden.importGeoJson({ actor: SYSTEEM }, text, { bron: `CBS/PDOK ${path.basename(file)}`, jaar: cfg.jaar });
      n += r.aantallen.gemeente + r.aantallen.wijk + r.aantallen.buurt;
    }
    return { gebieden: n };
  },
  routes: (app, ctx, limieten) => gebiedenRoutes(app, ctx, limieten.publiek),
});
