import type { VerwerkingKopTable, VerwerkingTable } from '../audit/audit.tables.ts';
import type { GebiedTable } from '../gebieden/gebieden.tables.ts';
import type {
  GebruikerRolTable,
  GebruikerTable,
  OrganisatieTable,
  PermissieTable,
  RolPermissieTable,
  RolTable,
  SessieTable,
} from '../toegang/toegang.tables.ts';

/** All tables, as Kysely sees them. Row types stay behind each module's repository and service. */
export interface DB {
  organisatie: OrganisatieTable;
  permissie: PermissieTable;
  rol: RolTable;
  rol_permissie: RolPermissieTable;
  gebruiker: GebruikerTable;
  gebruiker_rol: GebruikerRolTable;
  sessie: SessieTable;
  verwerking: VerwerkingTable;
  verwerking_kop: VerwerkingKopTable;
  gebied: GebiedTable;
}
