import { Type, type Static } from 'typebox';
import { Body } from './common.ts';

// meldingen: request and response schemas (the API contract shared with the web).

export const Locatie = Type.Object(
  { lon: Type.Number({ minimum: -180, maximum: 180 }), lat: Type.Number({ minimum: -90, maximum: 90 }) },
  { additionalProperties: false, description: 'Plek van de melding (WGS84)' },
);

export const NieuweMeldingBody = Body({
  omschrijving: Type.String({ minLength: 1, maxLength: 5000, description: 'Wat is er aan de hand?' }),
  categorie: Type.Optional(Type.String({ maxLength: 50, description: 'Hoofdcategorie; zonder: de gesuggereerde' })),
  subcategorie: Type.Optional(Type.String({ maxLength: 50 })),
  locatie: Type.Optional(Type.Union([Locatie, Type.Null()], { description: 'null = geen locatie' })),
  adres: Type.Optional(Type.String({ maxLength: 200 })),
  contact: Type.Optional(
    Type.Object(
      {
        naam: Type.Optional(Type.String({ maxLength: 200 })),
        email: Type.Optional(Type.String({ maxLength: 254 })),
        telefoon: Type.Optional(Type.String({ maxLength: 30 })),
        toestemming: Type.Boolean({ description: 'De melder wil dat we contact opnemen' }),
      },
      { additionalProperties: false },
    ),
  ),
  kanaal: Type.Optional(Type.Union([Type.Literal('telefoon'), Type.Literal('balie')], { description: 'Alleen voor medewerkers: intake per telefoon of balie' })),
  fotos: Type.Optional(
    Type.Array(Type.String({ maxLength: 7_200_000, description: 'JPEG, PNG of WebP als base64 of data:-URL, maximaal 5 MB' }), { maxItems: 3 }),
  ),
});

export const Overzicht = Type.Object({
  id: Type.String(),
  referentie: Type.String(),
  status: Type.String(),
  statusNaam: Type.String(),
  categorie: Type.String(),
  subcategorie: Type.Union([Type.String(), Type.Null()]),
  kanaal: Type.String(),
  buurt: Type.Union([Type.Object({ code: Type.String(), naam: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  team: Type.String(),
  ingediendOp: Type.String({ format: 'date-time' }),
  deadline: Type.String({ format: 'date' }),
  achterstallig: Type.Boolean(),
  hoofdmeldingId: Type.Union([Type.String(), Type.Null()]),
  koppeling: Type.Union([Type.String(), Type.Null()]),
  heeftContact: Type.Boolean(),
  behandelaar: Type.Union([Type.Object({ id: Type.String(), naam: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
  locatie: Type.Union([Type.Object({ lon: Type.Number(), lat: Type.Number() }), Type.Null()]),
});

/** The work-list filter, shared by the list and its export (and stored as a saved filter). */
export const LijstFilter = {
  status: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 })),
  team: Type.Optional(Type.String({ maxLength: 50, description: "een teamcode, of 'mijn': de teams van mijn organisatie" })),
  open: Type.Optional(Type.Boolean({ description: 'alleen meldingen die nog niet in een eindstatus zijn (de standaard van de werklijst)' })),
  behandelaar: Type.Optional(Type.Union([Type.Literal('ik'), Type.Literal('niemand'), Type.String({ format: 'uuid' })], { description: "'ik', 'niemand' of een gebruikers-id" })),
  categorie: Type.Optional(Type.String({ maxLength: 50 })),
  buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
  wijk: Type.Optional(Type.String({ pattern: '^WK[0-9]{6}$' })),
  achterstallig: Type.Optional(Type.Boolean()),
  zoek: Type.Optional(Type.String({ maxLength: 50, description: 'zoekt in het nummer en in de tekst van de melding' })),
};

export const Detail = Type.Intersect([
  Overzicht,
  Type.Object({
    omschrijving: Type.String(),
    suggestie: Type.Union([Type.Object({ categorie: Type.String(), score: Type.Number() }), Type.Null()], { description: 'wat het systeem voorstelde bij binnenkomst' }),
    categorieMelder: Type.Union([Type.String(), Type.Null()], { description: 'wat de melder zelf koos; null: "weet ik niet" (of onbekend bij oudere meldingen)' }),
    locatie: Type.Union([Type.Object({ lon: Type.Number(), lat: Type.Number() }), Type.Null()]),
    adres: Type.Union([Type.String(), Type.Null()]),
    wijkCode: Type.Union([Type.String(), Type.Null()]),
    routeringsregel: Type.String(),
    contact: Type.Object(
      {
        bekend: Type.Boolean({ description: 'de melder heeft contactgegevens achtergelaten' }),
        toestemming: Type.Boolean(),
        magInzien: Type.Boolean({ description: 'u hoort bij het behandelende team en mag ze (met doel) inzien' }),
      },
      { description: 'De gegevens zelf: POST /api/meldingen/{id}/contact' },
    ),
    gebeurtenissen: Type.Array(
      Type.Object({
        tijdstip: Type.String(),
        soort: Type.String(),
        van: Type.Union([Type.String(), Type.Null()]),
        naar: Type.Union([Type.String(), Type.Null()]),
        reden: Type.Union([Type.String(), Type.Null()]),
        door: Type.String(),
      }),
    ),
    toegestaneOvergangen: Type.Array(Type.Object({ naar: Type.String(), naam: Type.String(), redenVerplicht: Type.Boolean() })),
    fotos: Type.Array(Type.Object({ id: Type.String(), breedte: Type.Integer(), hoogte: Type.Integer() })),
  }),
]);

export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export type NieuweMelding = Static<typeof NieuweMeldingBody>;
export type MeldingOverzicht = Static<typeof Overzicht>;
export type MeldingDetail = Static<typeof Detail>;

export const StatusSchema = Type.Object({ code: Type.String(), naam: Type.String(), eind: Type.Boolean({ description: 'een eindstatus' }) });
export type MeldingStatus = Static<typeof StatusSchema>;
