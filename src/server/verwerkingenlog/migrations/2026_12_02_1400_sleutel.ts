import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).
// Entries are signed with a key kept outside the database (ADR 0007); `sleutel` names that key. Older entries
// (plain SHA-256) keep NULL, and verification accepts them only before the first signed entry.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE verwerking ADD COLUMN sleutel text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE verwerking DROP COLUMN sleutel`.execute(db);
}
