import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { logVerwerking, SYSTEEM, verifyChain } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { describeEngines, loginAs, runCli, whileClosed } from './helpers/engines.ts';

describeEngines(
  'verwerkingenlog',
  (h) => {
    const db = () => h.started.ctx.db;

    /** Run raw SQL as a DBA would, past the append-only trigger. */
    async function tamper(statement: ReturnType<typeof sql>) {
      await sql`ALTER TABLE verwerking DISABLE TRIGGER verwerking_geen_wijziging`.execute(db());
      try {
        await statement.execute(db());
      } finally {
        await sql`ALTER TABLE verwerking ENABLE TRIGGER verwerking_geen_wijziging`.execute(db());
      }
    }

    test('seeding and logins are in the log, and the chain verifies', async () => {
      await loginAs(h.app, 'fg');
      const acties = (await db().selectFrom('verwerking').select('actie').execute()).map((r) => r.actie);
      for (const a of ['toegang.inrichten', 'gebieden.importeren', 'gebruiker.aanmaken', 'sessie.inloggen']) assert.ok(acties.includes(a), a);
      const r = await verifyChain(db());
      assert.equal(r.intact, true);
      assert.equal(r.aantal, acties.length);
    });

    test('every read of personal data is logged with actor, organisation, purpose and request id', async () => {
      const headers = await loginAs(h.app, 'beheerder');
      const res = await h.app.inject({ url: '/api/gebruikers', headers: { ...headers, 'x-request-id': 'lees-gebruikers-1' } });
      assert.equal(res.statusCode, 200);
      const entry = await db().selectFrom('verwerking').selectAll().where('request_id', '=', 'lees-gebruikers-1').executeTakeFirstOrThrow();
      const me = res.json().find((g: { email: string }) => g.email === 'beheerder@demo.buurtveilig.nl');
      assert.equal(entry.actie, 'gebruikers.raadplegen');
      assert.equal(entry.actor_id, me.id);
      assert.equal(entry.organisatie_id, me.organisatie.id);
      assert.equal(entry.doel, 'toegangsbeheer');
      assert.equal(entry.persoonsgegevens, true);
    });

    test('searching the log is itself logged; filters work', async () => {
      const headers = await loginAs(h.app, 'fg');
      const res = await h.app.inject({ url: '/api/verwerkingen?actie=gebruikers.raadplegen&limit=5', headers });
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.ok(body.totaal >= 1);
      assert.ok(body.items.every((i: { actie: string }) => i.actie === 'gebruikers.raadplegen'));
      const tekst = (await h.app.inject({ url: '/api/verwerkingen?tekst=Fien&limit=500', headers })).json();
      assert.ok(tekst.items.length > 0);
      assert.ok(tekst.items.every((i: { actor: string; details: object }) => i.actor.includes('Fien') || JSON.stringify(i.details).includes('Fien')));
      const last = await db().selectFrom('verwerking').selectAll().orderBy('volgnummer', 'desc').limit(1).executeTakeFirstOrThrow();
      assert.equal(last.actie, 'verwerkingenlog.raadplegen');
    });

    test('the table is append-only: UPDATE, DELETE and TRUNCATE are refused by the database', async () => {
      await assert.rejects(sql`UPDATE verwerking SET actie = 'x' WHERE volgnummer = 1`.execute(db()), /alleen aan te vullen/);
      await assert.rejects(sql`DELETE FROM verwerking WHERE volgnummer = 1`.execute(db()), /alleen aan te vullen/);
      await assert.rejects(sql`TRUNCATE verwerking`.execute(db()), /alleen aan te vullen/);
    });

    test('concurrent appends form one unbroken chain', async () => {
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          db()
            .transaction()
            .execute((trx) =>
              logVerwerking(trx, { actor: SYSTEEM }, { actie: 'test.parallel', objectType: 'test', objectId: String(i), doel: 'test', persoonsgegevens: false }),
            ),
        ),
      );
      const r = await verifyChain(db());
      assert.equal(r.intact, true, JSON.stringify(r.fout));
    });

    test('a rolled-back transaction leaves no entry and no gap', async () => {
      const before = await verifyChain(db());
      await assert.rejects(
        db()
          .transaction()
          .execute(async (trx) => {
            await logVerwerking(trx, { actor: SYSTEEM }, { actie: 'test.rollback', objectType: 'test', doel: 'test', persoonsgegevens: false });
            throw new Error('afgebroken');
          }),
      );
      const after = await verifyChain(db());
      assert.equal(after.intact, true);
      assert.equal(after.aantal, before.aantal);
    });

    test('audit verify (CLI) exits 0 on an intact chain', async () => {
      const r = await whileClosed(h, () => runCli(['verwerkingenlog', 'verify'], h.fresh.env));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /intact/);
    });

    test('an altered row is caught, by number, by the API and the CLI', async () => {
      await tamper(sql`UPDATE verwerking SET doel = 'iets anders' WHERE volgnummer = 3`);
      const r = await verifyChain(db());
      assert.equal(r.intact, false);
      assert.equal(r.fout!.volgnummer, 3);
      const headers = await loginAs(h.app, 'fg');
      const api = (await h.app.inject({ url: '/api/verwerkingen/controle', headers })).json();
      assert.equal(api.intact, false);
      assert.equal(api.fout.volgnummer, 3);
      const cli = await whileClosed(h, () => runCli(['verwerkingenlog', 'verify'], h.fresh.env));
      assert.notEqual(cli.code, 0);
      assert.match(cli.stderr, /#3\b/);
    });
  },
  { onDisk: true },
);

describeEngines('verwerkingenlog: deletions', (h) => {
  const db = () => h.started.ctx.db;
  async function deleteEntry(n: number) {
    await sql`ALTER TABLE verwerking DISABLE TRIGGER verwerking_geen_wijziging`.execute(db());
    await sql`DELETE FROM verwerking WHERE volgnummer = ${n}`.execute(db());
    await sql`ALTER TABLE verwerking ENABLE TRIGGER verwerking_geen_wijziging`.execute(db());
  }

  test('deleting the newest entry is caught through the chain head', async () => {
    const { aantal } = await verifyChain(db());
    await deleteEntry(aantal);
    const r = await verifyChain(db());
    assert.equal(r.intact, false);
    assert.equal(r.fout!.volgnummer, aantal);
  });

  test('deleting an entry in the middle names the missing entry', async () => {
    await deleteEntry(4);
    const r = await verifyChain(db());
    assert.equal(r.intact, false);
    assert.equal(r.fout!.volgnummer, 4);
    assert.match(r.fout!.reden, /ontbreekt/);
  });
});
