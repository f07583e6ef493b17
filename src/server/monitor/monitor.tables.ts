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
  }
}
