import type { ColumnType, Generated } from 'kysely';

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
  /** Double opt-in: null until the address confirmed; only confirmed subscriptions receive buurtberichten. */
  bevestigd_op: Date | null;
  bevestig_token_hash: string | null;
  bevestiging_verstuurd_op: Date | null;
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

declare module '../platform/db-schema.ts' {
  interface DB {
    abonnement: AbonnementTable;
    inbraakalert: InbraakalertTable;
  }
}
