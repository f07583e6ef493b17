import { Type, type Static } from 'typebox';
import type { ModuleConfig } from '../platform/gemeente-config.ts';

const Lijst = Type.Array(Type.Object({ code: Type.String({ pattern: '^[A-Za-z0-9_]+$' }), naam: Type.String({ minLength: 1 }) }, { additionalProperties: false }), { minItems: 1 });

/** ondermijning.json: the compartment's vocabulary (phenomena, sources, the 4 × 4 grading, confidentiality, legal bases). */
export const OndermijningConfigSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    toelichting: Type.Optional(Type.String()),
    fenomenen: Lijst,
    bronsoorten: Lijst,
    bronBetrouwbaarheid: Lijst,
    informatieBetrouwbaarheid: Lijst,
    vertrouwelijkheden: Type.Array(Type.Object({ code: Type.Union([Type.Literal('confidentieel'), Type.Literal('geheim')]), naam: Type.String() }, { additionalProperties: false }), { minItems: 2, maxItems: 2 }),
    grondslagen: Lijst,
    doel: Type.String({ minLength: 5 }),
    overlegBesluiten: Lijst,
    bewaartermijnen: Type.Object({ signaalDagen: Type.Integer({ minimum: 30, maximum: 36500 }) }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type OndermijningInstellingen = Static<typeof OndermijningConfigSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly ondermijning: OndermijningInstellingen;
  }
}

export const ondermijningConfig: ModuleConfig = { sleutel: 'ondermijning', bestand: 'ondermijning.json', schema: OndermijningConfigSchema };
