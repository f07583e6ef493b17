import { Type, type Static } from 'typebox';
import { Code, type GemeenteConfig } from '../platform/gemeente-config.ts';
import type { ConfigOmgeving, ModuleConfig } from '../platform/gemeente-config.ts';

/** toegang.json: organisations, roles → permissions, demo accounts. */
export const ToegangSchema = Type.Object(
  {
    versie: Type.Integer({ minimum: 1 }),
    organisaties: Type.Array(
      Type.Object(
        {
          code: Code,
          naam: Type.String({ minLength: 1 }),
          soort: Type.String({ minLength: 1 }),
          email: Type.Optional(Type.String({ format: 'email', description: 'Functionele mailbox voor doorverwijzingen' })),
          webhookUrl: Type.Optional(Type.String({ pattern: '^https?://', description: 'Webhook voor doorverwijzingen' })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    rollen: Type.Array(
      Type.Object(
        {
          code: Code,
          naam: Type.String({ minLength: 1 }),
          omschrijving: Type.String(),
          permissies: Type.Array(Type.String()),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    demo: Type.Object(
      {
        wachtwoord: Type.String({ minLength: 12 }),
        accounts: Type.Array(
          Type.Object(
            { email: Type.String({ format: 'email' }), naam: Type.String(), rol: Code, organisatie: Code },
            { additionalProperties: false },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export type ToegangInstellingen = Static<typeof ToegangSchema>;

declare module '../platform/gemeente-config.ts' {
  interface GemeenteConfig {
    readonly toegang: ToegangInstellingen;
  }
}

export const toegangConfig: ModuleConfig = {
  sleutel: 'toegang',
  bestand: 'toegang.json',
  schema: ToegangSchema,
  controle: (g: GemeenteConfig, problems: string[], omgeving: ConfigOmgeving) => {
    const { toegang } = g;
    const rollen = new Set(toegang.rollen.map((r) => r.code));
    const orgs = new Set(toegang.organisaties.map((o) => o.code));
    for (const rol of toegang.rollen) {
      for (const p of rol.permissies) if (!omgeving.permissies.has(p)) problems.push(`rol ${rol.code}: onbekende permissie "${p}"`);
    }
    for (const a of toegang.demo.accounts) {
      if (!rollen.has(a.rol)) problems.push(`demo-account ${a.email}: onbekende rol "${a.rol}"`);
      if (!orgs.has(a.organisatie)) problems.push(`demo-account ${a.email}: onbekende organisatie "${a.organisatie}"`);
    }
  },
};
