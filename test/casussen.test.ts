import fs from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { verifyChain } from '../src/server/verwerkingenlog/verwerkingenlog.service.ts';
import { datumInNederland } from '../src/server/platform/werkdagen.ts';
import { plusDagen } from '../src/server/platform/werkdagen.ts';
import { plusDuur } from '../src/server/casussen/casussen.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

describe('date arithmetic for legal terms', () => {
  test('ISO durations and days', () => {
    assert.equal(plusDuur('2026-11-22', 'P5Y'), '2031-11-22');
    assert.equal(plusDuur('2024-02-29', 'P1Y'), '2025-03-01');
    assert.equal(plusDuur('2026-01-31', 'P1M'), '2026-03-03');
    assert.equal(plusDagen('2026-12-30', 3), '2027-01-02');
  });
});

describeEngines('casussen: woonoverlast from melding to closure, with need-to-know', (h) => {
  type Headers = Awaited<ReturnType<typeof loginAs>>;
  let cas: Headers;
  let partner: Headers;
  let zaakId: string;
  let meldingId: string;
  let taakId: string;
  const post = (url: string, headers: Headers, payload: object = {}) => h.app.inject({ method: 'POST', url, headers, payload });

  test('a resident reports woonoverlast; a casushouder promotes it to a 151d casus', async () => {
    cas = await loginAs(h.app, 'casushouder');
    partner = await loginAs(h.app, 'partner');
    const m = await h.app.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: { omschrijving: 'De buren draaien elke nacht keiharde muziek en schreeuwen, al maanden.', locatie: { lon: 5.69, lat: 50.85 }, contact: { email: 'melder@example.nl', toestemming: true } },
    });
    assert.equal(m.statusCode, 201);
    meldingId = m.json().id;
    const z = await post('/api/casussen', cas, { zaaktype: 'woonoverlast_151d', omschrijving: 'Woonoverlast Binnenstad', meldingIds: [meldingId] });
    assert.equal(z.statusCode, 201, z.body);
    zaakId = z.json().id;
    assert.match(z.json().identificatie, /^Z-\d{4}-\d{6}$/);
    const melding = await h.started.ctx.db.selectFrom('melding').select('status').where('id', '=', meldingId).executeTakeFirstOrThrow();
    assert.equal(melding.status, 'gekoppeld_aan_casus');
    const detail = (await h.app.inject({ url: `/api/casussen/${zaakId}`, headers: cas })).json();
    assert.equal(detail.toegang, 'volledig');
    assert.equal(detail.status, 'melding_ontvangen');
    assert.equal(detail.buurtCode, 'BU09350000');
    assert.equal(detail.casushouder, 'Cas Houder');
    // Back to the melding by name, and from the melding to this casus (only for who may see the casus).
    assert.deepEqual(detail.meldingen.map((x: { id: string; categorieNaam: string; statusNaam: string }) => [x.id, x.statusNaam]), [[meldingId, 'Gekoppeld aan casus']]);
    assert.ok(detail.meldingen[0].categorieNaam && !detail.meldingen[0].categorieNaam.includes('_'));
    const vanMelding = (await h.app.inject({ url: `/api/casussen?melding=${meldingId}`, headers: cas })).json();
    assert.deepEqual(vanMelding.items.map((x: { id: string }) => x.id), [zaakId]);
    assert.equal((await h.app.inject({ url: `/api/casussen?melding=${meldingId}`, headers: partner })).json().totaal, 0);
    const mDetail = (await h.app.inject({ url: `/api/meldingen/${meldingId}`, headers: cas })).json();
    assert.equal(mDetail.categorieMelder, null);
    assert.equal(mDetail.suggestie.categorie, mDetail.categorie);
    assert.deepEqual(detail.meldingen.map((x: { id: string }) => x.id), [meldingId]);
  });

  test('only members read the casus: another organisation and non-member colleagues get 403', async () => {
    const beheerder = await loginAs(h.app, 'beheerder');
    const u = await post('/api/gebruikers', beheerder, {
      email: 'wijkagent@politie.example',
      naam: 'Wim Wijkagent',
      wachtwoord: 'een-lang-wachtwoord',
      rollen: ['partner'],
      organisatie: 'politie-limburg',
    });
    assert.equal(u.statusCode, 201);
    const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'wijkagent@politie.example', wachtwoord: 'een-lang-wachtwoord' } });
    const politie = { cookie: `bv_sessie=${login.cookies.find((c) => c.name === 'bv_sessie')!.value}`, 'x-csrf-token': login.json().csrfToken };
    for (const headers of [politie, await loginAs(h.app, 'analist'), await loginAs(h.app, 'beheerder'), partner]) {
      const res = await h.app.inject({ url: `/api/casussen/${zaakId}`, headers });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().code, 'geen_toegang');
    }
    assert.equal((await h.app.inject({ url: `/api/casussen/${zaakId}` })).statusCode, 401);
    // A non-existent id answers the same as a forbidden one.
    assert.equal((await h.app.inject({ url: '/api/casussen/00000000-0000-4000-8000-000000000000', headers: cas })).statusCode, 403);
    const list = (await h.app.inject({ url: '/api/casussen', headers: politie })).json();
    assert.equal(list.totaal, 0);
  });

  test('each step lists the evidence it needs and refuses to advance without it', async () => {
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'dossieropbouw' })).statusCode, 204);
    const refused = await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'lichte_interventie' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().fouten.length, 2);
    const detail = (await h.app.inject({ url: `/api/casussen/${zaakId}`, headers: cas })).json();
    const step = detail.volgendeStappen.find((s: { naar: string }) => s.naar === 'lichte_interventie');
    assert.deepEqual(step.ontbreekt, ['Logboekregel van omwonenden: 0 van minstens 2', 'Objectieve waarneming (politie, boa, corporatie): 0 van minstens 1']);
    for (const [soort, titel] of [
      ['logboek', '12 maart: muziek tot 03:00'],
      ['logboek', '14 maart: geschreeuw in het trappenhuis'],
      ['waarneming', 'Politie: geluidsoverlast vastgesteld'],
    ]) {
      assert.equal((await post(`/api/casussen/${zaakId}/dossier`, cas, { soort, titel, zichtbaarheid: { soort: 'intern' } })).statusCode, 201);
    }
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'lichte_interventie' })).statusCode, 204);
    const status = await h.started.ctx.db.selectFrom('zaak').select('status').where('id', '=', zaakId).executeTakeFirstOrThrow();
    assert.equal(status.status, 'lichte_interventie');
  });

  test('referral to the woningcorporatie: the partner sees only its own task and closes it with an outcome', async () => {
    const t = await post(`/api/casussen/${zaakId}/taken`, cas, { organisatie: 'woonpunt', titel: 'Huurder aanspreken', omschrijving: 'Gesprek met de huurder over de nachtelijke overlast.' });
    assert.equal(t.statusCode, 201, t.body);
    taakId = t.json().id;
    await post(`/api/casussen/${zaakId}/taken`, cas, { organisatie: 'mondriaan', titel: 'Zorgcheck', omschrijving: 'Is er zorg nodig?' });
    await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'notitie', titel: 'Interne afweging', tekst: 'Alleen voor de gemeente', zichtbaarheid: { soort: 'intern' } });

    const mine = (await h.app.inject({ url: '/api/taken', headers: partner })).json();
    assert.deepEqual(mine.map((x: { id: string }) => x.id), [taakId]);
    const view = (await h.app.inject({ url: `/api/casussen/${zaakId}`, headers: partner })).json();
    assert.equal(view.toegang, 'partner');
    assert.deepEqual(view.taken.map((x: { id: string }) => x.id), [taakId]);
    assert.equal(view.dossier.some((d: { zichtbaarheid: { soort: string } }) => d.zichtbaarheid.soort === 'intern'), false);
    assert.equal(JSON.stringify(view).includes('Alleen voor de gemeente'), false);
    assert.deepEqual(view.betrokkenen, []);
    assert.deepEqual(view.meldingen, []);
    assert.equal((await post(`/api/casussen/${zaakId}/dossier`, partner, { soort: 'notitie', titel: 'x', zichtbaarheid: { soort: 'leden' } })).statusCode, 403);

    const other = (await h.app.inject({ url: '/api/taken', headers: cas })).statusCode;
    assert.equal(other, 403, 'taken:behandelen is a partner permission');
    assert.equal((await post(`/api/taken/${taakId}/afronden`, partner, { uitkomst: 'verzonnen' })).statusCode, 400);
    assert.equal((await post(`/api/taken/${taakId}/accepteren`, partner)).json().status, 'geaccepteerd');
    const done = await post(`/api/taken/${taakId}/afronden`, partner, { uitkomst: 'opgelost', toelichting: 'Huurder gesproken, belooft beterschap.' });
    assert.equal(done.statusCode, 200);
    assert.equal(done.json().uitkomst, 'opgelost');
    assert.equal((await post(`/api/taken/${taakId}/weigeren`, partner, { reden: 'te laat' })).statusCode, 409);
    const mondriaanTaak = (await h.app.inject({ url: `/api/casussen/${zaakId}`, headers: cas })).json().taken.find((x: { organisatie: string }) => x.organisatie === 'mondriaan');
    assert.equal((await post(`/api/taken/${mondriaanTaak.id}/accepteren`, partner)).statusCode, 403);
  });

  test('besluiten carry their legal terms; the gedragsaanwijzing waits for the zienswijze term', async () => {
    for (const [soort, titel] of [
      ['gesprek', 'Gesprek met bewoner'],
      ['zorgcheck', 'Wijkteam: geen zorgvraag'],
      ['waarneming', 'Boa: muziek na middernacht'],
      ['waarneming', 'Politie: opnieuw overlast'],
    ]) {
      await post(`/api/casussen/${zaakId}/dossier`, cas, { soort, titel, zichtbaarheid: { soort: 'intern' } });
    }
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'zorgcheck' })).statusCode, 204);
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'bestuurlijke_waarschuwing' })).statusCode, 204);
    const vandaag = datumInNederland(new Date());
    const w = await post(`/api/casussen/${zaakId}/besluiten`, cas, { besluittype: 'bestuurlijke_waarschuwing', datum: vandaag, toelichting: 'Waarschuwing verstuurd.' });
    assert.equal(w.statusCode, 201, w.body);
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'voornemen_gedragsaanwijzing' })).statusCode, 204);
    const v = await post(`/api/casussen/${zaakId}/besluiten`, cas, { besluittype: 'voornemen_gedragsaanwijzing', datum: vandaag, toelichting: 'Voornemen met zienswijze.' });
    assert.equal(v.json().zienswijzeTot, plusDagen(vandaag, 14));
    const early = await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'gedragsaanwijzing_opgelegd' });
    assert.equal(early.statusCode, 409);
    assert.match(early.json().detail, /zienswijzetermijn/);
    // The intention was in fact sent three weeks ago.
    const drieWekenTerug = plusDagen(vandaag, -21);
    await post(`/api/casussen/${zaakId}/besluiten`, cas, { besluittype: 'voornemen_gedragsaanwijzing', datum: drieWekenTerug, toelichting: 'Eerder verzonden voornemen.' });
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'gedragsaanwijzing_opgelegd' })).statusCode, 204);
    const last = await post(`/api/casussen/${zaakId}/besluiten`, cas, { besluittype: 'gedragsaanwijzing_dwangsom', datum: vandaag, toelichting: 'Last onder dwangsom.' });
    assert.equal(last.statusCode, 400, 'a last needs a begunstigingstermijn');
    const ok = await post(`/api/casussen/${zaakId}/besluiten`, cas, { besluittype: 'gedragsaanwijzing_dwangsom', datum: vandaag, toelichting: 'Last onder dwangsom.', begunstigingstermijnDagen: 7 });
    assert.equal(ok.json().bezwaarTot, plusDagen(vandaag, 42));
    assert.equal(ok.json().begunstigingstermijnTot, plusDagen(vandaag, 7));
    assert.equal((await post(`/api/casussen/${zaakId}/status`, cas, { naar: 'monitoring' })).statusCode, 204);
  });

  test('closing needs a valid result and the step evidence; the archive date follows from the result type', async () => {
    assert.equal((await post(`/api/casussen/${zaakId}/afsluiten`, cas, { resultaat: 'nageleefd', toelichting: 'Rust.' })).statusCode, 409);
    assert.equal((await post(`/api/casussen/${zaakId}/afsluiten`, cas, { resultaat: 'verzonnen', toelichting: 'x' })).statusCode, 400);
    await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'controle', titel: 'Drie maanden geen overlast', zichtbaarheid: { soort: 'intern' } });
    const res = await post(`/api/casussen/${zaakId}/afsluiten`, cas, { resultaat: 'nageleefd', toelichting: 'De overlast is gestopt.' });
    assert.equal(res.statusCode, 200, res.body);
    const vandaag = datumInNederland(new Date());
    assert.deepEqual(res.json(), { einddatum: vandaag, archiefnominatie: 'vernietigen', archiefactiedatum: plusDuur(vandaag, 'P5Y'), meldingenAfgesloten: 1 });
    // The chain closes back to the resident: the melding is handled with the result's B1 outcome text, the
    // reporter gets it by e-mail, and the public status page shows it (with the satisfaction question).
    const zaaktypen = JSON.parse(fs.readFileSync(path.join(ROOT_DIR, 'config', 'gemeenten', 'maastricht', 'zaaktypen.json'), 'utf8'));
    const rt = zaaktypen.zaaktypen.find((z: { code: string }) => z.code === 'woonoverlast_151d').resultaattypen.find((r: { code: string }) => r.code === 'nageleefd');
    const melding = await h.started.ctx.db.selectFrom('melding').select(['status', 'referentie']).where('id', '=', meldingId).executeTakeFirstOrThrow();
    assert.equal(melding.status, rt.meldingStatus);
    const mails = await h.started.ctx.db.selectFrom('bericht').select(['ontvanger', 'sjabloon', 'inhoud']).where('bron_id', '=', meldingId).where('sjabloon', '=', 'melding.afgehandeld').execute();
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.ontvanger, 'melder@example.nl');
    assert.ok(mails[0]!.inhoud.includes(rt.melderTekst), 'the outcome in words');
    assert.equal((await post(`/api/casussen/${zaakId}/dossier`, cas, { soort: 'notitie', titel: 'na sluiting', zichtbaarheid: { soort: 'intern' } })).statusCode, 409);
    assert.equal((await h.app.inject({ url: `/api/casussen/${zaakId}`, headers: cas })).json().status, 'afgesloten');
    // Woonpunt finished its only task earlier: its membership ended then, so it no longer reads the casus.
    assert.equal((await h.app.inject({ url: `/api/casussen/${zaakId}`, headers: partner })).statusCode, 403);
  });

  test('the whole chain is in the verwerkingenlog and the chain verifies', async () => {
    const acties = (await h.started.ctx.db.selectFrom('verwerking').select('actie').execute()).map((r) => r.actie);
    for (const a of ['melding.aanmaken', 'zaak.aanmaken', 'zaak.raadplegen', 'zaak.dossier_toevoegen', 'taak.aanmaken', 'taak.afronden', 'zaak.besluit_vastleggen', 'zaak.afsluiten']) {
      assert.ok(acties.includes(a), a);
    }
    assert.equal((await verifyChain(h.started.ctx.db)).intact, true);
  });
});

