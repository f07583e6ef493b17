import { sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Which module has run its seed and first-start steps on this database, so a module added later is seeded
    -- on its first start on an existing database, and nothing runs twice.
    CREATE TABLE module_seed (
      module text PRIMARY KEY,
      tijdstip timestamptz NOT NULL DEFAULT now()
    );
    -- A database seeded before this table existed (it has roles) has had every module of that time seeded.
    INSERT INTO module_seed (module)
    SELECT m FROM (VALUES ('audit'), ('toegang'), ('gebieden'), ('berichten'), ('meldingen'), ('zaken'), ('retentie'),
      ('werklijsten'), ('adressen'), ('enquete'), ('alerts'), ('monitor'), ('analyse'), ('demo')) AS v(m)
    WHERE EXISTS (SELECT 1 FROM rol);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE module_seed`.execute(db);
}
