import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Incident counts per kind, month and buurt, kept up to date by every import (same transaction): the
    -- dashboard reads tens of thousands of counts instead of a million incidents.
    CREATE TABLE incident_telling (
      soort text NOT NULL,
      jaar smallint NOT NULL,
      maand smallint NOT NULL CHECK (maand BETWEEN 1 AND 12),
      buurt_code text NOT NULL,
      wijk_code text NOT NULL,
      aantal integer NOT NULL,
      PRIMARY KEY (soort, jaar, maand, buurt_code)
    );
    INSERT INTO incident_telling (soort, jaar, maand, buurt_code, wijk_code, aantal)
    SELECT soort, jaar, extract(month FROM datum_van)::smallint, buurt_code, min(wijk_code), count(*)
    FROM incident GROUP BY soort, jaar, extract(month FROM datum_van), buurt_code;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE incident_telling;`.execute(db);
}
