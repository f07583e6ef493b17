import { Type, type Static } from 'typebox';
import type { GemeenteConfig, ModuleConfig } from '../platform/gemeente-config.ts';
import '../monitor/monitor.config.ts';

const Niveau = Type.Union([Type.Literal('gemeente'), Type.Literal('wijk'), Type.Literal('buurt')]);

/** publiek.json: which figures the public site may show, at which level, and the suppression threshold. */
export const PubliekConfigSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    minimumAantal: Type.Integer({ minimum: 3, maximum: 20 }),
    jaren: Type.Integer({ minimum: 1, maximum: 15 }),
    licentie: Type.Object({ naam: Type.String(), url: Type.String() }, { additionalProperties: false }),
    indicatoren: Type.Array(Type.Object({ code: Type.String(), niveaus: Type.Array(Niveau, { minItems: 1 }) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
);
export type PubliekInstellingen = Static<typeof PubliekConfigSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly publiek: PubliekInstellingen;
  }
}

export const publiekConfig: ModuleConfig = {
  sleutel: 'publiek',
  bestand: 'publiek.json',
  schema: PubliekConfigSchema,
  controle: (g: GemeenteConfig, problemen: string[]) => {
    const bekend = new Set(g.monitor.indicatoren.map((i) => i.code));
    for (const i of g.publiek.indicatoren) if (!bekend.has(i.code)) problemen.push(`publiek.json: indicator ${i.code} staat niet in monitor.json`);
  },
};
