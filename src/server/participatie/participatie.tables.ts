import type { ColumnType, Generated } from 'kysely';

type DateText = ColumnType<string, string, string>;
type NullableDateText = ColumnType<string | null, string | null | undefined, string | null>;
type Tijdstip = ColumnType<Date, Date | undefined, Date>;

export interface BuurtschouwTable {
  id: Generated<number>;
  buurt_code: string;
  datum: DateText;
  thema: string;
  deelnemers: string[];
  status: string;
  samenvatting: string | null;
  gepubliceerd: Generated<boolean>;
  demo: Generated<boolean>;
  aangemaakt_op: Tijdstip;
}

export interface SchouwpuntTable {
  id: Generated<number>;
  schouw_id: number;
  lon: number;
  lat: number;
  categorie: string;
  omschrijving: string;
  foto: string | null;
  actiehouder: string | null;
  termijn: NullableDateText;
  status: string;
  melding_id: string | null;
  melding_referentie: string | null;
}

export interface BuurtpreventiegroepTable {
  id: Generated<number>;
  naam: string;
  buurt_codes: string[];
  coordinator_naam: string | null;
  coordinator_contact: string | null;
  aantal_deelnemers: number | null;
  bord_geplaatst: Generated<boolean>;
  alerts: Generated<boolean>;
  status: string;
  laatste_activiteit: NullableDateText;
  inactief_sinds: NullableDateText;
  contact_verwijderd_op: Date | null;
  demo: Generated<boolean>;
  aangemaakt_op: Tijdstip;
}

export interface Werkvorm {
  probleem: string;
  oorzakenBewoners: string;
  oorzakenPartners: string;
  opties: { optie: string; verwachtEffect: string }[];
  gekozenAanpak: string;
  eigenaren: string[];
  vervolgdatum: string;
}

export interface BijeenkomstTable {
  id: Generated<number>;
  buurt_code: string;
  datum: DateText;
  soort: string;
  titel: string;
  onderwerpen: string[];
  aanwezig: number | null;
  opgehaald: string;
  vervolg: string;
  agenda_punt_ids: number[];
  gezamenlijke_analyse: ColumnType<Werkvorm | null, string | null, string | null>;
  demo: Generated<boolean>;
  aangemaakt_op: Tijdstip;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    buurtschouw: BuurtschouwTable;
    schouwpunt: SchouwpuntTable;
    buurtpreventiegroep: BuurtpreventiegroepTable;
    bijeenkomst: BijeenkomstTable;
  }
}
