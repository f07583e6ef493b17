import { Type, type Static } from 'typebox';

// audit: request and response schemas (the API contract shared with the web).

export const VerwerkingSchema = Type.Object({
  volgnummer: Type.Integer(),
  tijdstip: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actor: Type.String({ description: 'Wie: gebruiker, "systeem" of "anoniem"' }),
  organisatieId: Type.Union([Type.String(), Type.Null()]),
  organisatie: Type.Union([Type.String(), Type.Null()]),
  actie: Type.String(),
  objectType: Type.String(),
  objectId: Type.Union([Type.String(), Type.Null()]),
  doel: Type.String({ description: 'Doelbinding' }),
  persoonsgegevens: Type.Boolean(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  details: Type.Object({}, { additionalProperties: true, description: 'Gegevens per soort actie (aantallen, codes); nooit vrije tekst van inwoners' }),
  hash: Type.String(),
});

export const Zoek = Type.Object(
  {
    actorId: Type.Optional(Type.String({ format: 'uuid' })),
    organisatieId: Type.Optional(Type.String({ format: 'uuid' })),
    actie: Type.Optional(Type.String({ maxLength: 100 })),
    objectType: Type.Optional(Type.String({ maxLength: 100 })),
    objectId: Type.Optional(Type.String({ maxLength: 200 })),
    doel: Type.Optional(Type.String({ maxLength: 200 })),
    persoonsgegevens: Type.Optional(Type.Boolean()),
    van: Type.Optional(Type.String({ format: 'date-time', description: 'Vanaf (inclusief), ISO 8601' })),
    tot: Type.Optional(Type.String({ format: 'date-time', description: 'Tot (exclusief), ISO 8601' })),
    tekst: Type.Optional(Type.String({ maxLength: 200, description: 'Vrij zoeken in actor, actie, object en details' })),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 }),
  },
  { additionalProperties: false },
);

export type Verwerking = Static<typeof VerwerkingSchema>;
