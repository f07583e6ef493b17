import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeEngines, freshDatabase, loginAs, runCli } from './helpers/engines.ts';

const FIX = path.join(import.meta.dirname, 'fixtures');
/** Starts a report and follows its task until the new version is there (as the web page does). */
async function maak(app: import('../src/server/platform/module.ts').App, headers: Record<string, string>, payload: object): Promise<{ statusCode: number; meta: Record<string, any>; stappen: number[] }> {
  const r = await app.inject({ method: 'POST', url: '/api/rapportages', headers, payload });
  if (r.statusCode !== 202) return { statusCode: r.statusCode, meta: r.json(), stappen: [] };
  const stappen: number[] = [];
  for (;;) {
    const t = (await app.inject({ url: `/api/rapportages/taken/${r.json().taak}`, headers })).json();
    stappen.push(t.voortgang.gedaan);
    if (t.status === 'klaar') return { statusCode: 202, meta: t.resultaat, stappen };
    if (t.status === 'mislukt') throw new Error(t.fout);
    await new Promise((res) => setTimeout(res, 50));
  }
}

const paginas = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describeEngines('rapportages: generated, versioned, published with care for voorlopige cijfers', (h) => {
  test('a raadsrapportage is made as PDF and HTML, with its target table, evidence and hash', async () => {
    const analist = await loginAs(h.app, 'analist');
    // The 2024 overlast figures of this table are provisional (CBS marks them *).
    const imp = await h.app.inject({ method: 'POST', url: '/api/monitor/import/cbs', headers: analist, payload: { bestandsnaam: 'overlast.csv', inhoud: fs.readFileSync(path.join(FIX, 'cbs_47024NED_proef.csv'), 'utf8') } });
    assert.equal(imp.statusCode, 201, imp.body);
    const r = await maak(h.app, analist, { soort: 'raadsrapportage', periode: '2024' });
    assert.equal(r.statusCode, 202);
    const m = r.meta;
    assert.deepEqual([m.soort, m.periode, m.versie, m.status, m.auteur], ['raadsrapportage', '2024', 1, 'concept', 'Anna List']);
    assert.equal(m.bevatVoorlopig, true);

    const pdf = await h.app.inject({ url: `/api/rapportages/${m.id}/pdf`, headers: analist });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal(createHash('sha256').update(pdf.rawPayload).digest('hex'), m.hash);
    assert.ok(paginas(pdf.rawPayload) >= 4, `pages: ${paginas(pdf.rawPayload)}`);

    const html = (await h.app.inject({ url: `/api/rapportages/${m.id}/html`, headers: analist })).body;
    assert.match(html, /<h2>Doelen en streefwaarden<\/h2>/);
    assert.match(html, /<caption>Streefwaarden van Zichtbaar, herkenbaar en voelbaar Veilig Maastricht/);
    assert.match(html, /Veiligheidsgerelateerde overlast/);
    assert.match(html, /href="#bewijs-1"/);
    assert.match(html, /<tr id="bewijs-1">/);
    assert.match(html, /voorlopige cijfers/);
    assert.doesNotMatch(html, /<script/i);
    // Every figure's reference has its row in the evidence appendix.
    const refs = new Set([...html.matchAll(/href="#bewijs-(\d+)"/g)].map((x) => x[1]));
    for (const n of refs) assert.match(html, new RegExp(`<tr id="bewijs-${n}">`));
  });

  test('versions, the lifecycle, and publishing voorlopige cijfers only by choice', async () => {
    const analist = await loginAs(h.app, 'analist');
    const tweede = (await maak(h.app, analist, { soort: 'raadsrapportage', periode: '2024' })).meta;
    assert.equal(tweede.versie, 2);
    const status = (payload: object) => h.app.inject({ method: 'POST', url: `/api/rapportages/${tweede.id}/status`, headers: analist, payload });
    assert.equal((await status({ status: 'gepubliceerd' })).statusCode, 409);
    const vast = await status({ status: 'vastgesteld' });
    assert.equal(vast.statusCode, 200, vast.body);
    assert.equal(vast.json().vastgesteldDoor, 'Anna List');
    assert.notEqual(vast.json().hash, tweede.hash, 'the PDF is drawn again with its new status');
    const zonder = await status({ status: 'gepubliceerd' });
    assert.equal(zonder.statusCode, 409);
    assert.match(zonder.json().detail, /voorlopige cijfers/);
    const met = await status({ status: 'gepubliceerd', voorlopigAkkoord: true });
    assert.equal(met.statusCode, 200, met.body);
    assert.equal(met.json().voorlopigAkkoord, true);
    assert.equal(met.json().gepubliceerdDoor, 'Anna List');
    const html = (await h.app.inject({ url: `/api/rapportages/${tweede.id}/html`, headers: analist })).body;
    assert.match(html, /Status: Gepubliceerd/);

    const bestuur = await loginAs(h.app, 'bestuur');
    const lijst = (await h.app.inject({ url: '/api/rapportages', headers: bestuur })).json();
    assert.deepEqual(lijst.map((x: { versie: number; status: string }) => [x.versie, x.status]), [[2, 'gepubliceerd'], [1, 'concept']]);
    assert.equal((await h.app.inject({ url: `/api/rapportages/${tweede.id}/pdf`, headers: bestuur })).statusCode, 200);
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/rapportages', headers: bestuur, payload: { soort: 'voortgang', periode: '2026' } })).statusCode, 403);
    const partner = await loginAs(h.app, 'partner');
    assert.equal((await h.app.inject({ url: '/api/rapportages', headers: partner })).statusCode, 403);
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/rapportages', headers: analist, payload: { soort: 'raadsrapportage', periode: '2024-Q5' } })).statusCode, 400);
    // A task is its maker's: another user cannot follow it.
    const t = await h.app.inject({ method: 'POST', url: '/api/rapportages', headers: analist, payload: { soort: 'voortgang', periode: '2026' } });
    const ad = await loginAs(h.app, 'beleidsadviseur');
    assert.equal((await h.app.inject({ url: `/api/rapportages/taken/${t.json().taak}`, headers: ad })).statusCode, 404);
  });

  test('the veiligheidsanalyse draws a map per buurt; the voortgangsrapportage lists the maatregelen', async () => {
    const analist = await loginAs(h.app, 'analist');
    const va = await maak(h.app, analist, { soort: 'veiligheidsanalyse', periode: '2024' });
    // Progress is reported per chapter (one per wijk): it only goes up.
    assert.deepEqual(va.stappen, [...va.stappen].sort((a, b) => a - b));
    const html = (await h.app.inject({ url: `/api/rapportages/${va.meta.id}/html`, headers: analist })).body;
    assert.equal((html.match(/<path d="M/g) ?? []).length >= 44, true, 'a path per buurt');
    assert.match(html, /<h2>Wijk /);
    assert.match(html, /Kloof tussen cijfers en beleving/);
    const vg = await maak(h.app, analist, { soort: 'voortgang', periode: '2026' });
    assert.match((await h.app.inject({ url: `/api/rapportages/${vg.meta.id}/html`, headers: analist })).body, /Maatregelen per status/);
  });
});

test('CLI: buurtveilig rapport writes a PDF or HTML without a browser', async () => {
  const fresh = await freshDatabase('pglite', { onDisk: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-rapport-'));
  try {
    const pdf = path.join(dir, 'raad.pdf');
    const r = await runCli(['rapport', 'raadsrapportage', '--periode', '2024-Q3', '--output', pdf], fresh.env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Rapport geschreven: .*raad\.pdf \(\d+ hoofdstukken/);
    assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    const html = path.join(dir, 'va.html');
    assert.equal((await runCli(['rapport', 'veiligheidsanalyse', '--periode', '2024', '--output', html], fresh.env)).code, 0);
    assert.match(fs.readFileSync(html, 'utf8'), /<h1>Integrale veiligheidsanalyse<\/h1>/);
    const dubbel = await runCli(['rapport', 'voortgang', '--periode', '2024', '--output', html], fresh.env);
    assert.equal(dubbel.code, 1);
    assert.match(dubbel.stderr, /bestaat al/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    await fresh.drop();
  }
});
