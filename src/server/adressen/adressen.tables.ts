import type { ColumnType } from 'kysely';

export interface AdresTable {
  id: ColumnType<number, never, never>;
  straat: string;
  huisnummer: number;
  toevoeging: string;
  postcode: string;
  woonplaats: string;
  lon: number;
  lat: number;
  x: number;
  y: number;
  buurt_code: string | null;
  zoektekst: string;
  bron: string;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    adres: AdresTable;
  }
}
