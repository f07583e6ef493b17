import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeEngines, loginAs } from './helpers/engines.ts';

const BINNENSTAD = 'BU09350000';
// A point in the Binnenstad (buurt BU09350000), as the other tests use.
const PLEK = { lon: 5.6909, lat: 50.8513 };

describeEngines('publieke buurtsite: doelen, buurtagenda, onderdrukte cijfers, geen persoonsgegevens', (h) => {
  const uniek = (veld: string) => `ZZ-${veld}-${Math.random().toString(36).slice(2, 10)}`;
  const geplant: string[] = [];
  const plant = (veld: string) => {
    const s = uniek(veld);
    geplant.push(s);
    return s;
  };

  test('every free-text field gets a unique string; none reaches a public page, answer or open-data file', async () => {
    // Meldingen: description, address, contact details (3 jeugdoverlast in one buurt: a small count).
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await h.app.inject({
        method: 'POST',
        url: '/api/meldingen',
        payload: { omschrijving: `Jongeren bij de speeltuin ${plant('omschrijving')}`, categorie: 'jeugdoverlast', locatie: PLEK, adres: plant('adres'), contact: { naam: plant('naam'), email: `${plant('mail').toLowerCase()}@voorbeeld.nl`, telefoon: '0612345678', toestemming: true } },
      });
      assert.equal(r.statusCode, 201, r.body);
      ids.push(r.json().id);
    }
    await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: `Ruzie met de buren ${plant('gevoelig')}`, categorie: 'woonoverlast', locatie: PLEK } });
    // A casus with every free-text field: description, dossier, people involved, decision, task.
    const cas = await loginAs(h.app, 'casushouder');
    const z = await h.app.inject({ method: 'POST', url: '/api/casussen', headers: cas, payload: { zaaktype: 'overlastcasus', omschrijving: plant('casus'), meldingIds: [ids[0]] } });
    assert.equal(z.statusCode, 201, z.body);
    const zid = z.json().id;
    for (const [url, payload] of [
      [`/api/casussen/${zid}/dossier`, { soort: 'notitie', titel: plant('dossiertitel'), tekst: plant('dossiertekst') }],
      [`/api/casussen/${zid}/betrokkenen`, { rol: 'overlastgever', naam: plant('betrokkene'), adres: plant('betrokkeneadres'), doel: plant('doel') }],
      [`/api/casussen/${zid}/taken`, { organisatie: 'woonpunt', titel: plant('taaktitel'), omschrijving: plant('taakomschrijving') }],
    ] as const) {
      const r = await h.app.inject({ method: 'POST', url, headers: cas, payload });
      assert.ok(r.statusCode < 300, `${url}: ${r.body}`);
    }
    // Programme notes are internal too; only the buurtagenda's published texts are for the public.
    const ad = await loginAs(h.app, 'beleidsadviseur');
    await h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: ad, payload: { buurt: BINNENSTAD, titel: plant('concept-agendapunt'), eigenaarOrganisatie: 'gemeente-oov' } });
    const gepubliceerd = await h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: ad, payload: { buurt: BINNENSTAD, titel: 'Minder overlast bij de speeltuin', toelichting: 'Bewoners willen rust in de avond.', eigenaarOrganisatie: 'gemeente-oov', gepubliceerd: true } });
    assert.equal(gepubliceerd.statusCode, 201, gepubliceerd.body);
    const klaar = await h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: ad, payload: { buurt: BINNENSTAD, titel: 'Betere verlichting', eigenaarOrganisatie: 'gemeente-stadsbeheer', gepubliceerd: true } });
    const kid = klaar.json().id;
    assert.equal((await h.app.inject({ method: 'PATCH', url: `/api/programma/buurtagenda/${kid}`, headers: ad, payload: { status: 'afgerond' } })).statusCode, 400);
    assert.equal((await h.app.inject({ method: 'PATCH', url: `/api/programma/buurtagenda/${kid}`, headers: ad, payload: { status: 'afgerond', uitkomst: 'Twaalf lantaarns vervangen.' } })).statusCode, 204);

    // Everything public, anonymously: the gemeente, every wijk and buurt, the open-data catalogue and files.
    const wijken = (await h.app.inject({ url: '/api/gebieden?niveau=wijk' })).json().features.map((f: { properties: { code: string } }) => f.properties.code);
    const buurten = (await h.app.inject({ url: '/api/gebieden?niveau=buurt' })).json().features.map((f: { properties: { code: string } }) => f.properties.code);
    const adressen = ['/api/publiek', ...wijken.map((w: string) => `/api/publiek/wijken/${w}`), ...buurten.map((b: string) => `/api/publiek/buurten/${b}`), '/api/publiek/open-data'];
    const catalogus = (await h.app.inject({ url: '/api/publiek/open-data' })).json() as { csv: string; geojson: string }[];
    assert.ok(catalogus.length >= 4);
    for (const d of catalogus) adressen.push(d.csv, d.geojson);
    let alles = '';
    for (const url of adressen) {
      const r = await h.app.inject({ url });
      assert.ok(r.statusCode === 200 || (r.statusCode === 404 && url.includes('open-data/')), `${url}: ${r.statusCode} ${r.body.slice(0, 200)}`);
      alles += r.body;
    }
    for (const s of geplant) assert.ok(!alles.includes(s), `${s} staat in een publiek antwoord`);
    assert.ok(!alles.includes('0612345678'));

    // And what should be there is.
    const p = (await h.app.inject({ url: `/api/publiek/buurten/${BINNENSTAD}` })).json();
    assert.deepEqual(p.buurtagenda.map((a: { titel: string }) => a.titel), ['Minder overlast bij de speeltuin']);
    assert.deepEqual(p.uZeiWijDeden.map((a: { titel: string; uitkomst: string }) => [a.titel, a.uitkomst]), [['Betere verlichting', 'Twaalf lantaarns vervangen.']]);
    assert.equal(p.programma.titel, 'Zichtbaar, herkenbaar en voelbaar Veilig Maastricht');
    // Synthetic figures (the demo buurt populations under the rates) mark the page as demo, and only they.
    const demoCijfers = p.cijfers.some((c: { reeks: { demo: boolean }[] }) => c.reeks.some((r) => r.demo));
    assert.equal(p.demo, demoCijfers || p.maatregelen.some((m: { demo: boolean }) => m.demo) || p.meldingen.demo);
  });

  test('small counts are "< 5" and cannot be worked back from totals; sensitive categories only for the gemeente', async () => {
    const p = (await h.app.inject({ url: `/api/publiek/buurten/${BINNENSTAD}` })).json();
    const rij = (pagina: { meldingen: { rijen: { categorie: string; aantal: number | null; weergave: string }[] } }, naam: RegExp) => pagina.meldingen.rijen.find((r) => naam.test(r.categorie));
    const jeugd = rij(p, /jongeren|jeugd/i)!;
    assert.deepEqual([jeugd.aantal, jeugd.weergave], [null, '< 5']);
    // The only other cases in the buurt are zero, so the total would give the 3 away: it is hidden too.
    assert.deepEqual([p.meldingen.totaal.aantal, p.meldingen.totaal.weergave], [null, '< 5']);
    assert.equal(rij(p, /buren/i), undefined, 'woonoverlast is gevoelig: niet op buurtniveau');
    const gm = (await h.app.inject({ url: '/api/publiek' })).json();
    assert.ok(rij(gm, /buren/i), 'op gemeenteniveau wel');
    assert.equal(rij(gm, /buren/i)!.weergave, '< 5');
    const wijk = (await h.app.inject({ url: `/api/publiek/wijken/${p.gebied.wijk.code}` })).json();
    assert.equal(rij(wijk, /jongeren|jeugd/i)!.weergave, '< 5');
    for (const c of p.cijfers as { reeks: { onderdrukt: boolean; waarde: number | null; weergave: string }[] }[]) {
      for (const r of c.reeks) assert.equal(r.onderdrukt, r.waarde === null && r.weergave.startsWith('<'));
    }
  });

  test('cacheable with an ETag; an unknown buurt is a 404 problem', async () => {
    const r = await h.app.inject({ url: `/api/publiek/buurten/${BINNENSTAD}` });
    assert.ok(r.headers.etag);
    assert.match(String(r.headers['cache-control']), /public/);
    const nog = await h.app.inject({ url: `/api/publiek/buurten/${BINNENSTAD}`, headers: { 'if-none-match': String(r.headers.etag) } });
    assert.equal(nog.statusCode, 304);
    const weg = await h.app.inject({ url: '/api/publiek/buurten/BU09359999' });
    assert.equal(weg.statusCode, 404);
    assert.match(String(weg.headers['content-type']), /application\/problem\+json/);
    assert.equal((await h.app.inject({ url: '/api/publiek/buurten/iets' })).statusCode, 400);
  });
});
