import type { ColumnType, Generated } from 'kysely';

export interface GrafsteenTable {
  id: Generated<number>;
  object_type: string;
  object_id: string;
  identificatie: string;
  vernietigd_op: ColumnType<Date, Date | undefined, never>;
  grondslag: string;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    grafsteen: GrafsteenTable;
  }
}
