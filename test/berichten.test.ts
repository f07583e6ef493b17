import assert from 'node:assert/strict';
import net from 'node:net';
import { after, test } from 'node:test';
import { BACKOFF_MINUTEN } from '../src/server/berichten/berichten.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';
import { startSmtp, startWebhook } from './helpers/mail.ts';

// The SMTP server must exist before the harness reads the configuration, so it starts at module load.
const smtp = await startSmtp();
const hook = await startWebhook();
after(async () => {
  await smtp.close();
  await hook.close();
});

describeEngines(
  'berichten: e-mail to reporters and partners through the outbox',
  (h) => {
    test('the reporter gets a confirmation with a working status link', async () => {
      smtp.mails.length = 0;
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/meldingen',
        payload: { omschrijving: 'Jongeren vernielen elke avond de bankjes op het plein.', contact: { email: 'bewoner@example.nl', toestemming: false } },
      });
      assert.equal(res.statusCode, 201);
      const queued = await h.started.ctx.db.selectFrom('bericht').selectAll().where('bron_id', '=', res.json().id).execute();
      assert.equal(queued.length, 1);
      assert.equal(queued[0]!.status, 'wachtend');
      assert.deepEqual(await h.started.ctx.berichten.runOnce(), { verzonden: 1, mislukt: 0 });
      assert.equal(smtp.mails.length, 1);
      const mail = smtp.mails[0]!;
      assert.equal(mail.to, 'bewoner@example.nl');
      assert.match(mail.subject, new RegExp(res.json().referentie));
      const link = /http:\/\/\S+\/melding\/status\/(\S+)/.exec(mail.text);
      assert.ok(link, mail.text);
      assert.equal(`/melding/status/${link[1]}`, res.json().statusUrl);
      assert.equal((await h.app.inject({ url: `/api/meldingen/status/${link[1]}` })).json().referentie, res.json().referentie);
      const sent = await h.started.ctx.db.selectFrom('bericht').select(['status', 'pogingen']).where('id', '=', queued[0]!.id).executeTakeFirstOrThrow();
      assert.deepEqual(sent, { status: 'verzonden', pogingen: 1 });
    });

    test('chosen transitions e-mail the reporter; closing asks about satisfaction', async () => {
      smtp.mails.length = 0;
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/meldingen',
        payload: { omschrijving: 'De lantaarnpaal voor nummer 4 is kapot.', categorie: 'openbare_ruimte', contact: { email: 'buur@example.nl', toestemming: true } },
      });
      const id = res.json().id;
      const cas = await loginAs(h.app, 'casushouder');
      await h.app.inject({ method: 'POST', url: `/api/meldingen/${id}/status`, headers: cas, payload: { naar: 'in_beoordeling' } });
      await h.app.inject({ method: 'POST', url: `/api/meldingen/${id}/status`, headers: cas, payload: { naar: 'afgehandeld', reden: 'De lamp is vervangen.' } });
      await h.started.ctx.berichten.runOnce();
      assert.deepEqual(
        smtp.mails.map((m) => m.subject),
        [`Uw melding ${res.json().referentie}: Uw melding is ontvangen`, `Uw melding ${res.json().referentie} is afgehandeld`],
        'in_beoordeling sends nothing',
      );
      assert.match(smtp.mails[1]!.text, /tevreden/);
      assert.match(smtp.mails[1]!.text, /De lamp is vervangen\./);
    });

    test('a referral notifies the partner by e-mail and webhook, without personal data', async () => {
      smtp.mails.length = 0;
      hook.calls.length = 0;
      await h.started.ctx.db.updateTable('organisatie').set({ webhook_url: hook.url }).where('code', '=', 'woonpunt').execute();
      const cas = await loginAs(h.app, 'casushouder');
      const z = await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: 'Overlast Jan Jansen, Kerkstraat 1' } });
      const t = await h.app.inject({
        method: 'POST',
        url: `/api/casussen/${z.json().id}/taken`,
        headers: cas,
        payload: { organisatie: 'woonpunt', titel: 'Huurder aanspreken', omschrijving: 'Jan Jansen aanspreken op overlast.' },
      });
      assert.equal(t.statusCode, 201);
      assert.deepEqual(await h.started.ctx.berichten.runOnce(), { verzonden: 2, mislukt: 0 });
      assert.equal(smtp.mails.length, 1);
      assert.equal(smtp.mails[0]!.to, 'overlast@woonpunt.demo.buurtveilig.nl');
      assert.doesNotMatch(smtp.mails[0]!.text, /Jansen|Kerkstraat/);
      assert.equal(hook.calls.length, 1);
      assert.equal((hook.calls[0]!.body as { soort: string }).soort, 'taak.nieuw');
      assert.doesNotMatch(JSON.stringify(hook.calls[0]!.body), /Jansen|Kerkstraat/);
    });

    test('beheerders edit templates with a preview; new mail uses the new text', async () => {
      const beheer = await loginAs(h.app, 'beheerder');
      const list = (await h.app.inject({ url: '/api/sjablonen', headers: beheer })).json();
      assert.deepEqual(list.map((s: { code: string }) => s.code).sort(), ['buurtbericht.bevestigen', 'inbraakalert', 'melding.afgehandeld', 'melding.status', 'taak.nieuw']);
      const preview = await h.app.inject({
        method: 'POST',
        url: '/api/sjablonen/melding.status/voorbeeld',
        headers: beheer,
        payload: { onderwerp: 'Melding {{referentie}}', tekst: 'Hallo! Status: {{statusNaam}}' },
      });
      assert.deepEqual(preview.json(), { onderwerp: 'Melding M-2026-000123', tekst: 'Hallo! Status: We bekijken uw melding' });
      const put = await h.app.inject({ method: 'PUT', url: '/api/sjablonen/melding.status', headers: beheer, payload: { onderwerp: 'Melding {{referentie}} ontvangen', tekst: 'Dank u wel. {{statusLink}}' } });
      assert.equal(put.json().aangepast, true);
      smtp.mails.length = 0;
      const m = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Fietswrak al maanden bij het station.', contact: { email: 'x@example.nl', toestemming: false } } });
      await h.started.ctx.berichten.runOnce();
      assert.equal(smtp.mails[0]!.subject, `Melding ${m.json().referentie} ontvangen`);
      assert.equal((await h.app.inject({ url: '/api/sjablonen', headers: await loginAs(h.app, 'casushouder') })).statusCode, 403);
    });
  },
  { config: { smtpUrl: smtp.url } },
);

