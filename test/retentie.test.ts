import assert from 'node:assert/strict';
import { test } from 'node:test';
import { verifyChain } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { runRetentie } from '../src/server/retentie/retentie.service.ts';
import { describeEngines, loginAs, runCli, whileClosed } from './helpers/engines.ts';

describeEngines(
  'retentie',
  (h) => {
    test('contact data goes after its term, free text later; statistics stay', async () => {
      const db = h.started.ctx.db;
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/meldingen',
        payload: { omschrijving: 'Fietswrak bij Jan Jansen voor de deur.', categorie: 'openbare_ruimte', locatie: { lon: 5.69, lat: 50.85 }, contact: { naam: 'Piet', email: 'piet@example.nl', toestemming: true } },
      });
      const id = res.json().id;
      const cas = await loginAs(h.app, 'casushouder');
      await h.app.inject({ method: 'POST', url: `/api/meldingen/${id}/status`, headers: cas, payload: { naar: 'afgehandeld', reden: 'Verwijderd door Jan.' } });
      const day = 86_400_000;
      assert.deepEqual(await runRetentie(h.started.ctx, { now: new Date(Date.now() + 30 * day) }), { zakenVernietigd: 0, meldingenGeanonimiseerd: 0, contactgegevensVerwijderd: 0, onbevestigdeAanmeldingenVerwijderd: 0, buurtpreventieContactenVerwijderd: 0, ondermijningSignalenVerwijderd: 0 });
      const dry = await runRetentie(h.started.ctx, { now: new Date(Date.now() + 100 * day), dryRun: true });
      assert.equal(dry.contactgegevensVerwijderd, 1);
      assert.equal((await db.selectFrom('melding').select('melder_email').where('id', '=', id).executeTakeFirstOrThrow()).melder_email, 'piet@example.nl', 'dry run changes nothing');
      await runRetentie(h.started.ctx, { now: new Date(Date.now() + 100 * day) });
      let m = await db.selectFrom('melding').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(m.melder_email, null);
      assert.equal(m.melder_naam, null);
      assert.match(m.omschrijving, /Jan Jansen/);
      await runRetentie(h.started.ctx, { now: new Date(Date.now() + 800 * day) });
      m = await db.selectFrom('melding').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(m.omschrijving, '[geanonimiseerd]');
      assert.equal(m.categorie, 'openbare_ruimte');
      assert.equal(m.buurt_code, 'BU09350000');
      const reasons = await db.selectFrom('melding_gebeurtenis').select('reden').where('melding_id', '=', id).execute();
      assert.ok(reasons.every((r) => r.reden === null));
    });

    test('a closed casus is destroyed after its archive date and leaves a tombstone (CLI)', async () => {
      const cas = await loginAs(h.app, 'casushouder');
      const z = await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'woonoverlast_151d', omschrijving: 'Overlast familie X' } });
      const id = z.json().id;
      await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/status`, headers: cas, payload: { naar: 'dossieropbouw' } });
      await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/betrokkenen`, headers: cas, payload: { rol: 'overlastgever', naam: 'X', doel: 'uitvoering 151d' } });
      const close = await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/afsluiten`, headers: cas, payload: { resultaat: 'geen_grond', toelichting: 'Geen grond.' } });
      assert.equal(close.statusCode, 200, close.body);
      // Pretend the archive date (P1Y) has passed.
      await h.started.ctx.db.updateTable('zaak').set({ archiefactiedatum: '2000-01-01' }).where('id', '=', id).execute();
      const r = await whileClosed(h, () => runCli(['retention', 'run'], h.fresh.env));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /1 casussen vernietigd/);
      assert.equal(await h.started.ctx.db.selectFrom('zaak').select('id').where('id', '=', id).executeTakeFirst(), undefined);
      assert.equal((await h.started.ctx.db.selectFrom('zaak_betrokkene').select('id').where('zaak_id', '=', id).execute()).length, 0);
      const stone = await h.started.ctx.db.selectFrom('grafsteen').selectAll().where('object_id', '=', id).executeTakeFirstOrThrow();
      assert.equal(stone.identificatie, z.json().identificatie);
      assert.match(stone.grondslag, /geen_grond/);
      assert.equal((await verifyChain(h.started.ctx.db)).intact, true);
    });
  },
  { onDisk: true },
);
