import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- The Meerjarenprogramma (SM-15): seeded from programma.json, then kept here with a versioned change log.
    CREATE TABLE programma (
      code text PRIMARY KEY,
      titel text NOT NULL,
      van integer NOT NULL,
      tot integer NOT NULL CHECK (tot >= van),
      missie text NOT NULL,
      status text NOT NULL,
      raadsbesluit text,
      bron text NOT NULL,
      versie integer NOT NULL DEFAULT 1
    );

    CREATE TABLE programma_thema (
      id bigserial PRIMARY KEY,
      programma text NOT NULL REFERENCES programma(code) ON DELETE CASCADE,
      code text NOT NULL,
      naam text NOT NULL,
      soort text NOT NULL,
      ondertitel text,
      volgorde integer NOT NULL,
      UNIQUE (programma, code)
    );

    CREATE TABLE programma_ambitie (
      id bigserial PRIMARY KEY,
      thema_id bigint NOT NULL REFERENCES programma_thema(id) ON DELETE CASCADE,
      tekst text NOT NULL,
      volgorde integer NOT NULL
    );

    -- A doelstelling links monitor indicators; their targets per programme period live in monitor.json.
    CREATE TABLE programma_doel (
      id bigserial PRIMARY KEY,
      thema_id bigint NOT NULL REFERENCES programma_thema(id) ON DELETE CASCADE,
      code text NOT NULL,
      soort text NOT NULL CHECK (soort IN ('effect', 'inspanning')),
      tekst text NOT NULL,
      indicatoren text[] NOT NULL DEFAULT '{}',
      volgorde integer NOT NULL,
      UNIQUE (thema_id, code)
    );

    -- Two-yearly uitvoeringsagenda: actiepunten per theme, maatregelen under them. demo = synthetic, marked.
    CREATE TABLE uitvoeringsagenda (
      code text PRIMARY KEY,
      programma text NOT NULL REFERENCES programma(code) ON DELETE CASCADE,
      titel text NOT NULL,
      van date NOT NULL,
      tot date NOT NULL CHECK (tot >= van),
      status text NOT NULL,
      collegebesluit text,
      demo boolean NOT NULL DEFAULT false,
      versie integer NOT NULL DEFAULT 1
    );

    CREATE TABLE actiepunt (
      id bigserial PRIMARY KEY,
      agenda text NOT NULL REFERENCES uitvoeringsagenda(code) ON DELETE CASCADE,
      thema text NOT NULL,
      code text NOT NULL,
      titel text NOT NULL,
      eigenaar_afdeling text,
      volgorde integer NOT NULL,
      UNIQUE (agenda, code)
    );

    CREATE TABLE maatregel (
      id bigserial PRIMARY KEY,
      actiepunt_id bigint NOT NULL REFERENCES actiepunt(id) ON DELETE CASCADE,
      code text NOT NULL,
      titel text NOT NULL,
      omschrijving text NOT NULL DEFAULT '',
      soort text NOT NULL,
      eigenaar_organisatie text NOT NULL,
      eigenaar_naam text,
      partners text[] NOT NULL DEFAULT '{}',
      buurten text[] NOT NULL DEFAULT '{}',
      randvoorwaarden text[] NOT NULL DEFAULT '{}',
      start date,
      eind date,
      budget numeric(14, 2),
      status text NOT NULL,
      publiek boolean NOT NULL DEFAULT false,
      demo boolean NOT NULL DEFAULT false,
      bijgewerkt timestamptz NOT NULL DEFAULT now(),
      CHECK (eind IS NULL OR start IS NULL OR eind >= start)
    );
    CREATE UNIQUE INDEX maatregel_code ON maatregel (actiepunt_id, code);
    CREATE INDEX maatregel_eigenaar ON maatregel (eigenaar_organisatie);

    -- Progress reports: a dated text with a RAG colour, by the owner or the programme manager.
    CREATE TABLE maatregel_voortgang (
      id bigserial PRIMARY KEY,
      maatregel_id bigint NOT NULL REFERENCES maatregel(id) ON DELETE CASCADE,
      datum date NOT NULL,
      kleur text NOT NULL,
      tekst text NOT NULL,
      status text,
      door_id uuid,
      door_naam text NOT NULL,
      tijdstip timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX maatregel_voortgang_maatregel ON maatregel_voortgang (maatregel_id, datum DESC, id DESC);

    -- Evidence: links to casussen, alerts, analyses, campaigns (a reference, never personal data).
    CREATE TABLE maatregel_bewijs (
      id bigserial PRIMARY KEY,
      maatregel_id bigint NOT NULL REFERENCES maatregel(id) ON DELETE CASCADE,
      soort text NOT NULL,
      verwijzing text NOT NULL,
      omschrijving text NOT NULL,
      door_naam text NOT NULL,
      tijdstip timestamptz NOT NULL DEFAULT now()
    );

    -- Every change to the programme or an agenda after seeding: who, when, why, and what it was before.
    CREATE TABLE programma_wijziging (
      id bigserial PRIMARY KEY,
      programma text NOT NULL,
      object_type text NOT NULL,
      object_id text NOT NULL,
      door_id uuid,
      door_naam text NOT NULL,
      tijdstip timestamptz NOT NULL DEFAULT now(),
      reden text,
      voor jsonb,
      na jsonb NOT NULL
    );
    CREATE INDEX programma_wijziging_object ON programma_wijziging (object_type, object_id, id DESC);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE programma_wijziging;
    DROP TABLE maatregel_bewijs;
    DROP TABLE maatregel_voortgang;
    DROP TABLE maatregel;
    DROP TABLE actiepunt;
    DROP TABLE uitvoeringsagenda;
    DROP TABLE programma_doel;
    DROP TABLE programma_ambitie;
    DROP TABLE programma_thema;
    DROP TABLE programma;
  `.execute(db);
}
