import { Type, type Static } from 'typebox';
import '../meldingen/meldingen.config.ts';
import type { GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ModuleConfig } from '../platform/gemeente-config.ts';
import { ZICHTBAARHEDEN } from '../platform/zichtbaarheid.ts';

/** zaaktypen.json: case types (ZGW-aligned) with statuses, guarded transitions and result types. */
const Vereiste = Type.Object(
  {
    soort: Type.Optional(Type.String()),
    minimaal: Type.Optional(Type.Integer({ minimum: 1 })),
    besluit: Type.Optional(Type.String()),
    besluitEenVan: Type.Optional(Type.Array(Type.String(), { minItems: 1 })),
    zienswijzeVerstreken: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Soort = Type.Union(ZICHTBAARHEDEN.filter((z) => z !== 'rol').map((z) => Type.Literal(z)), {
  description: 'intern: alleen het eigen team; leden: alle leden, ook partners; organisatie: team + de betrokken organisatie',
});

export const ZaaktypenSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    zichtbaarheid: Type.Object(
      { dossier: Soort, status: Soort, resultaat: Soort, taak: Soort, besluit: Soort, betrokkene: Soort },
      { additionalProperties: false, description: 'Standaardzichtbaarheid per soort item; de casushouder kan per dossierregel afwijken' },
    ),
    lidmaatschap: Type.Object(
      {
        eindigtMetLaatsteTaak: Type.Boolean({ description: 'Het lidmaatschap van een partner eindigt als zijn laatste taak is geweigerd of afgerond' }),
        leesvensterDagen: Type.Integer({ minimum: 0, maximum: 365, description: 'Zo lang mag een beëindigd lid nog lezen wat er tot het einde was' }),
      },
      { additionalProperties: false },
    ),
    dossiersoorten: Type.Array(
      Type.Object({ code: Type.String({ pattern: '^[a-z_]+$' }), naam: Type.String(), zichtbaarheid: Type.Optional(Soort) }, { additionalProperties: false }),
    ),
    besluittypen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z0-9_]+$' }),
          naam: Type.String(),
          orgaan: Type.String(),
          zienswijzeDagen: Type.Integer({ minimum: 0 }),
          bezwaarWeken: Type.Integer({ minimum: 0 }),
          begunstigingstermijn: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
    taakuitkomsten: Type.Array(Type.Object({ code: Type.String({ pattern: '^[a-z_]+$' }), naam: Type.String() }, { additionalProperties: false }), { minItems: 1 }),
    zaaktypen: Type.Array(
      Type.Object(
        {
          code: Type.String({ pattern: '^[a-z0-9_]+$' }),
          naam: Type.String(),
          omschrijving: Type.String(),
          doel: Type.String({ minLength: 1, description: 'Doelbinding van de persoonsgegevens in deze casussen' }),
          vertrouwelijkheid: Type.String(),
          doorlooptijdDagen: Type.Integer({ minimum: 1 }),
          statussen: Type.Array(
            Type.Object(
              { code: Type.String({ pattern: '^[a-z0-9_]+$' }), naam: Type.String(), volgorde: Type.Integer(), eind: Type.Optional(Type.Boolean()) },
              { additionalProperties: false },
            ),
            { minItems: 2 },
          ),
          overgangen: Type.Array(
            Type.Object({ van: Type.String(), naar: Type.String(), vereist: Type.Array(Vereiste) }, { additionalProperties: false }),
          ),
          resultaattypen: Type.Array(
            Type.Object(
              {
                code: Type.String({ pattern: '^[a-z0-9_]+$' }),
                naam: Type.String(),
                archiefnominatie: Type.Union([Type.Literal('vernietigen'), Type.Literal('blijvend_bewaren')]),
                bewaartermijn: Type.String({ pattern: '^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$', description: 'ISO 8601-duur na afsluiten' }),
                /** The end status the casus's meldingen move to at closing (meldingen.json), and what the reporter reads. */
                meldingStatus: Type.String({ minLength: 1 }),
                melderTekst: Type.String({ minLength: 10, description: 'uitkomst in B1 voor de melder; geen persoonsgegevens' }),
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

export type ZaaktypenInstellingen = Static<typeof ZaaktypenSchema>;
export type Zaaktype = ZaaktypenInstellingen['zaaktypen'][number];

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly zaaktypen: ZaaktypenInstellingen;
  }
}

export const casussenConfig: ModuleConfig = {
  sleutel: 'zaaktypen',
  bestand: 'zaaktypen.json',
  schema: ZaaktypenSchema,
  controle: (g: GemeenteConfig, problems: string[]) => {
    const { zaaktypen } = g;
    const soorten = new Set(zaaktypen.dossiersoorten.map((d) => d.code));
    const besluiten = new Set(zaaktypen.besluittypen.map((b) => b.code));
    const meldingEind = new Set(g.meldingen.statussen.filter((s) => s.eind).map((s) => s.code));
    for (const zt of zaaktypen.zaaktypen) {
      for (const r of zt.resultaattypen) {
        if (!meldingEind.has(r.meldingStatus)) problems.push(`zaaktype ${zt.code}, resultaat ${r.code}: meldingStatus "${r.meldingStatus}" is geen eindstatus van een melding`);
      }
      const st = new Set(zt.statussen.map((x) => x.code));
      if (zt.statussen.filter((x) => x.eind).length !== 1) problems.push(`zaaktype ${zt.code}: precies één eindstatus nodig`);
      for (const o of zt.overgangen) {
        if (!st.has(o.van) || !st.has(o.naar)) problems.push(`zaaktype ${zt.code}: overgang ${o.van} → ${o.naar} noemt een onbekende status`);
        for (const v of o.vereist) {
          const forms = [v.soort !== undefined, v.besluit !== undefined, v.besluitEenVan !== undefined].filter(Boolean).length;
          if (forms !== 1) problems.push(`zaaktype ${zt.code}: vereiste bij ${o.van} → ${o.naar} moet óf soort, óf besluit, óf besluitEenVan noemen`);
          if (v.soort !== undefined && !soorten.has(v.soort)) problems.push(`zaaktype ${zt.code}: onbekende dossiersoort "${v.soort}"`);
          for (const b of [...(v.besluit ? [v.besluit] : []), ...(v.besluitEenVan ?? [])]) {
            if (!besluiten.has(b)) problems.push(`zaaktype ${zt.code}: onbekend besluittype "${b}"`);
          }
        }
      }
    }
  },
};