describeEngines('casussen: suspension, membership, overlastcasus', (h) => {
  test('suspending stops the clock and resuming moves the target date', async () => {
    const svc = h.started.ctx.casussen;
    const cas = await loginAs(h.app, 'casushouder');
    const z = await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: 'Jeugdoverlast plein' } });
    const id = z.json().id;
    const g = (await h.app.inject({ url: '/api/sessie', headers: { cookie: cas.cookie } })).json().gebruiker;
    const before = await h.started.ctx.db.selectFrom('zaak').select('streefdatum').where('id', '=', id).executeTakeFirstOrThrow();
    const ctx = { actor: { id: g.id, omschrijving: g.naam, organisatieId: g.organisatie.id } };
    await svc.opschorten(g, ctx, id, true, 'Wachten op zorgrapport', new Date('2026-01-10T10:00:00Z'));
    await svc.opschorten(g, ctx, id, false, undefined, new Date('2026-01-20T10:00:00Z'));
    const after = await h.started.ctx.db.selectFrom('zaak').select('streefdatum').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(after.streefdatum, plusDagen(before.streefdatum, 10));
    assert.equal((await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/hervatten`, headers: cas, payload: {} })).statusCode, 409);
    assert.equal((await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/opschorten`, headers: cas, payload: {} })).statusCode, 400);
  });

  test('a casushouder adds a colleague, who can then read the casus', async () => {
    const cas = await loginAs(h.app, 'casushouder');
    const adviseur = await loginAs(h.app, 'beleidsadviseur');
    const z = await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: 'Overlast park' } });
    const id = z.json().id;
    const beheer = await loginAs(h.app, 'beheerder');
    const users = (await h.app.inject({ url: '/api/gebruikers', headers: beheer })).json();
    const analist = users.find((u: { email: string }) => u.email === 'analist@demo.buurtveilig.nl');
    const analistHeaders = await loginAs(h.app, 'analist');
    assert.equal((await h.app.inject({ url: `/api/casussen/${id}`, headers: analistHeaders })).statusCode, 403);
    const add = await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/leden`, headers: cas, payload: { gebruikerId: analist.id, rol: 'lid' } });
    assert.equal(add.statusCode, 204);
    // Membership alone is not enough: the analist role has no casussen:lezen permission.
    assert.equal((await h.app.inject({ url: `/api/casussen/${id}`, headers: analistHeaders })).statusCode, 403);
    // A role without casussen:behandelen cannot create cases.
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/casussen', headers: adviseur, payload: { zaaktype: 'overlastcasus', omschrijving: 'x y z' } })).statusCode, 403);
    const close = await h.app.inject({ method: 'POST', url: `/api/casussen/${id}/afsluiten`, headers: cas, payload: { resultaat: 'opgelost', toelichting: 'Klaar' } });
    assert.equal(close.statusCode, 409, 'aangemeld cannot close directly');
  });
});
