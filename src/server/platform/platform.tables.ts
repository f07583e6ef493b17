import type { ColumnType, Generated } from 'kysely';

export interface InstellingTable {
  sleutel: string;
  waarde: string;
}

/** Which module has applied its seed and first-start steps to this database (see platform/module.ts). */
export interface ModuleSeedTable {
  module: string;
  tijdstip: ColumnType<Date, Date | undefined, never>;
}

declare module './db-schema.ts' {
  interface DB {
    instelling: InstellingTable;
    module_seed: ModuleSeedTable;
  }
}
