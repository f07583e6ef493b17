import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  // Points found on a buurtschouw become meldingen in one step; their channel says so.
  await sql`
    ALTER TABLE melding DROP CONSTRAINT IF EXISTS melding_kanaal_check;
    ALTER TABLE melding ADD CONSTRAINT melding_kanaal_check CHECK (kanaal IN ('web', 'telefoon', 'balie', 'partner', 'buurtschouw'));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE melding DROP CONSTRAINT IF EXISTS melding_kanaal_check;
    ALTER TABLE melding ADD CONSTRAINT melding_kanaal_check CHECK (kanaal IN ('web', 'telefoon', 'balie', 'partner'));
  `.execute(db);
}
