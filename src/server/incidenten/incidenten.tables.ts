import type { ColumnType, Generated } from 'kysely';

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

export interface IncidentTellingTable {
  soort: string;
  jaar: number;
  maand: number;
  buurt_code: string;
  wijk_code: string;
  aantal: number;
  /** How many of `aantal` are synthetic demo incidents. */
  demo_aantal: Generated<number>;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    incident: IncidentTable;
    incident_telling: IncidentTellingTable;
  }
}
