import type { Static } from 'typebox';
import { VragenlijstSchema } from '../../contract/api/enquete.ts';
import type { GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ModuleConfig } from '../platform/gemeente-config.ts';

/** enquete.json: the veiligheidsbeleving questionnaire and its weighting groups. */
export const EnqueteSchema = VragenlijstSchema;
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
