import { Type, type Static } from 'typebox';
import { Body } from './common.ts';

export const GebruikerSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String({ description: 'E-mailadres, ook de inlognaam' }),
    naam: Type.String(),
    actief: Type.Boolean(),
    demo: Type.Boolean({ description: 'Demo-account (alleen in demomodus)' }),
    organisatie: Type.Object({ id: Type.String(), code: Type.String(), naam: Type.String() }),
    rollen: Type.Array(Type.String(), { description: 'Codes van de rollen' }),
    permissies: Type.Array(Type.String({ pattern: '^[a-z]+:[a-z]+$' }), { description: 'Permissiecodes (catalogus: GET /api/rollen)' }),
    laatstIngelogdOp: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'Gebruiker' },
);

export const SessieSchema = Type.Object({
  gebruiker: Type.Ref('Gebruiker'),
  csrfToken: Type.String({ description: 'Meesturen als X-CSRF-Token bij elke POST, PUT, PATCH en DELETE' }),
});

export const LoginBody = Body(
  {
    email: Type.String({ minLength: 3, maxLength: 254, description: 'E-mailadres' }),
    wachtwoord: Type.String({ minLength: 1, maxLength: 1024, description: 'Wachtwoord' }),
  },
  'Inloggegevens',
);

export const NieuweGebruikerBody = Body({
  email: Type.String({ minLength: 3, maxLength: 254 }),
  naam: Type.String({ minLength: 1, maxLength: 200 }),
  wachtwoord: Type.String({ minLength: 12, maxLength: 1024 }),
  rollen: Type.Array(Type.String({ pattern: '^[a-z0-9-]+$' }), { minItems: 1, maxItems: 10 }),
  organisatie: Type.String({ pattern: '^[a-z0-9-]+$', description: 'Code van de organisatie' }),
});

export const GebruikerWijzigenBody = Body({
  actief: Type.Optional(Type.Boolean({ description: 'false: de gebruiker kan niet meer inloggen en zijn sessies vervallen' })),
  rollen: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z0-9-]+$' }), { minItems: 1, maxItems: 10 })),
});

export const OrganisatieSchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  naam: Type.String(),
  soort: Type.String(),
  actief: Type.Boolean(),
});

export const RolSchema = Type.Object({
  code: Type.String(),
  naam: Type.String(),
  omschrijving: Type.String(),
  permissies: Type.Array(Type.String()),
});

export type GebruikerApi = Static<typeof GebruikerSchema>;
export type Sessie = Static<typeof SessieSchema>;
export type Organisatie = Static<typeof OrganisatieSchema>;
export type Rol = Static<typeof RolSchema>;

/** GET /api/config: what the web app needs before anyone logs in. */
export const PubliekeConfigSchema = Type.Object({
  gemeente: Type.Object({ code: Type.String(), naam: Type.String() }),
  kaart: Type.Object({
    centrum: Type.Array(Type.Number()),
    zoom: Type.Integer(),
    tileUrl: Type.Union([Type.String(), Type.Null()]),
    tileAttributie: Type.Union([Type.String(), Type.Null()]),
  }),
  demo: Type.Boolean(),
  demoAccounts: Type.Array(Type.Object({ email: Type.String(), rol: Type.String() })),
  demoWachtwoord: Type.Union([Type.String(), Type.Null()]),
});
export type PubliekeConfig = Static<typeof PubliekeConfigSchema>;
