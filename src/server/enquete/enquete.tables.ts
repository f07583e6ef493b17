import type { ColumnType, Generated } from 'kysely';

export interface EnqueteRondeTable {
  id: Generated<string>;
  naam: string;
  jaar: number;
  vragenlijst_versie: number;
  open: Generated<boolean>;
  /** The optional open link per buurt; its answers are labelled 'open' and excluded from estimates. */
  open_link: Generated<boolean>;
  /** A synthetic demo round: its estimates are marked demo. */
  demo: Generated<boolean>;
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
  /** uitnodiging = personal code (one answer each); open = the open link (not in estimates); import = CSV. */
  bron: 'uitnodiging' | 'open' | 'import';
  ingevuld_op: ColumnType<Date, Date | undefined, never>;
}

export interface EnqueteUitnodigingTable {
  code_hash: string;
  ronde_id: string;
  buurt_code: string;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  gebruikt_op: Date | null;
}

export interface BevolkingOpbouwTable {
  buurt_code: string;
  jaar: number;
  leeftijd: string;
  geslacht: string;
  aantal: number;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    enquete_ronde: EnqueteRondeTable;
    enquete_link: EnqueteLinkTable;
    enquete_respons: EnqueteResponsTable;
    enquete_uitnodiging: EnqueteUitnodigingTable;
    bevolking_opbouw: BevolkingOpbouwTable;
  }
}
