import type { ColumnType, Generated, Selectable } from 'kysely';
import type { ZichtbaarheidSoort } from '../platform/zichtbaarheid.ts';

type DateText = ColumnType<string, string, string>;
type NullableDateText = ColumnType<string | null, string | null | undefined, string | null>;
type CreatedAt = ColumnType<Date, Date | undefined, never>;

export interface ZaakTable {
  id: Generated<string>;
  identificatie: string;
  zaaktype: string;
  status: string;
  omschrijving: string;
  vertrouwelijkheid: string;
  doel: string;
  buurt_code: string | null;
  startdatum: DateText;
  streefdatum: DateText;
  einddatum: NullableDateText;
  resultaat: string | null;
  archiefnominatie: 'vernietigen' | 'blijvend_bewaren' | null;
  archiefactiedatum: NullableDateText;
  opgeschort_sinds: NullableDateText;
  opschorting_reden: string | null;
  eigenaar_organisatie_id: string;
  aangemaakt_op: CreatedAt;
  demo: Generated<boolean>;
}

export interface ZaakLidTable {
  id: Generated<string>;
  zaak_id: string;
  gebruiker_id: string | null;
  organisatie_id: string | null;
  rol: string;
  toegevoegd_op: CreatedAt;
  /** End of the membership; ended members see nothing recorded after it. */
  tot: Date | null;
  einde_reden: string | null;
}

export interface ZaakMeldingTable {
  zaak_id: string;
  melding_id: string;
}

export interface ZaakDossierTable {
  id: Generated<number>;
  zaak_id: string;
  tijdstip: CreatedAt;
  soort: string;
  titel: string;
  tekst: string | null;
  zichtbaarheid: ZichtbaarheidSoort;
  zichtbaar_voor: string | null;
  vertrouwelijkheid: string;
  bestandsnaam: string | null;
  mediatype: string | null;
  inhoud: Buffer | null;
  actor_id: string | null;
  actor_organisatie_id: string | null;
  actor_omschrijving: string;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface ZaakBetrokkeneTable {
  id: Generated<string>;
  zaak_id: string;
  rol: string;
  naam: string | null;
  adres: string | null;
  doel: string;
  toegevoegd_op: CreatedAt;
  zichtbaarheid: Generated<ZichtbaarheidSoort>;
  zichtbaar_voor: string | null;
}

export interface BesluitTable {
  id: Generated<string>;
  zaak_id: string;
  besluittype: string;
  datum: DateText;
  ingangsdatum: DateText;
  zienswijze_tot: NullableDateText;
  bezwaar_tot: NullableDateText;
  begunstigingstermijn_tot: NullableDateText;
  toelichting: string;
  vastgelegd_op: CreatedAt;
  zichtbaarheid: Generated<ZichtbaarheidSoort>;
  zichtbaar_voor: string | null;
}

export type TaakStatus = 'open' | 'geaccepteerd' | 'geweigerd' | 'afgerond';

export interface TaakTable {
  id: Generated<string>;
  zaak_id: string | null;
  melding_id: string | null;
  organisatie_id: string;
  titel: string;
  omschrijving: string;
  status: TaakStatus;
  reden: string | null;
  uitkomst: string | null;
  toelichting: string | null;
  deadline: DateText;
  aangemaakt_op: CreatedAt;
  afgerond_op: Date | null;
}

export type ZaakRow = Selectable<ZaakTable>;
export type ZaakDossierRow = Selectable<ZaakDossierTable>;
export type BesluitRow = Selectable<BesluitTable>;
export type TaakRow = Selectable<TaakTable>;
export type ZaakLidRow = Selectable<ZaakLidTable>;

declare module '../platform/db-schema.ts' {
  interface DB {
    zaak: ZaakTable;
    zaak_lid: ZaakLidTable;
    zaak_melding: ZaakMeldingTable;
    zaak_dossier: ZaakDossierTable;
    zaak_betrokkene: ZaakBetrokkeneTable;
    besluit: BesluitTable;
    taak: TaakTable;
  }
}
