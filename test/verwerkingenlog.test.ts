import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import { laadSleutel } from '../src/server/platform/sleutels.ts';
import { controleer, entryHash, GENESIS_HASH, logVerwerking, schrijfAnker, SYSTEEM, verifyChain } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { describeEngines, loginAs, runCli, whileClosed } from './helpers/engines.ts';
import { TEST_SLEUTEL_DIR } from './helpers/template.ts';

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

/**
 * What the owner of the database can do, and what is still caught (ADR 0007): the trigger is theirs to switch
 * off and the head theirs to move, but the key and the checkpoints live outside the database.
 */
describeEngines('verwerkingenlog: tegen de eigenaar van de database', (h) => {
  const db = () => h.started.ctx.db;
  const alsEigenaar = async (f: () => Promise<unknown>) => {
    await sql`ALTER TABLE verwerking DISABLE TRIGGER verwerking_geen_wijziging`.execute(db());
    try {
      await f();
    } finally {
      await sql`ALTER TABLE verwerking ENABLE TRIGGER verwerking_geen_wijziging`.execute(db());
    }
  };
  const schrijf = (n: number) =>
    db()
      .transaction()
      .execute(async (trx) => {
        for (let i = 0; i < n; i++) await logVerwerking(trx, { actor: SYSTEEM }, { actie: 'test.regel', objectType: 'test', objectId: String(i), doel: 'test', persoonsgegevens: false });
      });

  test('entries are signed with the key outside the database; a checkpoint holds the head', async () => {
    await schrijf(5);
    const laatste = await db().selectFrom('verwerking').selectAll().orderBy('volgnummer', 'desc').executeTakeFirstOrThrow();
    assert.equal(laatste.sleutel, laadSleutel(TEST_SLEUTEL_DIR, 'verwerkingenlog').id);
    const anker = await schrijfAnker(db(), TEST_SLEUTEL_DIR);
    assert.equal(anker!.volgnummer, laatste.volgnummer);
    assert.equal(await schrijfAnker(db(), TEST_SLEUTEL_DIR), null, 'no new entries, no new checkpoint');
    const r = await controleer(db(), TEST_SLEUTEL_DIR);
    assert.equal(r.intact, true, JSON.stringify(r.fout));
    assert.equal(r.ankers!.aantal, 1);
  });

  test('cutting the tail and moving the head back fools the chain, not the checkpoint', async () => {
    const { aantal } = await verifyChain(db());
    const nieuweKop = await db().selectFrom('verwerking').select(['volgnummer', 'hash']).where('volgnummer', '=', aantal - 3).executeTakeFirstOrThrow();
    await alsEigenaar(async () => {
      await sql`DELETE FROM verwerking WHERE volgnummer > ${aantal - 3}`.execute(db());
      await sql`UPDATE verwerking_kop SET volgnummer = ${nieuweKop.volgnummer}, hash = ${nieuweKop.hash}`.execute(db());
    });
    assert.equal((await verifyChain(db())).intact, true, 'the chain alone cannot see a cut tail');
    const r = await controleer(db(), TEST_SLEUTEL_DIR);
    assert.equal(r.intact, false);
    assert.match(r.fout!.reden, /afgeknipt/);
    const fg = await loginAs(h.app, 'fg');
    assert.equal((await h.app.inject({ url: '/api/verwerkingen/controle', headers: fg })).json().intact, false);
  });
});

describeEngines('verwerkingenlog: herschrijven zonder de sleutel', (h) => {
  const db = () => h.started.ctx.db;

  test('a forged checkpoint line is refused', async () => {
    await loginAs(h.app, 'fg');
    assert.ok(await schrijfAnker(db(), TEST_SLEUTEL_DIR));
    const id = (await db().selectFrom('instelling').select('waarde').where('sleutel', '=', 'database_id').executeTakeFirstOrThrow()).waarde.slice(0, 16);
    const bestand = path.join(TEST_SLEUTEL_DIR, `verwerkingenlog-ankers-${id}.jsonl`);
    const echt = fs.readFileSync(bestand, 'utf8');
    fs.appendFileSync(bestand, JSON.stringify({ databaseId: id, volgnummer: 1, hash: 'x', tijdstip: 'nu', mac: 'ab'.repeat(32) }) + '\n');
    const r = await controleer(db(), TEST_SLEUTEL_DIR);
    assert.equal(r.intact, false);
    assert.match(r.fout!.reden, /vervalst/);
    fs.writeFileSync(bestand, echt);
    assert.equal((await controleer(db(), TEST_SLEUTEL_DIR)).intact, true);
  });

  test('rewriting every entry and recomputing every hash is caught by the checkpoint', async () => {
    // The attacker changes one purpose and rebuilds the whole chain as plain SHA-256 (they have no key).
    const rows = await db().selectFrom('verwerking').selectAll().orderBy('volgnummer').execute();
    let vorige = GENESIS_HASH;
    await sql`ALTER TABLE verwerking DISABLE TRIGGER verwerking_geen_wijziging`.execute(db());
    for (const r of rows) {
      const nieuw = { ...r, doel: r.volgnummer === 2 ? 'iets onschuldigs' : r.doel, vorige_hash: vorige, sleutel: null };
      const hash = entryHash(nieuw);
      await sql`UPDATE verwerking SET doel = ${nieuw.doel}, vorige_hash = ${vorige}, sleutel = NULL, hash = ${hash} WHERE volgnummer = ${r.volgnummer}`.execute(db());
      vorige = hash;
    }
    await sql`ALTER TABLE verwerking ENABLE TRIGGER verwerking_geen_wijziging`.execute(db());
    await sql`UPDATE verwerking_kop SET hash = ${vorige}`.execute(db());
    assert.equal((await verifyChain(db())).intact, true, 'a full rewrite verifies as a chain');
    const r = await controleer(db(), TEST_SLEUTEL_DIR);
    assert.equal(r.intact, false);
    assert.match(r.fout!.reden, /herschreven/);
  });


});
