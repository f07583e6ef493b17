import type { ColumnType, Generated } from 'kysely';

type DateText = ColumnType<string, string, string>;
type Tijdstip = ColumnType<Date, Date | undefined, Date>;
export type Vertrouwelijkheid = 'confidentieel' | 'geheim';

export interface OndermijningSignaalTable {
  id: Generated<string>;
  nummer: string;
  ontvangen_op: DateText;
  bron_soort: string;
  bron: string;
  bron_betrouwbaarheid: string;
  informatie_betrouwbaarheid: string;
  fenomeen: string;
  omschrijving: string;
  buurt_code: string | null;
  vertrouwelijkheid: Vertrouwelijkheid;
  grondslag: string;
  status: Generated<'nieuw' | 'geagendeerd' | 'besloten'>;
  overleg_id: string | null;
  besluit: string | null;
  besluit_reden: string | null;
  besloten_op: Date | null;
  besloten_door: string | null;
  aangemaakt_door: string | null;
  aangemaakt_op: Tijdstip;
  demo: Generated<boolean>;
}

export interface OndermijningSubjectTable {
  id: Generated<string>;
  soort: 'object' | 'bedrijf' | 'persoon';
  aanduiding: string;
  vertrouwelijkheid: Vertrouwelijkheid;
  aangemaakt_op: Tijdstip;
}

export interface OndermijningSignaalSubjectTable {
  signaal_id: string;
  subject_id: string;
}

export interface OndermijningOverlegTable {
  id: Generated<string>;
  datum: DateText;
  status: Generated<'gepland' | 'gehouden'>;
  aangemaakt_op: Tijdstip;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    ondermijning_signaal: OndermijningSignaalTable;
    ondermijning_subject: OndermijningSubjectTable;
    ondermijning_signaal_subject: OndermijningSignaalSubjectTable;
    ondermijning_overleg: OndermijningOverlegTable;
  }
}
