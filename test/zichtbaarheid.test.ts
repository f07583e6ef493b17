import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { casusToegang } from '../src/server/casussen/casussen.policy.ts';
import { magZien, zichtbaarFilter, ZICHTBAARHEDEN, type Kijker } from '../src/server/platform/zichtbaarheid.ts';
import { gebruikerOpEmail } from '../src/server/toegang/toegang.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

type Headers = Awaited<ReturnType<typeof loginAs>>;

/**
 * Need-to-know per item (issue 9, defects 1 and 2): partners never see each other's referrals, outcomes or
 * people; memberships end; break-glass is read-only and logged. The policy function and its SQL form agree.
 */
describeEngines('zichtbaarheid: per item, per lidmaatschap, break-glass', (h) => {
  let cas: Headers;
  let woonpunt: Headers;
  let mondriaan: Headers;
  let zaakId: string;
  const post = (url: string, headers: Headers, payload: object = {}) => h.app.inject({ method: 'POST', url, headers, payload });
  const lees = (headers: Headers) => h.app.inject({ url: `/api/casussen/${zaakId}`, headers });

  test('magZien and its SQL form (zichtbaarFilter) decide the same for every combination', async () => {
    const db = h.started.ctx.db;
    const t0 = new Date('2026-06-01T10:00:00Z');
    const later = new Date('2026-06-02T10:00:00Z');
    const A = '00000000-0000-4000-8000-00000000000a';
    const B = '00000000-0000-4000-8000-00000000000b';
    const items = ZICHTBAARHEDEN.flatMap((soort) =>
      (soort === 'organisatie' ? [A, B] : soort === 'rol' ? ['jurist', 'casushouder'] : [null]).flatMap((voor) =>
        [t0, later].flatMap((tijdstip) => [null, 'auteur-1'].map((auteurId) => ({ soort, voor, tijdstip, auteurId }))),
      ),
    );
    await db.transaction().execute(async (trx) => {
      await sql`CREATE TEMP TABLE zt (n int, soort text, voor text, tijdstip timestamptz, auteur text) ON COMMIT DROP`.execute(trx);
      for (const [n, i] of items.entries()) await sql`INSERT INTO zt VALUES (${n}, ${i.soort}, ${i.voor}, ${i.tijdstip}, ${i.auteurId})`.execute(trx);
      const kijkers: Kijker[] = [];
      for (const intern of [true, false]) {
        for (const rollen of [[], ['jurist']]) {
          for (const tot of [null, new Date('2026-06-01T12:00:00Z')]) {
            for (const gebruikerId of ['auteur-1', 'iemand']) kijkers.push({ gebruikerId, intern, organisatieId: A, rollen, tot });
          }
        }
      }
      for (const k of kijkers) {
        const rows = await trx
          .selectFrom(sql`zt`.as('zt') as never)
          .select(sql<number>`n`.as('n'))
          .where(zichtbaarFilter(k, { soort: 'soort', voor: 'voor', tijdstip: 'tijdstip', auteur: 'auteur' }))
          .execute();
        const viaSql = (rows as { n: number }[]).map((r) => r.n).sort((a, b) => a - b);
        const viaCode = items.flatMap((i, n) => (magZien(k, i) ? [n] : []));
        assert.deepEqual(viaSql, viaCode, JSON.stringify(k));
      }
    });
  });

  test('two partners in one casus: each sees its own referral, never the other one’s title, outcome or people', async () => {
    cas = await loginAs(h.app, 'casushouder');
    woonpunt = await loginAs(h.app, 'partner');
    const beheerder = await loginAs(h.app, 'beheerder');
    const u = await post('/api/gebruikers', beheerder, {
      email: 'mira.zorg@mondriaan.example',
      naam: 'Mira Zorgverlener',
      wachtwoord: 'een-lang-wachtwoord',
      rollen: ['partner'],
      organisatie: 'mondriaan',
    });
    assert.equal(u.statusCode, 201, u.body);
    const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'mira.zorg@mondriaan.example', wachtwoord: 'een-lang-wachtwoord' } });
    mondriaan = { cookie: `bv_sessie=${login.cookies.find((c) => c.name === 'bv_sessie')!.value}`, 'x-csrf-token': login.json().csrfToken };

    zaakId = (await post('/api/casussen', cas, { zaaktype: 'overlastcasus', omschrijving: 'Twee partners' })).json().id;
    const tw = (await post(`/api/casussen/${zaakId}/taken`, cas, { organisatie: 'woonpunt', titel: 'Huurcontract nalopen', omschrijving: 'Kijk of er onderhuur is.' })).json();
    const tm = (await post(`/api/casussen/${zaakId}/taken`, cas, { organisatie: 'mondriaan', titel: 'Psychische zorg inschatten', omschrijving: 'Is er een behandelrelatie?' })).json();
    await post(`/api/taken/${tm.id}/accepteren`, mondriaan);
    await post(`/api/taken/${tw.id}/accepteren`, woonpunt);
    await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'overleg', titel: 'Gedeeld met alle leden', zichtbaarheid: { soort: 'leden' } });
    await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'notitie', titel: 'Alleen voor Woonpunt', zichtbaarheid: { soort: 'organisatie', voor: 'woonpunt' } });

    const w = await lees(woonpunt);
    assert.equal(w.statusCode, 200);
    const wTekst = w.body;
    for (const geheim of ['Psychische zorg inschatten', 'Mondriaan', 'Mira Zorgverlener', 'behandelrelatie']) assert.equal(wTekst.includes(geheim), false, `Woonpunt ziet "${geheim}"`);
    const wd = w.json();
    assert.deepEqual(wd.taken.map((t: { id: string }) => t.id), [tw.id]);
    assert.ok(wd.dossier.some((d: { titel: string }) => d.titel === 'Gedeeld met alle leden'));
    assert.ok(wd.dossier.some((d: { titel: string }) => d.titel === 'Alleen voor Woonpunt'));
    assert.deepEqual(wd.leden, []);

    const m = await lees(mondriaan);
    assert.equal(m.statusCode, 200);
    for (const geheim of ['Huurcontract nalopen', 'Woonpunt', 'Pim Partner', 'onderhuur', 'Alleen voor Woonpunt']) assert.equal(m.body.includes(geheim), false, `Mondriaan ziet "${geheim}"`);
    assert.deepEqual(m.json().taken.map((t: { id: string }) => t.id), [tm.id]);

    // Mondriaan finishes with an outcome text: Woonpunt never reads it, the casushouder does.
    await post(`/api/taken/${tm.id}/afronden`, mondriaan, { uitkomst: 'doorverwezen', toelichting: 'In behandeling bij de FACT-ploeg.' });
    assert.equal((await lees(woonpunt)).body.includes('FACT-ploeg'), false);
    assert.equal((await lees(cas)).body.includes('FACT-ploeg'), true);
    // A named organisation must be a current member; a role visibility names its role.
    assert.equal((await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'notitie', titel: 'x', zichtbaarheid: { soort: 'organisatie', voor: 'servatius' } })).statusCode, 400);
    assert.equal((await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'notitie', titel: 'x', zichtbaarheid: { soort: 'rol' } })).statusCode, 400);
  });

  test('finishing its last task ended Mondriaan’s membership: it reads nothing any more', async () => {
    const m = await lees(mondriaan);
    assert.equal(m.statusCode, 403);
    // Its own task list still shows its own (finished) task.
    const taken = (await h.app.inject({ url: '/api/taken', headers: mondriaan })).json();
    assert.equal(taken.length, 1);
    const leden = (await lees(cas)).json().leden as { organisatie: string | null; tot: string | null; eindeReden: string | null }[];
    const lid = leden.find((l) => l.organisatie === 'mondriaan')!;
    assert.ok(lid.tot);
    assert.match(lid.eindeReden!, /laatste taak afgerond/);
  });

  test('a partner that declines its only task loses access at once, also to lines added later', async () => {
    const z2 = (await post('/api/casussen', cas, { zaaktype: 'overlastcasus', omschrijving: 'Weigering' })).json().id;
    const t = (await post(`/api/casussen/${z2}/taken`, cas, { organisatie: 'woonpunt', titel: 'Gesprek', omschrijving: 'Graag een gesprek.' })).json();
    assert.equal((await h.app.inject({ url: `/api/casussen/${z2}`, headers: woonpunt })).statusCode, 200);
    assert.equal((await post(`/api/taken/${t.id}/weigeren`, woonpunt, { reden: 'Geen huurder van ons' })).statusCode, 200);
    await post(`/api/casussen/${z2}/dossier`, cas, { soort: 'overleg', titel: 'Nieuw na de weigering', zichtbaarheid: { soort: 'leden' } });
    assert.equal((await h.app.inject({ url: `/api/casussen/${z2}`, headers: woonpunt })).statusCode, 403);
    const lijst = (await h.app.inject({ url: '/api/casussen', headers: woonpunt })).json().items as { id: string }[];
    assert.equal(lijst.some((z) => z.id === z2), false, 'an ended casus leaves the partner’s list');

    // With a read-only window (config), the ended member reads only what was recorded before the end.
    const g = (await gebruikerOpEmail(h.started.ctx.db, 'partner@demo.buurtveilig.nl'))!;
    const cfg = { ...h.started.ctx.gemeente.zaaktypen, lidmaatschap: { eindigtMetLaatsteTaak: true, leesvensterDagen: 30 } };
    const venster = await casusToegang(h.started.ctx.db, cfg, z2, g);
    assert.equal(venster.alleenLezen, true);
    assert.ok(venster.kijker.tot);
    const buiten = casusToegang(h.started.ctx.db, cfg, z2, g, new Date(Date.now() + 31 * 86_400_000));
    await assert.rejects(buiten, /geen lid van deze casus/);
  });

  test('the casushouder ends a membership; the member sees nothing new', async () => {
    const z3 = (await post('/api/casussen', cas, { zaaktype: 'overlastcasus', omschrijving: 'Beëindigen' })).json().id;
    await post(`/api/casussen/${z3}/taken`, cas, { organisatie: 'woonpunt', titel: 'Meekijken', omschrijving: 'Graag meekijken.' });
    const lid = ((await h.app.inject({ url: `/api/casussen/${z3}`, headers: cas })).json().leden as { id: string; organisatie: string | null }[]).find((l) => l.organisatie === 'woonpunt')!;
    assert.equal((await post(`/api/casussen/${z3}/leden/${lid.id}/beeindigen`, woonpunt, { reden: 'x' })).statusCode, 403, 'a partner cannot end memberships');
    assert.equal((await post(`/api/casussen/${z3}/leden/${lid.id}/beeindigen`, cas, { reden: '' })).statusCode, 400);
    assert.equal((await post(`/api/casussen/${z3}/leden/${lid.id}/beeindigen`, cas, { reden: 'Rol van de corporatie is klaar' })).statusCode, 204);
    assert.equal((await post(`/api/casussen/${z3}/leden/${lid.id}/beeindigen`, cas, { reden: 'nogmaals' })).statusCode, 409);
    assert.equal((await h.app.inject({ url: `/api/casussen/${z3}`, headers: woonpunt })).statusCode, 403);
  });

  test('break-glass: only a named role, read-only, with a reason, flagged for the FG', async () => {
    const teamleider = await loginAs(h.app, 'teamleider');
    assert.equal((await lees(teamleider)).statusCode, 403, 'not a member');
    assert.equal((await post(`/api/casussen/${zaakId}/doorbreken`, teamleider, { reden: 'kort' })).statusCode, 400);
    assert.equal((await post(`/api/casussen/${zaakId}/doorbreken`, cas, { reden: 'Ik wil even kijken, graag.' })).statusCode, 403, 'casushouder role has no break-glass');
    const r = await post(`/api/casussen/${zaakId}/doorbreken`, teamleider, { reden: 'Casushouder ziek; politie vraagt dringend om stand van zaken' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().doorbraak, true);
    assert.equal(r.json().alleenLezen, true);
    assert.deepEqual(r.json().volgendeStappen, []);
    assert.equal((await post(`/api/casussen/${zaakId}/dossier`, teamleider, { soort: 'notitie', titel: 'x' })).statusCode, 403, 'break-glass does not make a member');
    const fg = await loginAs(h.app, 'fg');
    const log = (await h.app.inject({ url: '/api/verwerkingen?actie=casus.doorbreken', headers: fg })).json();
    assert.equal(log.totaal, 1);
    assert.equal(log.items[0].details.doorbraak, true);
    assert.match(log.items[0].details.reden, /Casushouder ziek/);
  });

  test('a role-restricted line is seen by its author and by holders of the role only', async () => {
    const r = await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'notitie', titel: 'Voor de jurist', zichtbaarheid: { soort: 'rol', voor: 'jurist' } });
    assert.equal(r.statusCode, 201);
    assert.ok((await lees(cas)).json().dossier.some((d: { titel: string }) => d.titel === 'Voor de jurist'), 'author');
    // A second casushouder, made a member, does not hold the role.
    const teamleider = await loginAs(h.app, 'teamleider');
    const tl = await gebruikerOpEmail(h.started.ctx.db, 'teamleider@demo.buurtveilig.nl');
    assert.equal((await post(`/api/casussen/${zaakId}/leden`, cas, { gebruikerId: tl!.id, rol: 'lid' })).statusCode, 204);
    const view = (await lees(teamleider)).json();
    assert.equal(view.toegang, 'volledig');
    assert.equal(view.dossier.some((d: { titel: string }) => d.titel === 'Voor de jurist'), false);
    assert.ok(view.dossier.some((d: { titel: string }) => d.titel === 'Gedeeld met alle leden'));
  });
});
