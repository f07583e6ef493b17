import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A synthetic demo round (issue 10): its estimates are marked demo wherever they are shown. The demo seed
    -- named its rounds "… (demo)" before.
    ALTER TABLE enquete_ronde ADD COLUMN demo boolean NOT NULL DEFAULT false;
    UPDATE enquete_ronde SET demo = true WHERE naam LIKE '%(demo)%';
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE enquete_ronde DROP COLUMN demo;`.execute(db);
}
