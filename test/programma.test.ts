import assert from 'node:assert/strict';
import { test } from 'node:test';
import readXlsxFile from 'read-excel-file/node';
import { maakBestand, type Waarde } from '../src/server/platform/export.ts';
import { AGENDA_KOLOMMEN } from '../src/server/programma/programma.service.ts';
import { describeEngines, loginAs } from './helpers/engines.ts';

type Rij = Partial<Record<(typeof AGENDA_KOLOMMEN)[number], Waarde>>;
const xlsx = async (rijen: Rij[], kolommen: readonly string[] = AGENDA_KOLOMMEN) =>
  (await maakBestand('xlsx', 'agenda', [...kolommen], rijen.map((r) => kolommen.map((k) => r[k as keyof Rij] ?? null)))).inhoud.toString('base64');

const GOED: Rij[] = [
  { Actiepunt: 'ap-woon', Thema: 'overlast', 'Actiepunt titel': 'Woonoverlast', Afdeling: 'OOV', Maatregel: 'm-1', Titel: 'Aanpak zware woonoverlast', Soort: 'bestuurlijk', Eigenaar: 'gemeente-oov', Partners: 'woonpunt, servatius', Buurten: 'BU09350201', Randvoorwaarden: 'samenwerking', Start: '2025-02-01', Eind: '2026-06-30', Budget: 25000, Status: 'gepland', Publiek: 'ja' },
  { Actiepunt: 'ap-woon', Thema: 'overlast', 'Actiepunt titel': 'Woonoverlast', Afdeling: 'OOV', Maatregel: 'm-2', Titel: 'Prestatieafspraak drugshandel', Soort: 'civiel', Eigenaar: 'woonpunt', Partners: 'politie-limburg', Start: '2025-01-01', Eind: '2026-12-31', Status: 'gepland', Publiek: 'nee' },
  { Actiepunt: 'ap-hic', Thema: 'vvc_hic', 'Actiepunt titel': 'Inbraak', Maatregel: 'm-3', Titel: 'Buurtberichten na inbraak', Soort: 'preventie', Eigenaar: 'gemeente-oov', Randvoorwaarden: 'informatiegestuurd; preventie_repressie', Status: 'gestart' },
];

