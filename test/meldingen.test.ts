import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { MODULES } from '../src/server/modules.ts';
import { maakPartnerSleutel } from '../src/server/toegang/toegang.service.ts';
import { loadGemeenteConfig } from '../src/server/platform/gemeente-config.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { datumInNederland, feestdagen, plusWerkdagen } from '../src/server/platform/werkdagen.ts';
import { route } from '../src/server/meldingen/routering.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

const BINNENSTAD = { lon: 5.69, lat: 50.85 };

describe('werkdagen', () => {
  test('Dutch public holidays 2026 and 2025 (Bevrijdingsdag in lustrum years)', () => {
    assert.deepEqual(
      [...feestdagen(2026)],
      ['2026-01-01', '2026-04-03', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'],
    );
    assert.ok(feestdagen(2025).has('2025-05-05'));
    assert.ok(feestdagen(2025).has('2025-04-26'), 'Koningsdag moves to Saturday 26 April when the 27th is a Sunday');
  });
  test('plusWerkdagen skips weekends and holidays', () => {
    assert.equal(plusWerkdagen('2026-12-23', 3), '2026-12-29');
    assert.equal(plusWerkdagen('2026-11-20', 1), '2026-11-23');
    assert.equal(plusWerkdagen('2026-04-02', 1), '2026-04-07');
  });
});

describe('routering', () => {
  const cfg = loadGemeenteConfig(ROOT_DIR, 'maastricht', MODULES).meldingen;
  test('first matching rule wins; night window wraps midnight', () => {
    assert.equal(route(cfg, { categorie: 'horeca_overlast', wijk: 'WK093500', uur: 23 }).team, 'oov-overlast');
    assert.equal(route(cfg, { categorie: 'horeca_overlast', wijk: 'WK093500', uur: 3 }).team, 'oov-overlast');
    assert.equal(route(cfg, { categorie: 'horeca_overlast', wijk: 'WK093500', uur: 14 }).team, 'oov-horeca');
    assert.equal(route(cfg, { categorie: 'horeca_overlast', wijk: 'WK093501', uur: 23 }).team, 'oov-horeca');
    assert.equal(route(cfg, { categorie: 'openbare_ruimte', uur: 12 }).team, 'stadsbeheer');
  });
});

describeEngines('meldingen', (h) => {
  const melden = (payload: object, headers: Record<string, string> = {}) => h.app.inject({ method: 'POST', url: '/api/meldingen', payload, headers });
  const count = async () => Number((await sql<{ n: number }>`select count(*) as n from melding`.execute(h.started.ctx.db)).rows[0]!.n);

  test('the public taxonomy lists the ten Maastricht main categories', async () => {
    const res = await h.app.inject({ url: '/api/meldingen/categorieen' });
    assert.deepEqual(
      res.json().map((c: { code: string }) => c.code).sort(),
      ['drugsoverlast', 'horeca_overlast', 'inbraak_diefstal', 'jeugdoverlast', 'ondermijning', 'openbare_ruimte', 'overig', 'verkeer', 'verward_gedrag', 'woonoverlast'],
    );
  });

  test('classificeer suggests a category with the words that drove it', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/meldingen/classificeer', payload: { tekst: 'Er wordt elke avond gedeald op de hoek, ook aan scholieren' } });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.suggesties[0].categorie, 'drugsoverlast');
    assert.ok(body.suggesties[0].score > 0.5);
    assert.ok(body.verklaring.some((v: { woord: string }) => v.woord.startsWith('gedeald')));
  });

  let eerste: { id: string; referentie: string; statusUrl: string };

  test('an anonymous resident files a melding with a map pin: located, suggested category, routed, deadline', async () => {
    const now = new Date();
    const res = await melden({ omschrijving: 'Op de hoek bij de kerk wordt elke avond gedeald vanuit een auto.', locatie: BINNENSTAD });
    assert.equal(res.statusCode, 201, res.body);
    eerste = res.json();
    assert.match(eerste.referentie, /^M-\d{4}-\d{6}$/);
    assert.match(eerste.statusUrl, /^\/melding\/status\/[A-Za-z0-9_-]{30,}$/);
    const row = await h.started.ctx.db.selectFrom('melding').selectAll().where('id', '=', eerste.id).executeTakeFirstOrThrow();
    assert.equal(row.kanaal, 'web');
    assert.equal(row.categorie, 'drugsoverlast');
    assert.equal(row.suggestie_categorie, 'drugsoverlast');
    assert.equal(row.categorie_melder, null, 'she chose "weet ik niet": the suggestion is not recorded as her choice');
    assert.equal(row.buurt_code, 'BU09350000');
    assert.equal(row.wijk_code, 'WK093500');
    assert.equal(row.team, 'oov-overlast');
    assert.equal(row.deadline, plusWerkdagen(datumInNederland(now), 5));
    assert.equal(row.melder_email, null);
    const audit = await h.started.ctx.db.selectFrom('verwerking').selectAll().where('object_id', '=', eerste.id).execute();
    assert.deepEqual(audit.map((a) => [a.actie, a.persoonsgegevens]), [['melding.aanmaken', false]]);
  });

  test('the status page shows progress and no personal data', async () => {
    const token = eerste.statusUrl.split('/').pop()!;
    const res = await h.app.inject({ url: `/api/meldingen/status/${token}` });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.referentie, eerste.referentie);
    assert.equal(body.status, 'ontvangen');
    assert.equal(body.verloop.length, 1);
    assert.deepEqual(Object.keys(body).sort(), ['afgerond', 'categorie', 'ingediendOp', 'referentie', 'status', 'statusNaam', 'uitkomst', 'verloop']);
    assert.equal(body.uitkomst, null, 'an outcome only once it is handled');
    assert.equal((await h.app.inject({ url: '/api/meldingen/status/abcdefghijklmnopqrstuvwxyz012345' })).statusCode, 404);
  });

  test('a second signal nearby is linked as a suggested duplicate; the form can warn beforehand', async () => {
    const warn = await h.app.inject({ url: `/api/meldingen/in-de-buurt?lon=${BINNENSTAD.lon + 0.0002}&lat=${BINNENSTAD.lat}&categorie=drugsoverlast` });
    assert.equal(warn.statusCode, 200);
    assert.equal(warn.json().aantal, 1, 'one open drugsoverlast melding in this buurt');
    assert.equal(warn.json().gebied.naam, 'Binnenstad');
    assert.equal(JSON.stringify(warn.json()).includes('gedeald'), false, 'no content of other meldingen');
    const res = await melden({ omschrijving: 'Weer drugshandel vanuit een auto bij de kerk, nu twee mannen.', categorie: 'drugsoverlast', locatie: { lon: BINNENSTAD.lon + 0.0002, lat: BINNENSTAD.lat } });
    assert.equal(res.statusCode, 201);
    assert.equal(res.json().mogelijkDubbel, true);
    const row = await h.started.ctx.db.selectFrom('melding').selectAll().where('id', '=', res.json().id).executeTakeFirstOrThrow();
    assert.equal(row.hoofdmelding_id, eerste.id);
    assert.equal(row.categorie_melder, 'drugsoverlast', 'her own choice is kept apart from the suggestion');
    assert.equal(row.koppeling, 'suggestie');
    // Another category at the same spot is not a duplicate.
    const other = await melden({ omschrijving: 'De lantaarnpaal bij de kerk is kapot, het is er donker.', categorie: 'openbare_ruimte', locatie: BINNENSTAD });
    assert.equal(other.json().mogelijkDubbel, false);
  });

  test('concurrent intake is written in batches: unique numbers, duplicates within a batch, an intact log', async () => {
    const voor = await count();
    // 40 meldingen at once: the group commit writes them in a few transactions. Two of them are the same
    // signal 10 m apart, so one must be linked to the other even when they land in the same batch.
    const plek = { lon: 5.7055, lat: 50.8505 };
    const naast = { lon: 5.70564, lat: 50.8505 };
    const verzoeken = Array.from({ length: 40 }, (_, i) =>
      melden({
        omschrijving: i < 2 ? 'De lantaarnpaal op het pleintje is kapot, het is er donker.' : `Jongeren maken lawaai bij het speelveld, avond ${i}.`,
        categorie: i < 2 ? 'openbare_ruimte' : 'jeugdoverlast',
        locatie: i === 0 ? plek : i === 1 ? naast : { lon: 5.672 + (i % 10) * 0.005, lat: 50.838 + Math.floor(i / 10) * 0.008 },
      }),
    );
    const res = await Promise.all(verzoeken);
    assert.deepEqual(res.map((r) => r.statusCode), Array(40).fill(201));
    const body = res.map((r) => r.json() as { id: string; referentie: string; mogelijkDubbel: boolean });
    assert.equal(new Set(body.map((b) => b.referentie)).size, 40);
    assert.equal(await count(), voor + 40);
    const paar = await h.started.ctx.db.selectFrom('melding').select(['id', 'hoofdmelding_id']).where('id', 'in', [body[0]!.id, body[1]!.id]).execute();
    const gekoppeld = paar.filter((p) => p.hoofdmelding_id !== null);
    assert.equal(gekoppeld.length, 1, 'exactly one of the pair is the suggested duplicate of the other');
    assert.ok(paar.some((p) => p.id === gekoppeld[0]!.hoofdmelding_id));
    const events = await h.started.ctx.db.selectFrom('melding_gebeurtenis').select('melding_id').where('melding_id', 'in', body.map((b) => b.id)).where('soort', '=', 'status').execute();
    assert.equal(events.length, 40);
    const log = await h.app.inject({ url: '/api/verwerkingen/controle', headers: await loginAs(h.app, 'fg') });
    assert.equal(log.json().intact, true, log.body);
  });

  test('bad input is refused with field errors and stores nothing', async () => {
    const before = await count();
    const cases: [object, string][] = [
      [{ omschrijving: 'kort' }, 'omschrijving'],
      [{ omschrijving: 'Een melding buiten de gemeente, in Amsterdam.', locatie: { lon: 4.9, lat: 52.37 } }, 'locatie'],
      [{ omschrijving: 'Een melding met een verzonnen categorie.', categorie: 'ufo' }, 'categorie'],
      [{ omschrijving: 'Een melding met een verkeerde subcategorie.', categorie: 'verkeer', subcategorie: 'lachgas' }, 'subcategorie'],
      [{ omschrijving: 'Contact gewenst maar geen gegevens gegeven.', contact: { toestemming: true } }, 'contact'],
      [{ omschrijving: 'Een ongeldig e-mailadres als contact.', contact: { email: 'geen-mail', toestemming: true } }, 'contact/email'],
    ];
    for (const [payload, veld] of cases) {
      const res = await melden(payload);
      assert.equal(res.statusCode, 400, JSON.stringify(payload));
      assert.ok(res.json().fouten.some((f: { veld: string }) => f.veld === veld), `${veld}: ${res.body}`);
    }
    for (const payload of [{ omschrijving: 'Extra veld erbij gezet.', admin: true }, { omschrijving: 12345 }, { locatie: BINNENSTAD }]) {
      assert.equal((await melden(payload)).statusCode, 400);
    }
    assert.equal(await count(), before);
  });

  test('script in every field is stored and returned as plain text', async () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const res = await melden({
      omschrijving: `Overlast ${evil} bij de buren`,
      adres: evil,
      contact: { naam: evil, email: 'melder@example.nl', toestemming: true },
    });
    assert.equal(res.statusCode, 201, res.body);
    const headers = await loginAs(h.app, 'casushouder');
    const detail = (await h.app.inject({ url: `/api/meldingen/${res.json().id}`, headers })).json();
    assert.equal(detail.omschrijving, `Overlast ${evil} bij de buren`);
    assert.equal(detail.adres, evil);
    const contact = (await h.app.inject({ method: 'POST', url: `/api/meldingen/${res.json().id}/contact`, headers, payload: { doel: 'terugkoppeling aan de melder' } })).json();
    assert.equal(contact.naam, evil);
  });

  test('work list: 401 anonymous, 403 without permission, contact details only on request with a purpose', async () => {
    assert.equal((await h.app.inject({ url: '/api/meldingen' })).statusCode, 401);
    assert.equal((await h.app.inject({ url: '/api/meldingen', headers: await loginAs(h.app, 'partner') })).statusCode, 403);
    const headers = await loginAs(h.app, 'casushouder');
    const list = await h.app.inject({ url: '/api/meldingen?limit=100', headers });
    assert.equal(list.statusCode, 200);
    assert.ok(list.json().totaal >= 4);
    assert.equal(list.body.includes('melder@example.nl'), false);
    const withContact = list.json().items.find((i: { heeftContact: boolean }) => i.heeftContact);
    const detail = await h.app.inject({ url: `/api/meldingen/${withContact.id}`, headers: { ...headers, 'x-request-id': 'lees-melding-1' } });
    assert.equal(detail.body.includes('melder@example.nl'), false, 'the detail says only that contact is known');
    assert.deepEqual(detail.json().contact, { bekend: true, toestemming: true, magInzien: true });
    const log = await h.started.ctx.db.selectFrom('verwerking').selectAll().where('request_id', '=', 'lees-melding-1').executeTakeFirstOrThrow();
    assert.equal(log.actie, 'melding.raadplegen');
    assert.equal(log.persoonsgegevens, true);
    const filtered = await h.app.inject({ url: '/api/meldingen?categorie=openbare_ruimte', headers });
    assert.ok(filtered.json().items.every((i: { categorie: string }) => i.categorie === 'openbare_ruimte'));
    assert.equal((await h.app.inject({ url: '/api/meldingen/00000000-0000-4000-8000-000000000000', headers })).statusCode, 404);
  });

  test('status machine: guarded transitions, reasons where required, events visible to the reporter', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    const url = `/api/meldingen/${eerste.id}/status`;
    const skip = await h.app.inject({ method: 'POST', url, headers, payload: { naar: 'afgehandeld' } });
    assert.equal(skip.statusCode, 400, 'reason required');
    const illegal = await h.app.inject({ method: 'POST', url, headers, payload: { naar: 'doorgezet' } });
    assert.equal(illegal.statusCode, 409);
    let row = await h.started.ctx.db.selectFrom('melding').select('status').where('id', '=', eerste.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'ontvangen', 'failed transitions leave the old status');
    assert.equal((await h.app.inject({ method: 'POST', url, headers, payload: { naar: 'in_beoordeling' } })).statusCode, 204);
    assert.equal((await h.app.inject({ method: 'POST', url, headers, payload: { naar: 'afgehandeld', reden: 'Politie heeft de auto gecontroleerd.' } })).statusCode, 204);
    row = await h.started.ctx.db.selectFrom('melding').select('status').where('id', '=', eerste.id).executeTakeFirstOrThrow();
    assert.equal(row.status, 'afgehandeld');
    const status = (await h.app.inject({ url: `/api/meldingen/status/${eerste.statusUrl.split('/').pop()}` })).json();
    assert.deepEqual(status.verloop.map((v: { status: string }) => v.status), ['ontvangen', 'in_beoordeling', 'afgehandeld']);
    assert.equal(status.afgerond, true);
    const analist = await loginAs(h.app, 'analist');
    assert.equal((await h.app.inject({ method: 'POST', url, headers: analist, payload: { naar: 'heropend', reden: 'x' } })).statusCode, 403);
    const detail = (await h.app.inject({ url: `/api/meldingen/${eerste.id}`, headers })).json();
    assert.deepEqual(detail.toegestaneOvergangen.map((o: { naar: string }) => o.naar), ['heropend']);
  });

  test('a category correction re-routes, is stored, and feeds retraining', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    const res = await melden({ omschrijving: 'Er staat een kapotte auto al weken op de stoep voor ons huis.', categorie: 'overig' });
    const id = res.json().id;
    const put = await h.app.inject({ method: 'PUT', url: `/api/meldingen/${id}/categorie`, headers, payload: { categorie: 'verkeer', subcategorie: 'parkeren' } });
    assert.equal(put.statusCode, 204);
    const row = await h.started.ctx.db.selectFrom('melding').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.team, 'stadsbeheer');
    const corr = await h.started.ctx.db.selectFrom('classificatie_correctie').selectAll().execute();
    assert.equal(corr.length, 1);
    assert.equal(corr[0]!.categorie, 'verkeer');
    const r = await h.started.ctx.meldingen.retrain();
    assert.equal(r.correcties, 1);
    assert.ok(r.nauwkeurigheid > 0.6, `held-out accuracy ${r.nauwkeurigheid}`);
  });

  test('staff link and unlink duplicates', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    const a = (await melden({ omschrijving: 'Jongeren met scooters op het plein, veel lawaai.', categorie: 'jeugdoverlast' })).json().id;
    const b = (await melden({ omschrijving: 'Weer die scooters op het plein vanavond.', categorie: 'jeugdoverlast' })).json().id;
    assert.equal((await h.app.inject({ method: 'PUT', url: `/api/meldingen/${b}/koppeling`, headers, payload: { hoofdmeldingId: a } })).statusCode, 204);
    let row = await h.started.ctx.db.selectFrom('melding').selectAll().where('id', '=', b).executeTakeFirstOrThrow();
    assert.equal(row.hoofdmelding_id, a);
    assert.equal(row.koppeling, 'bevestigd');
    assert.equal((await h.app.inject({ method: 'PUT', url: `/api/meldingen/${a}/koppeling`, headers, payload: { hoofdmeldingId: a } })).statusCode, 400);
    assert.equal((await h.app.inject({ method: 'DELETE', url: `/api/meldingen/${b}/koppeling`, headers })).statusCode, 204);
    row = await h.started.ctx.db.selectFrom('melding').selectAll().where('id', '=', b).executeTakeFirstOrThrow();
    assert.equal(row.hoofdmelding_id, null);
  });

  test('staff intake by phone needs the permission; partner intake needs a valid API key', async () => {
    const payload = { omschrijving: 'Telefonische melding over hangjongeren bij de school.', kanaal: 'telefoon' };
    assert.equal((await melden(payload)).statusCode, 401);
    const staff = await melden(payload, await loginAs(h.app, 'casushouder'));
    assert.equal(staff.statusCode, 201);
    const row = await h.started.ctx.db.selectFrom('melding').select('kanaal').where('id', '=', staff.json().id).executeTakeFirstOrThrow();
    assert.equal(row.kanaal, 'telefoon');

    const key = await h.started.ctx.db.transaction().execute((trx) => maakPartnerSleutel(trx, { actor: { id: null, omschrijving: 'test', organisatieId: null } }, 'politie-limburg', 'test'));
    const p = await melden({ omschrijving: 'Signaal van de wijkagent: drugsoverlast bij de flat.' }, { authorization: `Bearer ${key}` });
    assert.equal(p.statusCode, 201, p.body);
    const prow = await h.started.ctx.db
      .selectFrom('melding as m')
      .innerJoin('organisatie as o', 'o.id', 'm.bron_organisatie_id')
      .select(['m.kanaal', 'o.code'])
      .where('m.id', '=', p.json().id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(prow, { kanaal: 'partner', code: 'politie-limburg' });
    assert.equal((await melden({ omschrijving: 'Met een verzonnen sleutel ingestuurd.' }, { authorization: 'Bearer bvk_verzonnen_sleutel_123' })).statusCode, 401);
  });

  test('routing simulator lists what a draft rule set would change', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/meldingen/routering/simulatie',
      headers,
      payload: { regels: [{ naam: 'alles naar intake', categorie: '*', team: 'oov-intake' }] },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.ok(body.bekeken >= 5);
    assert.ok(body.wijzigingen.every((w: { nieuwTeam: string; huidigTeam: string }) => w.nieuwTeam === 'oov-intake' && w.huidigTeam !== 'oov-intake'));
    const stored = await h.started.ctx.db.selectFrom('melding').select('team').where('team', '=', 'oov-intake').execute();
    assert.ok(stored.length < body.bekeken, 'the simulation changes nothing');
  });
  test('the statuses for the work-list filter come from the gemeente\'s configuration', async () => {
    const r = await h.app.inject({ url: '/api/meldingen/statussen', headers: await loginAs(h.app, 'casushouder') });
    assert.equal(r.statusCode, 200);
    const cfg = loadGemeenteConfig(ROOT_DIR, 'maastricht', MODULES).meldingen.statussen;
    assert.deepEqual(r.json(), cfg.map((st) => ({ code: st.code, naam: st.naam, eind: st.eind })));
  });
});

