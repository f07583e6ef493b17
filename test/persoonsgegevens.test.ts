import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEngines, loginAs } from './helpers/engines.ts';

type Headers = Awaited<ReturnType<typeof loginAs>>;

/**
 * Reporter contact data (issue 9, defect 4): only the team that handles the melding reads it, with a purpose;
 * everyone else sees "contact bekend: ja/nee". The outbox shows addresses masked. Every list read of
 * personal data leaves one verwerkingenlog entry.
 */
describeEngines('persoonsgegevens: contact van de melder, uitgaande berichten, lijsten gelogd', (h) => {
  let id: string;
  const inject = (url: string, headers: Headers, method: 'GET' | 'POST' = 'GET', payload?: object) =>
    h.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  test('only the handling team sees the reporter, and only with a stated purpose', async () => {
    const m = await h.app.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: { omschrijving: 'Er staat al dagen een kapotte fiets tegen de lantaarnpaal.', categorie: 'openbare_ruimte', contact: { naam: 'Rita Reporter', email: 'rita@example.nl', telefoon: '0612345678', toestemming: true } },
    });
    assert.equal(m.statusCode, 201);
    id = m.json().id;
    const team = await h.started.ctx.db.selectFrom('melding').select(['team']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(team.team, 'stadsbeheer', 'openbare ruimte is routed to Stadsbeheer');

    // Readers of meldingen outside the handling organisation: the analist, the adviser, an OOV casushouder.
    for (const rol of ['analist', 'beleidsadviseur', 'casushouder']) {
      const headers = await loginAs(h.app, rol);
      const d = await inject(`/api/meldingen/${id}`, headers);
      assert.equal(d.statusCode, 200, rol);
      for (const geheim of ['Rita', 'rita@example.nl', '0612345678']) assert.equal(d.body.includes(geheim), false, `${rol} ziet ${geheim}`);
      assert.deepEqual(d.json().contact, { bekend: true, toestemming: true, magInzien: false }, rol);
      assert.equal((await inject(`/api/meldingen/${id}/contact`, headers, 'POST', { doel: 'even kijken wie het is' })).statusCode, 403, rol);
    }

    // A Stadsbeheer employee who handles meldingen reads the contact, once, with a purpose that is logged.
    const beheerder = await loginAs(h.app, 'beheerder');
    const u = await inject('/api/gebruikers', beheerder, 'POST', {
      email: 'sam.stad@maastricht.example',
      naam: 'Sam Stadsbeheer',
      wachtwoord: 'een-lang-wachtwoord',
      rollen: ['casushouder'],
      organisatie: 'gemeente-stadsbeheer',
    });
    assert.equal(u.statusCode, 201, u.body);
    const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'sam.stad@maastricht.example', wachtwoord: 'een-lang-wachtwoord' } });
    const sam = { cookie: `bv_sessie=${login.cookies.find((c) => c.name === 'bv_sessie')!.value}`, 'x-csrf-token': login.json().csrfToken };
    assert.equal((await inject(`/api/meldingen/${id}`, sam)).json().contact.magInzien, true);
    assert.equal((await inject(`/api/meldingen/${id}/contact`, sam, 'POST', { doel: 'x' })).statusCode, 400, 'a purpose is required');
    const c = await inject(`/api/meldingen/${id}/contact`, sam, 'POST', { doel: 'Vragen waar de fiets precies staat' });
    assert.equal(c.statusCode, 200, c.body);
    assert.deepEqual(c.json(), { naam: 'Rita Reporter', email: 'rita@example.nl', telefoon: '0612345678', toestemming: true });
    const log = await h.started.ctx.db.selectFrom('verwerking').selectAll().where('actie', '=', 'melding.contact_raadplegen').where('object_id', '=', id).execute();
    assert.equal(log.length, 1);
    assert.equal((log[0]!.details as { reden: string }).reden, 'Vragen waar de fiets precies staat');
  });

  test('the beheerder sees the outbox with masked addresses', async () => {
    const beheerder = await loginAs(h.app, 'beheerder');
    const r = await inject('/api/berichten?limit=500', beheerder);
    assert.equal(r.statusCode, 200);
    assert.ok(r.json().items.some((b: { ontvanger: string }) => b.ontvanger === 'r…@example.nl'), 'the receipt to Rita, masked');
    assert.equal(r.body.includes('rita@example.nl'), false);
  });

  test('list reads of personal data are logged: one entry per call with count and filter', async () => {
    const cas = await loginAs(h.app, 'casushouder');
    const beheerder = await loginAs(h.app, 'beheerder');
    const tel = async (actie: string) => (await h.started.ctx.db.selectFrom('verwerking').select('volgnummer').where('actie', '=', actie).execute()).length;
    const voor = { m: await tel('melding.lijst_raadplegen'), c: await tel('casus.lijst_raadplegen'), b: await tel('bericht.lijst_raadplegen') };
    assert.equal((await inject('/api/meldingen?categorie=openbare_ruimte&limit=5', cas)).statusCode, 200);
    assert.equal((await inject('/api/casussen', cas)).statusCode, 200);
    assert.equal((await inject('/api/berichten', beheerder)).statusCode, 200);
    assert.equal(await tel('melding.lijst_raadplegen'), voor.m + 1);
    assert.equal(await tel('casus.lijst_raadplegen'), voor.c + 1);
    assert.equal(await tel('bericht.lijst_raadplegen'), voor.b + 1);
    const laatste = await h.started.ctx.db
      .selectFrom('verwerking')
      .selectAll()
      .where('actie', '=', 'melding.lijst_raadplegen')
      .orderBy('volgnummer', 'desc')
      .executeTakeFirstOrThrow();
    const d = laatste.details as { filter: { categorie: string }; ids: string[]; totaal: number };
    assert.equal(d.filter.categorie, 'openbare_ruimte');
    assert.ok(d.ids.includes(id));
    assert.equal(laatste.persoonsgegevens, true);
  });
});
