import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import type { Started } from '../src/server/bootstrap.ts';
import type { App } from '../src/server/platform/context.ts';
import { axeScan, login as loginVia, SCREENSHOTS, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';
import { startSmtp } from '../test/helpers/mail.ts';
import { startPdok, type PdokStandIn } from '../test/helpers/pdok.ts';

/**
 * The melding → casus chain end to end in Chromium: an anonymous resident reports with a map pin, a
 * casushouder promotes it to a woonoverlast casus and refers a task to the woningcorporatie, the partner
 * sees only that task and closes it, the casushouder records a besluit and closes, the reporter's status page
 * shows the progress and e-mail arrived; another organisation gets 403; everything is in the verwerkingenlog.
 */
describe('keten: melding → casus → partner → besluit → melder', { skip: skipReason }, () => {
  let h: BrowserHarness;
  let started: Started;
  let app: App;
  let browser: Browser;
  let base: string;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let pdok: PdokStandIn;

  before(async () => {
    smtp = await startSmtp();
    pdok = await startPdok();
    h = await startBrowserHarness({ smtpUrl: smtp.url, tileUrl: pdok.tileUrl, locatieserverUrl: pdok.locatieserverUrl });
    ({ started, app, browser, base } = h);
  });

  after(async () => {
    await h?.close();
    await smtp?.close();
    await pdok?.close();
  });

  const login = (page: Page, email: string) => loginVia(page, base, email);

  test('the whole chain', async () => {
    // 1. An anonymous resident files a melding: on the PDOK map (a local stand-in), by her location, by the
    // keyboard alternative, then by address; the place is named as an address and buurt, never coordinates.
    const bewonerContext = await browser.newContext({ geolocation: { latitude: 50.84951, longitude: 5.69863 }, permissions: ['geolocation'] });
    const bewoner = await bewonerContext.newPage();
    await bewoner.goto(`${base}/melden`);
    await bewoner.getByRole('heading', { level: 1, name: 'Melding doen' }).waitFor();
    await bewoner.locator('img.leaflet-tile-loaded').first().waitFor();
    assert.ok(pdok.verzoeken.some((u) => u.pathname.startsWith('/brt/achtergrondkaart/')), 'tiles came from the PDOK service');
    await bewoner.getByLabel('Beschrijf wat er gebeurt').fill('De bovenburen draaien elke nacht keiharde muziek en schreeuwen, we kunnen niet slapen.');
    // The suggestion is offered, not filled in as her answer.
    await bewoner.getByTestId('suggestie').getByText(/Wij denken dat het gaat over: Overlast van buren/).waitFor();
    assert.equal(await bewoner.getByLabel('Over welk onderwerp gaat het?').inputValue(), '');
    await bewoner.getByRole('button', { name: 'Ja, kies Overlast van buren' }).click();
    assert.equal(await bewoner.getByLabel('Over welk onderwerp gaat het?').inputValue(), 'woonoverlast');
    await bewoner.getByRole('button', { name: 'Gebruik mijn locatie' }).click();
    await bewoner.getByTestId('gekozen-plek').getByText('Gekozen plek: Wycker Brugstraat 2, 6221EC Maastricht, in de buurt Wyck.').waitFor();
    assert.equal(await bewoner.getByLabel('Adres of omschrijving van de plek (niet verplicht)').inputValue(), 'Wycker Brugstraat 2, 6221EC Maastricht');
    await bewoner.getByRole('button', { name: 'Midden van de kaart kiezen' }).click();
    await bewoner.getByTestId('gekozen-plek').getByText(/Gekozen plek: .*in de buurt Wyck/).waitFor();
    await bewoner.getByLabel('Zoek een adres of buurt').fill('Markt 78');
    await bewoner.getByRole('button', { name: 'Markt 78, 6211CN Maastricht', exact: true }).click();
    await bewoner.getByTestId('gekozen-plek').getByText(/^Gekozen plek: Markt 78, 6211CN Maastricht, in de buurt /).waitFor();
    assert.doesNotMatch(await bewoner.getByTestId('gekozen-plek').innerText(), /\d+\.\d{4}/);
    await bewoner.getByLabel('E-mailadres').fill('bewoner@example.nl');
    const sharp = (await import('sharp')).default;
    const foto = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#36c' } }).jpeg().toBuffer();
    await bewoner.setInputFiles('#fotos', { name: 'balkon.jpg', mimeType: 'image/jpeg', buffer: foto });
    await bewoner.getByText('Gekozen: balkon.jpg').waitFor();
    await axeScan(bewoner, 'melden');
    await bewoner.getByRole('button', { name: 'Melding versturen' }).click();
    const referentie = await bewoner.getByTestId('referentie').innerText();
    assert.match(referentie, /^M-\d{4}-\d{6}$/);
    const statusHref = await bewoner.getByTestId('statuslink').getAttribute('href');
    assert.ok(statusHref);

    // 2. It reached the right team with the suggested category; the casushouder promotes it to a casus.
    const cas = await browser.newPage();
    await login(cas, 'casushouder@demo.buurtveilig.nl');
    await cas.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Meldingen', exact: true }).click();
    // The default list (open work of my teams): the new melding is the first row of page one; names, not codes.
    await cas.getByTestId('per-status').getByRole('button', { name: /Ontvangen: \d+/ }).waitFor();
    const eerste = cas.getByRole('group', { name: 'Lijst van meldingen' }).locator('tbody tr').first();
    await eerste.getByRole('link', { name: referentie }).waitFor();
    assert.match(await eerste.innerText(), /OOV team overlast/);
    await cas.getByLabel('Zoeken op nummer of tekst').fill('keiharde muziek');
    await cas.getByRole('button', { name: 'Zoeken' }).click();
    await cas.getByRole('group', { name: 'Lijst van meldingen' }).getByText(/^1 meldingen/).waitFor();
    await cas.getByLabel('Zoeken op nummer of tekst').fill('');
    await cas.getByRole('button', { name: 'Zoeken' }).click();
    // Work list: take the melding (bulk assignment of one), see it under "Aan mij toegewezen" and on the map.
    await cas.getByLabel(`Melding ${referentie} kiezen`).check();
    const behandelaarOpties = await cas.getByLabel('Aan behandelaar').locator('option').allInnerTexts();
    await cas.getByLabel('Aan behandelaar').selectOption({ label: behandelaarOpties.find((o) => /casushouder/i.test(o)) ?? behandelaarOpties[2]! });
    await cas.getByRole('button', { name: 'Toewijzen' }).click();
    await cas.getByText('1 meldingen toegewezen.').waitFor();
    await cas.getByLabel('Behandelaar', { exact: true }).selectOption('ik');
    await cas.getByRole('link', { name: referentie }).waitFor();
    await axeScan(cas, 'meldingen');
    await cas.getByRole('button', { name: 'Kaart' }).click();
    await cas.locator('path.bv-melding-punt').first().waitFor();
    await cas.getByRole('button', { name: 'Lijst' }).click();
    await cas.getByRole('link', { name: referentie }).click();
    await cas.getByRole('heading', { level: 1, name: `Melding ${referentie}` }).waitFor();
    // Names, not codes; the resident's choice and the system's suggestion apart; the place as address and buurt on a map.
    await cas.getByTestId('melding-team').getByText(/^OOV team overlast \(regel: Woonoverlast naar team overlast\)$/).waitFor();
    await cas.getByTestId('melding-onderwerp').getByText(/Overlast van buren/).waitFor();
    assert.match(await cas.getByTestId('melding-keuze').innerText(), /Overlast van buren/);
    assert.match(await cas.getByTestId('melding-suggestie').innerText(), /^Overlast van buren.* \(zekerheid \d+ %\)$/);
    assert.match(await cas.getByTestId('melding-plek').innerText(), /^Markt 78, 6211CN Maastricht, buurt /);
    await cas.getByTestId('plekkaart').locator('path.bv-plek-punt').waitFor();
    await cas.getByRole('img', { name: 'Foto 1 bij de melding' }).waitFor();
    assert.ok(await cas.getByRole('img', { name: 'Foto 1 bij de melding' }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 80));
    await axeScan(cas, 'melding');
    await cas.getByLabel('Soort casus').selectOption('woonoverlast_151d');
    await cas.getByLabel('Korte omschrijving van de casus').fill('Nachtelijke overlast bovenwoning');
    await cas.getByRole('button', { name: 'Casus maken' }).click();
    await cas.getByRole('heading', { level: 1, name: /Woonoverlast .*Z-\d{4}-\d{6}/ }).waitFor();
    const casusUrl = cas.url();
    const zaakId = casusUrl.split('/').pop()!;
    // The casus links back to its melding, and the melding forward to the casus.
    await cas.getByTestId('casus-meldingen').getByRole('link', { name: referentie }).click();
    await cas.getByTestId('melding-casussen').getByRole('link', { name: /^Z-\d{4}-\d{6}$/ }).click();
    await cas.waitForURL(casusUrl);
    // Members and betrokkenen have screens: a colleague joins, the tenant is recorded with a purpose.
    await cas.getByLabel('Rol van de betrokkene').selectOption('overlastgever');
    await cas.getByLabel('Adres (niet verplicht)').fill('Markt 78, 6211CN Maastricht');
    await cas.getByLabel('Waarvoor zijn deze gegevens nodig?').fill('Aanschrijven in het kader van art. 151d');
    await cas.getByRole('button', { name: 'Betrokkene vastleggen' }).click();
    await cas.getByTestId('casus-betrokkenen').getByText(/Overlastgever.*Markt 78/).waitFor();
    const kandidaten = await cas.getByLabel('Wie wordt lid?').locator('option').allInnerTexts();
    const collega = kandidaten.find((o) => /\(collega\)$/.test(o));
    assert.ok(collega, kandidaten.join(' | '));
    await cas.getByLabel('Wie wordt lid?').selectOption({ label: collega });
    await cas.getByRole('button', { name: 'Lid toevoegen' }).click();
    await cas.getByText('Het lid is toegevoegd.').waitFor();
    await axeScan(cas, 'casus met betrokkenen');
    await cas.getByRole('button', { name: 'Naar deze stap' }).first().click();
    await cas.getByTestId('casus-stap').filter({ hasText: 'Dossieropbouw' }).waitFor();
    await cas.getByLabel('Doorverwijzen naar').selectOption('woonpunt');
    await cas.getByLabel('Wat moet er gebeuren?').fill('Huurder aanspreken op nachtelijke overlast');
    await cas.getByLabel('Toelichting bij de taak').fill('Graag een gesprek met de huurder.');
    await cas.getByRole('button', { name: 'Taak doorzetten' }).click();
    await cas.getByText('De taak is doorgezet.').waitFor();
    await axeScan(cas, 'casus');

    // 3. The woningcorporatie sees only this task, and closes it with an outcome.
    const partner = await browser.newPage();
    await login(partner, 'partner@demo.buurtveilig.nl');
    await partner.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Taken', exact: true }).click();
    await partner.getByRole('heading', { level: 2, name: 'Huurder aanspreken op nachtelijke overlast' }).waitFor();
    assert.equal(await partner.getByTestId('taak').count(), 1);
    await axeScan(partner, 'taken');
    await partner.getByRole('button', { name: 'Accepteren' }).click();
    await partner.getByTestId('taak-status').filter({ hasText: 'geaccepteerd' }).waitFor();
    await partner.getByLabel('Uitkomst').selectOption('opgelost');
    await partner.getByLabel('Toelichting voor de gemeente').fill('Huurder gesproken; hij zet de muziek voortaan zachter.');
    await partner.getByRole('button', { name: 'Taak afronden' }).click();
    await partner.getByTestId('taak-status').filter({ hasText: 'afgerond: opgelost' }).waitFor();

    // 4. The casushouder records a besluit and closes the casus.
    await cas.reload();
    await cas.getByTestId('taak-status').filter({ hasText: 'afgerond: opgelost' }).waitFor();
    await cas.getByLabel('Besluit', { exact: true }).selectOption('bestuurlijke_waarschuwing');
    await cas.getByLabel('Toelichting bij het besluit').fill('Waarschuwing verstuurd aan de bewoner.');
    await cas.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await cas.getByText('Het besluit is vastgelegd.').waitFor();
    await cas.getByLabel('Resultaat').selectOption('opgelost_licht');
    await cas.getByLabel('Toelichting bij het afsluiten').fill('Na gesprek en waarschuwing is de overlast gestopt.');
    await cas.getByRole('button', { name: 'Casus afsluiten' }).click();
    await cas.getByTestId('casus-stap').filter({ hasText: 'Afgesloten' }).waitFor();
    await cas.screenshot({ path: path.join(SCREENSHOTS, 'casus.png'), fullPage: true });

    // 5. The reporter's status page shows the progress; the e-mail arrived at the SMTP server.
    await bewoner.goto(`${base}${statusHref}`);
    await bewoner.getByTestId('status-referentie').filter({ hasText: referentie }).waitFor();
    const verloop = await bewoner.getByTestId('verloop').innerText();
    assert.match(verloop, /ontvangen/);
    assert.match(verloop, /bredere aanpak/);
    // The outcome in B1, as e-mailed, and the satisfaction question.
    assert.match(await bewoner.getByTestId('status-uitkomst').innerText(), /De overlast is opgelost met een lichte aanpak/);
    await bewoner.getByRole('heading', { level: 2, name: 'Bent u tevreden?' }).waitFor();
    await axeScan(bewoner, 'status');
    await started.ctx.berichten.runOnce();
    const mails = smtp.mails.filter((m) => m.to === 'bewoner@example.nl');
    assert.ok(mails.length >= 2, `mails: ${smtp.mails.map((m) => m.subject).join(' | ')}`);
    assert.ok(mails.every((m) => m.subject.includes(referentie)));
    assert.ok(smtp.mails.some((m) => m.to === 'overlast@woonpunt.demo.buurtveilig.nl'));

    // 6. A user of another organisation gets 403 on the casus.
    const beheerLogin = await app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'beheerder@demo.buurtveilig.nl', wachtwoord: 'Maastricht-demo-2026' } });
    const beheer = { cookie: `bv_sessie=${beheerLogin.cookies.find((c) => c.name === 'bv_sessie')!.value}`, 'x-csrf-token': beheerLogin.json().csrfToken };
    await app.inject({
      method: 'POST',
      url: '/api/gebruikers',
      headers: beheer,
      payload: { email: 'agent@politie.example', naam: 'Agent', wachtwoord: 'een-lang-wachtwoord', rollen: ['partner'], organisatie: 'politie-limburg' },
    });
    const politie = await browser.newPage();
    await politie.goto(`${base}/`);
    await politie.getByLabel('E-mailadres').fill('agent@politie.example');
    await politie.getByLabel('Wachtwoord').fill('een-lang-wachtwoord');
    await politie.getByRole('button', { name: 'Inloggen' }).click();
    await politie.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
    const status = await politie.evaluate(async (id) => (await fetch(`/api/casussen/${id}`)).status, zaakId);
    assert.equal(status, 403);
    await politie.goto(`${base}/casussen/${zaakId}`);
    await politie.getByRole('alert').filter({ hasText: 'geen lid' }).waitFor();

    // 7. PDOK unreachable: the form says so, keeps the buurt outlines, and the search still finds buurten.
    pdok.storing = true;
    try {
      const offline = await browser.newPage();
      await offline.goto(`${base}/melden`);
      await offline.getByText('De kaart met straten is nu niet bereikbaar. U ziet alleen de buurtgrenzen. Zoek uw adres of kies een buurt.').waitFor();
      await offline.getByLabel('Zoek een adres of buurt').fill('Wyck');
      await offline.getByText(/landelijke adreszoeker is nu niet bereikbaar/).waitFor();
      await offline.getByRole('button', { name: 'Wyck (buurt)', exact: true }).click();
      await offline.getByTestId('gekozen-plek').getByText(/in de buurt Wyck/).waitFor();
      await axeScan(offline, 'melden zonder PDOK');
      await offline.close();
    } finally {
      pdok.storing = false;
    }

    // 8. All of it is in the verwerkingenlog.
    const acties = (await started.ctx.db.selectFrom('verwerking').select('actie').execute()).map((r) => r.actie);
    for (const a of ['melding.aanmaken', 'melding.raadplegen', 'zaak.aanmaken', 'taak.aanmaken', 'taak.accepteren', 'taak.afronden', 'zaak.besluit_vastleggen', 'zaak.afsluiten', 'zaak.raadplegen']) {
      assert.ok(acties.includes(a), a);
    }
  });
});
