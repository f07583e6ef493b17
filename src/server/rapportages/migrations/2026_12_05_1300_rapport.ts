import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A generated report, kept as a version: its content model (to render again when its status changes),
    -- the PDF and HTML renditions, their SHA-256, who made it and who moved it along. No personal data.
    CREATE TABLE rapport (
      id bigserial PRIMARY KEY,
      soort text NOT NULL,
      periode text NOT NULL,
      versie integer NOT NULL,
      titel text NOT NULL,
      status text NOT NULL,
      inhoud jsonb NOT NULL,
      pdf bytea NOT NULL,
      html text NOT NULL,
      hash text NOT NULL,
      bevat_voorlopig boolean NOT NULL,
      voorlopig_akkoord boolean NOT NULL DEFAULT false,
      demo boolean NOT NULL,
      auteur_id uuid,
      auteur_naam text NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      vastgesteld_door text,
      vastgesteld_op timestamptz,
      gepubliceerd_door text,
      gepubliceerd_op timestamptz,
      UNIQUE (soort, periode, versie)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE rapport;`.execute(db);
}
