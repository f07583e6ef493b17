import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE organisatie ADD COLUMN email text, ADD COLUMN webhook_url text;

    -- Transactional outbox: messages are written in the same transaction as the change that causes them and
    -- delivered by a worker with retries; what keeps failing ends as 'dood' in the dead-letter view.
    CREATE TABLE bericht (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kanaal text NOT NULL CHECK (kanaal IN ('email', 'webhook')),
      ontvanger text NOT NULL,
      onderwerp text NOT NULL,
      inhoud text NOT NULL,
      sjabloon text NOT NULL,
      bron_type text NOT NULL,
      bron_id text NOT NULL,
      status text NOT NULL CHECK (status IN ('wachtend', 'verzonden', 'dood')),
      pogingen integer NOT NULL DEFAULT 0,
      volgende_poging timestamptz NOT NULL DEFAULT now(),
      laatste_fout text,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      verzonden_op timestamptz
    );
    CREATE INDEX bericht_wachtend ON bericht (volgende_poging) WHERE status = 'wachtend';
    CREATE INDEX bericht_status ON bericht (status, aangemaakt_op);

    -- Installation-wide settings, such as the secret from which reporters' status links are derived.
    CREATE TABLE instelling (
      sleutel text PRIMARY KEY,
      waarde text NOT NULL
    );

    -- Template texts edited by a beheerder; without a row the default from the gemeente config applies.
    CREATE TABLE sjabloon (
      code text PRIMARY KEY,
      onderwerp text NOT NULL,
      tekst text NOT NULL,
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE sjabloon;
    DROP TABLE instelling;
    DROP TABLE bericht;
    ALTER TABLE organisatie DROP COLUMN webhook_url, DROP COLUMN email;
  `.execute(db);
}
