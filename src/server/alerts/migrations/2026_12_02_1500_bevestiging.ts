import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Double opt-in (issue 9): a resident's subscription counts only once the address confirmed it.
    ALTER TABLE abonnement ADD COLUMN bevestigd_op timestamptz;
    ALTER TABLE abonnement ADD COLUMN bevestig_token_hash text UNIQUE;
    ALTER TABLE abonnement ADD COLUMN bevestiging_verstuurd_op timestamptz;
    -- Existing subscriptions were made with consent before this change (and groups are added by staff).
    UPDATE abonnement SET bevestigd_op = aangemeld_op;
    DROP INDEX abonnement_buurt;
    CREATE INDEX abonnement_buurt ON abonnement (buurt_code) WHERE afgemeld_op IS NULL AND bevestigd_op IS NOT NULL;
    CREATE INDEX abonnement_email ON abonnement (lower(email), buurt_code) WHERE afgemeld_op IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX abonnement_email;
    DROP INDEX abonnement_buurt;
    CREATE INDEX abonnement_buurt ON abonnement (buurt_code) WHERE afgemeld_op IS NULL;
    ALTER TABLE abonnement DROP COLUMN bevestiging_verstuurd_op;
    ALTER TABLE abonnement DROP COLUMN bevestig_token_hash;
    ALTER TABLE abonnement DROP COLUMN bevestigd_op;
  `.execute(db);
}
