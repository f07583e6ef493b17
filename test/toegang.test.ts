import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { MODULES } from '../src/server/modules.ts';

const PERMISSIES = Object.assign({}, ...MODULES.map((m) => m.permissies ?? {})) as Record<string, string>;
import { DEMO_WACHTWOORD, demoEmail, describeEngines, loginAs, runCli, whileClosed } from './helpers/engines.ts';

const ROLLEN = ['beheerder', 'beleidsadviseur', 'analist', 'casushouder', 'teamleider', 'partner', 'bestuur', 'fg', 'ondermijningsteam', 'riec-contact'] as const;

describeEngines('toegang: organisaties, rollen, sessies', (h) => {
  test('seeded organisations and roles with permissions as data', async () => {
    const orgs = await h.started.ctx.db.selectFrom('organisatie').select('code').execute();
    const codes = orgs.map((o) => o.code);
    for (const c of ['gemeente-oov', 'politie-limburg', 'om-limburg', 'veiligheidshuis', 'woonpunt', 'mondriaan', 'gemeente-stadsbeheer']) {
      assert.ok(codes.includes(c), c);
    }
    const headers = await loginAs(h.app, 'beheerder');
    const rollen = (await h.app.inject({ url: '/api/rollen', headers })).json();
    assert.deepEqual(rollen.map((r: { code: string }) => r.code).sort(), [...ROLLEN].sort());
    const fg = rollen.find((r: { code: string }) => r.code === 'fg');
    assert.deepEqual(fg.permissies, ['rapportages:lezen', 'verwerkingenlog:lezen']);
    for (const r of rollen) for (const p of r.permissies) assert.ok(p in PERMISSIES, p);
  });

  test('passwords are stored as argon2id hashes', async () => {
    const rows = await h.started.ctx.db.selectFrom('gebruiker').select('wachtwoord_hash').execute();
    assert.ok(rows.length >= ROLLEN.length);
    for (const r of rows) assert.match(r.wachtwoord_hash, /^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$/);
  });

  test('login sets a secure-by-default httpOnly SameSite=Strict cookie and returns a CSRF token', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: demoEmail('analist'), wachtwoord: DEMO_WACHTWOORD } });
    assert.equal(res.statusCode, 200);
    const c = res.cookies.find((x) => x.name === 'bv_sessie')!;
    assert.ok(c.httpOnly);
    assert.equal(c.sameSite, 'Strict');
    assert.equal(c.path, '/');
    const body = res.json();
    assert.equal(body.gebruiker.email, demoEmail('analist'));
    assert.ok(body.gebruiker.permissies.includes('analyse:uitvoeren'));
    assert.ok(body.csrfToken.length >= 32);
    // Only a hash of the session id is in the database.
    const stored = await h.started.ctx.db.selectFrom('sessie').select('id_hash').execute();
    assert.ok(!stored.some((s) => s.id_hash === c.value));
  });

  test('wrong password and unknown user both → 401 inloggen_mislukt', async () => {
    for (const payload of [
      { email: demoEmail('analist'), wachtwoord: 'fout-wachtwoord' },
      { email: 'niemand@example.nl', wachtwoord: 'fout-wachtwoord' },
    ]) {
      const res = await h.app.inject({ method: 'POST', url: '/api/sessie', payload });
      assert.equal(res.statusCode, 401);
      assert.equal(res.json().code, 'inloggen_mislukt');
      assert.equal(res.cookies.length, 0);
    }
  });

  test('the session id is rotated at login: the old session is gone', async () => {
    const first = await loginAs(h.app, 'bestuur');
    const second = await h.app.inject({
      method: 'POST',
      url: '/api/sessie',
      headers: first,
      payload: { email: demoEmail('bestuur'), wachtwoord: DEMO_WACHTWOORD },
    });
    assert.equal(second.statusCode, 200);
    const newCookie = second.cookies.find((c) => c.name === 'bv_sessie')!.value;
    assert.notEqual(`bv_sessie=${newCookie}`, first.cookie);
    const old = await h.app.inject({ url: '/api/sessie', headers: { cookie: first.cookie } });
    assert.equal(old.statusCode, 401);
  });

  test('GET /api/sessie: 401 without a session, the user with one; refusals are in B1 without permission codes', async () => {
    assert.equal((await h.app.inject({ url: '/api/sessie' })).statusCode, 401);
    const headers = await loginAs(h.app, 'casushouder');
    const res = await h.app.inject({ url: '/api/sessie', headers: { cookie: headers.cookie } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().gebruiker.rollen[0], 'casushouder');
    const bestuur = await loginAs(h.app, 'bestuur');
    const nee = await h.app.inject({ url: '/api/meldingen', headers: bestuur });
    assert.equal(nee.statusCode, 403);
    assert.equal(nee.json().detail, 'U mag dit niet doen of zien. Vraag uw beheerder om toegang.');
  });

  test('a readable marker cookie lives and dies with the session, so public pages need not ask (and get 401)', async () => {
    const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: demoEmail('casushouder'), wachtwoord: DEMO_WACHTWOORD } });
    const sessie = login.cookies.find((c) => c.name === 'bv_sessie')!;
    const marker = login.cookies.find((c) => c.name === 'bv_ingelogd')!;
    assert.equal(marker.value, '1');
    assert.equal(marker.httpOnly, undefined, 'the web app must be able to read it');
    assert.equal(sessie.httpOnly, true);
    assert.equal(String(marker.expires), String(sessie.expires));
    // A stale marker without a session is cleared by the 401.
    const stale = await h.app.inject({ url: '/api/sessie', headers: { cookie: 'bv_ingelogd=1' } });
    assert.equal(stale.statusCode, 401);
    assert.ok(stale.cookies.some((c) => c.name === 'bv_ingelogd' && c.value === '' && new Date(String(c.expires)).getTime() < Date.now()));
    const headers = { cookie: `bv_sessie=${sessie.value}; bv_ingelogd=1`, 'x-csrf-token': login.json().csrfToken };
    const out = await h.app.inject({ method: 'DELETE', url: '/api/sessie', headers });
    assert.equal(out.statusCode, 204);
    assert.ok(out.cookies.some((c) => c.name === 'bv_ingelogd' && c.value === ''));
  });

  test('CSRF: a cookie session cannot change state without the token, nor from another origin', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    const noToken = await h.app.inject({ method: 'DELETE', url: '/api/sessie', headers: { cookie: headers.cookie } });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().code, 'csrf');
    const wrong = await h.app.inject({ method: 'DELETE', url: '/api/sessie', headers: { ...headers, 'x-csrf-token': 'x'.repeat(43) } });
    assert.equal(wrong.statusCode, 403);
    const crossSite = await h.app.inject({
      method: 'DELETE',
      url: '/api/sessie',
      headers: { ...headers, origin: 'https://evil.example', host: 'localhost' },
    });
    assert.equal(crossSite.statusCode, 403);
    // Still logged in after all three attempts.
    assert.equal((await h.app.inject({ url: '/api/sessie', headers: { cookie: headers.cookie } })).statusCode, 200);
  });

  test('logout ends the session', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    const res = await h.app.inject({ method: 'DELETE', url: '/api/sessie', headers });
    assert.equal(res.statusCode, 204);
    assert.equal((await h.app.inject({ url: '/api/sessie', headers: { cookie: headers.cookie } })).statusCode, 401);
  });

  test('an expired session is refused', async () => {
    const headers = await loginAs(h.app, 'analist');
    await h.started.ctx.db.updateTable('sessie').set({ verloopt_op: new Date(Date.now() - 1000) }).execute();
    assert.equal((await h.app.inject({ url: '/api/sessie', headers: { cookie: headers.cookie } })).statusCode, 401);
  });

  test('role × endpoint access matrix: 401 anonymous, 403 without permission, 200 with', async () => {
    const cases: { method: 'GET' | 'POST'; url: string; permissie: string; payload?: object; ok: number }[] = [
      { method: 'GET', url: '/api/verwerkingen', permissie: 'verwerkingenlog:lezen', ok: 200 },
      { method: 'GET', url: '/api/verwerkingen/controle', permissie: 'verwerkingenlog:lezen', ok: 200 },
      { method: 'GET', url: '/api/gebruikers', permissie: 'gebruikers:beheren', ok: 200 },
      { method: 'GET', url: '/api/organisaties', permissie: '', ok: 200 },
      { method: 'GET', url: '/api/rollen', permissie: '', ok: 200 },
    ];
    const rollen = (await h.app.inject({ url: '/api/rollen', headers: await loginAs(h.app, 'beheerder') })).json() as {
      code: string;
      permissies: string[];
    }[];
    const sessions = new Map<string, Awaited<ReturnType<typeof loginAs>>>();
    for (const rol of ROLLEN) sessions.set(rol, await loginAs(h.app, rol));
    for (const c of cases) {
      const anon = await h.app.inject({ method: c.method, url: c.url });
      assert.equal(anon.statusCode, 401, `anonymous ${c.url}`);
      for (const rol of ROLLEN) {
        const headers = sessions.get(rol)!;
        const res = await h.app.inject({ method: c.method, url: c.url, headers, ...(c.payload ? { payload: c.payload } : {}) });
        const allowed = c.permissie === '' || rollen.find((r) => r.code === rol)!.permissies.includes(c.permissie);
        assert.equal(res.statusCode, allowed ? c.ok : 403, `${rol} ${c.method} ${c.url}`);
        if (!allowed) assert.equal(res.json().code, 'geen_toegang');
      }
    }
  });

  test('a beheerder creates a user over the API; bad input stores nothing', async () => {
    const headers = await loginAs(h.app, 'beheerder');
    const ok = await h.app.inject({
      method: 'POST',
      url: '/api/gebruikers',
      headers,
      payload: { email: 'wijkagent@politie.example', naam: 'Wim Wijkagent', wachtwoord: 'een-lang-wachtwoord', rollen: ['partner'], organisatie: 'politie-limburg' },
    });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal(ok.json().organisatie.code, 'politie-limburg');
    const dup = await h.app.inject({
      method: 'POST',
      url: '/api/gebruikers',
      headers,
      payload: { email: 'WIJKAGENT@politie.example', naam: 'Dubbel', wachtwoord: 'een-lang-wachtwoord', rollen: ['partner'], organisatie: 'politie-limburg' },
    });
    assert.equal(dup.statusCode, 409);
    const before = await h.started.ctx.db.selectFrom('gebruiker').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    const bad = await h.app.inject({
      method: 'POST',
      url: '/api/gebruikers',
      headers,
      payload: { email: 'x@y.nl', naam: 'X', wachtwoord: 'een-lang-wachtwoord', rollen: ['koning'], organisatie: 'nergens' },
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().fouten.map((f: { veld: string }) => f.veld).sort(), ['organisatie', 'rollen']);
    const afterCount = await h.started.ctx.db.selectFrom('gebruiker').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    assert.equal(afterCount.n, before.n);
  });

  test('a beheerder changes roles and switches an account off (its sessions end) and on; not their own', async () => {
    const beheer = await loginAs(h.app, 'beheerder');
    const nieuw = await h.app.inject({
      method: 'POST',
      url: '/api/gebruikers',
      headers: beheer,
      payload: { email: 'tijdelijk@gemeente.example', naam: 'Tijdelijke Kracht', wachtwoord: 'een-lang-wachtwoord', rollen: ['casushouder'], organisatie: 'gemeente-oov' },
    });
    assert.equal(nieuw.statusCode, 201, nieuw.body);
    const id = nieuw.json().id;
    const patch = (payload: object, headers = beheer, gid = id) => h.app.inject({ method: 'PATCH', url: `/api/gebruikers/${gid}`, headers, payload });
    const login = () => h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'tijdelijk@gemeente.example', wachtwoord: 'een-lang-wachtwoord' } });
    const sessie = await login();
    assert.equal(sessie.statusCode, 200);
    const cookie = `bv_sessie=${sessie.cookies.find((c) => c.name === 'bv_sessie')!.value}`;

    const rollen = await patch({ rollen: ['analist'] });
    assert.equal(rollen.statusCode, 200, rollen.body);
    assert.deepEqual(rollen.json().rollen, ['analist']);
    assert.ok(rollen.json().permissies.includes('analyse:uitvoeren'));
    assert.equal((await patch({ rollen: ['koning'] })).statusCode, 400);
    assert.equal((await patch({})).statusCode, 400);

    const uit = await patch({ actief: false });
    assert.equal(uit.statusCode, 200);
    assert.equal(uit.json().actief, false);
    assert.equal((await h.app.inject({ url: '/api/sessie', headers: { cookie } })).statusCode, 401, 'the open session ended');
    assert.equal((await login()).statusCode, 401);
    assert.equal((await patch({ actief: true })).statusCode, 200);
    assert.equal((await login()).statusCode, 200);

    const zelf = (await h.app.inject({ url: '/api/sessie', headers: { cookie: beheer.cookie } })).json().gebruiker.id;
    const zelfUit = await patch({ actief: false }, beheer, zelf);
    assert.equal(zelfUit.statusCode, 409);
    assert.match(zelfUit.json().detail, /eigen account/);
    assert.equal((await patch({ rollen: ['analist'] }, beheer, zelf)).statusCode, 409);
    assert.equal((await patch({ actief: false }, await loginAs(h.app, 'analist'))).statusCode, 403);
    const log = await h.started.ctx.db.selectFrom('verwerking').select(['actie', 'details']).where('object_id', '=', id).where('actie', '=', 'gebruiker.wijzigen').execute();
    assert.equal(log.length, 3);
  });

  test('failed logins are counted per account: after 20 the account is refused for a while, others are not', async () => {
    const poging = (email: string, wachtwoord: string) => h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email, wachtwoord } });
    for (let i = 0; i < 20; i++) assert.equal((await poging(demoEmail('bestuur'), 'verkeerd-wachtwoord-123')).statusCode, 401);
    const geweigerd = await poging(demoEmail('bestuur'), DEMO_WACHTWOORD);
    assert.equal(geweigerd.statusCode, 429, 'even the right password waits once the account is throttled');
    assert.equal(geweigerd.json().code, 'te_veel_verzoeken');
    // Spelled differently, the same account; another account is unaffected.
    assert.equal((await poging(demoEmail('bestuur').toUpperCase(), DEMO_WACHTWOORD)).statusCode, 429);
    assert.equal((await poging(demoEmail('fg'), DEMO_WACHTWOORD)).statusCode, 200);
  });
});

