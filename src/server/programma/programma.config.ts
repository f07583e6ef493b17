import { Type, type Static } from 'typebox';
import type { GemeenteConfig, ModuleConfig } from '../platform/gemeente-config.ts';
import '../monitor/monitor.config.ts';
import '../toegang/toegang.config.ts';

/** programma.json: the Meerjarenprogramma as data (structure, statuses, kinds), seeded into the database once. */
const Code = Type.String({ pattern: '^[a-z0-9][a-z0-9_-]*$' });
const Lijst = Type.Array(Type.Object({ code: Code, naam: Type.String({ minLength: 1 }), uitleg: Type.Optional(Type.String()), vastgesteld: Type.Optional(Type.Boolean()), eind: Type.Optional(Type.Boolean()) }, { additionalProperties: false }), { minItems: 1 });
const Overgangen = Type.Record(Type.String(), Type.Array(Code));

export const ProgrammaConfigSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    /** The programme in force (its code also names the monitor's programme period of the targets). */
    huidig: Code,
    statussen: Type.Object({ programma: Lijst, agenda: Lijst, maatregel: Lijst }, { additionalProperties: false }),
    overgangen: Type.Object({ programma: Overgangen, agenda: Overgangen, maatregel: Overgangen }, { additionalProperties: false }),
    themasoorten: Lijst,
    maatregelsoorten: Lijst,
    randvoorwaarden: Lijst,
    voortgangskleuren: Lijst,
    bewijssoorten: Lijst,
    /** Buurtagenda's: statuses of an agenda point and where it may go next. */
    buurtagenda: Type.Object({ toelichting: Type.Optional(Type.String()), statussen: Lijst, overgangen: Overgangen }, { additionalProperties: false }),
    programmas: Type.Array(
      Type.Object(
        {
          code: Code,
          titel: Type.String({ minLength: 1 }),
          van: Type.Integer({ minimum: 1990, maximum: 2100 }),
          tot: Type.Integer({ minimum: 1990, maximum: 2100 }),
          missie: Type.String({ minLength: 1 }),
          status: Code,
          raadsbesluit: Type.Optional(Type.String()),
          bron: Type.String({ minLength: 1 }),
          themas: Type.Array(
            Type.Object(
              {
                code: Code,
                naam: Type.String({ minLength: 1 }),
                soort: Code,
                ondertitel: Type.Optional(Type.String()),
                ambities: Type.Array(Type.String({ minLength: 1 })),
                doelstellingen: Type.Array(
                  Type.Object(
                    {
                      code: Code,
                      soort: Type.Union([Type.Literal('effect'), Type.Literal('inspanning')]),
                      tekst: Type.String({ minLength: 1 }),
                      indicatoren: Type.Array(Type.String({ pattern: '^[A-Z][A-Z0-9_]+$' })),
                    },
                    { additionalProperties: false },
                  ),
                ),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

export type ProgrammaInstellingen = Static<typeof ProgrammaConfigSchema>;
export type ProgrammaDefinitie = ProgrammaInstellingen['programmas'][number];

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly programma: ProgrammaInstellingen;
  }
}

export const programmaConfig: ModuleConfig = {
  sleutel: 'programma',
  bestand: 'programma.json',
  schema: ProgrammaConfigSchema,
  controle: (g: GemeenteConfig, problemen: string[]) => {
    const p = g.programma;
    const perioden = new Set(g.monitor.programmas.map((x) => x.code));
    const indicatoren = new Set(g.monitor.indicatoren.map((i) => i.code));
    const codes = (l: { code: string }[]) => new Set(l.map((x) => x.code));
    if (!p.programmas.some((x) => x.code === p.huidig)) problemen.push(`programma.json: huidig "${p.huidig}" staat niet in programmas`);
    if (p.huidig !== g.monitor.huidigProgramma) problemen.push(`programma.json: huidig "${p.huidig}" is niet het huidige programma van monitor.json ("${g.monitor.huidigProgramma}")`);
    for (const soort of ['programma', 'agenda', 'maatregel', 'buurtagenda'] as const) {
      const bekend = codes(soort === 'buurtagenda' ? p.buurtagenda.statussen : p.statussen[soort]);
      for (const [van, naar] of Object.entries(soort === 'buurtagenda' ? p.buurtagenda.overgangen : p.overgangen[soort])) {
        if (!bekend.has(van)) problemen.push(`programma.json: overgang vanaf onbekende ${soort}status "${van}"`);
        for (const n of naar) if (!bekend.has(n)) problemen.push(`programma.json: overgang ${van} → onbekende ${soort}status "${n}"`);
      }
    }
    const themasoorten = codes(p.themasoorten);
    const programmaStatussen = codes(p.statussen.programma);
    for (const prog of p.programmas) {
      if (prog.tot < prog.van) problemen.push(`programma ${prog.code}: tot ligt vóór van`);
      if (!perioden.has(prog.code)) problemen.push(`programma ${prog.code}: geen programmaperiode met die code in monitor.json (de streefwaarden horen daar)`);
      if (!programmaStatussen.has(prog.status)) problemen.push(`programma ${prog.code}: onbekende status "${prog.status}"`);
      const themas = new Set<string>();
      for (const t of prog.themas) {
        if (themas.has(t.code)) problemen.push(`programma ${prog.code}: thema ${t.code} staat dubbel`);
        themas.add(t.code);
        if (!themasoorten.has(t.soort)) problemen.push(`programma ${prog.code}, thema ${t.code}: onbekende soort "${t.soort}"`);
        for (const d of t.doelstellingen) for (const i of d.indicatoren) if (!indicatoren.has(i)) problemen.push(`programma ${prog.code}, doelstelling ${d.code}: indicator ${i} staat niet in monitor.json`);
      }
    }
  },
};
