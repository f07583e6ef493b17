import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { axeScan, login as loginVia, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';

/**
 * The ondermijning compartment in Chromium: the team records a graded signal, plans a signaaloverleg, puts the
 * signal on its agenda and records the decision (a 13b track); an analyst gets the B1 refusal, not the page.
 */
describe('ondermijning: signal → signaaloverleg → decision', { skip: skipReason }, () => {
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

  test('the team works a signal through the overleg; nobody else opens the page', async () => {
    const page = await browser.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
    await loginVia(page, base, 'ondermijning@demo.buurtveilig.nl');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ondermijning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ondermijning' }).waitFor();
    await page.getByLabel('Welke afdeling of partner (niet wie)').fill('Team vergunningen');
    await page.getByLabel('Fenomeen').selectOption('hennep');
    await page.getByLabel('Wat is er waargenomen?').fill('Hoog stroomverbruik en afgeplakte ramen bij een bedrijfspand.');
    await page.getByLabel('Grondslag').selectOption('opiumwet_13b');
    await page.getByLabel('BAG-object (niet verplicht)').fill('0935010000123456');
    await page.getByRole('button', { name: 'Vastleggen' }).click();
    await page.getByText(/^Signaal OS-\d{4}-\d{5} is vastgelegd\.$/).waitFor();
    await page.getByLabel('Datum van het overleg').fill('2026-12-10');
    await page.getByRole('button', { name: 'Overleg plannen' }).click();
    await page.getByText('Het overleg is gepland.').waitFor();
    await page.getByRole('button', { name: 'Op de agenda van 2026-12-10' }).click();
    await page.getByText('Het signaal staat op de agenda.').waitFor();
    await page.getByLabel(/^Besluit over OS-/).selectOption('13b');
    await page.getByLabel('Reden van het besluit').fill('Bestuurlijke rapportage van de politie wordt opgevraagd.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Het besluit is vastgelegd.').waitFor();
    await page.getByTestId('signalen').getByText('Traject art. 13b Opiumwet').waitFor();
    await axeScan(page, 'ondermijning');
    assert.deepEqual(fouten, []);
    await page.close();

    const analist = await browser.newPage();
    await loginVia(analist, base, 'analist@demo.buurtveilig.nl');
    assert.equal(await analist.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Ondermijning' }).count(), 0);
    await analist.goto(`${base}/ondermijning`);
    await analist.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    assert.equal(await analist.getByText('0935010000123456').count(), 0);
    await analist.close();
  });
});
