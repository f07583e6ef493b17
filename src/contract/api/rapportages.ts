import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';

const S = Type.String();
const Soort = Type.Union([Type.Literal('raadsrapportage'), Type.Literal('veiligheidsanalyse'), Type.Literal('voortgang')]);

export const RapportMetaSchema = Type.Object({
  id: Type.Integer(),
  soort: Soort,
  soortNaam: S,
  periode: S,
  versie: Type.Integer(),
  titel: S,
  status: S,
  statusNaam: S,
  hash: Type.String({ description: 'SHA-256 van de PDF' }),
  bevatVoorlopig: Type.Boolean(),
  voorlopigAkkoord: Type.Boolean({ description: 'bij publicatie bewust gekozen om voorlopige cijfers te publiceren (gemarkeerd)' }),
  demo: Type.Boolean(),
  auteur: S,
  aangemaaktOp: Type.String({ format: 'date-time' }),
  vastgesteldDoor: Nullable(S),
  vastgesteldOp: Nullable(Type.String({ format: 'date-time' })),
  gepubliceerdDoor: Nullable(S),
  gepubliceerdOp: Nullable(Type.String({ format: 'date-time' })),
  volgendeStatussen: Type.Array(Type.Object({ code: S, naam: S, publiek: Type.Boolean({ description: 'deze stap maakt het rapport openbaar' }) }), { description: 'waarheen het rapport nu mag' }),
});
export type RapportMeta = Static<typeof RapportMetaSchema>;

export const RapportMakenSchema = Type.Object(
  { soort: Soort, periode: Type.String({ pattern: '^[0-9]{4}(-Q[1-4])?$', description: 'jaar (2026) of kwartaal (2026-Q3)' }) },
  { additionalProperties: false },
);

export const RapportStatusSchema = Type.Object(
  { status: Type.String({ maxLength: 40 }), voorlopigAkkoord: Type.Optional(Type.Boolean({ description: 'publiceren ondanks voorlopige cijfers (ze blijven gemarkeerd)' })) },
  { additionalProperties: false },
);

export const RapportSoortenSchema = Type.Array(Type.Object({ code: Soort, naam: S }));

export const RapportTaakSchema = Type.Object({
  id: S,
  status: Type.Union([Type.Literal('bezig'), Type.Literal('klaar'), Type.Literal('mislukt')]),
  voortgang: Type.Object({ gedaan: Type.Integer(), totaal: Type.Integer() }, { description: 'hoofdstukken klaar van het aantal dat tot nu toe bekend is' }),
  resultaat: Nullable(RapportMetaSchema),
  fout: Nullable(S),
});
