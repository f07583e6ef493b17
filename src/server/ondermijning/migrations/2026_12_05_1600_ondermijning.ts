import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The ondermijning compartment (ADR 0010). Every record carries its confidentiality, purpose and legal
    -- basis; no other module reads these tables.
    CREATE SEQUENCE ondermijning_signaal_nummer;
    CREATE TABLE ondermijning_signaal (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      nummer text NOT NULL UNIQUE,
      ontvangen_op date NOT NULL,
      bron_soort text NOT NULL,
      bron text NOT NULL,
      bron_betrouwbaarheid text NOT NULL,
      informatie_betrouwbaarheid text NOT NULL,
      fenomeen text NOT NULL,
      omschrijving text NOT NULL,
      buurt_code text,
      vertrouwelijkheid text NOT NULL CHECK (vertrouwelijkheid IN ('confidentieel', 'geheim')),
      grondslag text NOT NULL,
      status text NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'geagendeerd', 'besloten')),
      overleg_id uuid,
      besluit text,
      besluit_reden text,
      besloten_op timestamptz,
      besloten_door text,
      aangemaakt_door uuid,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      demo boolean NOT NULL DEFAULT false
    );
    CREATE INDEX ondermijning_signaal_status ON ondermijning_signaal (status, ontvangen_op DESC);

    -- Subjects with minimal data: a BAG object, a KvK company, or a person (name and year of birth only).
    CREATE TABLE ondermijning_subject (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      soort text NOT NULL CHECK (soort IN ('object', 'bedrijf', 'persoon')),
      aanduiding text NOT NULL,
      vertrouwelijkheid text NOT NULL CHECK (vertrouwelijkheid IN ('confidentieel', 'geheim')),
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      UNIQUE (soort, aanduiding)
    );
    CREATE TABLE ondermijning_signaal_subject (
      signaal_id uuid NOT NULL REFERENCES ondermijning_signaal(id) ON DELETE CASCADE,
      subject_id uuid NOT NULL REFERENCES ondermijning_subject(id) ON DELETE CASCADE,
      PRIMARY KEY (signaal_id, subject_id)
    );

    -- The gemeentelijk signaaloverleg: a dated meeting whose agenda is signals, each decided with a reason.
    CREATE TABLE ondermijning_overleg (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      datum date NOT NULL,
      status text NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'gehouden')),
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );
    ALTER TABLE ondermijning_signaal ADD CONSTRAINT ondermijning_signaal_overleg FOREIGN KEY (overleg_id) REFERENCES ondermijning_overleg(id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE ondermijning_signaal_subject;
    DROP TABLE ondermijning_subject;
    DROP TABLE ondermijning_signaal;
    DROP TABLE ondermijning_overleg;
    DROP SEQUENCE ondermijning_signaal_nummer;
  `.execute(db);
}
