import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEMO_WACHTWOORD, demoEmail, describeEngines, loginAs } from './helpers/engines.ts';
import { MAX_MISLUKT_PER_CLIENT } from '../src/server/toegang/toegang.service.ts';

describeEngines('HTTP platform', (h) => {
  test('GET /api/health reports the engine', async () => {
    const res = await h.app.inject({ url: '/api/health' });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: h.engine });
    assert.match(String(res.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  test('a well-formed incoming request id is echoed, a malformed one replaced', async () => {
    const ok = await h.app.inject({ url: '/api/health', headers: { 'x-request-id': 'abc-12345678' } });
    assert.equal(ok.headers['x-request-id'], 'abc-12345678');
    const bad = await h.app.inject({ url: '/api/health', headers: { 'x-request-id': '<script>' } });
    assert.notEqual(bad.headers['x-request-id'], '<script>');
  });

  test('security headers: strict CSP without unsafe-inline, no sniffing, no framing', async () => {
    const res = await h.app.inject({ url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  test('OpenAPI document lists every API route with its schemas', async () => {
    const res = await h.app.inject({ url: '/api/docs/json' });
    assert.equal(res.statusCode, 200);
    const doc = res.json();
    assert.equal(doc.openapi, '3.0.3');
    for (const p of ['/api/health', '/api/sessie', '/api/gebieden', '/api/gebieden/zoek', '/api/verwerkingen', '/api/gebruikers']) {
      assert.ok(doc.paths[p], `missing ${p}`);
    }
    assert.ok(doc.paths['/api/gebieden/zoek'].get.parameters.some((p: { name: string }) => p.name === 'lat'));
    assert.ok(doc.paths['/api/sessie'].post.responses['401'], 'error responses documented');
    const ui = await h.app.inject({ url: '/api/docs' });
    assert.ok([200, 302].includes(ui.statusCode));
  });

  const problem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => any; body: string }, status: number, code: string) => {
    assert.equal(res.statusCode, status, res.body);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    const p = res.json();
    assert.equal(p.status, status);
    assert.equal(p.code, code);
    assert.equal(typeof p.title, 'string');
    assert.match(p.type, new RegExp(`/${code}$`));
    assert.doesNotMatch(res.body, /at .+\.ts:\d+|SELECT|INSERT|stack/i, 'no stack trace or SQL');
    return p;
  };

  test('malformed JSON → 400 ongeldige_json', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/sessie', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    problem(res, 400, 'ongeldige_json');
  });

  test('wrong types → 400 validatie naming the field; no coercion of body values', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 12345, wachtwoord: 'x' } });
    const p = problem(res, 400, 'validatie');
    assert.ok(p.fouten.some((f: { veld: string }) => f.veld === 'body/email'), JSON.stringify(p.fouten));
  });

  test('unknown fields → 400 validatie, not silently dropped', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/sessie',
      payload: { email: 'fg@demo.buurtveilig.nl', wachtwoord: 'Maastricht-demo-2026', admin: true },
    });
    const p = problem(res, 400, 'validatie');
    assert.ok(p.fouten.some((f: { veld: string }) => f.veld === 'body/admin'), JSON.stringify(p.fouten));
  });

  test('unknown query parameters → 400', async () => {
    const res = await h.app.inject({ url: '/api/gebieden/zoek?lon=5.69&lat=50.85&hack=1' });
    problem(res, 400, 'validatie');
  });

  test('oversized body → 413 te_groot', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/sessie',
      payload: JSON.stringify({ email: 'a@b.nl', wachtwoord: 'x'.repeat(2 * 1024 * 1024) }),
      headers: { 'content-type': 'application/json' },
    });
    problem(res, 413, 'te_groot');
  });

  test('unsupported content type → 415', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/sessie', headers: { 'content-type': 'application/xml' }, payload: '<x/>' });
    problem(res, 415, 'mediatype');
  });

  test('unknown API route and wrong method → 404 problem', async () => {
    problem(await h.app.inject({ url: '/api/bestaat-niet' }), 404, 'niet_gevonden');
    problem(await h.app.inject({ method: 'PATCH', url: '/api/health' }), 404, 'niet_gevonden');
    problem(await h.app.inject({ method: 'PUT', url: '/api/gebieden' }), 404, 'niet_gevonden');
  });

  test('a bad uuid in a query never reaches the database as a 500', async () => {
    const headers = await loginAs(h.app, 'fg');
    const res = await h.app.inject({ url: '/api/verwerkingen?actorId=not-a-uuid', headers });
    problem(res, 400, 'validatie');
  });

  test('a URL that does not decode or a parameter over 200 characters → problem+json that echoes nothing', async () => {
    const lang = 'x'.repeat(300);
    for (const [url, status, code, echo] of [
      ['/api/gebieden/%C0%AE%C0%AE', 400, 'ongeldige_url', '%C0%AE'],
      ['/api/gebieden/%', 400, 'ongeldige_url', '/api/gebieden/%'],
      [`/api/gebieden/${lang}`, 414, 'url_te_lang', lang],
      [`/api/meldingen/status/<script>${lang}`, 414, 'url_te_lang', '<script>'],
    ] as const) {
      const res = await h.app.inject({ url });
      problem(res, status, code);
      assert.ok(!res.body.includes(echo), `${code}: the answer does not repeat the input`);
      assert.equal(res.json().instance, undefined);
      assert.ok(res.headers['x-request-id'], 'the request id is still given, for support');
    }
  });

  test('API answers are not cached (personal data, the session); public cacheable answers say so themselves', async () => {
    const headers = await loginAs(h.app, 'casushouder');
    for (const url of ['/api/sessie', '/api/meldingen?limit=1', '/api/casussen?limit=1']) {
      const res = await h.app.inject({ url, headers });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['cache-control'], 'no-store', url);
    }
    const login = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'x@y.nl', wachtwoord: 'fout-wachtwoord' } });
    assert.equal(login.headers['cache-control'], 'no-store');
    const err = await h.app.inject({ url: '/api/bestaat-niet' });
    assert.equal(err.headers['cache-control'], 'no-store');
    const gebieden = await h.app.inject({ url: '/api/gebieden?niveau=wijk' });
    assert.match(String(gebieden.headers['cache-control']), /^public/);
  });

  test('Permissions-Policy denies browser features the app does not use, on pages and API alike; location only to itself', async () => {
    for (const url of ['/api/health', '/', '/melden']) {
      const pp = String((await h.app.inject({ url })).headers['permissions-policy']);
      for (const f of ['camera=()', 'microphone=()', 'geolocation=(self)', 'payment=()', 'usb=()']) assert.ok(pp.includes(f), `${url}: ${f}`);
    }
  });

  test('no request in this suite produced a 5xx', async () => {
    // A sweep of odd inputs against every public GET route.
    const urls = [
      '/api/gebieden?niveau=land',
      '/api/gebieden/zoek',
      '/api/gebieden/zoek?lon=5.69',
      '/api/gebieden/zoek?lon=1e400&lat=50',
      '/api/gebieden/zoek?x=abc&y=1',
      '/api/gebieden/zoek?lon=5.69&lat=50.85&x=1&y=2',
      '/api/gebieden/BU00000000',
      '/api/gebieden/%00',
      '/api/verwerkingen?limit=-1',
      '/api/sessie',
    ];
    for (const url of urls) {
      const res = await h.app.inject({ url });
      assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${url} → ${res.statusCode}`);
      assert.match(String(res.headers['content-type']), /problem\+json/, url);
    }
  });
});

describeEngines(
  'rate limit on public endpoints',
  (h) => {
    test('the login endpoint answers 429 problem after its limit', async () => {
      let last = 0;
      for (let i = 0; i < 4; i++) {
        const res = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'x@y.nl', wachtwoord: 'fout' } });
        last = res.statusCode;
        if (i < 3) assert.equal(res.statusCode, 401);
      }
      assert.equal(last, 429);
      const res = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'x@y.nl', wachtwoord: 'fout' } });
      assert.equal(res.json().code, 'te_veel_verzoeken');
      assert.match(String(res.headers['content-type']), /problem\+json/);
    });

    test('the limit is per client and account: a colleague behind the same address still logs in', async () => {
      const ip = '203.0.113.7';
      for (let i = 0; i < 4; i++) await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, payload: { email: 'analist@demo.buurtveilig.nl', wachtwoord: 'fout' } });
      const geblokt = await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, payload: { email: 'analist@demo.buurtveilig.nl', wachtwoord: DEMO_WACHTWOORD } });
      assert.equal(geblokt.statusCode, 429);
      const collega = await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, payload: { email: 'casushouder@demo.buurtveilig.nl', wachtwoord: DEMO_WACHTWOORD } });
      assert.equal(collega.statusCode, 200, collega.body);
    });

    test('failed logins per client are capped across accounts (password spraying); successful ones never count', async () => {
      const ip = '203.0.113.8';
      const codes: number[] = [];
      for (let i = 0; i < MAX_MISLUKT_PER_CLIENT + 1; i++) {
        codes.push((await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, payload: { email: `gok${i}@example.nl`, wachtwoord: 'Welkom01' } })).statusCode);
      }
      assert.deepEqual(codes.slice(0, MAX_MISLUKT_PER_CLIENT), Array(MAX_MISLUKT_PER_CLIENT).fill(401));
      const laatste = await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, payload: { email: 'fg@demo.buurtveilig.nl', wachtwoord: DEMO_WACHTWOORD } });
      assert.equal(laatste.statusCode, 429);
      assert.match(laatste.json().detail, /vanaf dit adres/);
      // Another address is not affected; many successful logins from one address are never limited this way.
      const elders = '203.0.113.9';
      for (const rol of ['fg', 'analist', 'casushouder', 'beleidsadviseur', 'beheerder']) {
        const ok = await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: elders, payload: { email: demoEmail(rol), wachtwoord: DEMO_WACHTWOORD } });
        assert.equal(ok.statusCode, 200, rol);
      }
    });

    test('without trustProxy, X-Forwarded-For does not change who the client is', async () => {
      const ip = '203.0.113.10';
      for (let i = 0; i < 3; i++) {
        await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, headers: { 'x-forwarded-for': `198.51.100.${i}` }, payload: { email: 'x2@y.nl', wachtwoord: 'fout' } });
      }
      const res = await h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: ip, headers: { 'x-forwarded-for': '198.51.100.99' }, payload: { email: 'x2@y.nl', wachtwoord: 'fout' } });
      assert.equal(res.statusCode, 429);
    });
  },
  { config: { rateLimitLogin: 3 } },
);

describeEngines(
  'trusted proxy',
  (h) => {
    test('behind a trusted proxy the forwarded address is the client; from elsewhere the header is ignored', async () => {
      const viaProxy = (fwd: string) =>
        h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: '10.1.2.3', headers: { 'x-forwarded-for': fwd }, payload: { email: 'x3@y.nl', wachtwoord: 'fout' } });
      for (let i = 0; i < 3; i++) assert.equal((await viaProxy('198.51.100.1')).statusCode, 401);
      assert.equal((await viaProxy('198.51.100.1')).statusCode, 429);
      // A different resident behind the same proxy is another client.
      assert.equal((await viaProxy('198.51.100.2')).statusCode, 401);
      // Not from the proxy: the header is not believed, the socket address counts.
      const direct = (fwd: string) =>
        h.app.inject({ method: 'POST', url: '/api/sessie', remoteAddress: '192.0.2.50', headers: { 'x-forwarded-for': fwd }, payload: { email: 'x3@y.nl', wachtwoord: 'fout' } });
      for (let i = 0; i < 3; i++) await direct(`198.51.100.${10 + i}`);
      assert.equal((await direct('198.51.100.20')).statusCode, 429);
    });
  },
  { config: { rateLimitLogin: 3, trustProxy: '10.0.0.0/8' } },
);
