import type { ColumnType, Generated, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface OrganisatieTable {
  id: Generated<string>;
  code: string;
  naam: string;
  soort: string;
  actief: Generated<boolean>;
  aangemaakt_op: CreatedAt;
  email: string | null;
  webhook_url: string | null;
}

export interface PermissieTable {
  code: string;
  omschrijving: string;
}

export interface RolTable {
  code: string;
  naam: string;
  omschrijving: string;
}

export interface RolPermissieTable {
  rol_code: string;
  permissie_code: string;
}

export interface GebruikerTable {
  id: Generated<string>;
  email: string;
  naam: string;
  wachtwoord_hash: string;
  organisatie_id: string;
  actief: Generated<boolean>;
  demo: Generated<boolean>;
  aangemaakt_op: CreatedAt;
  laatst_ingelogd_op: Date | null;
}

export interface GebruikerRolTable {
  gebruiker_id: string;
  rol_code: string;
}

export interface SessieTable {
  id_hash: string;
  gebruiker_id: string;
  csrf_token: string;
  aangemaakt_op: CreatedAt;
  laatst_gezien_op: ColumnType<Date, Date | undefined, Date>;
  verloopt_op: Date;
}

export type OrganisatieRow = Selectable<OrganisatieTable>;
export type GebruikerRow = Selectable<GebruikerTable>;

export interface PartnerSleutelTable {
  id: Generated<string>;
  organisatie_id: string;
  naam: string;
  sleutel_hash: string;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  ingetrokken_op: Date | null;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    organisatie: OrganisatieTable;
    permissie: PermissieTable;
    rol: RolTable;
    rol_permissie: RolPermissieTable;
    gebruiker: GebruikerTable;
    gebruiker_rol: GebruikerRolTable;
    sessie: SessieTable;
    partner_sleutel: PartnerSleutelTable;
  }
}
