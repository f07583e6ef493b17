import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEngines, loginAs } from './helpers/engines.ts';

/**
 * Stable paging (issue 9, defect 5): offset paging over an order without a unique tiebreaker skipped and
 * repeated rows. Meldingen written in one group commit share their timestamp and deadline, the worst case.
 */
describeEngines(
  'paging: every row exactly once, also while new rows arrive',
  (h) => {
    async function alles(url: string, headers: Awaited<ReturnType<typeof loginAs>>, onderweg?: () => Promise<void>) {
      const ids: string[] = [];
      let cursor: string | null = null;
      let paginas = 0;
      do {
        const pad: string = `${url}${url.includes('?') ? '&' : '?'}limit=7${cursor ? `&cursor=${cursor}` : ''}`;
        const r = await h.app.inject({ url: pad, headers });
        assert.equal(r.statusCode, 200, r.body);
        const body = r.json() as { items: { id: string }[]; volgende: string | null };
        ids.push(...body.items.map((i) => i.id));
        cursor = body.volgende;
        if (paginas++ === 1 && onderweg) await onderweg();
      } while (cursor);
      return ids;
    }

    test('meldingen: 150 submitted at once (shared timestamps), paged by 7 while more arrive', async () => {
      const cas = await loginAs(h.app, 'casushouder');
      const res = await Promise.all(
        Array.from({ length: 150 }, (_, i) =>
          h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: `Zwerfafval bij de glasbak, melding ${i}.`, categorie: 'openbare_ruimte' } }),
        ),
      );
      assert.ok(res.every((r) => r.statusCode === 201));
      const tijden = await h.started.ctx.db.selectFrom('melding').select('ingediend_op').execute();
      assert.ok(new Set(tijden.map((t) => t.ingediend_op.getTime())).size < tijden.length, 'several share a timestamp');
      const bestaand = res.map((r) => r.json().id as string);
      const gezien = await alles('/api/meldingen?categorie=openbare_ruimte', cas, async () => {
        for (let i = 0; i < 5; i++) await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: `Nieuwe melding tussendoor ${i}, afval.`, categorie: 'openbare_ruimte' } });
      });
      assert.equal(new Set(gezien).size, gezien.length, 'no row twice');
      for (const b of bestaand) assert.ok(gezien.includes(b), 'no row skipped');
    });

    test('casussen and the outbox page the same way; a foreign cursor is a 400', async () => {
      const cas = await loginAs(h.app, 'casushouder');
      const gemaakt: string[] = [];
      for (let i = 0; i < 23; i++) gemaakt.push((await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: `Casus ${i}` } })).json().id);
      const gezien = await alles('/api/casussen', cas);
      assert.deepEqual([...gezien].sort(), [...gemaakt].sort());
      const beheerder = await loginAs(h.app, 'beheerder');
      const berichten = await alles('/api/berichten', beheerder);
      assert.equal(new Set(berichten).size, berichten.length);
      const totaal = (await h.app.inject({ url: '/api/berichten', headers: beheerder })).json().totaal;
      assert.equal(berichten.length, totaal);
      const r = await h.app.inject({ url: `/api/casussen?cursor=${Buffer.from('["x"]').toString('base64url')}`, headers: cas });
      assert.equal(r.statusCode, 400);
      assert.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8');
    });
  },
  { config: { rateLimitPublic: 100_000 } },
);