describeEngines(
  'CLI: users add',
  (h) => {
    test('reads the password from stdin; the new user can log in', async () => {
      const r = await whileClosed(h, () => runCli(
        ['users', 'add', '--email', 'nieuw@gemeente.example', '--role', 'analist', '--organisation', 'gemeente-oov'],
        h.fresh.env,
        'een-sterk-wachtwoord\n',
      ));
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /nieuw@gemeente\.example/);
      const weak = await whileClosed(h, () =>
        runCli(['users', 'add', '--email', 'zwak@gemeente.example', '--role', 'analist', '--organisation', 'gemeente-oov'], h.fresh.env, 'kort\n'),
      );
      assert.notEqual(weak.code, 0);
      assert.match(weak.stderr, /wachtwoord/);
      const noRole = await runCli(['users', 'add', '--email', 'x@gemeente.example', '--organisation', 'gemeente-oov'], h.fresh.env, 'x\n');
      assert.notEqual(noRole.code, 0);
      assert.match(noRole.stderr, /--role/);
      const help = await runCli(['users', 'add', '--help'], h.fresh.env);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /--organisation/);

      const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'nieuw@gemeente.example', wachtwoord: 'een-sterk-wachtwoord' } });
      assert.equal(login.statusCode, 200);
      assert.deepEqual(login.json().gebruiker.rollen, ['analist']);
      const zwak = await h.started.ctx.db.selectFrom('gebruiker').select('id').where('email', '=', 'zwak@gemeente.example').execute();
      assert.equal(zwak.length, 0);
    });
  },
  { onDisk: true },
);

describeEngines(
  'demo accounts outside demo mode',
  (h) => {
    test('a demo account cannot log in when the server is not in demo mode', async () => {
      // The harness seeds in demo mode; this suite's server runs without it.
      const { buildApp } = await import('../src/server/app.ts');
      const { loadConfig } = await import('../src/server/platform/config.ts');
      const prod = await buildApp({ ...h.started.ctx, config: loadConfig({ ...h.fresh.overrides, demo: false, logLevel: 'silent', cookieSecure: false }, {}) }, { logger: false });
      const session = await loginAs(h.app, 'analist');
      const res = await prod.inject({ method: 'POST', url: '/api/sessie', payload: { email: demoEmail('analist'), wachtwoord: DEMO_WACHTWOORD } });
      assert.equal(res.statusCode, 401);
      // A session made in demo mode is not honoured either.
      assert.equal((await prod.inject({ url: '/api/sessie', headers: { cookie: session.cookie } })).statusCode, 401);
      const cfg = (await prod.inject({ url: '/api/config' })).json();
      assert.equal(cfg.demo, false);
      assert.deepEqual(cfg.demoAccounts, []);
      assert.equal(cfg.demoWachtwoord, null);
      await prod.close();
    });
  },
);
