import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Residents and buurtpreventie groups who want buurtberichten for a buurt (e-mail or webhook).
    CREATE TABLE abonnement (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      soort text NOT NULL CHECK (soort IN ('bewoner', 'buurtpreventie')),
      naam text,
      email text,
      webhook_url text,
      buurt_code text NOT NULL,
      afmeld_token_hash text NOT NULL UNIQUE,
      aangemeld_op timestamptz NOT NULL DEFAULT now(),
      afgemeld_op timestamptz,
      -- After unsubscribing the address is erased; only the fact remains.
      CHECK (afgemeld_op IS NOT NULL OR email IS NOT NULL OR webhook_url IS NOT NULL)
    );
    CREATE INDEX abonnement_buurt ON abonnement (buurt_code) WHERE afgemeld_op IS NULL;

    -- Near-repeat burglary alert (SM-12): proposed by the system, approved or rejected by an analyst, sent
    -- through the outbox. The place is the centre of a grid cell, never the victim's address.
    CREATE TABLE inbraakalert (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      incident_id bigint REFERENCES incident(id) ON DELETE SET NULL,
      soort text NOT NULL,
      incident_datum date NOT NULL,
      cel_x double precision NOT NULL,
      cel_y double precision NOT NULL,
      lon double precision NOT NULL,
      lat double precision NOT NULL,
      straal_meter double precision NOT NULL,
      geldig_tot date NOT NULL,
      buurt_codes text[] NOT NULL,
      status text NOT NULL CHECK (status IN ('voorgesteld', 'verstuurd', 'afgewezen')),
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      beoordeeld_door uuid REFERENCES gebruiker(id),
      beoordeeld_op timestamptz,
      reden text,
      ontvangers integer
    );
    CREATE INDEX inbraakalert_status ON inbraakalert (status, geldig_tot);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE inbraakalert; DROP TABLE abonnement;`.execute(db);
}
