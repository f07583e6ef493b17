import { Type, type Static } from 'typebox';
import { GebiedRef } from './common.ts';

export const VraagSchema = Type.Object(
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
);
export type Vraag = Static<typeof VraagSchema>;

/** The questionnaire as data (config/gemeenten/<naam>/enquete.json); also what GET /api/enquete/vragenlijst returns. */
export const VragenlijstSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    naam: Type.String({ minLength: 1 }),
    inleiding: Type.String(),
    minimumRespondenten: Type.Integer({ minimum: 1 }),
    leeftijdsgroepen: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    geslachten: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }),
    vragen: Type.Array(
      VraagSchema,
      { minItems: 1 },
    ),
  },
  { additionalProperties: false },
);

export type Vragenlijst = Static<typeof VragenlijstSchema>;

export const RondeSchema = Type.Object({
  id: Type.String(),
  naam: Type.String(),
  jaar: Type.Integer(),
  open: Type.Boolean(),
  openLink: Type.Boolean({ description: 'heeft deze ronde ook een open link per buurt (antwoorden tellen niet mee in cijfers en doelen)' }),
  codeUrl: Type.String({ description: 'waar een bewoner de code van de uitnodigingsbrief invult' }),
  buurten: Type.Array(
    Type.Object({
      buurt: GebiedRef,
      url: Type.Union([Type.String(), Type.Null()], { description: 'de open link voor deze buurt, als de ronde die heeft' }),
      respondenten: Type.Integer({ description: 'antwoorden die meetellen: met een persoonlijke code of ingelezen' }),
      openRespondenten: Type.Integer({ description: 'antwoorden via de open link (tellen niet mee)' }),
      uitnodigingen: Type.Integer({ description: 'gemaakte persoonlijke codes' }),
      gebruikt: Type.Integer({ description: 'codes waarmee is ingevuld' }),
    }),
  ),
});
export type Ronde = Static<typeof RondeSchema>;

/** What the public survey page gets for a link: the questions and the buurt's name, nothing else. */
export const PubliekeEnqueteSchema = Type.Object({
  naam: Type.String(),
  inleiding: Type.String(),
  buurt: Type.String(),
  open: Type.Boolean(),
  leeftijdsgroepen: Type.Array(Type.String()),
  geslachten: Type.Array(Type.String()),
  vragen: Type.Array(VraagSchema),
});
export type PubliekeEnquete = Static<typeof PubliekeEnqueteSchema>;
