import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE SEQUENCE zaak_nummer;

    CREATE TABLE zaak (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      identificatie text NOT NULL UNIQUE,
      zaaktype text NOT NULL,
      status text NOT NULL,
      omschrijving text NOT NULL,
      vertrouwelijkheid text NOT NULL,
      doel text NOT NULL,
      buurt_code text REFERENCES gebied(code),
      startdatum date NOT NULL,
      streefdatum date NOT NULL,
      einddatum date,
      resultaat text,
      archiefnominatie text CHECK (archiefnominatie IN ('vernietigen', 'blijvend_bewaren')),
      archiefactiedatum date,
      opgeschort_sinds date,
      opschorting_reden text,
      eigenaar_organisatie_id uuid NOT NULL REFERENCES organisatie(id),
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      demo boolean NOT NULL DEFAULT false
    );
    CREATE INDEX zaak_status ON zaak (status, streefdatum);

    -- Need-to-know boundary: a user reads a zaak only as a member, or through a member organisation.
    CREATE TABLE zaak_lid (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
      gebruiker_id uuid REFERENCES gebruiker(id),
      organisatie_id uuid REFERENCES organisatie(id),
      rol text NOT NULL,
      toegevoegd_op timestamptz NOT NULL DEFAULT now(),
      CHECK ((gebruiker_id IS NULL) <> (organisatie_id IS NULL))
    );
    CREATE UNIQUE INDEX zaak_lid_gebruiker ON zaak_lid (zaak_id, gebruiker_id, rol) WHERE gebruiker_id IS NOT NULL;
    CREATE UNIQUE INDEX zaak_lid_organisatie ON zaak_lid (zaak_id, organisatie_id, rol) WHERE organisatie_id IS NOT NULL;
    CREATE INDEX zaak_lid_zoek_gebruiker ON zaak_lid (gebruiker_id);
    CREATE INDEX zaak_lid_zoek_organisatie ON zaak_lid (organisatie_id);

    CREATE TABLE zaak_melding (
      zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
      melding_id uuid NOT NULL REFERENCES melding(id),
      PRIMARY KEY (zaak_id, melding_id)
    );

    -- The dossier: an append-only timeline of events, notes, observations and documents.
    CREATE TABLE zaak_dossier (
      id bigserial PRIMARY KEY,
      zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      soort text NOT NULL,
      titel text NOT NULL,
      tekst text,
      intern boolean NOT NULL DEFAULT true,
      vertrouwelijkheid text NOT NULL DEFAULT 'vertrouwelijk',
      bestandsnaam text,
      mediatype text,
      inhoud bytea,
      actor_id uuid REFERENCES gebruiker(id),
      actor_omschrijving text NOT NULL,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX zaak_dossier_zaak ON zaak_dossier (zaak_id, id);

    -- Persons and addresses linked to a zaak: minimal data, with the purpose recorded.
    CREATE TABLE zaak_betrokkene (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
      rol text NOT NULL,
      naam text,
      adres text,
      doel text NOT NULL,
      toegevoegd_op timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE besluit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      zaak_id uuid NOT NULL REFERENCES zaak(id) ON DELETE CASCADE,
      besluittype text NOT NULL,
      datum date NOT NULL,
      ingangsdatum date NOT NULL,
      zienswijze_tot date,
      bezwaar_tot date,
      begunstigingstermijn_tot date,
      toelichting text NOT NULL,
      vastgelegd_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX besluit_zaak ON besluit (zaak_id);

    -- Referrals (doorverwijzingen) to partner organisations and internal owners.
    CREATE TABLE taak (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      zaak_id uuid REFERENCES zaak(id) ON DELETE CASCADE,
      melding_id uuid REFERENCES melding(id),
      organisatie_id uuid NOT NULL REFERENCES organisatie(id),
      titel text NOT NULL,
      omschrijving text NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'geaccepteerd', 'geweigerd', 'afgerond')),
      reden text,
      uitkomst text,
      toelichting text,
      deadline date NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      afgerond_op timestamptz,
      CHECK (zaak_id IS NOT NULL OR melding_id IS NOT NULL)
    );
    CREATE INDEX taak_organisatie ON taak (organisatie_id, status);
    CREATE INDEX taak_zaak ON taak (zaak_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE taak;
    DROP TABLE besluit;
    DROP TABLE zaak_betrokkene;
    DROP TABLE zaak_dossier;
    DROP TABLE zaak_melding;
    DROP TABLE zaak_lid;
    DROP TABLE zaak;
    DROP SEQUENCE zaak_nummer;
  `.execute(db);
}
