import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Per-person work lists: a melding can be assigned to one staff member within its team.
    ALTER TABLE melding ADD COLUMN behandelaar_id uuid REFERENCES gebruiker(id);
    -- Duplicate search: same category, a narrow x range, then y (the planner otherwise walks every recent
    -- melding of the category for each new one).
    CREATE INDEX melding_categorie_xy ON melding (categorie, x, y);
    CREATE INDEX melding_behandelaar ON melding (behandelaar_id) WHERE behandelaar_id IS NOT NULL;

    -- Named filters a user saves for a work list (meldingen or casussen); the filter is the list's query.
    CREATE TABLE opgeslagen_filter (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      gebruiker_id uuid NOT NULL REFERENCES gebruiker(id) ON DELETE CASCADE,
      lijst text NOT NULL CHECK (lijst IN ('meldingen', 'zaken')),
      naam text NOT NULL,
      filter jsonb NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      UNIQUE (gebruiker_id, lijst, naam)
    );

    -- Local address table (BAG extract) for the melding form's address search; coordinates in both systems.
    CREATE TABLE adres (
      id bigserial PRIMARY KEY,
      straat text NOT NULL,
      huisnummer integer NOT NULL,
      toevoeging text NOT NULL DEFAULT '',
      postcode text NOT NULL,
      woonplaats text NOT NULL,
      lon double precision NOT NULL,
      lat double precision NOT NULL,
      x double precision NOT NULL,
      y double precision NOT NULL,
      buurt_code text,
      zoektekst text NOT NULL,
      bron text NOT NULL,
      UNIQUE (postcode, huisnummer, toevoeging)
    );
    CREATE INDEX adres_zoektekst ON adres (zoektekst text_pattern_ops);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE adres;
    DROP TABLE opgeslagen_filter;
    DROP INDEX melding_behandelaar;
    DROP INDEX melding_categorie_xy;
    ALTER TABLE melding DROP COLUMN behandelaar_id;
  `.execute(db);
}
