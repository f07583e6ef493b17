import type { ColumnType, Generated } from 'kysely';

type Tijdstip = ColumnType<Date, Date | undefined, Date>;

export interface RapportTable {
  id: Generated<number>;
  soort: string;
  periode: string;
  versie: number;
  titel: string;
  status: string;
  inhoud: ColumnType<unknown, string, string>;
  pdf: ColumnType<Uint8Array, Buffer, Buffer>;
  html: string;
  hash: string;
  bevat_voorlopig: boolean;
  voorlopig_akkoord: Generated<boolean>;
  demo: boolean;
  auteur_id: string | null;
  auteur_naam: string;
  aangemaakt_op: Tijdstip;
  vastgesteld_door: string | null;
  vastgesteld_op: Date | null;
  gepubliceerd_door: string | null;
  gepubliceerd_op: Date | null;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    rapport: RapportTable;
  }
}
