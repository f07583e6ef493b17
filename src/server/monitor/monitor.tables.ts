import type { ColumnType, Generated } from 'kysely';

export interface StatistiekTable {
  reeks: string;
  gebied_code: string;
  periode: string;
  waarde: number | null;
  geheim: boolean;
  status: 'voorlopig' | 'definitief';
  bron: string;
  import_id: number | null;
  /** Synthetic demo figure: never summed into a real total, marked on every chart. */
  demo: Generated<boolean>;
}

/** Figures of every Dutch gemeente (CBS), by name: the comparison with other gemeenten. */
export interface GemeenteCijferTable {
  gemeente: string;
  provincie: string;
  reeks: string;
  periode: string;
  waarde: number;
  bron: string;
}

export interface DuidingTable {
  id: Generated<string>;
  gebied_code: string;
  tekst: string;
  auteur_id: string;
  geschreven_op: ColumnType<Date, Date | undefined, never>;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    statistiek: StatistiekTable;
    duiding: DuidingTable;
    gemeente_cijfer: GemeenteCijferTable;
  }
}
