import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- What remains of a destroyed record: enough to account for its destruction (Archiefwet), nothing personal.
    CREATE TABLE grafsteen (
      id bigserial PRIMARY KEY,
      object_type text NOT NULL,
      object_id uuid NOT NULL,
      identificatie text NOT NULL,
      vernietigd_op timestamptz NOT NULL DEFAULT now(),
      grondslag text NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    ALTER TABLE melding ADD COLUMN geanonimiseerd_op timestamptz;
    ALTER TABLE melding ADD COLUMN contact_verwijderd_op timestamptz;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE melding DROP COLUMN contact_verwijderd_op;
    ALTER TABLE melding DROP COLUMN geanonimiseerd_op;
    DROP TABLE grafsteen;
  `.execute(db);
}
