import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { Started } from '../src/server/bootstrap.ts';
import { ROOT_DIR } from '../src/server/platform/config.ts';
import { axeScan, login as loginVia, SCREENSHOTS, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';

/**
 * Issue 4's "done when" in Chromium: an analyst logs in, imports a CBS file and an incident CSV, sees the
 * Maastricht choropleth and the buurt profile with targets, runs hotspots and near-repeat from the UI,
 * approves a near-repeat alert, and exports the result.
 */
const FIX = path.join(ROOT_DIR, 'test', 'fixtures');

describe('monitor and analyse in the browser', { skip: skipReason }, () => {
  let h: BrowserHarness;
  let started: Started;
  let browser: Browser;
  let base: string;
  let incidentenCsv: string;

  before(async () => {
    h = await startBrowserHarness();
    ({ started, browser, base } = h);
    // Burglaries of last year over Maastricht with a planted hotspot block, and two from yesterday.
    const index = started.ctx.gebieden.index;
    const rng = xoroshiro128plus(12);
    const u = () => uniformInt(rng, 0, 1_000_000) / 1_000_000;
    const jaar = new Date().getFullYear() - 1;
    const regels = ['soort;datum;x;y'];
    const dag = (d: number) => new Date(Date.UTC(jaar, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    while (regels.length < 401) {
      const [x, y] = [Math.round(170500 + u() * 13000), Math.round(311000 + u() * 13000)];
      if (index.findRd(x, y)) regels.push(`1.1.1;${dag(Math.floor(u() * 365))};${x};${y}`);
    }
    for (let k = 0; k < 50; k++) regels.push(`1.1.1;${dag(Math.floor(u() * 365))};${Math.round(176200 + u() * 200)};${Math.round(317700 + u() * 200)}`);
    const gisteren = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    regels.push(`1.1.1;${gisteren};176400;317900`, `1.1.1;${gisteren};177450;317950`);
    incidentenCsv = path.join(SCREENSHOTS, 'incidenten.csv');
    fs.writeFileSync(incidentenCsv, regels.join('\n'));
  });

  after(async () => {
    await h?.close();
  });

  test('import, choropleth, profile, hotspots, near-repeat, alert, export', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${base}/`);
    await page.getByLabel('E-mailadres').fill('analist@demo.buurtveilig.nl');
    await page.getByLabel('Wachtwoord').fill('Maastricht-demo-2026');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: /Welkom/ }).waitFor();
    try {
      await stappen(page);
    } catch (e) {
      await page.screenshot({ path: path.join(SCREENSHOTS, 'monitor-fout.png'), fullPage: true });
      throw e;
    }
    assert.deepEqual(errors, []);
  });

  test('a resident fills in the survey for her buurt with the code from her letter', async () => {
    const id = await started.ctx.enquete.rondeMaken({ actor: { id: null, omschrijving: 'test', organisatieId: null } }, { naam: 'Veiligheid in uw buurt', jaar: new Date().getFullYear() });
    const lijst = await started.ctx.enquete.uitnodigingenMaken({ actor: { id: null, omschrijving: 'test', organisatieId: null } }, id, { buurt: 'BU09350006', aantal: 1, formaat: 'csv' });
    const code = lijst.inhoud.toString('utf8').trim().split(/\r\n/)[1]!.split(';')[2]!;
    const page = await browser.newPage();
    await page.goto(`${base}/enquete/code`);
    await page.getByRole('heading', { level: 1, name: 'Doe mee aan de veiligheidsenquête' }).waitFor();
    await axeScan(page, 'enquete-code');
    await page.getByLabel('Uw code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Naar de vragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veiligheid in uw buurt' }).waitFor();
    await page.getByText('Buurt: Wyck').waitFor();
    await axeScan(page, 'enquete');
    await page.getByRole('group', { name: 'Hoe vaak voelt u zich onveilig in uw eigen buurt?' }).getByLabel('Soms').check();
    await page.getByRole('group', { name: /rapportcijfer/ }).getByLabel('7', { exact: true }).check();
    await page.getByLabel('Uw leeftijd (niet verplicht)').selectOption('25-44');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedankt!' }).waitFor();
    const r = await started.ctx.db.selectFrom('enquete_respons').selectAll().where('ronde_id', '=', id).execute();
    assert.deepEqual(r.map((x) => [x.buurt_code, x.leeftijd, x.antwoorden, x.bron]), [['BU09350006', '25-44', { onveilig_buurt: 'soms', rapportcijfer_veiligheid: 7 }, 'uitnodiging']]);
    // The same code again: the page says it was used.
    await page.goto(`${base}/enquete/code`);
    await page.getByLabel('Uw code').fill(code);
    await page.getByRole('button', { name: 'Naar de vragen' }).click();
    await page.getByText('Met deze code is de enquête al ingevuld. Bedankt!').waitFor();
  });

  test('an analyst makes a round and downloads invitation letters with personal codes', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    await loginVia(page, base, 'analist@demo.buurtveilig.nl');
    await page.goto(`${base}/monitor/enquete`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsenquête' }).waitFor();
    await page.getByLabel('Naam').fill('Veiligheid in uw buurt, brieven');
    await page.getByRole('button', { name: 'Ronde maken' }).click();
    const blok = page.getByRole('region', { name: /Veiligheid in uw buurt, brieven/ });
    await blok.waitFor();
    await blok.getByLabel('Buurt').selectOption({ label: 'Wyck' });
    await blok.getByLabel('Aantal brieven').fill('3');
    await axeScan(page, 'enquete-rondes');
    const [download] = await Promise.all([page.waitForEvent('download'), blok.getByRole('button', { name: 'Codes maken en downloaden' }).click()]);
    assert.match(download.suggestedFilename(), /^uitnodigingen-\d{4}-BU09350006\.pdf$/);
    const pdf = fs.readFileSync((await download.path())!);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.equal((pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length, 3);
    await page.close();
  });

  async function stappen(page: Page): Promise<void> {

    // Import a CBS file, the kerncijfers (v4 with MeasureCodes) and an incident CSV.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Monitor', exact: true }).click();
    await page.getByRole('link', { name: 'Inlezen' }).click();
    await page.setInputFiles('#cbs-bestand', path.join(FIX, 'cbs_47018NED_proef.json'));
    await page.getByRole('button', { name: 'CBS-bestand inlezen' }).click();
    await page.getByTestId('import-uitslag').filter({ hasText: 'Ingelezen: 19 cijfers' }).waitFor();
    await page.setInputFiles('#cbs-bestand', path.join(FIX, 'cbs_kerncijfers_v4_proef.json'));
    await page.setInputFiles('#cbs-maten', path.join(FIX, 'cbs_kerncijfers_v4_proef_MeasureCodes.json'));
    await page.getByRole('button', { name: 'CBS-bestand inlezen' }).click();
    await page.getByTestId('import-uitslag').filter({ hasText: 'odata-v4' }).waitFor();
    await page.setInputFiles('#inc-bestand', incidentenCsv);
    await page.getByRole('button', { name: 'Incidenten inlezen' }).click();
    await page.getByTestId('import-uitslag').filter({ hasText: /Ingelezen: 452 incidenten\. 2 voorstel/ }).waitFor();
    await axeScan(page, 'inlezen');

    // The choropleth of registered crime per 1,000 inhabitants in 2023, and its table.
    await page.getByRole('link', { name: '← Monitor' }).click();
    await page.getByLabel('Indicator').selectOption('POL_MISDR_PER1000');
    await page.getByLabel('Periode').selectOption('2023');
    await page.getByRole('row', { name: /Binnenstad 286,8/ }).waitFor();
    assert.equal(await page.locator('[data-testid="choropleet"] path.bv-choropleet-vlak').count(), 44);
    await page.locator('[data-testid="choropleet"] path.bv-choropleet-vlak').first().click({ force: true });
    await page.getByTestId('trend').waitFor();
    await axeScan(page, 'monitor');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'monitor.png'), fullPage: true });
    const csv = await page.evaluate(async (u) => {
      const r = await fetch(u);
      return { status: r.status, type: r.headers.get('content-type'), text: await r.text() };
    }, (await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href'))!);
    assert.equal(csv.status, 200);
    assert.match(csv.type ?? '', /text\/csv/);
    assert.match(csv.text, /BU09350000;Binnenstad;2023/);

    // The buurt profile with the target, and a note.
    await page.getByRole('link', { name: 'Binnenstad', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Buurtprofiel Binnenstad' }).waitFor();
    await page.getByLabel('Jaar').selectOption('2023');
    await page.getByRole('row', { name: /Geregistreerde misdrijven per 1\.000 inwoners 286,8/ }).waitFor();
    await page.getByRole('row', { name: /Voelt zich wel eens onveilig .*MJP Veiligheid 2023-2026: geen streefwaarde vastgesteld/ }).waitFor();
    await page.getByLabel('Nieuwe duiding').fill('Veel fietsendiefstal rond het station; bewoners noemen vooral de avonduren.');
    await page.getByRole('button', { name: 'Duiding opslaan' }).click();
    await page.getByText('Veel fietsendiefstal rond het station').waitFor();
    await axeScan(page, 'profiel');
    // Issue 10: counts are compared per 1,000 inhabitants with the interval deciding, never count against total.
    await page.getByLabel('Jaar').selectOption(String(new Date().getFullYear() - 1));
    await page.getByRole('row', { name: /Woninginbraken .*(beter|slechter|niet te onderscheiden).* per 1\.000 inwoners/ }).waitFor();

    // The map of a count defaults to the rate; the count stays available; the gemeente level and other gemeenten.
    await page.getByRole('link', { name: '← Monitor' }).click();
    await page.getByLabel('Indicator').selectOption('POL_WONINGINBRAAK');
    await page.getByLabel('Periode').selectOption(String(new Date().getFullYear() - 1));
    await page.getByRole('table').getByText(/Woninginbraken \(per 1\.000 inwoners\) per buurt/).waitFor();
    await page.getByLabel('Maat').selectOption('aantal');
    await page.getByRole('table').getByText(/Woninginbraken \(aantal\) per buurt/).waitFor();
    await page.getByLabel('Indicator').selectOption('POL_MISDR_PER1000');
    await page.getByLabel('Niveau').selectOption('gemeente');
    await page.getByLabel('Periode').selectOption('2016');
    await page.getByRole('row', { name: /Maastricht .*CBS\/politie/ }).waitFor();
    await page.getByTestId('trend').waitFor();
    // The trend is an Observable Plot chart: labelled axes, a point and an interval per year, the source.
    const grafiek = page.getByTestId('trendgrafiek');
    await grafiek.locator('svg g[data-mark="dot"] circle').first().waitFor();
    assert.ok((await grafiek.locator('svg g[data-mark="dot"] circle').count()) >= 5, 'one point per year 2013-2017');
    assert.match((await grafiek.locator('svg g[data-mark="y-axis label"]').textContent()) ?? '', /per 1\.000 inwoners/);
    assert.ok((await grafiek.locator('svg g[data-mark="rule"] line').count()) >= 5, 'an interval per point');
    assert.match(await grafiek.locator('figcaption').innerText(), /^Bron: .*herkomst: cbs_politie/);
    // Its PDF carries title, period, source and what the marks mean, as text.
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Grafiek als PDF' }).click();
    const pdf = await pdfDownload;
    assert.match(pdf.suggestedFilename(), /^trend-pol_misdr_per1000-gm0935\.pdf$/);
    const tekst = execFileSync('pdftotext', ['-layout', (await pdf.path())!, '-'], { encoding: 'utf8' });
    assert.match(tekst, /Geregistreerde misdrijven per 1\.000 inwoners .* in Maastricht, 2013–20\d\d/);
    assert.match(tekst, /Bron: .*herkomst: cbs_politie/);
    assert.match(tekst, /95 %-interval/);
    assert.doesNotMatch(tekst, /DEMO/);
    await axeScan(page, 'monitor-gemeente');
    await page.getByRole('link', { name: 'Andere gemeenten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vergelijking met andere gemeenten' }).waitFor();
    await page.getByTestId('vergelijking-samenvatting').filter({ hasText: /In 2017 had Maastricht 73,2 geregistreerde misdrijven per 1\.000 inwoners/ }).waitFor();
    await page.getByLabel('Groep').selectOption('limburg');
    await page.getByRole('row', { name: /Heerlen Limburg/ }).waitFor();
    await axeScan(page, 'gemeenten');

    // Hotspots and near-repeat from the UI.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Analyse', exact: true }).click();
    await page.getByRole('button', { name: 'Hotspots berekenen' }).click();
    await page.getByTestId('hotspot-uitslag').filter({ hasText: /450 incidenten; [1-9]\d* hete cellen/ }).waitFor();
    assert.ok((await page.locator('[data-testid="hotspotkaart"] path.bv-cel--heet').count()) > 0);
    await page.getByLabel('Permutaties').fill('99');
    await page.getByRole('button', { name: 'Near-repeat berekenen' }).click();
    await page.getByTestId('knox-tabel').waitFor();
    assert.equal(await page.getByTestId('knox-tabel').locator('tbody tr').count(), 5);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporteren (CSV)' }).click();
    assert.equal((await download).suggestedFilename(), 'near-repeat.csv');
    await page.getByRole('button', { name: 'Concentratie over de buurten' }).click();
    await page.getByTestId('concentratie').filter({ hasText: /450 incidenten\. 5 % van de buurten \(2\)/ }).waitFor();
    await page.getByLabel('Doelgebied').selectOption({ label: 'Binnenstad' });
    await page.getByLabel('Buffer').selectOption({ label: 'Jekerkwartier' });
    await page.getByLabel('Controlegebied').selectOption({ label: 'Biesland' });
    await page.getByRole('button', { name: 'Effect berekenen' }).click();
    await page.getByTestId('wdd').filter({ hasText: /WDD = -?\d+ \(standaardfout/ }).waitFor();
    await axeScan(page, 'analyse');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'analyse.png'), fullPage: true });

    // Approve one near-repeat alert.
    await page.getByRole('link', { name: 'inbraakalerts' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inbraakalerts' }).waitFor();
    await page.getByTestId('alert').first().waitFor();
    assert.equal(await page.getByTestId('alert').count(), 2);
    await page.getByRole('button', { name: 'Goedkeuren en versturen' }).first().click();
    await page.getByText(/Goedgekeurd: het bericht gaat naar 0 abonnees/).waitFor();
    await page.getByTestId('alert-status').filter({ hasText: 'verstuurd aan 0' }).waitFor();
    await axeScan(page, 'alerts');
  }
});
