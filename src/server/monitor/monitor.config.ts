import { Type, type Static } from 'typebox';
import type { GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ModuleConfig } from '../platform/gemeente-config.ts';
import '../meldingen/meldingen.config.ts';
import '../enquete/enquete.config.ts';

/** monitor.json: the indicator catalogue, renamed area codes, near-repeat alert and grid settings. */
const Reeks = Type.String({ pattern: '^[a-z]+:[A-Za-z0-9._-]+$' });

export const MonitorSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    /** The programme periods (MJP) targets belong to; `peiljaar` is the year of the nulmeting. */
    programmas: Type.Array(
      Type.Object(
        { code: Type.String({ minLength: 1 }), naam: Type.String({ minLength: 1 }), van: Type.Integer(), tot: Type.Integer(), peiljaar: Type.Integer() },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    /** The programme in force: the default of profiles and target lines. */
    huidigProgramma: Type.String({ minLength: 1 }),
    indicatoren: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[A-Z][A-Z0-9_]+$' }),
          naam: Type.String({ minLength: 1 }),
          naamEn: Type.String({ minLength: 1 }),
          definitie: Type.String({ minLength: 1 }),
          eenheid: Type.String({ minLength: 1 }),
          bron: Type.String({ minLength: 1 }),
          richting: Type.Union([Type.Literal('lager_beter'), Type.Literal('hoger_beter'), Type.Literal('neutraal')]),
          teller: Type.Object(
            {
              reeksen: Type.Optional(Type.Array(Reeks, { minItems: 1 })),
              incidenten: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
              meldingenThema: Type.Optional(Type.String({ minLength: 1 })),
              enquete: Type.Optional(Type.String({ minLength: 1 })),
            },
            { additionalProperties: false },
          ),
          noemer: Type.Optional(Type.Object({ reeks: Reeks, per: Type.Number({ exclusiveMinimum: 0 }) }, { additionalProperties: false })),
          /** Targets per programme period: a value (operator + waarde) and/or the ambition in words. */
          doelen: Type.Optional(
            Type.Array(
              Type.Object(
                {
                  programma: Type.String({ minLength: 1 }),
                  operator: Type.Optional(Type.Union([Type.Literal('<='), Type.Literal('>=')])),
                  waarde: Type.Optional(Type.Number()),
                  ambitie: Type.Optional(Type.String({ minLength: 1 })),
                },
                { additionalProperties: false },
              ),
            ),
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    /** Area codes that changed between CBS editions: old → current. */
    gebiedscodes: Type.Record(Type.String(), Type.String()),
    nearRepeat: Type.Object(
      {
        soorten: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
        straalMeter: Type.Number({ exclusiveMinimum: 0 }),
        dagen: Type.Integer({ minimum: 1 }),
        rasterMeter: Type.Number({ exclusiveMinimum: 0 }),
      },
      { additionalProperties: false },
    ),
    hotspots: Type.Object({ celMeter: Type.Number({ exclusiveMinimum: 0 }) }, { additionalProperties: false }),
    /**
     * How areas are compared (issue 10): a count is never set against the whole city's total. Counts are
     * compared per `noemer` (e.g. per 1,000 inhabitants), or per km² where an area has no denominator.
     * `gemeenten`: the groups of other gemeenten to compare this gemeente with (CBS figures for all gemeenten).
     */
    vergelijking: Type.Object(
      {
        noemer: Type.Object({ reeks: Reeks, per: Type.Number({ exclusiveMinimum: 0 }), eenheid: Type.String({ minLength: 1 }) }, { additionalProperties: false }),
        gemeenten: Type.Array(
          Type.Object(
            {
              code: Type.String({ pattern: '^[a-z][a-z0-9_]*$' }),
              naam: Type.String({ minLength: 1 }),
              naamEn: Type.String({ minLength: 1 }),
              inwonersVan: Type.Optional(Type.Integer({ minimum: 0 })),
              inwonersTot: Type.Optional(Type.Integer({ minimum: 0 })),
              provincie: Type.Optional(Type.String({ minLength: 1 })),
              gemeenten: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
            },
            { additionalProperties: false },
          ),
          { minItems: 1 },
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type MonitorInstellingen = Static<typeof MonitorSchema>;
export type IndicatorDef = MonitorInstellingen['indicatoren'][number];
export type ProgrammaDef = MonitorInstellingen['programmas'][number];

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly monitor: MonitorInstellingen;
  }
}

export const monitorConfig: ModuleConfig = {
  sleutel: 'monitor',
  bestand: 'monitor.json',
  schema: MonitorSchema,
  controle: (g: GemeenteConfig, problems: string[]) => {
    const themas = new Set(g.meldingen.categorieen.map((c) => c.thema));
    const codes = new Set<string>();
    const programmas = new Set(g.monitor.programmas.map((p) => p.code));
    if (!programmas.has(g.monitor.huidigProgramma)) problems.push(`huidigProgramma "${g.monitor.huidigProgramma}" staat niet in programmas`);
    for (const p of g.monitor.programmas) if (p.tot < p.van || p.peiljaar > p.van) problems.push(`programma ${p.code}: van ≤ tot en een peiljaar vóór of in het eerste jaar`);
    for (const ind of g.monitor.indicatoren) {
      for (const d of ind.doelen ?? []) {
        if (!programmas.has(d.programma)) problems.push(`indicator ${ind.code}: doel voor onbekend programma "${d.programma}"`);
        if ((d.operator === undefined) !== (d.waarde === undefined)) problems.push(`indicator ${ind.code}: een streefwaarde heeft zowel operator als waarde`);
        if (d.operator === undefined && d.ambitie === undefined) problems.push(`indicator ${ind.code}: een doel noemt een streefwaarde of een ambitie`);
      }
      if (new Set((ind.doelen ?? []).map((d) => d.programma)).size !== (ind.doelen ?? []).length) problems.push(`indicator ${ind.code}: twee doelen voor hetzelfde programma`);
      if (codes.has(ind.code)) problems.push(`indicator ${ind.code} staat dubbel`);
      codes.add(ind.code);
      const t = ind.teller;
      if (!t.reeksen && !t.incidenten && !t.meldingenThema && !t.enquete) problems.push(`indicator ${ind.code}: de teller noemt niets om te tellen`);
      if (t.meldingenThema && !themas.has(t.meldingenThema)) problems.push(`indicator ${ind.code}: geen meldingcategorie heeft thema "${t.meldingenThema}"`);
      if (t.enquete && ind.noemer) problems.push(`indicator ${ind.code}: een enquête-indicator heeft geen noemer`);
      if (t.enquete && !g.enquete.vragen.some((v) => v.code === t.enquete)) problems.push(`indicator ${ind.code}: de enquête heeft geen vraag "${t.enquete}"`);
    }
  },
};
