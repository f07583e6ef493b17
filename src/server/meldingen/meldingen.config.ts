import { Type, type Static } from 'typebox';
import { Code, type GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ModuleConfig } from '../platform/gemeente-config.ts';
import '../toegang/toegang.config.ts';

/** meldingen.json: categories, teams, routing rules, the status machine, retention terms. */
export const MeldingenSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    bewaartermijnen: Type.Object(
      {
        contactgegevensDagen: Type.Integer({ minimum: 1, description: 'Contactgegevens van de melder: dagen na afhandeling' }),
        omschrijvingDagen: Type.Integer({ minimum: 1, description: 'Vrije tekst van de melding: dagen na afhandeling (daarna geanonimiseerd)' }),
      },
      { additionalProperties: false },
    ),
    categorieen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z_]+$' }),
          naam: Type.String({ minLength: 1 }),
          publiekeNaam: Type.String({ minLength: 1 }),
          thema: Type.String({ minLength: 1 }),
          team: Code,
          termijnWerkdagen: Type.Integer({ minimum: 1, maximum: 250 }),
          openbaarOpKaart: Type.Boolean(),
          gevoelig: Type.Boolean({ description: 'Nooit in openbare uitvoer (in-de-buurt, kaart, buurtsite): ondermijning, verward gedrag, woonoverlast …' }),
          duplicaat: Type.Object(
            { radiusMeter: Type.Number({ minimum: 0, maximum: 5000 }), dagen: Type.Integer({ minimum: 0, maximum: 365 }) },
            { additionalProperties: false },
          ),
          sub: Type.Array(Type.Object({ code: Code, naam: Type.String({ minLength: 1 }) }, { additionalProperties: false })),
          trefwoorden: Type.Array(Type.String({ minLength: 1 }), { description: 'Kenmerkende woorden: extra bewijs voor de categoriesuggestie' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    teams: Type.Array(Type.Object({ code: Code, naam: Type.String(), organisatie: Code }, { additionalProperties: false }), { minItems: 1 }),
    routering: Type.Array(
      Type.Object(
        {
          naam: Type.String(),
          categorie: Type.String(),
          subcategorie: Type.Optional(Type.String()),
          wijk: Type.Optional(Type.String({ pattern: '^WK[0-9]{6}$' })),
          buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
          uurVan: Type.Optional(Type.Integer({ minimum: 0, maximum: 23 })),
          uurTot: Type.Optional(Type.Integer({ minimum: 0, maximum: 24 })),
          team: Type.String(),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    statussen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z_]+$' }),
          naam: Type.String(),
          publiekeNaam: Type.String(),
          eind: Type.Boolean(),
          klok: Type.Boolean({ description: 'De afhandeltermijn loopt in deze status' }),
          meldermail: Type.Boolean({ description: 'De melder krijgt bericht bij deze status' }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    overgangen: Type.Array(
      Type.Object({ van: Type.String(), naar: Type.String(), redenVerplicht: Type.Boolean() }, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);

export type MeldingenInstellingen = Static<typeof MeldingenSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly meldingen: MeldingenInstellingen;
  }
}

export const meldingenConfig: ModuleConfig = {
  sleutel: 'meldingen',
  bestand: 'meldingen.json',
  schema: MeldingenSchema,
  controle: (g: GemeenteConfig, problems: string[]) => {
    const { meldingen } = g;
    const orgs = new Set(g.toegang.organisaties.map((o) => o.code));
    const teams = new Set(meldingen.teams.map((t) => t.code));
    const categorieen = new Set(meldingen.categorieen.map((c) => c.code));
    const statussen = new Set(meldingen.statussen.map((st) => st.code));
    for (const t of meldingen.teams) if (!orgs.has(t.organisatie)) problems.push(`team ${t.code}: onbekende organisatie "${t.organisatie}"`);
    for (const c of meldingen.categorieen) if (!teams.has(c.team)) problems.push(`categorie ${c.code}: onbekend team "${c.team}"`);
    for (const r of meldingen.routering) {
      if (r.categorie !== '*' && !categorieen.has(r.categorie)) problems.push(`routeringsregel "${r.naam}": onbekende categorie "${r.categorie}"`);
      if (r.team !== '$categorie' && !teams.has(r.team)) problems.push(`routeringsregel "${r.naam}": onbekend team "${r.team}"`);
      // The rule's name is what the routing note tells staff; a name that promises a condition the rule does
      // not have makes that note a lie ("Wijk 06" matching every wijk).
      const wijkNr = /\bwijk\s*(\d{1,2})\b/i.exec(r.naam)?.[1];
      if (wijkNr !== undefined && !(r.wijk && Number(r.wijk.slice(-2)) === Number(wijkNr))) {
        problems.push(`routeringsregel "${r.naam}": de naam noemt wijk ${wijkNr}, maar de regel heeft ${r.wijk ? `wijk ${r.wijk}` : 'geen wijkvoorwaarde'}`);
      }
      if (/\bbuurt\b/i.test(r.naam) && !r.buurt && !r.wijk) problems.push(`routeringsregel "${r.naam}": de naam noemt een buurt, maar de regel heeft geen gebiedsvoorwaarde`);
      if ((r.uurVan === undefined) !== (r.uurTot === undefined)) problems.push(`routeringsregel "${r.naam}": geef uurVan en uurTot samen`);
    }
    if (!meldingen.routering.some((r) => r.categorie === '*' && r.wijk === undefined && r.buurt === undefined && r.uurVan === undefined)) {
      problems.push('routering: de laatste regel moet een standaardregel zijn (categorie "*", zonder gebied of tijd)');
    }
    if (!statussen.has('ontvangen')) problems.push('statussen: "ontvangen" (beginstatus) ontbreekt');
    for (const o of meldingen.overgangen) {
      if (!statussen.has(o.van) || !statussen.has(o.naar)) problems.push(`overgang ${o.van} → ${o.naar}: onbekende status`);
    }
  },
};
