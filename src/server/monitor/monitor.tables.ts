import type { ColumnType, Generated } from 'kysely';

export interface MonitorImportTable {
  id: Generated<number>;
  soort: string;
  bestand: string;
  bron: string;
  rijen: number;
  tijdstip: ColumnType<Date, Date | undefined, never>;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface StatistiekTable {
  reeks: string;
  gebied_code: string;
  periode: string;
  waarde: number | null;
  geheim: boolean;
  status: 'voorlopig' | 'definitief';
  bron: string;
  import_id: number | null;
}

export interface IncidentTable {
  id: Generated<number>;
  soort: string;
  /** Calendar dates, read as text (see the DATE type parser). */
  datum_van: ColumnType<string, string, string>;
  datum_tot: ColumnType<string, string, string>;
  x: number;
  y: number;
  buurt_code: string;
  wijk_code: string;
  jaar: number;
  import_id: number;
  demo: Generated<boolean>;
}

export interface DuidingTable {
  id: Generated<string>;
  gebied_code: string;
  tekst: string;
  auteur_id: string;
  geschreven_op: ColumnType<Date, Date | undefined, never>;
}

export interface AbonnementTable {
  id: Generated<string>;
  soort: 'bewoner' | 'buurtpreventie';
  naam: string | null;
  email: string | null;
  webhook_url: string | null;
  buurt_code: string;
  afmeld_token_hash: string;
  aangemeld_op: ColumnType<Date, Date | undefined, never>;
  afgemeld_op: Date | null;
}

export interface InbraakalertTable {
  id: Generated<string>;
  incident_id: number | null;
  soort: string;
  incident_datum: ColumnType<string, string, string>;
  cel_x: number;
  cel_y: number;
  lon: number;
  lat: number;
  straal_meter: number;
  geldig_tot: ColumnType<string, string, string>;
  buurt_codes: string[];
  status: 'voorgesteld' | 'verstuurd' | 'afgewezen';
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  beoordeeld_door: string | null;
  beoordeeld_op: Date | null;
  reden: string | null;
  ontvangers: number | null;
}

export interface EnqueteRondeTable {
  id: Generated<string>;
  naam: string;
  jaar: number;
  vragenlijst_versie: number;
  open: Generated<boolean>;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
}

export interface EnqueteLinkTable {
  token_hash: string;
  ronde_id: string;
  buurt_code: string;
}

export interface EnqueteResponsTable {
  id: Generated<number>;
  ronde_id: string;
  buurt_code: string;
  leeftijd: string | null;
  geslacht: string | null;
  antwoorden: ColumnType<Record<string, string | number>, string, string>;
  bron: 'web' | 'import';
  ingevuld_op: ColumnType<Date, Date | undefined, never>;
}

export interface BevolkingOpbouwTable {
  buurt_code: string;
  jaar: number;
  leeftijd: string;
  geslacht: string;
  aantal: number;
}

export interface IncidentTellingTable {
  soort: string;
  jaar: number;
  maand: number;
  buurt_code: string;
  wijk_code: string;
  aantal: number;
}
