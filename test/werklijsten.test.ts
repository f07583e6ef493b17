import assert from 'node:assert/strict';
import { test } from 'node:test';
import readXlsxFile from 'read-excel-file/node';
import { describeEngines, loginAs } from './helpers/engines.ts';

type Headers = Awaited<ReturnType<typeof loginAs>>;

describeEngines('werklijsten: assignment, saved filters, exports', (h) => {
  let cas: Headers;
  let analist: Headers;
  const ids: string[] = [];
  let casId: string;

  test('setup: five meldingen, one closed', async () => {
    cas = await loginAs(h.app, 'casushouder');
    analist = await loginAs(h.app, 'analist');
    for (let i = 0; i < 5; i++) {
      const r = await h.app.inject({
        method: 'POST',
        url: '/api/meldingen',
        payload: { omschrijving: `=HYPERLINK("http://x") jongeren maken lawaai bij het plein, nummer ${i}`, categorie: 'jeugdoverlast', locatie: { lon: 5.69 + i * 0.004, lat: 50.85 } },
      });
      assert.equal(r.statusCode, 201, r.body);
      ids.push(r.json().id);
    }
    const sessie = (await h.app.inject({ url: '/api/sessie', headers: cas })).json();
    casId = sessie.gebruiker?.id ?? sessie.id;
    assert.match(casId, /^[0-9a-f-]{36}$/);
    for (const naar of ['in_beoordeling', 'niet_in_behandeling']) {
      const r = await h.app.inject({ method: 'POST', url: `/api/meldingen/${ids[4]}/status`, headers: cas, payload: { naar, reden: 'Geen overlast gevonden bij controle.' } });
      assert.equal(r.statusCode, 204, r.body);
    }
  });

  test('bulk assignment is all or nothing', async () => {
    const behandelaars = (await h.app.inject({ url: '/api/meldingen/behandelaars', headers: cas })).json() as { id: string; naam: string }[];
    assert.ok(behandelaars.some((b) => b.id === casId), 'the casushouder may handle meldingen');
    // A closed melding in the selection refuses the whole request: nothing changes.
    const fout = await h.app.inject({ method: 'POST', url: '/api/meldingen/toewijzen', headers: cas, payload: { ids: [ids[0], ids[4]], behandelaarId: casId } });
    assert.equal(fout.statusCode, 409, fout.body);
    const onbekend = await h.app.inject({ method: 'POST', url: '/api/meldingen/toewijzen', headers: cas, payload: { ids: [ids[0], '00000000-0000-4000-8000-000000000000'], behandelaarId: casId } });
    assert.equal(onbekend.statusCode, 404, onbekend.body);
    const geenTeam = await h.app.inject({ method: 'POST', url: '/api/meldingen/toewijzen', headers: cas, payload: { ids: [ids[0]], team: 'bestaat-niet' } });
    assert.equal(geenTeam.statusCode, 400);
    const mine = await h.app.inject({ url: '/api/meldingen?behandelaar=ik', headers: cas });
    assert.equal(mine.json().totaal, 0);

    const ok = await h.app.inject({ method: 'POST', url: '/api/meldingen/toewijzen', headers: cas, payload: { ids: ids.slice(0, 3), behandelaarId: casId, team: 'oov-overlast' } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().gewijzigd, 3);
    const list = (await h.app.inject({ url: '/api/meldingen?behandelaar=ik', headers: cas })).json();
    assert.deepEqual(list.items.map((m: { id: string }) => m.id).sort(), ids.slice(0, 3).sort());
    assert.ok(list.items.every((m: { team: string; behandelaar: { naam: string } }) => m.team === 'oov-overlast' && m.behandelaar.naam));
    const niemand = (await h.app.inject({ url: '/api/meldingen?behandelaar=niemand&categorie=jeugdoverlast', headers: cas })).json();
    assert.ok(niemand.items.some((m: { id: string }) => m.id === ids[3]));
    assert.ok(!niemand.items.some((m: { id: string }) => ids.slice(0, 3).includes(m.id)));
    // Each melding got a toewijzing event and a log entry.
    const detail = (await h.app.inject({ url: `/api/meldingen/${ids[0]}`, headers: cas })).json();
    assert.ok(detail.gebeurtenissen.some((e: { soort: string }) => e.soort === 'toewijzing'));
    assert.equal(detail.behandelaar.id, casId);
    // Only staff who assess meldingen may assign; the analist reads but may not.
    const verboden = await h.app.inject({ method: 'POST', url: '/api/meldingen/toewijzen', headers: analist, payload: { ids: [ids[3]], behandelaarId: null } });
    assert.equal(verboden.statusCode, 403);
  });

  test('saved filters belong to their owner and replace by name', async () => {
    const save = (headers: Headers, naam: string, filter: object) => h.app.inject({ method: 'POST', url: '/api/filters', headers, payload: { lijst: 'meldingen', naam, filter } });
    assert.equal((await save(cas, 'Mijn te late', { behandelaar: 'ik', achterstallig: true })).statusCode, 201);
    assert.equal((await save(cas, 'Mijn te late', { behandelaar: 'ik', status: ['ontvangen'] })).statusCode, 201);
    assert.equal((await save(cas, 'Evil', { '$where': '1=1' })).statusCode, 400);
    const mijn = (await h.app.inject({ url: '/api/filters?lijst=meldingen', headers: cas })).json();
    assert.equal(mijn.length, 1);
    assert.deepEqual(mijn[0].filter, { behandelaar: 'ik', status: ['ontvangen'] });
    assert.deepEqual((await h.app.inject({ url: '/api/filters?lijst=meldingen', headers: analist })).json(), []);
    assert.equal((await h.app.inject({ method: 'DELETE', url: `/api/filters/${mijn[0].id}`, headers: analist })).statusCode, 404);
    assert.equal((await h.app.inject({ method: 'DELETE', url: `/api/filters/${mijn[0].id}`, headers: cas })).statusCode, 204);
    assert.equal((await h.app.inject({ url: '/api/filters?lijst=meldingen' })).statusCode, 401);
  });

  test('CSV and XLSX exports carry the filtered list, neutralise formulas, and are logged', async () => {
    const csv = await h.app.inject({ url: '/api/meldingen/export?formaat=csv&behandelaar=ik', headers: cas });
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.headers['content-disposition'] as string, /attachment; filename="meldingen-\d{4}-\d{2}-\d{2}\.csv"/);
    const regels = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(regels.length, 4, 'header + three assigned meldingen');
    assert.ok(regels[0]!.startsWith('Nummer;Status;Onderwerp'));
    assert.ok(!csv.body.includes('HYPERLINK'), 'free text is not exported');

    const xlsx = await h.app.inject({ url: '/api/meldingen/export?formaat=xlsx&behandelaar=ik', headers: cas });
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await readXlsxFile(xlsx.rawPayload);
    const rows = (Array.isArray(sheet[0]) ? sheet : (sheet[0] as unknown as { data: unknown[][] }).data) as unknown[][];
    assert.equal(rows.length, 4);
    assert.equal(rows[0]![0], 'Nummer');
    const refs = (await h.app.inject({ url: '/api/meldingen?behandelaar=ik', headers: cas })).json().items.map((m: { referentie: string }) => m.referentie);
    assert.deepEqual(rows.slice(1).map((r) => r[0]), refs);

    const log = await h.started.ctx.db.selectFrom('verwerking').select(['actie', 'details']).where('actie', '=', 'melding.exporteren').execute();
    assert.equal(log.length, 2);
    assert.equal((await h.app.inject({ url: '/api/meldingen/export?formaat=pdf', headers: cas })).statusCode, 400);
    assert.equal((await h.app.inject({ url: '/api/meldingen/export' })).statusCode, 401);
  });

  test('casus work list: mine and overdue filters, export of what the user may see', async () => {
    const maak = await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: 'Overlast rond het plein', meldingIds: [ids[0]] } });
    assert.equal(maak.statusCode, 201, maak.body);
    const mijn = (await h.app.inject({ url: '/api/casussen?mijn=true', headers: cas })).json();
    assert.ok(mijn.items.some((z: { id: string }) => z.id === maak.json().id));
    assert.equal((await h.app.inject({ url: '/api/casussen?achterstallig=true', headers: cas })).json().totaal, 0);
    const csv = await h.app.inject({ url: '/api/casussen/export?formaat=csv&mijn=true', headers: cas });
    assert.equal(csv.statusCode, 200);
    assert.ok(csv.body.includes(maak.json().identificatie));
    // A partner outside the casus exports nothing of it.
    const partner = await loginAs(h.app, 'partner');
    const pcsv = await h.app.inject({ url: '/api/casussen/export?formaat=csv', headers: partner });
    assert.equal(pcsv.statusCode, 200);
    assert.ok(!pcsv.body.includes(maak.json().identificatie));
  });

  test('the default list: open work of my teams, new meldingen on top, counts per status, search in the text', async () => {
    // One more, assessed, and one brand new: the new ones come first, newest first, before any deadline.
    const nieuw = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Een kapotte lantaarnpaal bij de speeltuin van de Tongerseweg', categorie: 'jeugdoverlast', locatie: { lon: 5.7, lat: 50.85 } } });
    assert.equal(nieuw.statusCode, 201);
    const lijst = (await h.app.inject({ url: '/api/meldingen?open=true&team=mijn&limit=500', headers: cas })).json() as { totaal: number; perStatus: Record<string, number>; items: { id: string; status: string; ingediendOp: string; deadline: string | null }[] };
    assert.ok(!lijst.items.some((m) => m.id === ids[4]), 'closed meldingen are not open work');
    const nieuwe = lijst.items.filter((m) => m.status === 'ontvangen');
    assert.deepEqual(lijst.items.slice(0, nieuwe.length).map((m) => m.status), nieuwe.map(() => 'ontvangen'), 'new ones on top');
    assert.equal(nieuwe[0]!.id, nieuw.json().id, 'newest first');
    const rest = lijst.items.slice(nieuwe.length);
    for (let i = 1; i < rest.length; i++) assert.ok((rest[i - 1]!.deadline ?? '9999') <= (rest[i]!.deadline ?? '9999'), 'then by deadline');
    assert.equal(Object.values(lijst.perStatus).reduce((a, b) => a + b, 0), lijst.totaal);
    assert.equal(lijst.perStatus['niet_in_behandeling'], undefined);
    const alle = (await h.app.inject({ url: '/api/meldingen?limit=1', headers: cas })).json() as { perStatus: Record<string, number> };
    assert.equal(alle.perStatus['niet_in_behandeling'], 1, 'without open=true the closed ones are counted');
    // Search by text and by reference.
    const zoek = (await h.app.inject({ url: `/api/meldingen?zoek=${encodeURIComponent('lantaarnpaal')}`, headers: cas })).json() as { items: { id: string; referentie: string }[] };
    assert.deepEqual(zoek.items.map((m) => m.id), [nieuw.json().id]);
    const ref = (await h.app.inject({ url: `/api/meldingen?zoek=${encodeURIComponent(nieuw.json().referentie)}`, headers: cas })).json() as { items: { id: string }[] };
    assert.deepEqual(ref.items.map((m) => m.id), [nieuw.json().id]);
    // 'mijn' = the teams of my organisation (meldingen.json): a melding moved to another organisation's team drops out.
    const teams = (await h.app.inject({ url: '/api/meldingen/teams', headers: cas })).json() as { code: string }[];
    const anderTeam = teams.find((t) => !t.code.startsWith('oov-'))!.code;
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/meldingen/toewijzen', headers: cas, payload: { ids: [ids[3]], team: anderTeam } })).statusCode, 200);
    const mijn = (await h.app.inject({ url: '/api/meldingen?open=true&team=mijn&limit=500', headers: cas })).json() as { items: { id: string; team: string }[] };
    assert.ok(mijn.items.every((m) => m.team.startsWith('oov-')));
    assert.ok(!mijn.items.some((m) => m.id === ids[3]));
  });
});
