import { Type, type Static } from 'typebox';
import type { GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ModuleConfig } from '../platform/gemeente-config.ts';

/** sjablonen.json: the default e-mail templates (a beheerder may override them). */
export const SjablonenSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    sjablonen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z.]+$' }),
          naam: Type.String(),
          onderwerp: Type.String({ minLength: 1 }),
          tekst: Type.String({ minLength: 1 }),
          voorbeeld: Type.Record(Type.String(), Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export type SjablonenInstellingen = Static<typeof SjablonenSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly sjablonen: SjablonenInstellingen;
  }
}

/** Templates the code sends by code; a gemeente may reword them but not leave them out. */
const VERPLICHT = ['melding.status', 'melding.afgehandeld', 'taak.nieuw', 'buurtbericht.bevestigen'];

export const berichtenConfig: ModuleConfig = {
  sleutel: 'sjablonen',
  bestand: 'sjablonen.json',
  schema: SjablonenSchema,
  controle: (g: GemeenteConfig, problems: string[]) => {
    for (const code of VERPLICHT) {
      if (!g.sjablonen.sjablonen.some((x) => x.code === code)) problems.push(`sjabloon "${code}" ontbreekt`);
    }
  },
};