describeEngines(
  'meldingen flood protection',
  (h) => {
    test('the public form answers 429 after its per-minute limit and stores no more', async () => {
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: `Melding nummer ${i} over afval op straat.` } })).statusCode);
      }
      assert.deepEqual(codes, [201, 201, 201, 429]);
      const n = await h.started.ctx.db.selectFrom('melding').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(n.n), 3);
    });
  },
  { config: { rateLimitMelden: 3 } },
);

describeEngines('meldingen: the reporter reacts at closure', (h) => {
  test('satisfaction is recorded once; a request to reopen reopens the melding', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Afval gedumpt naast de container.', categorie: 'openbare_ruimte' } });
    const token = res.json().statusUrl.split('/').pop();
    const early = await h.app.inject({ method: 'POST', url: `/api/meldingen/status/${token}/reactie`, payload: { tevreden: true, heropenen: false } });
    assert.equal(early.statusCode, 409);
    const cas = await loginAs(h.app, 'casushouder');
    await h.app.inject({ method: 'POST', url: `/api/meldingen/${res.json().id}/status`, headers: cas, payload: { naar: 'afgehandeld', reden: 'Opgeruimd.' } });
    const ok = await h.app.inject({ method: 'POST', url: `/api/meldingen/status/${token}/reactie`, payload: { tevreden: false, toelichting: 'Er ligt weer afval.', heropenen: true } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'heropend');
    const status = (await h.app.inject({ url: `/api/meldingen/status/${token}` })).json();
    assert.equal(status.status, 'heropend');
    assert.equal(status.afgerond, false);
    const again = await h.app.inject({ method: 'POST', url: `/api/meldingen/status/${token}/reactie`, payload: { tevreden: false, heropenen: true } });
    assert.equal(again.statusCode, 409);
  });
});

