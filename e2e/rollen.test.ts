import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { axeScan, login as loginVia, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';

/**
 * Per role in Chromium: the start page lists what needs this user today (each item one click from its work),
 * pages a role may not use are neither in the menu nor reachable by address (a B1 refusal instead), and a
 * resident's public page asks nothing it is not allowed (no 401 in the console).
 */
describe('rollen: start page per role and page guards', { skip: skipReason }, () => {
  let h: BrowserHarness;
  let browser: Browser;
  let base: string;
  let referentie: string;

  before(async () => {
    h = await startBrowserHarness();
    ({ browser, base } = h);
    // One new melding for the casushouder's team, through the public API as a resident would.
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/meldingen',
      payload: { omschrijving: 'Elke nacht harde muziek en geschreeuw uit de bovenwoning.', categorie: 'woonoverlast', locatie: { lon: 5.69863, lat: 50.84951 } },
    });
    assert.equal(res.statusCode, 201, res.body);
    referentie = res.json().referentie;
  });

  after(async () => {
    await h?.close();
  });

  /** A fresh page that records every console error and uncaught exception. */
  const pagina = async () => {
    const page = await browser.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
    return { page, fouten };
  };
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

  test('a resident on the public pages: no session probe, no console error', async () => {
    const { page, fouten } = await pagina();
    for (const url of ['/melden', '/buurtberichten', '/enquete/code']) {
      await page.goto(`${base}${url}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    }
    assert.deepEqual(fouten, []);
    // The English switch translates the resident's pages, the header included.
    await page.goto(`${base}/melden`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Report a problem' }).waitFor();
    await page.getByLabel('Describe what is happening').waitFor();
    await page.getByRole('button', { name: 'Use my location' }).waitFor();
    await page.getByRole('link', { name: 'Report a problem' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await axeScan(page, 'melden (English)');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Melding doen' }).waitFor();
    await page.close();
  });

  test('bestuur: key figures on the start page, no analyst or case pages, no "Inlezen"', async () => {
    const { page, fouten } = await pagina();
    await loginVia(page, base, 'bestuur@demo.buurtveilig.nl');
    await page.getByTestId('vandaag-cijfers').getByRole('link', { name: 'Naar de monitor' }).waitFor();
    assert.equal(await page.getByTestId('vandaag-meldingen').count(), 0);
    const links = await menu(page).getByRole('link').allInnerTexts();
    for (const n of ['Meldingen', 'Analyse', 'Casussen', 'Beheer']) assert.ok(!links.includes(n), `${n} in the menu of bestuur: ${links.join(', ')}`);
    await axeScan(page, 'start bestuur');
    for (const url of ['/analyse', '/meldingen', '/monitor/inlezen', '/beheer/gebruikers']) {
      await page.goto(`${base}${url}`);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      await page.getByText('U mag deze pagina niet zien. Vraag uw beheerder om toegang.').waitFor();
    }
    await axeScan(page, 'geen toegang');
    await page.goto(`${base}/monitor`);
    await page.getByRole('heading', { level: 1, name: /Monitor/ }).waitFor();
    await page.getByRole('link', { name: 'Andere gemeenten' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Inlezen' }).count(), 0);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByLabel('Level').waitFor();
    await page.getByRole('link', { name: 'Other municipalities' }).waitFor();
    await axeScan(page, 'monitor (English)');
    await page.getByRole('link', { name: 'Other municipalities' }).click();
    await page.getByRole('heading', { level: 1, name: 'Comparison with other municipalities' }).waitFor();
    await page.getByTestId('vergelijking-samenvatting').getByText(/registered crimes per 1,000 inhabitants/).waitFor();
    await axeScan(page, 'other municipalities (English)');
    await page.goto(`${base}/monitor/gebied/BU09350000`);
    await page.getByRole('heading', { level: 1, name: 'Area profile Binnenstad' }).waitFor();
    await page.getByText('Figures and perception side by side').waitFor();
    await axeScan(page, 'area profile (English)');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
    // The refusals were made by the router, so the browser asked the API for nothing it may not read.
    assert.deepEqual(fouten, []);
    await page.close();
  });

  test('casushouder: the new melding on the start page, one click from its detail', async () => {
    const { page } = await pagina();
    await loginVia(page, base, 'casushouder@demo.buurtveilig.nl');
    const blok = page.getByTestId('vandaag-meldingen');
    await blok.getByText('1 nieuw, nog niet beoordeeld').waitFor();
    await page.getByTestId('vandaag-casussen').waitFor();
    await axeScan(page, 'start casushouder');
    await blok.getByRole('link', { name: referentie }).click();
    await page.getByRole('heading', { level: 1, name: `Melding ${referentie}` }).waitFor();
    // The work list in English.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Reports', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    await page.getByRole('group', { name: 'List of reports' }).getByText(/^1 reports \(1–1 shown\): new ones on top/).waitFor();
    await page.getByLabel('Search by number or text').waitFor();
    await axeScan(page, 'reports (English)');
    await page.getByRole('link', { name: referentie }).click();
    await page.getByRole('heading', { level: 1, name: `Report ${referentie}` }).waitFor();
    await page.getByText("Reporter's choice").waitFor();
    await axeScan(page, 'report (English)');
    // She makes a case of it, and the case page is in English too: the steps, the file and the forms.
    await page.getByLabel('Type of case').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { level: 2, name: 'File', exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tasks with partners' }).waitFor();
    await page.getByText('Case holder', { exact: true }).first().waitFor();
    await axeScan(page, 'case (English)');
    await page.close();
  });

  test('partner, analist and FG each see their own work', async () => {
    const { page: partner } = await pagina();
    await loginVia(partner, base, 'partner@demo.buurtveilig.nl');
    await partner.getByTestId('vandaag-taken').getByText('0 open of geaccepteerd').waitFor();
    assert.equal(await partner.getByTestId('vandaag-meldingen').count(), 0);
    await partner.close();

    // In English: the start page, the tasks and the cases of a partner.
    const { page: en, fouten: enFouten } = await pagina();
    await loginVia(en, base, 'partner@demo.buurtveilig.nl');
    await en.getByRole('button', { name: 'Switch to English' }).click();
    await en.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await en.getByTestId('vandaag-taken').getByRole('heading', { name: 'Open tasks for your organisation' }).waitFor();
    await en.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Tasks' }).click();
    await en.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await en.getByText('There are no tasks for your organisation.').waitFor();
    await en.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Cases' }).click();
    await en.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await en.getByLabel('Which cases').waitFor();
    await axeScan(en, 'cases (English)');
    await en.goto(`${base}/enquete/code`);
    await en.getByRole('heading', { level: 1, name: 'Take part in the safety survey' }).waitFor();
    assert.deepEqual(enFouten, []);
    await en.close();

    const { page: analist } = await pagina();
    await loginVia(analist, base, 'analist@demo.buurtveilig.nl');
    // Her start page also tells whether the figures came in, and what stands out in them.
    await analist.getByTestId('vandaag-imports').getByText('Geen mislukte imports').waitFor();
    await analist.getByTestId('vandaag-signalen').getByText(/maanden wijken sterk af van eerdere jaren/).waitFor();
    await axeScan(analist, 'start analist');
    await analist.getByTestId('vandaag-alerts').getByRole('link', { name: 'Naar de alerts' }).click();
    await analist.getByRole('heading', { level: 1, name: /alerts/i }).waitFor();
    // The workbench in English.
    await analist.getByRole('button', { name: 'Switch to English' }).click();
    await analist.goto(`${base}/analyse`);
    await analist.getByRole('heading', { level: 1, name: 'Analysis' }).waitFor();
    await analist.getByRole('button', { name: 'Compute hotspots' }).click();
    await analist.getByTestId('hotspot-uitslag').getByText(/incidents; \d+ hot cells/).waitFor();
    await analist.getByRole('heading', { level: 2, name: 'Near-repeat (Knox test)' }).waitFor();
    await axeScan(analist, 'analysis (English)');
    await analist.getByRole('button', { name: 'Naar het Nederlands' }).click();
    await analist.close();

    const { page: fg } = await pagina();
    await loginVia(fg, base, 'fg@demo.buurtveilig.nl');
    await fg.getByTestId('vandaag-toezicht').getByText(/0 keer break-glass/).waitFor();
    await fg.getByTestId('vandaag-toezicht').getByText(/keten intact/).waitFor();
    await axeScan(fg, 'start fg');
    await fg.close();
  });
});
