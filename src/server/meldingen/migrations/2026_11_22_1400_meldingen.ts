import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE SEQUENCE melding_nummer;

    CREATE TABLE melding (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      referentie text NOT NULL UNIQUE,
      -- SHA-256 of the secret in the reporter's status link; the link itself is never stored.
      status_token_hash text NOT NULL UNIQUE,
      status text NOT NULL,
      categorie text NOT NULL,
      subcategorie text,
      suggestie_categorie text,
      suggestie_score double precision,
      omschrijving text NOT NULL,
      kanaal text NOT NULL CHECK (kanaal IN ('web', 'telefoon', 'balie', 'partner')),
      bron_organisatie_id uuid REFERENCES organisatie(id),
      lon double precision,
      lat double precision,
      x double precision,
      y double precision,
      adres text,
      buurt_code text REFERENCES gebied(code),
      wijk_code text REFERENCES gebied(code),
      team text NOT NULL,
      organisatie_id uuid NOT NULL REFERENCES organisatie(id),
      routeringsregel text NOT NULL,
      melder_naam text,
      melder_email text,
      melder_telefoon text,
      contact_toestemming boolean NOT NULL DEFAULT false,
      hoofdmelding_id uuid REFERENCES melding(id),
      koppeling text CHECK (koppeling IN ('suggestie', 'bevestigd')),
      ingediend_op timestamptz NOT NULL,
      deadline date NOT NULL,
      afgehandeld_op timestamptz,
      demo boolean NOT NULL DEFAULT false,
      CHECK ((hoofdmelding_id IS NULL) = (koppeling IS NULL))
    );
    CREATE INDEX melding_status ON melding (status, deadline);
    CREATE INDEX melding_team ON melding (team, status);
    CREATE INDEX melding_categorie_tijd ON melding (categorie, ingediend_op);
    CREATE INDEX melding_xy ON melding (x, y);
    CREATE INDEX melding_hoofd ON melding (hoofdmelding_id);

    -- Every change to a melding is an immutable event; the current state is on the melding row.
    CREATE TABLE melding_gebeurtenis (
      id bigserial PRIMARY KEY,
      melding_id uuid NOT NULL REFERENCES melding(id) ON DELETE CASCADE,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      soort text NOT NULL,
      van text,
      naar text,
      reden text,
      actor_id uuid REFERENCES gebruiker(id),
      actor_omschrijving text NOT NULL,
      openbaar boolean NOT NULL DEFAULT false,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX melding_gebeurtenis_melding ON melding_gebeurtenis (melding_id, id);

    -- Staff corrections of the category: the classifier retrains from these.
    CREATE TABLE classificatie_correctie (
      id bigserial PRIMARY KEY,
      melding_id uuid REFERENCES melding(id) ON DELETE CASCADE,
      tekst text NOT NULL,
      categorie text NOT NULL,
      tijdstip timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE classificatie_model (
      id serial PRIMARY KEY,
      getraind_op timestamptz NOT NULL DEFAULT now(),
      voorbeelden integer NOT NULL,
      correcties integer NOT NULL,
      nauwkeurigheid double precision,
      model jsonb NOT NULL
    );

    -- API keys for partner intake; only a SHA-256 of the key is stored.
    CREATE TABLE partner_sleutel (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisatie_id uuid NOT NULL REFERENCES organisatie(id),
      naam text NOT NULL,
      sleutel_hash text NOT NULL UNIQUE,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      ingetrokken_op timestamptz
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE partner_sleutel;
    DROP TABLE classificatie_model;
    DROP TABLE classificatie_correctie;
    DROP TABLE melding_gebeurtenis;
    DROP TABLE melding;
    DROP SEQUENCE melding_nummer;
  `.execute(db);
}
