import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A refused import leaves no rows behind (all or nothing), but the analyst's start page must show that it
    -- failed and why: such an import is recorded with status 'mislukt', no rows and the reason in B1.
    ALTER TABLE monitor_import ADD COLUMN status text NOT NULL DEFAULT 'gelukt' CHECK (status IN ('gelukt', 'mislukt'));
    ALTER TABLE monitor_import ADD COLUMN fout text;
    CREATE INDEX monitor_import_tijdstip ON monitor_import (tijdstip DESC);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX monitor_import_tijdstip;
    ALTER TABLE monitor_import DROP COLUMN fout;
    ALTER TABLE monitor_import DROP COLUMN status;
  `.execute(db);
}
