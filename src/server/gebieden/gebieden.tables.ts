import type { ColumnType, Selectable } from 'kysely';
import type { Geometry } from 'geojson';

export type Niveau = 'gemeente' | 'wijk' | 'buurt';

export interface GebiedTable {
  code: string;
  naam: string;
  niveau: Niveau;
  ouder_code: string | null;
  jaar: number;
  geometrie: ColumnType<Geometry | null, string | null, string | null>;
  bron: string;
  bijgewerkt_op: ColumnType<Date, Date | undefined, Date>;
}

export type GebiedRow = Selectable<GebiedTable>;

declare module '../platform/db-schema.ts' {
  interface DB {
    gebied: GebiedTable;
  }
}
