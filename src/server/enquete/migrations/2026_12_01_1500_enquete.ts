import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- A survey round (e.g. "Veiligheid in uw buurt 2026"): the questionnaire version it used and its year.
    CREATE TABLE enquete_ronde (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      naam text NOT NULL,
      jaar smallint NOT NULL,
      vragenlijst_versie integer NOT NULL,
      open boolean NOT NULL DEFAULT true,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    );
    -- One web link per buurt and round; only the hash of its token is stored.
    CREATE TABLE enquete_link (
      token_hash text PRIMARY KEY,
      ronde_id uuid NOT NULL REFERENCES enquete_ronde(id) ON DELETE CASCADE,
      buurt_code text NOT NULL,
      UNIQUE (ronde_id, buurt_code)
    );
    -- Responses carry no personal data: buurt, age group, sex (both optional) and the answers.
    CREATE TABLE enquete_respons (
      id bigserial PRIMARY KEY,
      ronde_id uuid NOT NULL REFERENCES enquete_ronde(id) ON DELETE CASCADE,
      buurt_code text NOT NULL,
      leeftijd text,
      geslacht text,
      antwoorden jsonb NOT NULL,
      bron text NOT NULL CHECK (bron IN ('web', 'import')),
      ingevuld_op timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX enquete_respons_ronde ON enquete_respons (ronde_id, buurt_code);
    -- Population by age group and sex per buurt, for weighting (post-stratification).
    CREATE TABLE bevolking_opbouw (
      buurt_code text NOT NULL,
      jaar smallint NOT NULL,
      leeftijd text NOT NULL,
      geslacht text NOT NULL,
      aantal integer NOT NULL CHECK (aantal >= 0),
      PRIMARY KEY (buurt_code, jaar, leeftijd, geslacht)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE bevolking_opbouw; DROP TABLE enquete_respons; DROP TABLE enquete_link; DROP TABLE enquete_ronde;`.execute(db);
}
