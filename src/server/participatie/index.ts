import { defineModule } from '../platform/module.ts';
import * as m1500 from './migrations/2026_12_05_1500_participatie.ts';
import { participatieConfig } from './participatie.config.ts';
import { participatieRoutes } from './participatie.routes.ts';
import { ParticipatieService } from './participatie.service.ts';
import './participatie.tables.ts';

declare module '../platform/module.ts' {
  interface ModuleServices {
    readonly participatie: ParticipatieService;
  }
}

/** Residents in the approach: buurtschouw (SM-14), buurtpreventie (SM-13), meetings and the werkvorm acute onveiligheid. */
export const participatieModule = defineModule({
  naam: 'participatie',
  tags: [{ name: 'participatie', description: 'Buurtschouw, buurtpreventie en bijeenkomsten met bewoners' }],
  config: participatieConfig,
  migraties: { '2026_12_05_1500_participatie': m1500 },
  afhankelijk: ['gebieden', 'meldingen', 'programma'],
  start: (ctx) => {
    const organisaties = new Set(ctx.gemeente.toegang.organisaties.map((o) => o.code));
    return {
      participatie: new ParticipatieService(ctx.db, ctx.gemeente.participatie, ctx.meldingen, {
        organisaties: ctx.gemeente.toegang.organisaties.map((o) => ({ code: o.code, naam: o.naam })),
        buurtBestaat: (code) => ctx.gebieden.niveauVan(code) === 'buurt',
        buurtVan: (lon, lat) => ctx.gebieden.index.findWgs84(lon, lat)?.buurt.code ?? null,
        organisatieBestaat: (code) => organisaties.has(code),
        agendaPuntenVan: (buurt) => ctx.programma.buurtagenda(buurt),
      }),
    };
  },
  routes: (app, ctx) => participatieRoutes(app, ctx),
});
