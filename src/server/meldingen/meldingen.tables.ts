import type { ColumnType, Generated, Selectable } from 'kysely';

export type Kanaal = 'web' | 'telefoon' | 'balie' | 'partner' | 'buurtschouw';

export interface MeldingTable {
  id: Generated<string>;
  referentie: string;
  status_token_hash: string;
  status: string;
  categorie: string;
  subcategorie: string | null;
  /** The reporter's own choice; null when she chose "weet ik niet" (or the melding predates this column). */
  categorie_melder: string | null;
  suggestie_categorie: string | null;
  suggestie_score: number | null;
  omschrijving: string;
  kanaal: Kanaal;
  bron_organisatie_id: string | null;
  lon: number | null;
  lat: number | null;
  x: number | null;
  y: number | null;
  adres: string | null;
  buurt_code: string | null;
  wijk_code: string | null;
  team: string;
  organisatie_id: string;
  routeringsregel: string;
  melder_naam: string | null;
  melder_email: string | null;
  melder_telefoon: string | null;
  contact_toestemming: boolean;
  hoofdmelding_id: string | null;
  koppeling: 'suggestie' | 'bevestigd' | null;
  ingediend_op: Date;
  /** Calendar date; pg returns it as a Date at local midnight, so it is read as text. */
  deadline: ColumnType<string, string, string>;
  afgehandeld_op: Date | null;
  demo: Generated<boolean>;
  geanonimiseerd_op: ColumnType<Date | null, Date | null | undefined, Date | null>;
  contact_verwijderd_op: ColumnType<Date | null, Date | null | undefined, Date | null>;
  behandelaar_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface MeldingGebeurtenisTable {
  id: Generated<number>;
  melding_id: string;
  tijdstip: ColumnType<Date, Date | undefined, never>;
  soort: string;
  van: string | null;
  naar: string | null;
  reden: string | null;
  actor_id: string | null;
  actor_omschrijving: string;
  openbaar: boolean;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
}

export interface ClassificatieCorrectieTable {
  id: Generated<number>;
  melding_id: string | null;
  tekst: string;
  categorie: string;
  tijdstip: ColumnType<Date, Date | undefined, never>;
}

export interface ClassificatieModelTable {
  id: Generated<number>;
  getraind_op: ColumnType<Date, Date | undefined, never>;
  voorbeelden: number;
  correcties: number;
  nauwkeurigheid: number | null;
  model: ColumnType<unknown, string, never>;
}

export type MeldingRow = Selectable<MeldingTable>;
export type MeldingGebeurtenisRow = Selectable<MeldingGebeurtenisTable>;

export interface MeldingFotoTable {
  id: Generated<string>;
  melding_id: string;
  mediatype: string;
  breedte: number;
  hoogte: number;
  grootte: number;
  inhoud: Buffer;
  aangemaakt_op: ColumnType<Date, Date | undefined, never>;
}

declare module '../platform/db-schema.ts' {
  interface DB {
    melding: MeldingTable;
    melding_gebeurtenis: MeldingGebeurtenisTable;
    melding_foto: MeldingFotoTable;
    classificatie_correctie: ClassificatieCorrectieTable;
    classificatie_model: ClassificatieModelTable;
  }
}
