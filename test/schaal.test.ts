import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { DEMO_WACHTWOORD, demoEmail, engineNames, freshDatabase, runCli, type FreshDatabase } from './helpers/engines.ts';
import { startSmtp } from './helpers/mail.ts';
import { startServer } from './helpers/server.ts';

/**
 * Scale-out: two server processes on one PostgreSQL database, as behind a load balancer. A session made on
 * one works on the other (sessions and CSRF tokens live in the database), meldingen sent to both at once
 * get unique references, the outbox sends every message exactly once although both processes run a sender,
 * the login rate limit counts across processes, and the verwerkingenlog chain stays intact.
 */
if (engineNames().includes('postgresql')) {
  describe('two server processes on one PostgreSQL database', () => {
    let fresh: FreshDatabase;
    let smtp: Awaited<ReturnType<typeof startSmtp>>;
    const servers: ReturnType<typeof startServer>[] = [];
    const urls: string[] = [];

    before(async () => {
      fresh = await freshDatabase('postgresql');
      smtp = await startSmtp();
      const env = {
        ...fresh.env,
        BUURTVEILIG_SMTP_URL: smtp.url,
        BUURTVEILIG_OUTBOX_INTERVAL_MS: '100',
        BUURTVEILIG_COOKIE_SECURE: 'false',
        BUURTVEILIG_RATE_LIMIT_INLOGGEN: '6',
        BUURTVEILIG_RATE_LIMIT_MELDEN: '0',
        BUURTVEILIG_RATE_LIMIT_PUBLIEK: '0',
      };
      for (let i = 0; i < 2; i++) servers.push(startServer(env));
      for (const s of servers) urls.push((await s.ready).replace('localhost', '127.0.0.1'));
    });

    after(async () => {
      for (const s of servers) {
        s.child.kill('SIGTERM');
        await s.exited;
      }
      await smtp?.close();
      await fresh?.drop();
    });

    test('a session made on one process works on the other, CSRF included', async () => {
      const [a, b] = urls as [string, string];
      const login = await fetch(`${a}/api/sessie`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: demoEmail('beheerder'), wachtwoord: DEMO_WACHTWOORD }),
      });
      assert.equal(login.status, 200);
      const cookie = login.headers.getSetCookie().find((c) => c.startsWith('bv_sessie='))!.split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const sessie = await fetch(`${b}/api/sessie`, { headers: { cookie } });
      assert.equal(sessie.status, 200);
      assert.equal(((await sessie.json()) as { gebruiker: { email: string } }).gebruiker.email, demoEmail('beheerder'));
      // Logging out on B with A's CSRF token ends the session everywhere.
      const uit = await fetch(`${b}/api/sessie`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': csrfToken } });
      assert.ok(uit.status < 300, `logout ${uit.status}`);
      assert.equal((await fetch(`${a}/api/sessie`, { headers: { cookie } })).status, 401);
    });

    test('meldingen sent to both at once: unique references, every reporter e-mailed exactly once, chain intact', async () => {
      const n = 40;
      const antwoorden = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          fetch(`${urls[i % 2]}/api/meldingen`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              omschrijving: `Jongeren maken lawaai bij het speelplein, melding ${i}.`,
              locatie: { lon: 5.69 + (i % 7) * 0.002, lat: 50.85 + (i % 5) * 0.002 },
              contact: { email: `melder${i}@example.nl`, toestemming: true },
            }),
          }).then(async (r) => ({ status: r.status, body: (await r.json()) as { referentie: string } })),
        ),
      );
      assert.deepEqual(antwoorden.map((r) => r.status), Array(n).fill(201));
      assert.equal(new Set(antwoorden.map((r) => r.body.referentie)).size, n, 'unique references');

      // Both processes run the outbox sender; wait until nothing is waiting any more.
      const c = new pg.Client({ connectionString: fresh.overrides.databaseUrl });
      await c.connect();
      try {
        const eind = Date.now() + 30_000;
        for (;;) {
          const { rows } = await c.query<{ n: string }>("select count(*) as n from bericht where status = 'wachtend'");
          if (Number(rows[0]!.n) === 0 || Date.now() > eind) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        const { rows } = await c.query<{ status: string; n: string }>('select status, count(*) as n from bericht group by status');
        const verzonden = Number(rows.find((r) => r.status === 'verzonden')?.n ?? 0);
        assert.equal(verzonden, n, JSON.stringify(rows));
      } finally {
        await c.end();
      }
      const aan = smtp.mails.map((m) => m.to).filter((t) => /melder\d+@example\.nl/.test(t));
      assert.equal(aan.length, n, 'one e-mail per message');
      assert.equal(new Set(aan).size, n, 'no reporter twice');

      const verify = await runCli(['verwerkingenlog', 'verify'], fresh.env);
      assert.equal(verify.code, 0, verify.stderr);
      assert.match(verify.stdout, /intact/);
    });

    test('the login rate limit counts requests on both processes together', async () => {
      const poging = (url: string) =>
        fetch(`${url}/api/sessie`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'niemand@example.nl', wachtwoord: 'verkeerd-wachtwoord' }),
        }).then((r) => r.status);
      const statussen: number[] = [];
      // The limit is 6 per minute per client and account (the login test above was for another account).
      for (let i = 0; i < 8; i++) statussen.push(await poging(urls[i % 2]!));
      assert.equal(statussen.filter((s) => s === 429).length, 2, statussen.join(','));
      assert.ok(statussen.slice(0, 6).every((s) => s === 401), statussen.join(','));
    });
  });
}
