import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE organisatie (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9-]+$'),
      naam text NOT NULL,
      soort text NOT NULL,
      actief boolean NOT NULL DEFAULT true,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE permissie (
      code text PRIMARY KEY,
      omschrijving text NOT NULL
    );

    CREATE TABLE rol (
      code text PRIMARY KEY,
      naam text NOT NULL,
      omschrijving text NOT NULL
    );

    CREATE TABLE rol_permissie (
      rol_code text NOT NULL REFERENCES rol(code) ON DELETE CASCADE,
      permissie_code text NOT NULL REFERENCES permissie(code) ON DELETE CASCADE,
      PRIMARY KEY (rol_code, permissie_code)
    );

    CREATE TABLE gebruiker (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      naam text NOT NULL,
      wachtwoord_hash text NOT NULL,
      organisatie_id uuid NOT NULL REFERENCES organisatie(id),
      actief boolean NOT NULL DEFAULT true,
      demo boolean NOT NULL DEFAULT false,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      laatst_ingelogd_op timestamptz
    );
    CREATE UNIQUE INDEX gebruiker_email_uniek ON gebruiker (lower(email));

    CREATE TABLE gebruiker_rol (
      gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
      rol_code text NOT NULL REFERENCES rol(code),
      PRIMARY KEY (gebruiker_id, rol_code)
    );

    -- Server-side sessions. Only a SHA-256 hash of the cookie value is stored, so a copy of this table
    -- cannot be replayed as a login.
    CREATE TABLE sessie (
      id_hash text PRIMARY KEY,
      gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
      csrf_token text NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      laatst_gezien_op timestamptz NOT NULL DEFAULT now(),
      verloopt_op timestamptz NOT NULL
    );
    CREATE INDEX sessie_gebruiker ON sessie (gebruiker_id);

    -- Verwerkingenlog: append-only, each entry hash-chained to the previous one.
    CREATE TABLE verwerking (
      volgnummer bigint PRIMARY KEY,
      tijdstip timestamptz NOT NULL,
      actor_id uuid,
      actor_omschrijving text NOT NULL,
      organisatie_id uuid,
      actie text NOT NULL,
      object_type text NOT NULL,
      object_id text,
      doel text NOT NULL,
      persoonsgegevens boolean NOT NULL,
      request_id text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb,
      vorige_hash text NOT NULL,
      hash text NOT NULL UNIQUE
    );
    CREATE INDEX verwerking_tijdstip ON verwerking (tijdstip);
    CREATE INDEX verwerking_actor ON verwerking (actor_id, tijdstip);
    CREATE INDEX verwerking_object ON verwerking (object_type, object_id);

    -- The head of the chain, updated in the same transaction as every append. Without it, deleting the newest
    -- entries would leave a chain that still verifies.
    CREATE TABLE verwerking_kop (
      id smallint PRIMARY KEY CHECK (id = 1),
      volgnummer bigint NOT NULL,
      hash text NOT NULL
    );
    INSERT INTO verwerking_kop (id, volgnummer, hash) VALUES (1, 0, repeat('0', 64));

    CREATE FUNCTION verwerking_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'De verwerkingenlog is alleen aan te vullen (%, %)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
    END;
    $$;
    CREATE TRIGGER verwerking_geen_wijziging BEFORE UPDATE OR DELETE ON verwerking
      FOR EACH ROW EXECUTE FUNCTION verwerking_alleen_toevoegen();
    CREATE TRIGGER verwerking_geen_truncate BEFORE TRUNCATE ON verwerking
      FOR EACH STATEMENT EXECUTE FUNCTION verwerking_alleen_toevoegen();

    CREATE TABLE gebied (
      code text PRIMARY KEY,
      naam text NOT NULL,
      niveau text NOT NULL CHECK (niveau IN ('gemeente', 'wijk', 'buurt')),
      ouder_code text REFERENCES gebied(code),
      jaar integer NOT NULL,
      -- GeoJSON geometry in WGS84 (lon/lat); RD New is derived in memory for distance work.
      geometrie jsonb,
      bron text NOT NULL,
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX gebied_niveau ON gebied (niveau, code);
    CREATE INDEX gebied_ouder ON gebied (ouder_code);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE gebied;
    DROP TRIGGER verwerking_geen_truncate ON verwerking;
    DROP TRIGGER verwerking_geen_wijziging ON verwerking;
    DROP FUNCTION verwerking_alleen_toevoegen();
    DROP TABLE verwerking_kop;
    DROP TABLE verwerking;
    DROP TABLE sessie;
    DROP TABLE gebruiker_rol;
    DROP TABLE gebruiker;
    DROP TABLE rol_permissie;
    DROP TABLE rol;
    DROP TABLE permissie;
    DROP TABLE organisatie;
  `.execute(db);
}
