import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runRetentie } from '../src/server/retentie/retentie.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

const SIGNAAL = {
  ontvangenOp: '2026-11-10',
  bronSoort: 'eigen',
  bron: 'Team vergunningen',
  bronBetrouwbaarheid: 'B',
  informatieBetrouwbaarheid: '2',
  fenomeen: 'hennep',
  omschrijving: 'Hoog stroomverbruik en afgeplakte ramen bij een bedrijfspand aan de rand van de wijk.',
  buurt: 'BU09350301',
  vertrouwelijkheid: 'confidentieel',
  grondslag: 'opiumwet_13b',
  subjecten: [{ soort: 'object', aanduiding: '0935010000123456' }],
};

describeEngines('ondermijning: a compartment nobody outside reads; signals, grading, the signaaloverleg', (h) => {
  test('the team records graded signals; geheim ones only the team sees; others see nothing, not even counts', async () => {
    const team = await loginAs(h.app, 'ondermijningsteam');
    const riec = await loginAs(h.app, 'riec-contact');
    const a = await h.app.inject({ method: 'POST', url: '/api/ondermijning/signalen', headers: team, payload: SIGNAAL });
    assert.equal(a.statusCode, 201, a.body);
    assert.match(a.json().nummer, /^OS-2026-\d{5}$/);
    const geheim = await h.app.inject({ method: 'POST', url: '/api/ondermijning/signalen', headers: team, payload: { ...SIGNAAL, fenomeen: 'witwassen', vertrouwelijkheid: 'geheim', grondslag: 'wgs', subjecten: [{ soort: 'bedrijf', aanduiding: 'KvK 12345678' }] } });
    assert.equal(geheim.statusCode, 201, geheim.body);

    const teamLijst = (await h.app.inject({ url: '/api/ondermijning/signalen', headers: team })).json();
    assert.deepEqual(teamLijst.map((s: { fenomeen: string; waardering: string }) => [s.fenomeen, s.waardering]).sort(), [['hennep', 'B2'], ['witwassen', 'B2']]);
    const riecLijst = (await h.app.inject({ url: '/api/ondermijning/signalen', headers: riec })).json();
    assert.deepEqual(riecLijst.map((s: { fenomeen: string }) => s.fenomeen), ['hennep'], 'a geheim signal is not in the RIEC contact’s list, not even counted');
    assert.equal((await h.app.inject({ url: `/api/ondermijning/signalen/${geheim.json().id}`, headers: riec })).statusCode, 404);
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/ondermijning/signalen', headers: riec, payload: SIGNAAL })).statusCode, 403);

    for (const rol of ['beheerder', 'analist', 'beleidsadviseur', 'casushouder', 'teamleider', 'partner', 'bestuur', 'fg']) {
      const k = await loginAs(h.app, rol);
      for (const url of ['/api/ondermijning/signalen', `/api/ondermijning/signalen/${a.json().id}`, '/api/ondermijning/overleggen', '/api/ondermijning/catalogus']) {
        const r = await h.app.inject({ url, headers: k });
        assert.equal(r.statusCode, 403, `${rol} ${url}`);
        assert.ok(!r.body.includes('0935010000123456') && !r.body.includes('hennep'), `${rol} ${url} leaks`);
      }
    }
    // Every read is in the verwerkingenlog with the compartment's purpose and the legal bases read.
    const log = await h.started.ctx.db.selectFrom('verwerking').select(['actie', 'doel', 'persoonsgegevens', 'details']).where('actie', 'like', 'ondermijning.%').execute();
    const lijst = log.filter((l) => l.actie === 'ondermijning.signalen_raadplegen');
    assert.equal(lijst.length, 2);
    assert.ok(lijst.every((l) => l.persoonsgegevens && /ondermijn/.test(l.doel)));
    assert.deepEqual((lijst[1]!.details as { grondslagen: string[] }).grondslagen, ['opiumwet_13b']);
  });

  test('bad grading or phenomenon is refused with the field named', async () => {
    const team = await loginAs(h.app, 'ondermijningsteam');
    const r = await h.app.inject({ method: 'POST', url: '/api/ondermijning/signalen', headers: team, payload: { ...SIGNAAL, bronBetrouwbaarheid: 'E', fenomeen: 'onbekend', grondslag: 'zomaar' } });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(r.json().fouten.map((f: { veld: string }) => f.veld).sort(), ['/bronBetrouwbaarheid', '/fenomeen', '/grondslag']);
  });

  test('the signaaloverleg decides on a signal on its agenda, with a reason, once', async () => {
    const team = await loginAs(h.app, 'ondermijningsteam');
    const [s] = (await h.app.inject({ url: '/api/ondermijning/signalen?fenomeen=hennep', headers: team })).json();
    const besluit = (payload: object) => h.app.inject({ method: 'POST', url: `/api/ondermijning/signalen/${s.id}/besluit`, headers: team, payload });
    assert.equal((await besluit({ besluit: '13b', reden: 'Bestuurlijke rapportage politie verwacht.' })).statusCode, 409);
    const o = await h.app.inject({ method: 'POST', url: '/api/ondermijning/overleggen', headers: team, payload: { datum: '2026-12-10' } });
    assert.equal(o.statusCode, 201);
    assert.equal((await h.app.inject({ method: 'POST', url: `/api/ondermijning/signalen/${s.id}/agenderen`, headers: team, payload: { overleg: o.json().id } })).statusCode, 204);
    assert.equal((await besluit({ besluit: 'sluiten', reden: 'Geen bestaand besluit.' })).statusCode, 400);
    assert.equal((await besluit({ besluit: '13b', reden: 'Bestuurlijke rapportage politie verwacht.' })).statusCode, 204);
    assert.equal((await besluit({ besluit: 'geen_actie', reden: 'Toch niet.' })).statusCode, 409);
    const d = (await h.app.inject({ url: `/api/ondermijning/signalen/${s.id}`, headers: team })).json();
    assert.deepEqual([d.status, d.besluit.naam, d.besluit.door], ['besloten', 'Traject art. 13b Opiumwet', 'Olga Ondermijning']);
    assert.deepEqual(d.subjecten.map((x: { soort: string; aanduiding: string }) => [x.soort, x.aanduiding]), [['object', '0935010000123456']]);
    const overleg = (await h.app.inject({ url: '/api/ondermijning/overleggen', headers: team })).json();
    assert.deepEqual(overleg[0].signalen, [s.id]);
  });

  test('signals past their retention term are deleted with the subjects nothing refers to any more', async () => {
    const day = 86_400_000;
    // ondermijning.json keeps signals 1825 days; the ones above were received on 2026-11-10.
    const ontvangen = Date.parse('2026-11-10T00:00:00Z');
    assert.equal((await runRetentie(h.started.ctx, { now: new Date(ontvangen + 1000 * day), dryRun: true })).ondermijningSignalenVerwijderd, 0);
    const r = await runRetentie(h.started.ctx, { now: new Date(ontvangen + 1826 * day) });
    assert.equal(r.ondermijningSignalenVerwijderd, 2);
    const over = await h.started.ctx.db.selectFrom('ondermijning_subject').select('id').execute();
    assert.equal(over.length, 0);
  });
});
