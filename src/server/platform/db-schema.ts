import type { VerwerkingKopTable, VerwerkingTable } from '../audit/audit.tables.ts';
import type { BerichtTable, InstellingTable, SjabloonTable } from '../berichten/berichten.tables.ts';
import type { AdresTable, GebiedTable } from '../gebieden/gebieden.tables.ts';
import type { GrafsteenTable } from '../retentie/retentie.tables.ts';
import type {
  AbonnementTable,
  BevolkingOpbouwTable,
  DuidingTable,
  EnqueteLinkTable,
  EnqueteResponsTable,
  EnqueteRondeTable,
  InbraakalertTable,
  IncidentTable,
  IncidentTellingTable,
  MonitorImportTable,
  StatistiekTable,
} from '../monitor/monitor.tables.ts';
import type {
  ClassificatieCorrectieTable,
  ClassificatieModelTable,
  MeldingFotoTable,
  MeldingGebeurtenisTable,
  MeldingTable,
  OpgeslagenFilterTable,
  PartnerSleutelTable,
} from '../meldingen/meldingen.tables.ts';
import type {
  GebruikerRolTable,
  GebruikerTable,
  OrganisatieTable,
  PermissieTable,
  RolPermissieTable,
  RolTable,
  SessieTable,
} from '../toegang/toegang.tables.ts';
import type {
  BesluitTable,
  TaakTable,
  ZaakBetrokkeneTable,
  ZaakDossierTable,
  ZaakLidTable,
  ZaakMeldingTable,
  ZaakTable,
} from '../zaken/zaken.tables.ts';

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
  melding: MeldingTable;
  melding_gebeurtenis: MeldingGebeurtenisTable;
  melding_foto: MeldingFotoTable;
  classificatie_correctie: ClassificatieCorrectieTable;
  classificatie_model: ClassificatieModelTable;
  partner_sleutel: PartnerSleutelTable;
  zaak: ZaakTable;
  zaak_lid: ZaakLidTable;
  zaak_melding: ZaakMeldingTable;
  zaak_dossier: ZaakDossierTable;
  zaak_betrokkene: ZaakBetrokkeneTable;
  besluit: BesluitTable;
  taak: TaakTable;
  bericht: BerichtTable;
  sjabloon: SjabloonTable;
  instelling: InstellingTable;
  grafsteen: GrafsteenTable;
  opgeslagen_filter: OpgeslagenFilterTable;
  adres: AdresTable;
  monitor_import: MonitorImportTable;
  statistiek: StatistiekTable;
  incident: IncidentTable;
  duiding: DuidingTable;
  abonnement: AbonnementTable;
  inbraakalert: InbraakalertTable;
  enquete_ronde: EnqueteRondeTable;
  enquete_link: EnqueteLinkTable;
  enquete_respons: EnqueteResponsTable;
  bevolking_opbouw: BevolkingOpbouwTable;
  incident_telling: IncidentTellingTable;
}
