import { Type, type Static } from 'typebox';
import { Nullable } from './common.ts';

const S = Type.String();
const Code = Type.String({ pattern: '^[A-Za-z0-9_]+$', maxLength: 40 });
const Vertrouwelijkheid = Type.Union([Type.Literal('confidentieel'), Type.Literal('geheim')]);

export const SubjectSchema = Type.Object({ id: S, soort: Type.Union([Type.Literal('object'), Type.Literal('bedrijf'), Type.Literal('persoon')]), aanduiding: S, vertrouwelijkheid: Vertrouwelijkheid });

export const SignaalSchema = Type.Object({
  id: S,
  nummer: S,
  ontvangenOp: Type.String({ format: 'date' }),
  bronSoort: S,
  bron: S,
  waardering: Type.String({ description: 'bron × informatie, bijv. B2' }),
  fenomeen: S,
  fenomeenNaam: S,
  omschrijving: S,
  buurt: Nullable(S),
  vertrouwelijkheid: Vertrouwelijkheid,
  grondslag: S,
  status: Type.Union([Type.Literal('nieuw'), Type.Literal('geagendeerd'), Type.Literal('besloten')]),
  overleg: Nullable(S),
  besluit: Nullable(Type.Object({ code: S, naam: S, reden: S, op: Type.String({ format: 'date-time' }), door: S })),
  subjecten: Type.Array(SubjectSchema),
  demo: Type.Boolean(),
});
export type Signaal = Static<typeof SignaalSchema>;

export const SignaalInvoerSchema = Type.Object(
  {
    ontvangenOp: Type.String({ format: 'date' }),
    bronSoort: Code,
    bron: Type.String({ minLength: 2, maxLength: 200, description: 'welke afdeling of partner, niet wie' }),
    bronBetrouwbaarheid: Code,
    informatieBetrouwbaarheid: Code,
    fenomeen: Code,
    omschrijving: Type.String({ minLength: 10, maxLength: 4000 }),
    buurt: Type.Optional(Type.String({ pattern: '^BU[0-9]{8}$' })),
    vertrouwelijkheid: Vertrouwelijkheid,
    grondslag: Code,
    subjecten: Type.Optional(Type.Array(Type.Object({ soort: Type.Union([Type.Literal('object'), Type.Literal('bedrijf'), Type.Literal('persoon')]), aanduiding: Type.String({ minLength: 2, maxLength: 200 }) }, { additionalProperties: false }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const OverlegSchema = Type.Object({ id: S, datum: Type.String({ format: 'date' }), status: S, signalen: Type.Array(S) });
export const BesluitInvoerSchema = Type.Object({ besluit: Code, reden: Type.String({ minLength: 5, maxLength: 2000 }) }, { additionalProperties: false });
