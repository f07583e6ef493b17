import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Buurtschouw (SM-14): residents and partners walk the buurt; each point found can become a melding.
    CREATE TABLE buurtschouw (
      id bigserial PRIMARY KEY,
      buurt_code text NOT NULL,
      datum date NOT NULL,
      thema text NOT NULL,
      deelnemers text[] NOT NULL DEFAULT '{}',
      status text NOT NULL,
      samenvatting text,
      gepubliceerd boolean NOT NULL DEFAULT false,
      demo boolean NOT NULL DEFAULT false,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE schouwpunt (
      id bigserial PRIMARY KEY,
      schouw_id bigint NOT NULL REFERENCES buurtschouw(id) ON DELETE CASCADE,
      lon double precision NOT NULL,
      lat double precision NOT NULL,
      categorie text NOT NULL,
      omschrijving text NOT NULL,
      foto text,
      actiehouder text,
      termijn date,
      status text NOT NULL,
      melding_id uuid,
      melding_referentie text
    );
    CREATE INDEX schouwpunt_schouw ON schouwpunt (schouw_id);

    -- Buurtpreventie groups (SM-13): the platform keeps the group and one coordinator contact, purpose-bound,
    -- erased some time after the group goes inactive; it never ingests the group's messages.
    CREATE TABLE buurtpreventiegroep (
      id bigserial PRIMARY KEY,
      naam text NOT NULL,
      buurt_codes text[] NOT NULL,
      coordinator_naam text,
      coordinator_contact text,
      aantal_deelnemers integer,
      bord_geplaatst boolean NOT NULL DEFAULT false,
      alerts boolean NOT NULL DEFAULT false,
      status text NOT NULL,
      laatste_activiteit date,
      inactief_sinds date,
      contact_verwijderd_op timestamptz,
      demo boolean NOT NULL DEFAULT false,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );

    -- Meetings with residents and the dialogue log; a werkvorm-acuut meeting carries the joint analysis.
    CREATE TABLE bijeenkomst (
      id bigserial PRIMARY KEY,
      buurt_code text NOT NULL,
      datum date NOT NULL,
      soort text NOT NULL,
      titel text NOT NULL,
      onderwerpen text[] NOT NULL DEFAULT '{}',
      aanwezig integer,
      opgehaald text NOT NULL DEFAULT '',
      vervolg text NOT NULL DEFAULT '',
      agenda_punt_ids bigint[] NOT NULL DEFAULT '{}',
      gezamenlijke_analyse jsonb,
      demo boolean NOT NULL DEFAULT false,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX bijeenkomst_buurt ON bijeenkomst (buurt_code, datum DESC);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE bijeenkomst;
    DROP TABLE buurtpreventiegroep;
    DROP TABLE schouwpunt;
    DROP TABLE buurtschouw;
  `.execute(db);
}
