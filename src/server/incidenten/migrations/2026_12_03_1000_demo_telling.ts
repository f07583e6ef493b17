import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    -- How many of each monthly count are synthetic demo incidents (issue 10: demo figures are marked as demo).
    ALTER TABLE incident_telling ADD COLUMN demo_aantal integer NOT NULL DEFAULT 0;
    UPDATE incident_telling t SET demo_aantal = d.n
    FROM (
      SELECT soort, jaar, extract(month FROM datum_van)::smallint AS maand, buurt_code, count(*)::int AS n
      FROM incident WHERE demo GROUP BY 1, 2, 3, 4
    ) d
    WHERE t.soort = d.soort AND t.jaar = d.jaar AND t.maand = d.maand AND t.buurt_code = d.buurt_code;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE incident_telling DROP COLUMN demo_aantal;`.execute(db);
}
