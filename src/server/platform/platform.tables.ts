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

/** One import of statistics or incidents (file, rows, details): the import log every importing module writes. */
export interface MonitorImportTable {
  id: Generated<number>;
  soort: string;
  bestand: string;
  bron: string;
  rijen: number;
  tijdstip: ColumnType<Date, Date | undefined, never>;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: ColumnType<'gelukt' | 'mislukt', 'gelukt' | 'mislukt' | undefined, never>;
  fout: string | null;
}

declare module './db-schema.ts' {
  interface DB {
    monitor_import: MonitorImportTable;
    rate_limit_teller: RateLimitTellerTable;
    achtergrondtaak: AchtergrondtaakTable;
    instelling: InstellingTable;
    module_seed: ModuleSeedTable;
  }
}
