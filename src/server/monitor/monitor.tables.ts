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

export interface IncidentTellingTable {
  soort: string;
  jaar: number;
  maand: number;
  buurt_code: string;
  wijk_code: string;
  aantal: number;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    monitor_import: MonitorImportTable;
    statistiek: StatistiekTable;
    incident: IncidentTable;
    incident_telling: IncidentTellingTable;
    duiding: DuidingTable;
  }
}
