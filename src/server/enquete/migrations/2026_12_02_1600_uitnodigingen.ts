import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- Personal invitation codes (issue 9): one answer per code, codes made per round and buurt and printed on
    -- letters, as the CBS Veiligheidsmonitor does. Only the hash of a code is kept.
    CREATE TABLE enquete_uitnodiging (
      code_hash text PRIMARY KEY,
      ronde_id uuid NOT NULL REFERENCES enquete_ronde(id) ON DELETE CASCADE,
      buurt_code text NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      gebruikt_op timestamptz
    );
    CREATE INDEX enquete_uitnodiging_ronde ON enquete_uitnodiging (ronde_id, buurt_code);

    -- The open link (anyone, any number of times) is now an optional mode per round. Rounds made before had
    -- one, and the web answers they got came through it: they are labelled 'open' and no longer count in
    -- estimates and target status.
    ALTER TABLE enquete_ronde ADD COLUMN open_link boolean NOT NULL DEFAULT false;
    UPDATE enquete_ronde SET open_link = true;
    ALTER TABLE enquete_respons DROP CONSTRAINT enquete_respons_bron_check;
    UPDATE enquete_respons SET bron = 'open' WHERE bron = 'web';
    ALTER TABLE enquete_respons ADD CONSTRAINT enquete_respons_bron_check CHECK (bron IN ('uitnodiging', 'open', 'import'));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE enquete_respons DROP CONSTRAINT enquete_respons_bron_check;
    UPDATE enquete_respons SET bron = 'web' WHERE bron IN ('uitnodiging', 'open');
    ALTER TABLE enquete_respons ADD CONSTRAINT enquete_respons_bron_check CHECK (bron IN ('web', 'import'));
    ALTER TABLE enquete_ronde DROP COLUMN open_link;
    DROP TABLE enquete_uitnodiging;
  `.execute(db);
}
