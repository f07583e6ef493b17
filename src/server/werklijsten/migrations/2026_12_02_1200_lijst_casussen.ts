import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).
// The glossary's word for a case is "casus": the saved filters of the case list follow the API's rename.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE opgeslagen_filter DROP CONSTRAINT opgeslagen_filter_lijst_check;
    UPDATE opgeslagen_filter SET lijst = 'casussen' WHERE lijst = 'zaken';
    ALTER TABLE opgeslagen_filter ADD CONSTRAINT opgeslagen_filter_lijst_check CHECK (lijst IN ('meldingen', 'casussen'));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE opgeslagen_filter DROP CONSTRAINT opgeslagen_filter_lijst_check;
    UPDATE opgeslagen_filter SET lijst = 'zaken' WHERE lijst = 'casussen';
    ALTER TABLE opgeslagen_filter ADD CONSTRAINT opgeslagen_filter_lijst_check CHECK (lijst IN ('meldingen', 'zaken'));
  `.execute(db);
}
