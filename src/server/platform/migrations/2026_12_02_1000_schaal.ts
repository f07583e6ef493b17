import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Rate-limit counters shared by every server process on one database: one row per limit and client,
    -- counting requests until 'tot' (fixed window).
    CREATE TABLE rate_limit_teller (
      sleutel text PRIMARY KEY,
      teller integer NOT NULL,
      tot timestamptz NOT NULL
    );
    CREATE INDEX rate_limit_teller_tot ON rate_limit_teller (tot);

    -- Long background work (near-repeat analyses): any process can report progress and the result; a task
    -- whose process stopped beating is reported as failed instead of running forever.
    CREATE TABLE achtergrondtaak (
      id uuid PRIMARY KEY,
      soort text NOT NULL,
      eigenaar uuid NOT NULL,
      status text NOT NULL CHECK (status IN ('bezig', 'klaar', 'mislukt')),
      gedaan integer NOT NULL DEFAULT 0,
      totaal integer NOT NULL DEFAULT 0,
      resultaat jsonb,
      fout text,
      proces text NOT NULL,
      gestart timestamptz NOT NULL DEFAULT now(),
      hartslag timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX achtergrondtaak_eigenaar ON achtergrondtaak (eigenaar, gestart);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE achtergrondtaak; DROP TABLE rate_limit_teller;`.execute(db);
}
