import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runRetentie } from '../src/server/retentie/retentie.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

const BINNENSTAD = 'BU09350000';
const IN_BINNENSTAD = { lon: 5.6909, lat: 50.8513 };
const IN_WYCK = { lon: 5.7005, lat: 50.8485 };

describeEngines('participatie: buurtschouw to meldingen, buurtpreventie with a purpose-bound contact, the werkvorm acute onveiligheid', (h) => {
  test('a buurtschouw: points in the buurt, turned into meldingen in one step, the outcome published per buurt', async () => {
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const s = await h.app.inject({ method: 'POST', url: '/api/participatie/schouwen', headers: ad, payload: { buurt: BINNENSTAD, datum: '2026-11-20', thema: 'Heel, schoon en veilig', deelnemers: ['wijkagent', 'Woonpunt', 'bewoners'] } });
    assert.equal(s.statusCode, 201, s.body);
    const id = s.json().id;
    const punt = (payload: object) => h.app.inject({ method: 'POST', url: `/api/participatie/schouwen/${id}/punten`, headers: ad, payload });
    assert.equal((await punt({ ...IN_BINNENSTAD, categorie: 'verlichting', omschrijving: 'Lantaarn in de steeg achter de kerk is kapot.' })).statusCode, 201);
    assert.equal((await punt({ ...IN_BINNENSTAD, categorie: 'hangplek', omschrijving: 'Bankje bij het plein waar jongeren blijven hangen.', actiehouder: 'gemeente-oov' })).statusCode, 201);
    const buiten = await punt({ ...IN_WYCK, categorie: 'zwerfvuil', omschrijving: 'Vuil bij de containers aan de overkant.' });
    assert.equal(buiten.statusCode, 400);
    assert.match(buiten.body, /niet in de buurt van de schouw/);
    assert.equal((await punt({ ...IN_BINNENSTAD, categorie: 'onbekend', omschrijving: 'Iets wat niet in de lijst staat.' })).statusCode, 400);

    // A photo the intake cannot read: that point stays open and is reported, the others become meldingen.
    assert.equal((await punt({ ...IN_BINNENSTAD, categorie: 'vernieling', omschrijving: 'Bekraste bushalte naast de kerk.', foto: 'data:image/jpeg;base64,bm9nZWVuZm90bw==' })).statusCode, 201);
    const m = await h.app.inject({ method: 'POST', url: `/api/participatie/schouwen/${id}/meldingen`, headers: ad });
    assert.equal(m.statusCode, 200, m.body);
    assert.equal(m.json().gemaakt.length, 2);
    assert.equal(m.json().mislukt.length, 1);
    // Twice does not make them twice; the refused point is tried again and refused again.
    const nog = (await h.app.inject({ method: 'POST', url: `/api/participatie/schouwen/${id}/meldingen`, headers: ad })).json();
    assert.deepEqual([nog.gemaakt.length, nog.mislukt.length], [0, 1]);
    const cas = await loginAs(h.app, 'casushouder');
    const lijst = (await h.app.inject({ url: '/api/meldingen?limit=50', headers: cas })).json();
    const uitSchouw = lijst.items.filter((x: { kanaal: string }) => x.kanaal === 'buurtschouw');
    assert.deepEqual(uitSchouw.map((x: { categorie: string }) => x.categorie).sort(), ['jeugdoverlast', 'openbare_ruimte']);
    const [schouw] = (await h.app.inject({ url: `/api/participatie/schouwen?buurt=${BINNENSTAD}`, headers: ad })).json();
    assert.deepEqual(schouw.punten.map((p: { statusNaam: string; melding: { referentie: string } | null }) => [p.statusNaam, !!p.melding]), [['Melding gemaakt', true], ['Melding gemaakt', true], ['Open', false]]);

    const status = (payload: object) => h.app.inject({ method: 'POST', url: `/api/participatie/schouwen/${id}/status`, headers: ad, payload });
    assert.equal((await status({ status: 'afgerond' })).statusCode, 409);
    assert.equal((await status({ status: 'gelopen', gepubliceerd: true })).statusCode, 400);
    assert.equal((await status({ status: 'gelopen', gepubliceerd: true, samenvatting: 'We liepen met twaalf bewoners; twee punten zijn als melding doorgezet.' })).statusCode, 204);
    const pub = (await h.app.inject({ url: `/api/publiek/buurten/${BINNENSTAD}` })).json();
    assert.deepEqual(pub.buurtschouwen.map((x: { thema: string; punten: { categorie: string; aantal: number }[] }) => [x.thema, x.punten.map((p) => [p.categorie, p.aantal])]), [['Heel, schoon en veilig', [['Verlichting', 1], ['Hangplek', 1], ['Vernieling', 1]]]]);
    assert.ok(!JSON.stringify(pub).includes('achter de kerk'), 'the points’ own texts stay internal');
  });

  test('buurtpreventie: the coordinator contact is read only with a reason, and erased after the group is inactive', async () => {
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const g = await h.app.inject({ method: 'POST', url: '/api/participatie/buurtpreventie', headers: ad, payload: { naam: 'WhatsApp Buurtpreventie Jekerkwartier', buurten: ['BU09350001'], coordinatorNaam: 'J. de Vries', coordinatorContact: 'coordinator@voorbeeld.nl', aantalDeelnemers: 64, bordGeplaatst: true } });
    assert.equal(g.statusCode, 201, g.body);
    const id = g.json().id;
    const lijst = (await h.app.inject({ url: '/api/participatie/buurtpreventie', headers: ad })).json();
    assert.equal(lijst[0].heeftContact, true);
    assert.ok(!JSON.stringify(lijst).includes('coordinator@voorbeeld.nl'), 'the list carries no contact');
    const bestuur = await loginAs(h.app, 'bestuur');
    assert.equal((await h.app.inject({ method: 'POST', url: `/api/participatie/buurtpreventie/${id}/contact`, headers: bestuur, payload: { reden: 'even kijken' } })).statusCode, 403);
    const c = await h.app.inject({ method: 'POST', url: `/api/participatie/buurtpreventie/${id}/contact`, headers: ad, payload: { reden: 'uitnodiging buurtpreventieavond' } });
    assert.equal(c.statusCode, 200, c.body);
    assert.equal(c.json().contact, 'coordinator@voorbeeld.nl');
    const log = await h.started.ctx.db.selectFrom('verwerking').select(['actie', 'persoonsgegevens', 'details']).where('actie', '=', 'buurtpreventie.contact_inzien').execute();
    assert.equal(log.length, 1);
    assert.equal(log[0]!.persoonsgegevens, true);

    assert.equal((await h.app.inject({ method: 'PATCH', url: `/api/participatie/buurtpreventie/${id}`, headers: ad, payload: { status: 'actief' } })).statusCode, 204);
    assert.equal((await h.app.inject({ method: 'PATCH', url: `/api/participatie/buurtpreventie/${id}`, headers: ad, payload: { status: 'aangemeld' } })).statusCode, 409);
    assert.equal((await h.app.inject({ method: 'PATCH', url: `/api/participatie/buurtpreventie/${id}`, headers: ad, payload: { status: 'inactief' } })).statusCode, 204);
    const day = 86_400_000;
    assert.equal((await runRetentie(h.started.ctx, { now: new Date(Date.now() + 30 * day) })).buurtpreventieContactenVerwijderd, 0);
    assert.equal((await runRetentie(h.started.ctx, { now: new Date(Date.now() + 91 * day) })).buurtpreventieContactenVerwijderd, 1);
    const na = (await h.app.inject({ method: 'POST', url: `/api/participatie/buurtpreventie/${id}/contact`, headers: ad, payload: { reden: 'nog een keer proberen' } })).json();
    assert.deepEqual([na.naam, na.contact], [null, null]);
    assert.ok((await h.app.inject({ url: '/api/participatie/buurtpreventie', headers: ad })).json()[0].contactVerwijderdOp);
  });

  test('a werkvorm acute onveiligheid needs its joint analysis; a bewonersavond does not', async () => {
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const post = (payload: object) => h.app.inject({ method: 'POST', url: '/api/participatie/bijeenkomsten', headers: ad, payload });
    assert.equal((await post({ buurt: BINNENSTAD, datum: '2026-11-25', soort: 'werkvorm_acuut', titel: 'Onrust na de steekpartij' })).statusCode, 400);
    const analyse = {
      probleem: 'Bewoners durven na de steekpartij niet meer over het plein.',
      oorzakenBewoners: 'Slechte verlichting, groepen die blijven hangen.',
      oorzakenPartners: 'Conflict tussen twee groepen; het plein is een doorgangsroute.',
      opties: [{ optie: 'Extra verlichting en cameratoezicht', verwachtEffect: 'meer zicht, minder gevoel van onveiligheid' }, { optie: 'Jongerenwerk op het plein', verwachtEffect: 'minder spanning tussen de groepen' }],
      gekozenAanpak: 'Beide: verlichting binnen vier weken, jongerenwerk twee avonden per week.',
      eigenaren: ['gemeente-oov', 'politie-limburg'],
      vervolgdatum: '2026-12-20',
    };
    assert.equal((await post({ buurt: BINNENSTAD, datum: '2026-11-25', soort: 'werkvorm_acuut', titel: 'Onrust na de steekpartij', analyse: { ...analyse, eigenaren: ['nergens'] } })).statusCode, 400);
    const w = await post({ buurt: BINNENSTAD, datum: '2026-11-25', soort: 'werkvorm_acuut', titel: 'Onrust na de steekpartij', aanwezig: 34, analyse });
    assert.equal(w.statusCode, 201, w.body);
    const punt = (await h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: ad, payload: { buurt: BINNENSTAD, titel: 'Rust in de nacht', eigenaarOrganisatie: 'gemeente-oov' } })).json().id;
    const elders = (await h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: ad, payload: { buurt: 'BU09350006', titel: 'Parkeren bij het station', eigenaarOrganisatie: 'gemeente-oov' } })).json().id;
    assert.equal((await post({ buurt: BINNENSTAD, datum: '2026-10-01', soort: 'bewonersavond', titel: 'Bewonersavond Binnenstad', agendaPuntIds: [elders] })).statusCode, 400);
    assert.equal((await post({ buurt: BINNENSTAD, datum: '2026-10-01', soort: 'bewonersavond', titel: 'Bewonersavond Binnenstad', onderwerpen: ['uitgaan', 'verlichting'], aanwezig: 51, opgehaald: 'Geluid in de nacht.', agendaPuntIds: [punt] })).statusCode, 201);
    const lijst = (await h.app.inject({ url: `/api/participatie/bijeenkomsten?buurt=${BINNENSTAD}`, headers: ad })).json();
    assert.deepEqual(lijst.map((b: { soortNaam: string; analyse: unknown }) => [b.soortNaam, b.analyse !== null]), [['Werkvorm acute onveiligheid', true], ['Bewonersavond', false]]);
  });
});
