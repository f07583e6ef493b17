import type { ColumnType, Selectable } from 'kysely';

export interface VerwerkingTable {
  volgnummer: number;
  tijdstip: Date;
  actor_id: string | null;
  actor_omschrijving: string;
  organisatie_id: string | null;
  actie: string;
  object_type: string;
  object_id: string | null;
  doel: string;
  persoonsgegevens: boolean;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  vorige_hash: string;
  hash: string;
  /** Id of the key that signed this entry (HMAC); null for entries from before keyed hashing. */
  sleutel: string | null;
}

export interface VerwerkingKopTable {
  id: number;
  volgnummer: number;
  hash: string;
}

export type VerwerkingRow = Selectable<VerwerkingTable>;

declare module '../platform/db-schema.ts' {
  interface DB {
    verwerking: VerwerkingTable;
    verwerking_kop: VerwerkingKopTable;
  }
}
