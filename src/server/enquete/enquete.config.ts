import { Type, type Static } from 'typebox';
import type { GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ModuleConfig } from '../platform/gemeente-config.ts';

/** enquete.json: the veiligheidsbeleving questionnaire and its weighting groups. */
export const EnqueteSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    naam: Type.String({ minLength: 1 }),
    inleiding: Type.String(),
    minimumRespondenten: Type.Integer({ minimum: 1 }),
    leeftijdsgroepen: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    geslachten: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    vragen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z_]+$' }),
          tekst: Type.String({ minLength: 1 }),
          soort: Type.Union([Type.Literal('keuze'), Type.Literal('cijfer')]),
          antwoorden: Type.Optional(Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z_]+$' }), tekst: Type.String() }, { additionalProperties: false }), { minItems: 2 })),
          min: Type.Optional(Type.Integer()),
          max: Type.Optional(Type.Integer()),
          schatting: Type.Union([
            Type.Object({ soort: Type.Literal('aandeel'), antwoorden: Type.Array(Type.String(), { minItems: 1 }) }, { additionalProperties: false }),
            Type.Object({ soort: Type.Literal('gemiddelde') }, { additionalProperties: false }),
          ]),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

export type EnqueteInstellingen = Static<typeof EnqueteSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly enquete: EnqueteInstellingen;
  }
}

export const enqueteConfig: ModuleConfig = {
  sleutel: 'enquete',
  bestand: 'enquete.json',
  schema: EnqueteSchema,
  controle: (g: GemeenteConfig, problems: string[]) => {
    for (const v of g.enquete.vragen) {
      if (v.soort === 'keuze' && !v.antwoorden) problems.push(`enquêtevraag ${v.code}: een keuzevraag heeft antwoorden nodig`);
      if (v.soort === 'cijfer' && (v.min === undefined || v.max === undefined || v.min >= v.max)) problems.push(`enquêtevraag ${v.code}: een cijfervraag heeft min < max nodig`);
      if (v.schatting.soort === 'aandeel') {
        for (const a of v.schatting.antwoorden) if (!v.antwoorden?.some((x) => x.code === a)) problems.push(`enquêtevraag ${v.code}: onbekend antwoord "${a}" in de schatting`);
      }
      if (v.schatting.soort === 'gemiddelde' && v.soort !== 'cijfer') problems.push(`enquêtevraag ${v.code}: een gemiddelde kan alleen bij een cijfervraag`);
    }
  },
};
