import type { ColumnType, Generated, Selectable } from 'kysely';

export type BerichtStatus = 'wachtend' | 'verzonden' | 'dood';

export interface BerichtTable {
  id: Generated<string>;
  kanaal: 'email' | 'webhook';
  ontvanger: string;
  onderwerp: string;
  inhoud: string;
  sjabloon: string;
  bron_type: string;
  bron_id: string;
  status: BerichtStatus;
  pogingen: Generated<number>;
  volgende_poging: ColumnType<Date, Date | undefined, Date>;
  laatste_fout: string | null;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
  verzonden_op: Date | null;
}

export interface SjabloonTable {
  code: string;
  onderwerp: string;
  tekst: string;
  bijgewerkt_op: ColumnType<Date, Date | undefined, Date>;
}

export type BerichtRow = Selectable<BerichtTable>;

declare module '../platform/db-schema.ts' {
  interface DB {
    bericht: BerichtTable;
    sjabloon: SjabloonTable;
  }
}
