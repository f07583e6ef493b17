import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Photos with a melding, re-encoded on upload so no metadata (EXIF: GPS, camera, owner) is kept.
    CREATE TABLE melding_foto (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      melding_id uuid NOT NULL REFERENCES melding(id) ON DELETE CASCADE,
      mediatype text NOT NULL,
      breedte integer NOT NULL,
      hoogte integer NOT NULL,
      grootte integer NOT NULL,
      inhoud bytea NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX melding_foto_melding ON melding_foto (melding_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE melding_foto;`.execute(db);
}
