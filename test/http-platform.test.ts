import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEngines, loginAs } from './helpers/engines.ts';

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
  },
  { config: { rateLimitLogin: 3 } },
);
