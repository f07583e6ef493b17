import { Type } from 'typebox';

// werklijsten: request and response schemas (the API contract shared with the web).

export const Lijst = Type.Union([Type.Literal('meldingen'), Type.Literal('casussen')]);

export const Tekst = Type.String({ maxLength: 100 });

export const Filter = Type.Object(
  {
    status: Type.Optional(Type.Union([Tekst, Type.Array(Tekst, { maxItems: 20 })])),
    team: Type.Optional(Tekst),
    behandelaar: Type.Optional(Tekst),
    categorie: Type.Optional(Tekst),
    buurt: Type.Optional(Tekst),
    wijk: Type.Optional(Tekst),
    achterstallig: Type.Optional(Type.Boolean()),
    open: Type.Optional(Type.Boolean()),
    zoek: Type.Optional(Tekst),
    zaaktype: Type.Optional(Tekst),
    mijn: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

