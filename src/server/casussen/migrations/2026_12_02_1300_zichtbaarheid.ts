import { type Kysely, sql } from 'kysely';

// Frozen in time: this migration never imports application code (Kysely<any>).
// Visibility per item (ADR 0007) replaces the one intern/extern flag of a dossier line, and memberships get a
// period: partners stop seeing a casus when their part in it ends.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE zaak_lid ADD COLUMN tot timestamptz;
    ALTER TABLE zaak_lid ADD COLUMN einde_reden text;
    -- One current membership per person/organisation and role; ended ones stay as history.
    DROP INDEX zaak_lid_gebruiker;
    DROP INDEX zaak_lid_organisatie;
    CREATE UNIQUE INDEX zaak_lid_gebruiker ON zaak_lid (zaak_id, gebruiker_id, rol) WHERE gebruiker_id IS NOT NULL AND tot IS NULL;
    CREATE UNIQUE INDEX zaak_lid_organisatie ON zaak_lid (zaak_id, organisatie_id, rol) WHERE organisatie_id IS NOT NULL AND tot IS NULL;

    ALTER TABLE zaak_dossier ADD COLUMN zichtbaarheid text NOT NULL DEFAULT 'intern'
      CHECK (zichtbaarheid IN ('intern', 'leden', 'organisatie', 'rol'));
    ALTER TABLE zaak_dossier ADD COLUMN zichtbaar_voor text;
    ALTER TABLE zaak_dossier ADD COLUMN actor_organisatie_id uuid;
    UPDATE zaak_dossier SET zichtbaarheid = CASE WHEN intern THEN 'intern' ELSE 'leden' END;
    -- Referral lines were written for every member; they belong to the referred organisation only.
    UPDATE zaak_dossier d SET zichtbaarheid = 'organisatie', zichtbaar_voor = t.organisatie_id::text
      FROM taak t WHERE d.soort = 'taak' AND t.id::text = d.details->>'taak';
    UPDATE zaak_dossier d SET actor_organisatie_id = g.organisatie_id FROM gebruiker g WHERE g.id = d.actor_id;
    ALTER TABLE zaak_dossier DROP COLUMN intern;
    ALTER TABLE zaak_dossier ADD CONSTRAINT zaak_dossier_voor CHECK ((zichtbaarheid IN ('organisatie', 'rol')) = (zichtbaar_voor IS NOT NULL));

    ALTER TABLE besluit ADD COLUMN zichtbaarheid text NOT NULL DEFAULT 'intern' CHECK (zichtbaarheid IN ('intern', 'leden', 'organisatie', 'rol'));
    ALTER TABLE besluit ADD COLUMN zichtbaar_voor text;
    ALTER TABLE zaak_betrokkene ADD COLUMN zichtbaarheid text NOT NULL DEFAULT 'intern' CHECK (zichtbaarheid IN ('intern', 'leden', 'organisatie', 'rol'));
    ALTER TABLE zaak_betrokkene ADD COLUMN zichtbaar_voor text;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE zaak_betrokkene DROP COLUMN zichtbaar_voor;
    ALTER TABLE zaak_betrokkene DROP COLUMN zichtbaarheid;
    ALTER TABLE besluit DROP COLUMN zichtbaar_voor;
    ALTER TABLE besluit DROP COLUMN zichtbaarheid;
    ALTER TABLE zaak_dossier DROP CONSTRAINT zaak_dossier_voor;
    ALTER TABLE zaak_dossier ADD COLUMN intern boolean NOT NULL DEFAULT true;
    UPDATE zaak_dossier SET intern = (zichtbaarheid <> 'leden');
    ALTER TABLE zaak_dossier DROP COLUMN actor_organisatie_id;
    ALTER TABLE zaak_dossier DROP COLUMN zichtbaar_voor;
    ALTER TABLE zaak_dossier DROP COLUMN zichtbaarheid;
    DELETE FROM zaak_lid WHERE tot IS NOT NULL;
    DROP INDEX zaak_lid_gebruiker;
    DROP INDEX zaak_lid_organisatie;
    CREATE UNIQUE INDEX zaak_lid_gebruiker ON zaak_lid (zaak_id, gebruiker_id, rol) WHERE gebruiker_id IS NOT NULL;
    CREATE UNIQUE INDEX zaak_lid_organisatie ON zaak_lid (zaak_id, organisatie_id, rol) WHERE organisatie_id IS NOT NULL;
    ALTER TABLE zaak_lid DROP COLUMN einde_reden;
    ALTER TABLE zaak_lid DROP COLUMN tot;
  `.execute(db);
}
