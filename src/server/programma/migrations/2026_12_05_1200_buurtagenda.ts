import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A point on a buurt's agenda, chosen with residents. Its texts are written for publication (B1) by staff;
    -- nothing from meldingen or casussen is copied in. Only gepubliceerd points reach the public site.
    CREATE TABLE buurtagenda_punt (
      id bigserial PRIMARY KEY,
      buurt_code text NOT NULL,
      titel text NOT NULL,
      toelichting text NOT NULL DEFAULT '',
      thema text,
      prioriteit integer NOT NULL DEFAULT 2 CHECK (prioriteit BETWEEN 1 AND 3),
      eigenaar_organisatie text NOT NULL,
      status text NOT NULL,
      uitkomst text,
      gepubliceerd boolean NOT NULL DEFAULT false,
      maatregel_ids bigint[] NOT NULL DEFAULT '{}',
      afgerond_op date,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      demo boolean NOT NULL DEFAULT false
    );
    CREATE INDEX buurtagenda_punt_buurt ON buurtagenda_punt (buurt_code, prioriteit, id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE buurtagenda_punt;`.execute(db);
}
