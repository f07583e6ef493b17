import { Type, type Static } from 'typebox';
import type { GemeenteConfig, ModuleConfig } from '../platform/gemeente-config.ts';
import '../monitor/monitor.config.ts';

const Code = Type.String({ pattern: '^[A-Z][A-Z0-9_]+$' });

/** rapportages.json: which figures the generated reports carry. */
export const RapportagesConfigSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    raadsrapportage: Type.Object({ indicatoren: Type.Array(Code, { minItems: 1 }) }, { additionalProperties: false }),
    veiligheidsanalyse: Type.Object({ kaartIndicator: Code }, { additionalProperties: false }),
    /** The report lifecycle: concept → vastgesteld → gepubliceerd (publiek: the step that needs care with voorlopige cijfers). */
    statussen: Type.Array(Type.Object({ code: Type.String(), naam: Type.String(), publiek: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), { minItems: 2 }),
    overgangen: Type.Record(Type.String(), Type.Array(Type.String())),
    /** The kinds of report this build can generate, with their names. */
    soorten: Type.Array(Type.Object({ code: Type.Union([Type.Literal('raadsrapportage'), Type.Literal('veiligheidsanalyse'), Type.Literal('voortgang')]), naam: Type.String() }, { additionalProperties: false }), { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type RapportagesInstellingen = Static<typeof RapportagesConfigSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly rapportages: RapportagesInstellingen;
  }
}

export const rapportagesConfig: ModuleConfig = {
  sleutel: 'rapportages',
  bestand: 'rapportages.json',
  schema: RapportagesConfigSchema,
  controle: (g: GemeenteConfig, problemen: string[]) => {
    const bekend = new Set(g.monitor.indicatoren.map((i) => i.code));
    const statussen = new Set(g.rapportages.statussen.map((s) => s.code));
    for (const [van, naar] of Object.entries(g.rapportages.overgangen)) for (const n of [van, ...naar]) if (!statussen.has(n)) problemen.push(`rapportages.json: onbekende status "${n}" in de overgangen`);
    for (const c of [...g.rapportages.raadsrapportage.indicatoren, g.rapportages.veiligheidsanalyse.kaartIndicator]) if (!bekend.has(c)) problemen.push(`rapportages.json: indicator ${c} staat niet in monitor.json`);
  },
};