describeEngines('meldingen: photos', (h) => {
  test('photos are re-encoded without EXIF; a bad or oversized photo rejects the whole melding', async () => {
    const sharp = (await import('sharp')).default;
    const metEXIF = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'Geheime Eigenaar', Artist: 'Jan Jansen' } } })
      .toBuffer();
    assert.ok((await sharp(metEXIF).metadata()).exif, 'the fixture really has EXIF');
    const before = Number((await sql<{ n: number }>`select count(*) as n from melding`.execute(h.started.ctx.db)).rows[0]!.n);
    const bad = await h.app.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: { omschrijving: 'Graffiti op de muur van het buurthuis.', fotos: [metEXIF.toString('base64'), Buffer.from('<script>alert(1)</script>').toString('base64')] },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().fouten.map((f: { veld: string }) => f.veld), ['fotos/1']);
    const big = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Graffiti op de muur van het buurthuis.', fotos: [Buffer.alloc(6 * 1024 * 1024, 1).toString('base64')] } });
    assert.equal(big.statusCode, 400);
    assert.equal(Number((await sql<{ n: number }>`select count(*) as n from melding`.execute(h.started.ctx.db)).rows[0]!.n), before, 'nothing stored');

    // Decompression bombs: three valid 16,000 × 16,000 PNGs of ~30 kB each (256 megapixel once decoded).
    const bom = bomPng(16_000, 16_000);
    assert.ok(bom.length < 100_000, 'small on the wire');
    const bommen = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Graffiti op de muur van het buurthuis.', fotos: [bom, bom, bom].map((b) => b.toString('base64')) } });
    assert.equal(bommen.statusCode, 400);
    assert.deepEqual(bommen.json().fouten.map((f: { veld: string }) => f.veld), ['fotos/0', 'fotos/1', 'fotos/2']);
    assert.match(bommen.json().fouten[0].melding, /te veel pixels \(16000 × 16000\); maximaal 50 megapixel/);
    assert.equal(Number((await sql<{ n: number }>`select count(*) as n from melding`.execute(h.started.ctx.db)).rows[0]!.n), before, 'nothing stored');

    const ok = await h.app.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: { omschrijving: 'Graffiti op de muur van het buurthuis.', fotos: [`data:image/jpeg;base64,${metEXIF.toString('base64')}`] },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    const headers = await loginAs(h.app, 'casushouder');
    const detail = (await h.app.inject({ url: `/api/meldingen/${ok.json().id}`, headers })).json();
    assert.equal(detail.fotos.length, 1);
    assert.deepEqual([detail.fotos[0].breedte, detail.fotos[0].hoogte], [64, 48]);
    const img = await h.app.inject({ url: `/api/meldingen/${ok.json().id}/fotos/${detail.fotos[0].id}`, headers });
    assert.equal(img.statusCode, 200);
    assert.equal(img.headers['content-type'], 'image/jpeg');
    const meta = await sharp(img.rawPayload).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.exif, undefined, 'EXIF stripped');
    assert.ok(!img.rawPayload.includes(Buffer.from('Jan Jansen')));
    assert.equal((await h.app.inject({ url: `/api/meldingen/${ok.json().id}/fotos/${detail.fotos[0].id}` })).statusCode, 401);
  });
});

/** A valid 1-bit greyscale PNG of the given size, all black: tiny compressed, huge decoded. */
function bomPng(breedte: number, hoogte: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(breedte, 0);
  ihdr.writeUInt32BE(hoogte, 4);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // greyscale
  const rij = 1 + Math.ceil(breedte / 8);
  const idat = zlib.deflateSync(Buffer.alloc(rij * hoogte), { level: 9 });
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]);
}
