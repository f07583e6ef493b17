import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { aandeel, effectieveN, gemiddelde, gewichten } from '../src/server/enquete/enquete-schatting.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

describe('survey estimates against the textbook formulas', () => {
  test('Wilson interval for 20 of 100', () => {
    const y = Array.from({ length: 100 }, (_, i) => (i < 20 ? 1 : 0));
    const r = aandeel(y, y.map(() => 1));
    assert.equal(r.schatting, 0.2);
    // Wilson with z = 1.96: centre (p + z²/2n) / (1 + z²/n) = 0.2111, half-width 0.0777.
    assert.deepEqual(r.interval.map((v) => Number(v.toFixed(4))), [0.1334, 0.2888]);
  });

  test('mean of 1..10 with the t-free normal interval on the sample standard deviation', () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const r = gemiddelde(y, y.map(() => 1));
    const s = Math.sqrt(y.reduce((a, v) => a + (v - 5.5) ** 2, 0) / 9);
    assert.equal(r.schatting, 5.5);
    assert.ok(Math.abs(r.interval[1] - (5.5 + (1.959963984540054 * s) / Math.sqrt(10))) < 1e-12);
  });

  test('post-stratification by hand: two equal strata, three and one respondents', () => {
    const resp = [
      { leeftijd: 'a', geslacht: 'm', waarde: 1 },
      { leeftijd: 'a', geslacht: 'm', waarde: 1 },
      { leeftijd: 'a', geslacht: 'm', waarde: 0 },
      { leeftijd: 'b', geslacht: 'm', waarde: 0 },
    ];
    const g = gewichten(resp, new Map([['a|m', 500], ['b|m', 500]]));
    assert.equal(g.gewogen, true);
    assert.deepEqual(g.w.map((w) => Number(w.toFixed(4))), [0.6667, 0.6667, 0.6667, 2]);
    // Weighted share = 0.5 · 2/3 + 0.5 · 0 = 1/3; n_eff = (Σw)² / Σw² = 16 / (3 · 4/9 + 4) = 3.
    assert.ok(Math.abs(aandeel(resp.map((r) => r.waarde), g.w).schatting - 1 / 3) < 1e-12);
    assert.ok(Math.abs(effectieveN(g.w) - 3) < 1e-12);
    assert.match(gewichten(resp, null).waarschuwing!, /Ongewogen/);
    assert.match(gewichten(resp, new Map([['a|m', 5], ['b|m', 5], ['c|v', 5]])).waarschuwing!, /geen respondenten in de groep\(en\) c v/);
  });
});

