import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Provenance per figure (issue 10): synthetic demo figures are marked, so they are never summed into a real
    -- total and every chart can say "demo". Figures imported before came from a file whose name said so.
    ALTER TABLE statistiek ADD COLUMN demo boolean NOT NULL DEFAULT false;
    UPDATE statistiek SET demo = true WHERE bron LIKE '%demo%';

    -- Registered crime of every Dutch gemeente (CBS), to compare this gemeente with others per 1,000 inhabitants.
    CREATE TABLE gemeente_cijfer (
      gemeente text NOT NULL,
      provincie text NOT NULL,
      reeks text NOT NULL,
      periode text NOT NULL,
      waarde double precision NOT NULL,
      bron text NOT NULL,
      PRIMARY KEY (reeks, periode, gemeente)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE gemeente_cijfer;
    ALTER TABLE statistiek DROP COLUMN demo;
  `.execute(db);
}
