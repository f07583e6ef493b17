import type { ColumnType, Generated } from 'kysely';

type DateText = ColumnType<string, string, string>;
type NullableDateText = ColumnType<string | null, string | null | undefined, string | null>;
type Tijdstip = ColumnType<Date, Date | undefined, Date>;
type Json<T> = ColumnType<T, string, string>;

export interface ProgrammaTable {
  code: string;
  titel: string;
  van: number;
  tot: number;
  missie: string;
  status: string;
  raadsbesluit: string | null;
  bron: string;
  versie: Generated<number>;
}

export interface ProgrammaThemaTable {
  id: Generated<number>;
  programma: string;
  code: string;
  naam: string;
  soort: string;
  ondertitel: string | null;
  volgorde: number;
}

export interface ProgrammaAmbitieTable {
  id: Generated<number>;
  thema_id: number;
  tekst: string;
  volgorde: number;
}

export interface ProgrammaDoelTable {
  id: Generated<number>;
  thema_id: number;
  code: string;
  soort: 'effect' | 'inspanning';
  tekst: string;
  indicatoren: string[];
  volgorde: number;
}

export interface UitvoeringsagendaTable {
  code: string;
  programma: string;
  titel: string;
  van: DateText;
  tot: DateText;
  status: string;
  collegebesluit: string | null;
  demo: Generated<boolean>;
  versie: Generated<number>;
}

export interface ActiepuntTable {
  id: Generated<number>;
  agenda: string;
  thema: string;
  code: string;
  titel: string;
  eigenaar_afdeling: string | null;
  volgorde: number;
}

export interface MaatregelTable {
  id: Generated<number>;
  actiepunt_id: number;
  code: string;
  titel: string;
  omschrijving: string;
  soort: string;
  eigenaar_organisatie: string;
  eigenaar_naam: string | null;
  partners: string[];
  buurten: string[];
  randvoorwaarden: string[];
  start: NullableDateText;
  eind: NullableDateText;
  budget: number | null;
  status: string;
  publiek: Generated<boolean>;
  demo: Generated<boolean>;
  bijgewerkt: Tijdstip;
}

export interface MaatregelVoortgangTable {
  id: Generated<number>;
  maatregel_id: number;
  datum: DateText;
  kleur: string;
  tekst: string;
  status: string | null;
  door_id: string | null;
  door_naam: string;
  tijdstip: Tijdstip;
}

export interface MaatregelBewijsTable {
  id: Generated<number>;
  maatregel_id: number;
  soort: string;
  verwijzing: string;
  omschrijving: string;
  door_naam: string;
  tijdstip: Tijdstip;
}

export interface ProgrammaWijzigingTable {
  id: Generated<number>;
  programma: string;
  object_type: string;
  object_id: string;
  door_id: string | null;
  door_naam: string;
  tijdstip: Tijdstip;
  reden: string | null;
  voor: Json<Record<string, unknown> | null> | null;
  na: Json<Record<string, unknown>>;
}

export interface BuurtagendaPuntTable {
  id: Generated<number>;
  buurt_code: string;
  titel: string;
  toelichting: string;
  thema: string | null;
  prioriteit: number;
  eigenaar_organisatie: string;
  status: string;
  uitkomst: string | null;
  gepubliceerd: Generated<boolean>;
  maatregel_ids: number[];
  afgerond_op: NullableDateText;
  aangemaakt_op: Tijdstip;
  demo: Generated<boolean>;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    programma: ProgrammaTable;
    programma_thema: ProgrammaThemaTable;
    programma_ambitie: ProgrammaAmbitieTable;
    programma_doel: ProgrammaDoelTable;
    uitvoeringsagenda: UitvoeringsagendaTable;
    actiepunt: ActiepuntTable;
    maatregel: MaatregelTable;
    maatregel_voortgang: MaatregelVoortgangTable;
    maatregel_bewijs: MaatregelBewijsTable;
    programma_wijziging: ProgrammaWijzigingTable;
    buurtagenda_punt: BuurtagendaPuntTable;
  }
}
