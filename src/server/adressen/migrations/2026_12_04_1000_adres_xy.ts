import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  // Naming a clicked point looks for the nearest address in a box around it (issue 10, item 6).
  await sql`CREATE INDEX adres_xy ON adres (x, y)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX adres_xy`.execute(db);
}
