import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wgs84ToRd } from '../src/server/gebieden/geo.ts';
import { describeEngines } from './helpers/engines.ts';

/**
 * Data minimisation in public output (issue 9, defect 3). `in-de-buurt` used to answer integer distances, which
 * located a fresh ondermijning report to 0.4 m in 297 requests. Here an attacker runs the same trilateration
 * against the generalised answer and must end up further off than a 100 m grid cell.
 */
describeEngines(
  'publieke uitvoer: in-de-buurt geeft geen plek prijs',
  (h) => {
    // Near the edge of a buurt in the centre, far from the buurt's middle.
    const PLEK = { lon: 5.6875, lat: 50.851 };
    const melden = (payload: object) => h.app.inject({ method: 'POST', url: '/api/meldingen', payload });
    const vraag = (lon: number, lat: number, categorie: string) => h.app.inject({ url: `/api/meldingen/in-de-buurt?lon=${lon}&lat=${lat}&categorie=${categorie}` });

    /** Query a grid of points around the target; return the answers with their RD coordinates. */
    async function aanval(categorie: string) {
      const [px, py] = wgs84ToRd(PLEK.lon, PLEK.lat);
      const punten: { x: number; y: number; body: string; aantal: number | null }[] = [];
      for (let i = -10; i <= 10; i++) {
        for (let j = -10; j <= 10; j++) {
          // 50 m steps: 21 × 21 queries over a square kilometre around the report.
          const lon = PLEK.lon + (i * 50) / 70_400;
          const lat = PLEK.lat + (j * 50) / 111_200;
          const r = await vraag(lon, lat, categorie);
          if (r.statusCode !== 200) continue; // outside every buurt
          const [x, y] = wgs84ToRd(lon, lat);
          const { gebied: _g, ...rest } = r.json();
          punten.push({ x, y, body: JSON.stringify(rest), aantal: r.json().aantal });
        }
      }
      return { px, py, punten };
    }

    test('the answer is a count for the buurt, without distance, coordinate or content', async () => {
      const m = await melden({ omschrijving: 'De lantaarnpaal op de hoek is al een week kapot.', categorie: 'openbare_ruimte', locatie: PLEK });
      assert.equal(m.statusCode, 201);
      const r = await vraag(PLEK.lon, PLEK.lat, 'openbare_ruimte');
      assert.equal(r.statusCode, 200);
      assert.deepEqual(Object.keys(r.json()).sort(), ['aantal', 'beschikbaar', 'categorie', 'dagen', 'gebied']);
      const opgeslagen = await h.started.ctx.db.selectFrom('melding').select('buurt_code').where('id', '=', m.json().id).executeTakeFirstOrThrow();
      assert.equal(r.json().gebied.code, opgeslagen.buurt_code);
      assert.equal(r.json().aantal, 1);
      assert.equal(r.body.includes('lantaarnpaal'), false);
      assert.equal(/afstand|meter|"x"|"lon"/i.test(r.body), false);
    });

    test('trilateration over 441 queries ends up more than a 100 m cell away from the report', async () => {
      const { px, py, punten } = await aanval('openbare_ruimte');
      const raak = punten.filter((p) => (p.aantal ?? 0) > 0);
      assert.ok(raak.length > 20, 'the attacker does learn the buurt');
      // Best estimate: the middle of every query point whose answer included the report.
      const ex = raak.reduce((s, p) => s + p.x, 0) / raak.length;
      const ey = raak.reduce((s, p) => s + p.y, 0) / raak.length;
      const fout = Math.hypot(ex - px, ey - py);
      assert.ok(fout > 100, `estimate ${fout.toFixed(0)} m from the report`);
    });

    test('a sensitive category answers nothing at all: every query gets the same answer', async () => {
      const m = await melden({ omschrijving: 'In de kelder van dit pand wordt volgens mij hennep gekweekt, ik ruik het.', categorie: 'ondermijning', locatie: PLEK });
      assert.equal(m.statusCode, 201);
      const { punten } = await aanval('ondermijning');
      assert.ok(punten.length > 100);
      assert.deepEqual([...new Set(punten.map((p) => p.body))], [JSON.stringify({ categorie: punten.length ? JSON.parse(punten[0]!.body).categorie : '', beschikbaar: false, aantal: null, dagen: null })]);
      for (const c of ['verward_gedrag', 'woonoverlast']) assert.equal((await vraag(PLEK.lon, PLEK.lat, c)).json().beschikbaar, false, c);
    });
  },
  { config: { rateLimitPublic: 100_000 } },
);
