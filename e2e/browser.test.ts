import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeScan, login as loginVia, SCREENSHOTS, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';

/**
 * End-to-end in Debian's Chromium (playwright-core, no browser download): log in, open Gebieden, see the 44
 * buurt shapes, click one, and scan every page with axe-core for WCAG 2.1 A/AA violations.
 */
describe('browser', { skip: skipReason }, () => {
  let h: BrowserHarness;
  let browser: Browser;
  let base: string;

  before(async () => {
    h = await startBrowserHarness();
    ({ browser, base } = h);
  });

  after(async () => {
    await h?.close();
  });

  const login = (page: Page, email: string) => loginVia(page, base, email);

  test('log in, open Gebieden, see 44 buurten, click one', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      // 401s are expected: the session probe before login and the deliberately wrong password.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${base}/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await axeScan(page, 'inloggen');

    // A wrong password shows an error and keeps the user on the login page.
    await page.getByLabel('E-mailadres').fill('analist@demo.buurtveilig.nl');
    await page.getByLabel('Wachtwoord').fill('fout');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('alert').filter({ hasText: 'onjuist' }).waitFor();

    await login(page, 'analist@demo.buurtveilig.nl');
    await axeScan(page, 'start');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebieden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gebieden' }).waitFor();
    await page.locator('.bv-map svg path.leaflet-interactive').first().waitFor();
    assert.equal(await page.locator('.bv-map svg path.leaflet-interactive').count(), 44);

    await page.locator('.bv-map path[data-code="BU09350000"]').click({ force: true });
    const panel = page.getByTestId('gekozen');
    await panel.getByText('Binnenstad').waitFor();
    assert.match(await panel.innerText(), /BU09350000/);
    assert.match(await panel.innerText(), /Wijk 00 Centrum/);

    // The keyboard route: the list of buurten selects too.
    await page.getByRole('button', { name: 'Jekerkwartier' }).click();
    await panel.getByText('BU09350001').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'gebieden.png'), fullPage: false });
    await axeScan(page, 'gebieden');

    // Switch to English and back.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Areas' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await axeScan(page, 'gebieden (en)');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();

    // The menu follows the permissions: an analist has no casussen and no beheer.
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    assert.equal(await nav.getByRole('link', { name: 'Casussen', exact: true }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Beheer', exact: true }).count(), 0);
    for (const [link, heading] of [
      ['Meldingen', 'Meldingen'],
      ['Monitor', 'Monitor'],
      ['Analyse', 'Analyse'],
      ['Programma', 'Programma'],
      ['Rapportages', 'Rapportages'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await axeScan(page, link);
    }
    await page.goto(`${base}/bestaat-niet`);
    await page.getByRole('heading', { level: 1, name: 'Er ging iets mis' }).waitFor();
    await axeScan(page, '404');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('beheerder pages: verwerkingenlog (search and chain check) and gebruikers', async () => {
    const page = await browser.newPage();
    await login(page, 'beheerder@demo.buurtveilig.nl');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Verwerkingenlog' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verwerkingenlog' }).waitFor();
    await page.locator('table tbody tr').first().waitFor();
    await axeScan(page, 'verwerkingenlog');
    await page.getByLabel('Actie').fill('sessie.inloggen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('table tbody tr td:nth-child(4)')].every((td) => td.textContent === 'sessie.inloggen'));
    await page.getByRole('button', { name: 'Controleer de keten' }).click();
    await page.getByText(/De keten is intact/).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'verwerkingenlog.png') });
    await axeScan(page, 'verwerkingenlog met controle');

    await page.goto(`${base}/beheer/gebruikers`);
    await page.getByRole('heading', { level: 1, name: 'Gebruikers' }).waitFor();
    await page.getByRole('cell', { name: 'fg@demo.buurtveilig.nl' }).waitFor();
    await axeScan(page, 'gebruikers');
    // Create a user, give her another role, switch the account off: she can no longer log in.
    await page.getByLabel('Naam', { exact: true }).fill('Nina Nieuw');
    await page.getByLabel('E-mailadres', { exact: true }).fill('nina@gemeente.example');
    await page.getByLabel('Eerste wachtwoord').fill('een-lang-wachtwoord');
    await page.getByLabel('Organisatie', { exact: true }).selectOption('gemeente-oov');
    await page.locator('form', { has: page.getByRole('heading', { name: 'Nieuwe gebruiker' }) }).getByLabel('Casushouder (casushouder)').check();
    await page.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await page.getByText('Gebruiker Nina Nieuw is aangemaakt.').waitFor();
    const rij = page.getByTestId('gebruiker-nina@gemeente.example');
    await rij.getByRole('button', { name: 'Rollen van Nina Nieuw' }).click();
    await page.locator('form', { has: page.getByRole('heading', { name: 'Rollen van Nina Nieuw' }) }).getByLabel('Analist / informatiemanager (analist)').check();
    await page.getByRole('button', { name: 'Rollen opslaan' }).click();
    await page.getByText('De rollen van Nina Nieuw zijn opgeslagen.').waitFor();
    await rij.getByText(/Analist/).waitFor();
    await rij.getByRole('button', { name: 'Uitzetten: Nina Nieuw' }).click();
    await rij.getByText('uitgezet').waitFor();
    await axeScan(page, 'gebruikers na wijzigen');
    const nina = await h.app.inject({ method: 'POST', url: '/api/sessie', payload: { email: 'nina@gemeente.example', wachtwoord: 'een-lang-wachtwoord' } });
    assert.equal(nina.statusCode, 401);

    // The outbox with dead letters and the templates: edit one and preview it.
    await page.goto(`${base}/beheer`);
    await page.getByRole('link', { name: 'Berichten en sjablonen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Berichten en sjablonen' }).waitFor();
    await page.getByTestId('berichten').waitFor();
    await page.getByLabel('Kies een sjabloon om aan te passen').selectOption({ index: 1 });
    await page.getByLabel('Onderwerp', { exact: true }).fill('Nieuws over uw melding {{referentie}}');
    await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    await page.getByTestId('sjabloon-voorbeeld').getByText(/^Nieuws over uw melding M-/).waitFor();
    await page.getByRole('button', { name: 'Sjabloon opslaan' }).click();
    await page.getByText(/Het sjabloon is opgeslagen/).waitFor();
    await axeScan(page, 'berichten');
    await page.close();
  });
});