// A port that refuses connections: take a free one and close it again.
const closedPort = await (async () => {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
})();

describeEngines(
  'berichten: retries with back-off end in the dead-letter view',
  (h) => {
    test('an undeliverable mail is retried on schedule, then shown as dead, and can be resent', async () => {
      await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Graffiti op de muur van de school.', contact: { email: 'y@example.nl', toestemming: false } } });
      let now = Date.now();
      for (let i = 0; i <= BACKOFF_MINUTEN.length; i++) {
        const r = await h.started.ctx.berichten.runOnce(new Date(now));
        assert.equal(r.mislukt, 1, `attempt ${i + 1}`);
        // Nothing is due before the back-off has passed.
        assert.deepEqual(await h.started.ctx.berichten.runOnce(new Date(now + 1000)), { verzonden: 0, mislukt: 0 });
        now += (BACKOFF_MINUTEN[i] ?? 0) * 60_000 + 1000;
      }
      const beheer = await loginAs(h.app, 'beheerder');
      const dead = (await h.app.inject({ url: '/api/berichten?status=dood', headers: beheer })).json();
      assert.equal(dead.totaal, 1);
      assert.equal(dead.items[0].pogingen, BACKOFF_MINUTEN.length + 1);
      assert.match(dead.items[0].laatsteFout, /ECONNREFUSED|connect/i);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/berichten/${dead.items[0].id}/opnieuw`, headers: beheer, payload: {} })).statusCode, 204);
      const again = (await h.app.inject({ url: '/api/berichten?status=wachtend', headers: beheer })).json();
      assert.equal(again.totaal, 1);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/berichten/${dead.items[0].id}/opnieuw`, headers: beheer, payload: {} })).statusCode, 409);
    });
  },
  { config: { smtpUrl: `smtp://127.0.0.1:${closedPort}` } },
);
