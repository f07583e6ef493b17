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

export interface RateLimitTellerTable {
  sleutel: string;
  teller: number;
  tot: Date;
}

export interface AchtergrondtaakTable {
  id: string;
  soort: string;
  eigenaar: string;
  status: 'bezig' | 'klaar' | 'mislukt';
  gedaan: ColumnType<number, number | undefined, number>;
  totaal: ColumnType<number, number | undefined, number>;
  resultaat: ColumnType<unknown, string | null | undefined, string | null>;
  fout: string | null;
  proces: string;
  gestart: ColumnType<Date, Date | undefined, never>;
  hartslag: ColumnType<Date, Date | undefined, Date>;
}

declare module './db-schema.ts' {
  interface DB {
    rate_limit_teller: RateLimitTellerTable;
    achtergrondtaak: AchtergrondtaakTable;
    instelling: InstellingTable;
    module_seed: ModuleSeedTable;
  }
}