describeEngines('programma: the MJP as data, an uitvoeringsagenda from a spreadsheet, progress by its owners', (h) => {
  test('the current programme and its history come from the seed texts', async () => {
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const r = await h.app.inject({ url: '/api/programma', headers: ad });
    assert.equal(r.statusCode, 200, r.body);
    const p = r.json();
    assert.equal(p.code, 'mjp-2023-2026');
    assert.equal(p.titel, 'Zichtbaar, herkenbaar en voelbaar Veilig Maastricht');
    assert.equal(p.huidig, true);
    assert.deepEqual(p.themas.map((t: { code: string }) => t.code), ['ondermijning', 'vvc_hic', 'overlast', 'zorg_veiligheid', 'digitaal', 'onrust', 'communicatie']);
    assert.ok(p.themas[0].ambities.includes('Intensiveren van de lokale en regionale integrale aanpak.'));
    assert.deepEqual(p.themas.find((t: { code: string }) => t.code === 'overlast').doelstellingen[0].indicatoren, ['POL_OVERLAST_PER1000', 'MLD_OVERLAST']);
    const lijst = (await h.app.inject({ url: '/api/programma/programmas', headers: ad })).json();
    assert.deepEqual(lijst.map((x: { code: string; status: string }) => [x.code, x.status]), [['mjp-2023-2026', 'lopend'], ['mjp-2019-2022', 'vervangen']]);
    const oud = (await h.app.inject({ url: '/api/programma/programmas/mjp-2019-2022', headers: ad })).json();
    assert.equal(oud.missie.startsWith('We streven naar een zo veilig mogelijk Maastricht in 2022.'), true);
    const doelen = oud.themas.flatMap((t: { doelstellingen: { tekst: string }[] }) => t.doelstellingen.map((d) => d.tekst)).join(' ');
    assert.match(doelen, /lager dan 25 procent/);
    assert.match(doelen, /hoger dan een 7/);
    assert.equal((await h.app.inject({ url: '/api/programma' })).statusCode, 401);
    assert.equal((await h.app.inject({ url: '/api/programma/programmas/bestaat-niet', headers: ad })).statusCode, 404);
  });

  test('a bad spreadsheet is refused whole with row numbers; a good one is read, exported and read again', async () => {
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const nieuw = (payload: object) => h.app.inject({ method: 'POST', url: '/api/programma/programmas/mjp-2023-2026/agendas', headers: ad, payload });
    assert.equal((await nieuw({ code: 'ua-test', titel: 'Uitvoeringsagenda 2025-2026', van: '2025-01-01', tot: '2026-12-31' })).statusCode, 201);
    assert.equal((await nieuw({ code: 'ua-test', titel: 'Nog een keer', van: '2025-01-01', tot: '2026-12-31' })).statusCode, 409);
    assert.equal((await nieuw({ code: 'ua-later', titel: 'Te laat', van: '2027-01-01', tot: '2028-12-31' })).statusCode, 400);
    const lees = (inhoud: string) => h.app.inject({ method: 'POST', url: '/api/programma/agendas/ua-test/import', headers: ad, payload: { bestandsnaam: 'agenda.xlsx', inhoud } });

    const zonderKolom = await lees(await xlsx(GOED, AGENDA_KOLOMMEN.filter((k) => k !== 'Eigenaar')));
    assert.equal(zonderKolom.statusCode, 400);
    assert.match(zonderKolom.json().detail, /Eigenaar/);
    const fout = await lees(
      await xlsx([
        GOED[0]!,
        { ...GOED[1]!, Thema: 'onbekend' },
        { ...GOED[2]!, Eigenaar: 'nergens', Start: '2024-06-01' },
        { ...GOED[0]!, Partners: 'woonpunt' },
      ]),
    );
    assert.equal(fout.statusCode, 400);
    const fouten = fout.json().fouten as { veld: string; melding: string }[];
    assert.deepEqual([...new Set(fouten.map((f) => f.veld))], ['rij 3', 'rij 4', 'rij 5']);
    assert.ok(fouten.some((f) => f.veld === 'rij 3' && /onbekend thema "onbekend"/.test(f.melding)));
    assert.ok(fouten.some((f) => f.veld === 'rij 4' && /onbekende organisatie "nergens"/.test(f.melding)));
    assert.ok(fouten.some((f) => f.veld === 'rij 4' && /buiten de periode/.test(f.melding)));
    assert.ok(fouten.some((f) => f.veld === 'rij 5' && /twee keer/.test(f.melding)));
    assert.equal((await h.app.inject({ url: '/api/programma/maatregelen?agenda=ua-test', headers: ad })).json().totaal, 0);
    assert.equal((await lees(Buffer.from('geen excel').toString('base64'))).statusCode, 400);

    const goed = await lees(await xlsx(GOED));
    assert.equal(goed.statusCode, 200, goed.body);
    assert.deepEqual(goed.json(), { actiepunten: 2, nieuw: 3, bijgewerkt: 0 });
    const exp = await h.app.inject({ url: '/api/programma/agendas/ua-test/export', headers: ad });
    assert.equal(exp.statusCode, 200);
    const blad = (await readXlsxFile(exp.rawPayload)) as unknown;
    const rijen = (Array.isArray((blad as unknown[])[0]) ? blad : (blad as { data: unknown[][] }[])[0]!.data) as unknown[][];
    assert.deepEqual(rijen[0], [...AGENDA_KOLOMMEN]);
    assert.deepEqual(rijen.slice(1).map((r) => [r[0], r[4], r[8], r[10]]), [['ap-woon', 'm-1', 'gemeente-oov', 'woonpunt, servatius'], ['ap-woon', 'm-2', 'woonpunt', 'politie-limburg'], ['ap-hic', 'm-3', 'gemeente-oov', null]]);
    // The exported file reads back in: the same maatregelen, updated rather than doubled.
    const terug = await lees(exp.rawPayload.toString('base64'));
    assert.equal(terug.statusCode, 200, terug.body);
    assert.deepEqual(terug.json(), { actiepunten: 2, nieuw: 0, bijgewerkt: 3 });
    const boom = (await h.app.inject({ url: '/api/programma', headers: ad })).json();
    const agenda = boom.agendas.find((a: { code: string }) => a.code === 'ua-test');
    assert.deepEqual(agenda.actiepunten.map((a: { code: string; maatregelen: unknown[] }) => [a.code, a.maatregelen.length]), [['ap-woon', 2], ['ap-hic', 1]]);
  });

  test('a partner reports progress on its own maatregelen only, along the allowed steps', async () => {
    const partner = await loginAs(h.app, 'partner');
    const mijn = (await h.app.inject({ url: '/api/programma/maatregelen?mijn=true', headers: partner })).json();
    assert.deepEqual(mijn.items.map((m: { code: string; magBijwerken: boolean }) => [m.code, m.magBijwerken]), [['m-2', true]]);
    const alle = (await h.app.inject({ url: '/api/programma/maatregelen?agenda=ua-test&partner=woonpunt', headers: partner })).json();
    assert.deepEqual(alle.items.map((m: { code: string }) => m.code), ['m-1', 'm-2']);
    const ander = alle.items.find((m: { code: string }) => m.code === 'm-1');
    const eigen = mijn.items[0];
    const meld = (id: number, payload: object) => h.app.inject({ method: 'POST', url: `/api/programma/maatregelen/${id}/voortgang`, headers: partner, payload });
    assert.equal((await meld(ander.id, { datum: '2025-03-01', kleur: 'groen', tekst: 'Gaat goed.' })).statusCode, 403);
    assert.equal((await meld(eigen.id, { datum: '2025-03-01', kleur: 'paars', tekst: 'Gaat goed.' })).statusCode, 400);
    assert.equal((await meld(eigen.id, { datum: '2999-01-01', kleur: 'groen', tekst: 'Gaat goed.' })).statusCode, 400);
    assert.equal((await meld(eigen.id, { datum: '2025-03-01', kleur: 'groen', tekst: 'Klaar.', status: 'afgerond' })).statusCode, 409);
    assert.equal((await meld(eigen.id, { datum: '2025-03-01', kleur: 'oranje', tekst: 'Afspraak getekend; eerste signalen besproken.', status: 'gestart' })).statusCode, 204);
    const detail = (await h.app.inject({ url: `/api/programma/maatregelen/${eigen.id}`, headers: partner })).json();
    assert.equal(detail.status, 'gestart');
    assert.equal(detail.laatsteKleur, 'oranje');
    assert.deepEqual(detail.voortgang.map((v: { tekst: string; status: string; door: string }) => [v.tekst, v.status, v.door]), [['Afspraak getekend; eerste signalen besproken.', 'gestart', 'Pim Partner (Woonpunt)']]);
    assert.deepEqual(detail.volgendeStatussen, ['lopend', 'afgerond', 'gestopt']);
    assert.equal(detail.magWijzigen, false);
    // Changing the maatregel itself is programme management's.
    assert.equal((await h.app.inject({ method: 'PATCH', url: `/api/programma/maatregelen/${eigen.id}`, headers: partner, payload: { titel: 'Anders' } })).statusCode, 403);
    const log = await h.started.ctx.db.selectFrom('verwerking').select(['actie', 'object_id']).where('actie', '=', 'maatregel.voortgang').execute();
    assert.deepEqual(log.map((l) => l.object_id), [String(eigen.id)]);
  });

  test('after vaststelling the agenda cannot be re-imported, and a change needs a reason and is versioned', async () => {
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const status = (payload: object) => h.app.inject({ method: 'POST', url: '/api/programma/agendas/ua-test/status', headers: ad, payload });
    assert.equal((await status({ status: 'vastgesteld', reden: 'Te vroeg' })).statusCode, 409);
    assert.equal((await status({ status: 'afgestemd', reden: 'Bilaterale checks en collectieve sessie gehouden' })).statusCode, 204);
    assert.equal((await status({ status: 'vastgesteld', reden: 'Collegevergadering' })).statusCode, 400);
    assert.equal((await status({ status: 'vastgesteld', collegebesluit: 'B&W 2025/112', reden: 'Collegevergadering' })).statusCode, 204);
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/programma/agendas/ua-test/import', headers: ad, payload: { bestandsnaam: 'a.xlsx', inhoud: await xlsx(GOED) } })).statusCode, 409);
    const [m1] = (await h.app.inject({ url: '/api/programma/maatregelen?agenda=ua-test&thema=overlast', headers: ad })).json().items;
    const wijzig = (payload: object) => h.app.inject({ method: 'PATCH', url: `/api/programma/maatregelen/${m1.id}`, headers: ad, payload });
    assert.equal((await wijzig({ titel: 'Aanpak zware woonoverlast, met de 151d-ladder' })).statusCode, 400);
    assert.equal((await wijzig({ partners: ['bestaat-niet'], reden: 'Partner erbij' })).statusCode, 400);
    assert.equal((await wijzig({ titel: 'Aanpak zware woonoverlast, met de 151d-ladder', budget: 30000, reden: 'Afspraak in de driehoek' })).statusCode, 204);
    const d = (await h.app.inject({ url: `/api/programma/maatregelen/${m1.id}`, headers: ad })).json();
    assert.equal(d.titel, 'Aanpak zware woonoverlast, met de 151d-ladder');
    assert.equal(d.budget, 30000);
    assert.equal(d.agendaVastgesteld, true);
    assert.deepEqual(d.wijzigingen[0].velden.sort(), ['budget', 'titel']);
    assert.equal(d.wijzigingen[0].reden, 'Afspraak in de driehoek');
    const oud = await h.started.ctx.db.selectFrom('programma_wijziging').select(['voor']).where('object_id', '=', String(m1.id)).where('reden', '=', 'Afspraak in de driehoek').executeTakeFirstOrThrow();
    assert.deepEqual(oud.voor, { titel: 'Aanpak zware woonoverlast', budget: 25000 });
  });

  test('the theme dashboard counts maatregelen and shows the theme indicators with their targets', async () => {
    const bestuur = await loginAs(h.app, 'bestuur');
    const r = await h.app.inject({ url: '/api/programma/programmas/mjp-2023-2026/themas/overlast', headers: bestuur });
    assert.equal(r.statusCode, 200, r.body);
    const d = r.json();
    assert.deepEqual(d.perStatus, { gepland: 1, gestart: 1 });
    assert.deepEqual(d.perKleur, { geen: 1, oranje: 1 });
    assert.deepEqual(d.indicatoren.map((i: { indicator: { code: string } }) => i.indicator.code), ['POL_OVERLAST_PER1000', 'MLD_OVERLAST']);
    assert.equal(d.indicatoren[0].indicator.doel.programma.code, 'mjp-2023-2026');
    assert.equal((await h.app.inject({ url: '/api/programma/programmas/mjp-2023-2026/themas/nergens', headers: bestuur })).statusCode, 404);
    // A buurtagenda point links existing maatregelen only.
    const ad = await loginAs(h.app, 'beleidsadviseur');
    const nieuwPunt = (maatregelIds: number[]) => h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: ad, payload: { buurt: 'BU09350201', titel: 'Drugshandel bij het winkelcentrum', eigenaarOrganisatie: 'woonpunt', maatregelIds } });
    assert.equal((await nieuwPunt([999999])).statusCode, 400);
    assert.equal((await nieuwPunt(d.maatregelen.map((m: { id: number }) => m.id))).statusCode, 201);
    // Bestuur reads, but does not manage.
    assert.equal((await h.app.inject({ method: 'POST', url: '/api/programma/programmas/mjp-2023-2026/agendas', headers: bestuur, payload: { code: 'ua-x', titel: 'Agenda x', van: '2025-01-01', tot: '2025-12-31' } })).statusCode, 403);
  });
});
