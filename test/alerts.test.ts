import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { wgs84ToRd } from '../src/server/gebieden/geo.ts';
import { datumInNederland } from '../src/server/platform/werkdagen.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';
import { startSmtp, startWebhook } from './helpers/mail.ts';

const smtp = await startSmtp();
const hook = await startWebhook();
after(async () => {
  await smtp.close();
  await hook.close();
});

const dagenGeleden = (n: number) => datumInNederland(new Date(Date.now() - n * 86_400_000));

describeEngines(
  'near-repeat alerts: proposed on import, approved by an analyst, sent through the outbox',
  (h) => {
    let analist: Awaited<ReturnType<typeof loginAs>>;
    let afmeldUrl: string;

    test('a resident subscribes publicly with double opt-in; a buurtpreventie group is added by staff', async () => {
      analist = await loginAs(h.app, 'analist');
      const aanmelden = (email: string, buurt = 'BU09350000') => h.app.inject({ method: 'POST', url: '/api/buurtberichten/aanmelden', payload: { buurt, email, toestemming: true } });
      const r = await aanmelden('bewoner@example.nl');
      assert.equal(r.statusCode, 202, r.body);
      assert.deepEqual(r.json(), { bevestigenBinnenDagen: 7 });
      assert.equal((await aanmelden('x@example.nl', 'BU99999999')).statusCode, 400);
      assert.equal((await aanmelden('geen-mail')).statusCode, 400);
      // A neighbour who never confirms: counts for nothing and gets no buurtbericht (see the alert's abonnees).
      assert.equal((await aanmelden('buurman@example.nl')).statusCode, 202);
      const g = await h.app.inject({ method: 'POST', url: '/api/alerts/abonnementen', headers: analist, payload: { naam: 'Buurtpreventie Binnenstad', buurt: 'BU09350000', webhookUrl: hook.url } });
      assert.equal(g.statusCode, 201, g.body);

      smtp.mails.length = 0;
      await h.started.ctx.berichten.runOnce(new Date(Date.now() + 60_000));
      const bevestig = smtp.mails.filter((m) => m.to === 'bewoner@example.nl');
      assert.equal(bevestig.length, 1);
      assert.match(bevestig[0]!.subject, /Bevestig uw aanmelding/);
      const token = /\/buurtberichten\/bevestigen\/(\S+)/.exec(bevestig[0]!.text)![1]!;

      // Signing the same address up again at once sends no second mail, and the answer is the same.
      const nogmaals = await aanmelden('Bewoner@Example.nl');
      assert.equal(nogmaals.statusCode, 202);
      smtp.mails.length = 0;
      await h.started.ctx.berichten.runOnce(new Date(Date.now() + 60_000));
      assert.equal(smtp.mails.length, 0, 'no mail bombing');
      assert.equal(await h.started.ctx.db.selectFrom('abonnement').select('id').where('email', 'ilike', 'bewoner@example.nl').execute().then((x) => x.length), 1, 'one subscription, not two');

      assert.equal((await h.app.inject({ method: 'POST', url: `/api/buurtberichten/bevestigen/${'x'.repeat(43)}` })).statusCode, 404);
      const ok = await h.app.inject({ method: 'POST', url: `/api/buurtberichten/bevestigen/${token}` });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().buurt.code, 'BU09350000');
      afmeldUrl = ok.json().afmeldUrl;
      assert.match(afmeldUrl, /^\/buurtberichten\/afmelden\/[A-Za-z0-9_-]{30,}$/);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/buurtberichten/bevestigen/${token}` })).statusCode, 404, 'a code works once');
    });

    test('only a recent burglary proposes an alert, one per grid cell, at the cell centre', async () => {
      const [px, py] = wgs84ToRd(5.6905, 50.8505);
      // Two burglaries in the same 100 m cell.
      const [x, y] = [Math.floor(px / 100) * 100 + 20, Math.floor(py / 100) * 100 + 20];
      const csv = [
        'soort,datum,x,y',
        `1.1.1,${dagenGeleden(2)},${x.toFixed(1)},${y.toFixed(1)}`,
        `1.1.1,${dagenGeleden(1)},${(x + 40).toFixed(1)},${(y + 40).toFixed(1)}`,
        `1.1.1,${dagenGeleden(400)},${x.toFixed(1)},${y.toFixed(1)}`,
        `1.2.3,${dagenGeleden(1)},${x.toFixed(1)},${y.toFixed(1)}`,
      ].join('\n');
      const r = await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'recent.csv', inhoud: csv, kolommen: { soort: 'soort', datum: 'datum', x: 'x', y: 'y' } } });
      assert.equal(r.statusCode, 201, r.body);
      assert.equal(r.json().alerts, 1);
      const alerts = (await h.app.inject({ url: '/api/alerts', headers: analist })).json();
      assert.equal(alerts.length, 1);
      const a = alerts[0];
      assert.equal(a.status, 'voorgesteld');
      assert.equal(a.straalMeter, 400);
      assert.ok(a.buurten.some((b: { code: string }) => b.code === 'BU09350000'));
      assert.equal(a.abonnees, 2);
      // The published place is the centre of the 100 m cell, not the incident's point.
      const [cx, cy] = wgs84ToRd(a.plek.lon, a.plek.lat);
      assert.ok(Math.abs(cx - (Math.floor(x / 100) * 100 + 50)) < 1 && Math.abs(cy - (Math.floor(y / 100) * 100 + 50)) < 1);
      assert.equal(a.geldigTot, new Date(Date.parse(`${dagenGeleden(2)}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10));
    });

    test('approval sends the buurtbericht by e-mail and webhook without the address; unsubscribing erases the address', async () => {
      const [a] = (await h.app.inject({ url: '/api/alerts', headers: analist })).json();
      const cas = await loginAs(h.app, 'casushouder');
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/alerts/${a.id}/goedkeuren`, headers: cas })).statusCode, 403);
      const ok = await h.app.inject({ method: 'POST', url: `/api/alerts/${a.id}/goedkeuren`, headers: analist });
      assert.equal(ok.statusCode, 200, ok.body);
      assert.equal(ok.json().ontvangers, 2);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/alerts/${a.id}/goedkeuren`, headers: analist })).statusCode, 409);
      smtp.mails.length = 0;
      await h.started.ctx.berichten.runOnce(new Date(Date.now() + 60_000));
      assert.equal(smtp.mails.length, 1);
      const mail = smtp.mails[0]!;
      assert.equal(mail.to, 'bewoner@example.nl');
      assert.match(mail.subject, /inbraak in de buurt/);
      assert.match(mail.text, /Binnenstad/);
      assert.doesNotMatch(mail.text, /5\.69|50\.85/);
      const webhook = hook.calls.find((c) => (c.body as { soort?: string }).soort === 'inbraakalert');
      assert.ok(webhook, 'the buurtpreventie group got the webhook');
      const link = /\/buurtberichten\/afmelden\/(\S+)/.exec(mail.text)![1]!;
      assert.equal(`/buurtberichten/afmelden/${link}`, afmeldUrl);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api${afmeldUrl}` })).statusCode, 204);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api${afmeldUrl}` })).statusCode, 404);
      const rest = await h.started.ctx.db.selectFrom('abonnement').selectAll().where('soort', '=', 'bewoner').where('afgemeld_op', 'is not', null).executeTakeFirstOrThrow();
      assert.equal(rest.email, null);
      assert.ok(rest.afgemeld_op);
    });

    test('a rejected alert needs a reason and sends nothing', async () => {
      const [x, y] = wgs84ToRd(5.7055, 50.8505);
      const csv = `soort,datum,x,y\n1.1.1,${dagenGeleden(0)},${x.toFixed(1)},${y.toFixed(1)}`;
      await h.app.inject({ method: 'POST', url: '/api/monitor/import/incidenten', headers: analist, payload: { bestandsnaam: 'r2.csv', inhoud: csv, kolommen: { soort: 'soort', datum: 'datum', x: 'x', y: 'y' } } });
      const nieuw = (await h.app.inject({ url: '/api/alerts', headers: analist })).json().find((a: { status: string }) => a.status === 'voorgesteld');
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/alerts/${nieuw.id}/afwijzen`, headers: analist, payload: { reden: '' } })).statusCode, 400);
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/alerts/${nieuw.id}/afwijzen`, headers: analist, payload: { reden: 'Dader al aangehouden' } })).statusCode, 204);
      const na = (await h.app.inject({ url: '/api/alerts', headers: analist })).json().find((a: { id: string }) => a.id === nieuw.id);
      assert.equal(na.status, 'afgewezen');
      assert.equal(na.reden, 'Dader al aangehouden');
    });

    test('an address never confirmed gets nothing and is deleted after the term', async () => {
      const { runRetentie } = await import('../src/server/retentie/retentie.service.ts');
      const dry = await runRetentie(h.started.ctx, { now: new Date(Date.now() + 8 * 86_400_000), dryRun: true });
      assert.equal(dry.onbevestigdeAanmeldingenVerwijderd, 1);
      await runRetentie(h.started.ctx, { now: new Date(Date.now() + 8 * 86_400_000) });
      const rest = await h.started.ctx.db.selectFrom('abonnement').select('email').where('email', '=', 'buurman@example.nl').execute();
      assert.equal(rest.length, 0);
    });
  },
  { config: { smtpUrl: smtp.url } },
);
