import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  // What the reporter chose herself (null: "weet ik niet"), apart from the system's suggestion and from the
  // category staff set later (issue 10, item 9). Older meldingen did not keep it: null, unknown.
  await sql`ALTER TABLE melding ADD COLUMN categorie_melder text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE melding DROP COLUMN categorie_melder`.execute(db);
}
