import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- One import of statistics or incidents: what, from which file, how many rows (for the report and undo).
    CREATE TABLE monitor_import (
      id bigserial PRIMARY KEY,
      soort text NOT NULL,
      bestand text NOT NULL,
      bron text NOT NULL,
      rijen integer NOT NULL,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );

    -- Published statistics per series, area and period (CBS/politie tables, kerncijfers): the raw material
    -- from which indicators are computed. A series is e.g. 'misdrijven:1.1.1', 'overlast:A021',
    -- 'bevolking:inwoners'. Period 'YYYY' or 'YYYY-MM'. waarde NULL with geheim = suppressed by the publisher.
    CREATE TABLE statistiek (
      reeks text NOT NULL,
      gebied_code text NOT NULL,
      periode text NOT NULL CHECK (periode ~ '^[0-9]{4}(-[0-9]{2})?$'),
      waarde double precision,
      geheim boolean NOT NULL DEFAULT false,
      status text NOT NULL DEFAULT 'definitief' CHECK (status IN ('voorlopig', 'definitief')),
      bron text NOT NULL,
      import_id bigint REFERENCES monitor_import(id) ON DELETE CASCADE,
      PRIMARY KEY (reeks, gebied_code, periode)
    );
    CREATE INDEX statistiek_periode ON statistiek (periode, reeks);

    -- Incident-level events (police or municipal exports), each assigned to its buurt. A date range
    -- ("tussen … en …") keeps both ends; analyses use datum_van unless told otherwise.
    CREATE TABLE incident (
      id bigserial PRIMARY KEY,
      soort text NOT NULL,
      datum_van date NOT NULL,
      datum_tot date NOT NULL,
      x double precision NOT NULL,
      y double precision NOT NULL,
      buurt_code text NOT NULL,
      wijk_code text NOT NULL,
      jaar smallint NOT NULL,
      import_id bigint NOT NULL REFERENCES monitor_import(id) ON DELETE CASCADE,
      demo boolean NOT NULL DEFAULT false,
      CHECK (datum_tot >= datum_van)
    );
    CREATE INDEX incident_soort_datum ON incident (soort, datum_van);
    CREATE INDEX incident_buurt_jaar ON incident (buurt_code, jaar, soort);
    CREATE INDEX incident_wijk_jaar ON incident (wijk_code, jaar, soort);

    -- Dated qualitative notes by an analyst on an area (duiding), shown on the buurt profile.
    CREATE TABLE duiding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gebied_code text NOT NULL,
      tekst text NOT NULL,
      auteur_id uuid NOT NULL REFERENCES gebruiker(id),
      geschreven_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX duiding_gebied ON duiding (gebied_code, geschreven_op);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE duiding;
    DROP TABLE incident;
    DROP TABLE statistiek;
    DROP TABLE monitor_import;
  `.execute(db);
}