describeEngines('enquête: rounds, web answers, CSV import, weighting, minimum of 30', (h) => {
  let analist: Awaited<ReturnType<typeof loginAs>>;
  let ronde: string;
  const jaar = 2025;

  test('a round with an open link per buurt; the public page shows the questions; answers are checked', async () => {
    analist = await loginAs(h.app, 'analist');
    const r = await h.app.inject({ method: 'POST', url: '/api/enquete/rondes', headers: analist, payload: { naam: 'Veiligheid in uw buurt 2025', jaar, openLink: true } });
    assert.equal(r.statusCode, 201, r.body);
    ronde = r.json().id;
    const rondes = (await h.app.inject({ url: '/api/enquete/rondes', headers: analist })).json();
    const links = rondes[0].buurten as { buurt: { code: string }; url: string }[];
    assert.equal(links.length, 44);
    const token = links.find((l) => l.buurt.code === 'BU09350006')!.url.split('/').pop()!;
    const pagina = (await h.app.inject({ url: `/api/enquete/${token}` })).json();
    assert.equal(pagina.buurt, 'Wyck');
    assert.ok(pagina.vragen.some((v: { code: string }) => v.code === 'onveilig_buurt'));
    const fout = await h.app.inject({ method: 'POST', url: `/api/enquete/${token}`, payload: { leeftijd: '12-14', antwoorden: { onveilig_buurt: 'altijd', rapportcijfer_veiligheid: 11 } } });
    assert.equal(fout.statusCode, 400);
    assert.deepEqual(fout.json().fouten.map((f: { veld: string }) => f.veld).sort(), ['leeftijd', 'onveilig_buurt', 'rapportcijfer_veiligheid']);
    const ok = await h.app.inject({ method: 'POST', url: `/api/enquete/${token}`, payload: { leeftijd: '25-44', geslacht: 'vrouw', antwoorden: { onveilig_buurt: 'soms', rapportcijfer_veiligheid: 7 } } });
    assert.equal(ok.statusCode, 201, ok.body);
    assert.equal((await h.app.inject({ url: '/api/enquete/onbekend-onbekend-onbekend' })).statusCode, 404);
    const opgeslagen = await h.started.ctx.db.selectFrom('enquete_respons').select('bron').execute();
    assert.deepEqual(opgeslagen.map((x) => x.bron), ['open'], 'labelled as open-link answer');
  });

  // 40 respondents in the Binnenstad: 16 young men feeling unsafe, 24 older women who do not; 10 in Jekerkwartier.
  const csv = () => {
    const regels = ['buurt;leeftijd;geslacht;onveilig_buurt;rapportcijfer_veiligheid'];
    for (let i = 0; i < 16; i++) regels.push('BU09350000;15-24;man;soms;6');
    for (let i = 0; i < 24; i++) regels.push('BU09350000;65+;vrouw;nooit;8');
    for (let i = 0; i < 10; i++) regels.push('BU09350001;25-44;man;vaak;5');
    return regels.join('\n');
  };

  test('a CSV with a bad line is rejected whole', async () => {
    const slecht = `${csv()}\nBU09350000;65+;vrouw;misschien;8\nBU99999999;65+;vrouw;nooit;8`;
    const r = await h.app.inject({ method: 'POST', url: `/api/enquete/rondes/${ronde}/import`, headers: analist, payload: { inhoud: slecht } });
    assert.equal(r.statusCode, 400);
    assert.deepEqual(r.json().fouten.map((f: { veld: string }) => f.veld), ['regel 52: onveilig_buurt', 'regel 53: buurt']);
    const n = await h.started.ctx.db.selectFrom('enquete_respons').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(n.n), 1);
  });

  test('unweighted with a warning without population; no figure under 30 respondents; target status', async () => {
    assert.equal((await h.app.inject({ method: 'POST', url: `/api/enquete/rondes/${ronde}/import`, headers: analist, payload: { inhoud: csv() } })).statusCode, 201);
    const obs = (await h.app.inject({ url: `/api/monitor/observaties?indicator=VM_ONV_BUURT_WELEENS&niveau=buurt&periode=${jaar}`, headers: analist })).json();
    const bs = obs.find((o: { gebied: { code: string } }) => o.gebied.code === 'BU09350000');
    assert.equal(bs.respondenten, 40);
    assert.ok(Math.abs(bs.waarde - 40) < 1e-9, `16 of 40 = 40 %: ${bs.waarde}`);
    assert.match(bs.waarschuwing, /Ongewogen/);
    // The survey target "≤ 25 %" belonged to MJP 2019-2022; this year falls in MJP 2023-2026, which set none.
    assert.equal(bs.doelStatus, Number(jaar) <= 2022 ? 'niet_op_koers' : null);
    const jk = obs.find((o: { gebied: { code: string } }) => o.gebied.code === 'BU09350001');
    assert.equal(jk.waarde, null);
    assert.match(jk.waarschuwing, /Minder dan 30/);
    const cijfer = (await h.app.inject({ url: `/api/monitor/observaties?indicator=VM_RC_VEIL_BUURT&niveau=buurt&periode=${jaar}`, headers: analist })).json();
    assert.ok(Math.abs(cijfer.find((o: { gebied: { code: string } }) => o.gebied.code === 'BU09350000').waarde - (16 * 6 + 24 * 8) / 40) < 1e-9);
  });

  test('weighted to the buurt population by age and sex once it is known', async () => {
    // Population: young men are half of the buurt (in the sample 16 of 40), older women the other half.
    const pop = ['buurt;jaar;leeftijd;geslacht;aantal', 'BU09350000;2024;15-24;man;2000', 'BU09350000;2024;65+;vrouw;2000'].join('\n');
    const r = await h.app.inject({ method: 'POST', url: '/api/enquete/bevolking', headers: analist, payload: { inhoud: pop } });
    assert.equal(r.statusCode, 201, r.body);
    const bad = await h.app.inject({ method: 'POST', url: '/api/enquete/bevolking', headers: analist, payload: { inhoud: 'buurt;jaar;leeftijd;geslacht;aantal\nBU09350000;2024;0-4;man;10' } });
    assert.equal(bad.statusCode, 400);
    const obs = (await h.app.inject({ url: `/api/monitor/observaties?indicator=VM_ONV_BUURT_WELEENS&niveau=buurt&periode=${jaar}`, headers: analist })).json();
    const bs = obs.find((o: { gebied: { code: string } }) => o.gebied.code === 'BU09350000');
    // Weighted: 0.5 · 100 % (young men) + 0.5 · 0 % = 50 %.
    assert.ok(Math.abs(bs.waarde - 50) < 1e-9, `${bs.waarde}`);
    assert.equal(bs.waarschuwing, null);
    assert.ok(bs.interval[0] < 50 && bs.interval[1] > 50);
  });

  test('personal codes: made per buurt as CSV or letters (PDF), one answer per code, typed loosely', async () => {
    const maak = (payload: object) => h.app.inject({ method: 'POST', url: `/api/enquete/rondes/${ronde}/uitnodigingen`, headers: analist, payload });
    const csvRes = await maak({ buurt: 'BU09350000', aantal: 3, formaat: 'csv' });
    assert.equal(csvRes.statusCode, 200, csvRes.body);
    assert.match(String(csvRes.headers['content-disposition']), /uitnodigingen-2025-BU09350000\.csv/);
    const regels = csvRes.body.replace(/^\ufeff/, '').trim().split(/\r\n/);
    assert.equal(regels[0], 'buurtcode;buurt;code;adres');
    const codes = regels.slice(1).map((r) => r.split(';')[2]!);
    assert.equal(codes.length, 3);
    for (const c of codes) assert.match(c, /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(new Set(codes).size, 3);
    // Only hashes are stored.
    const opgeslagen = await h.started.ctx.db.selectFrom('enquete_uitnodiging').select('code_hash').execute();
    assert.ok(opgeslagen.every((u) => !codes.some((c) => u.code_hash.includes(c.replace(/-/g, '')))));

    const pdf = await maak({ buurt: 'BU09350000', aantal: 2, formaat: 'pdf' });
    assert.equal(pdf.statusCode, 200);
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
    assert.equal((pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length, 2, 'one page per letter');
    assert.equal((await maak({ buurt: 'BU99999999', aantal: 2, formaat: 'pdf' })).statusCode, 400);
    assert.equal((await maak({ buurt: 'BU09350000', aantal: 0, formaat: 'csv' })).statusCode, 400);

    const pagina = await h.app.inject({ url: `/api/enquete/code/${codes[0]}` });
    assert.equal(pagina.statusCode, 200, pagina.body);
    assert.equal(pagina.json().buurt, 'Binnenstad');
    assert.equal((await h.app.inject({ url: '/api/enquete/code/ABCD-EFGH-JKMN' })).statusCode, 404);

    // Thirty answers on one code: one is stored, the rest is refused.
    const antwoord = { leeftijd: '25-44', geslacht: 'man', antwoorden: { onveilig_buurt: 'vaak' } };
    const codesStatus: number[] = [];
    for (let i = 0; i < 30; i++) codesStatus.push((await h.app.inject({ method: 'POST', url: `/api/enquete/code/${codes[0]}`, payload: antwoord })).statusCode);
    assert.equal(codesStatus.filter((c) => c === 201).length, 1);
    assert.equal(codesStatus.filter((c) => c === 409).length, 29);
    assert.equal((await h.app.inject({ url: `/api/enquete/code/${codes[0]}` })).statusCode, 409, 'a used code says so');
    // Typed from the letter: lower case, spaces, O for 0.
    const los = codes[1]!.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    assert.equal((await h.app.inject({ method: 'POST', url: `/api/enquete/code/${encodeURIComponent(los)}`, payload: antwoord })).statusCode, 201);
    const bronnen = await h.started.ctx.db.selectFrom('enquete_respons').select('bron').where('bron', '=', 'uitnodiging').execute();
    assert.equal(bronnen.length, 2);

    const rondes = (await h.app.inject({ url: '/api/enquete/rondes', headers: analist })).json();
    const bs = rondes[0].buurten.find((b: { buurt: { code: string } }) => b.buurt.code === 'BU09350000');
    assert.equal(bs.uitnodigingen, 5);
    assert.equal(bs.gebruikt, 2);
  });

  test('open-link answers never count in an estimate or target, however many there are', async () => {
    const rondes = (await h.app.inject({ url: '/api/enquete/rondes', headers: analist })).json();
    const link = rondes[0].buurten.find((b: { buurt: { code: string } }) => b.buurt.code === 'BU09350001').url as string;
    const token = link.split('/').pop()!;
    for (let i = 0; i < 30; i++) {
      assert.equal((await h.app.inject({ method: 'POST', url: `/api/enquete/${token}`, payload: { antwoorden: { onveilig_buurt: 'nooit' } } })).statusCode, 201);
    }
    const obs = (await h.app.inject({ url: `/api/monitor/observaties?indicator=VM_ONV_BUURT_WELEENS&niveau=buurt&periode=${jaar}`, headers: analist })).json();
    const jk = obs.find((o: { gebied: { code: string } }) => o.gebied.code === 'BU09350001');
    assert.equal(jk.respondenten, 10, 'only the 10 imported answers count');
    assert.equal(jk.waarde, null);
    const na = (await h.app.inject({ url: '/api/enquete/rondes', headers: analist })).json()[0].buurten.find((b: { buurt: { code: string } }) => b.buurt.code === 'BU09350001');
    assert.equal(na.openRespondenten, 30);
    assert.equal(na.respondenten, 10);
  });

  test('a round without the open link has no links; its codes still work', async () => {
    const r = await h.app.inject({ method: 'POST', url: '/api/enquete/rondes', headers: analist, payload: { naam: 'Alleen met codes', jaar: 2026 } });
    assert.equal(r.statusCode, 201);
    const rondes = (await h.app.inject({ url: '/api/enquete/rondes', headers: analist })).json();
    const nieuw = rondes.find((x: { id: string }) => x.id === r.json().id);
    assert.equal(nieuw.openLink, false);
    assert.ok(nieuw.buurten.every((b: { url: string | null }) => b.url === null));
  });
});
