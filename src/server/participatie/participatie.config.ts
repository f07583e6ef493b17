import { Type, type Static } from 'typebox';
import type { GemeenteConfig, ModuleConfig } from '../platform/gemeente-config.ts';
import '../meldingen/meldingen.config.ts';

const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$' });
const Lijst = Type.Array(Type.Object({ code: Code, naam: Type.String({ minLength: 1 }), eind: Type.Optional(Type.Boolean()), analyse: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), { minItems: 1 });
const Overgangen = Type.Record(Type.String(), Type.Array(Code));

/** participatie.json: buurtschouw, buurtpreventie and meetings with residents (vocabulary as data). */
export const ParticipatieConfigSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    schouw: Type.Object(
      {
        statussen: Lijst,
        overgangen: Overgangen,
        categorieen: Type.Array(Type.Object({ code: Code, naam: Type.String(), meldingCategorie: Type.String() }, { additionalProperties: false }), { minItems: 1 }),
        puntStatussen: Lijst,
      },
      { additionalProperties: false },
    ),
    buurtpreventie: Type.Object(
      { statussen: Lijst, overgangen: Overgangen, contactBewaarDagenNaInactief: Type.Integer({ minimum: 1, maximum: 3650 }), contactDoel: Type.String({ minLength: 5 }) },
      { additionalProperties: false },
    ),
    bijeenkomstSoorten: Lijst,
  },
  { additionalProperties: false },
);
export type ParticipatieInstellingen = Static<typeof ParticipatieConfigSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly participatie: ParticipatieInstellingen;
  }
}

export const participatieConfig: ModuleConfig = {
  sleutel: 'participatie',
  bestand: 'participatie.json',
  schema: ParticipatieConfigSchema,
  controle: (g: GemeenteConfig, problemen: string[]) => {
    const cats = new Set(g.meldingen.categorieen.map((c) => c.code));
    for (const c of g.participatie.schouw.categorieen) if (!cats.has(c.meldingCategorie)) problemen.push(`participatie.json: schouwcategorie ${c.code} verwijst naar onbekende meldingcategorie "${c.meldingCategorie}"`);
    for (const [naam, lijst, overgangen] of [
      ['schouw', g.participatie.schouw.statussen, g.participatie.schouw.overgangen],
      ['buurtpreventie', g.participatie.buurtpreventie.statussen, g.participatie.buurtpreventie.overgangen],
    ] as const) {
      const bekend = new Set(lijst.map((s) => s.code));
      for (const [van, naar] of Object.entries(overgangen)) for (const n of [van, ...naar]) if (!bekend.has(n)) problemen.push(`participatie.json: ${naam}: onbekende status "${n}"`);
    }
  },
};
