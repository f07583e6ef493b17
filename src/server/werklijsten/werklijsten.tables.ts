import type { ColumnType, Generated } from 'kysely';

export interface OpgeslagenFilterTable {
  id: Generated<string>;
  gebruiker_id: string;
  lijst: 'meldingen' | 'casussen';
  naam: string;
  filter: ColumnType<Record<string, unknown>, string, string>;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    opgeslagen_filter: OpgeslagenFilterTable;
  }
}
