import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { maakBestand } from '../src/server/platform/export.ts';
import { AGENDA_KOLOMMEN } from '../src/server/programma/programma.service.ts';
import { loginAs } from '../test/helpers/engines.ts';
import { axeScan, login as loginVia, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';

/**
 * The programme in Chromium: an adviser starts an uitvoeringsagenda and imports it from Excel (a bad file is
 * refused with its row numbers), a partner reports progress on its own maatregel, and the theme dashboard
 * shows it with the theme's indicators. Every page passes axe; the programme page also in English.
 */
describe('programma: agenda from Excel, progress by a partner, theme dashboard', { skip: skipReason }, () => {
  let h: BrowserHarness;
  let browser: Browser;
  let base: string;
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'bv-agenda-'));

  const bestand = async (naam: string, rijen: Record<string, string | number>[]) => {
    const b = await maakBestand('xlsx', 'agenda', [...AGENDA_KOLOMMEN], rijen.map((r) => AGENDA_KOLOMMEN.map((k) => r[k] ?? null)));
    const p = path.join(map, naam);
    fs.writeFileSync(p, b.inhoud);
    return p;
  };
  const rij = (maatregel: string, titel: string, eigenaar: string, thema = 'overlast') => ({
    Actiepunt: thema === 'overlast' ? 'ap-woon' : 'ap-hic',
    Thema: thema,
    'Actiepunt titel': thema === 'overlast' ? 'Zware woonoverlast' : 'Woninginbraak',
    Maatregel: maatregel,
    Titel: titel,
    Soort: 'preventie',
    Eigenaar: eigenaar,
    Start: '2025-02-01',
    Eind: '2026-06-30',
    Status: 'gepland',
  });

  before(async () => {
    h = await startBrowserHarness();
    ({ browser, base } = h);
  });
  after(async () => {
    await h?.close();
    fs.rmSync(map, { recursive: true, force: true });
  });

  const pagina = async () => {
    const page = await browser.newPage();
    const fouten: string[] = [];
    page.on('pageerror', (e) => fouten.push(e.message));
    // A refused import answers 400 on purpose; other console errors are bugs.
    page.on('console', (m) => m.type() === 'error' && !/status of 400/.test(m.text()) && fouten.push(m.text()));
    return { page, fouten };
  };
  const naarProgramma = async (page: Page) => {
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Programma' }).click();
    await page.getByTestId('programma-kop').getByText('Zichtbaar, herkenbaar en voelbaar Veilig Maastricht').waitFor();
  };

  test('an adviser starts an agenda and imports it; a bad file is refused with row numbers', async () => {
    const { page, fouten } = await pagina();
    await loginVia(page, base, 'adviseur@demo.buurtveilig.nl');
    await naarProgramma(page);
    await page.getByTestId('thema').filter({ hasText: 'Ondermijning' }).getByText('Intensiveren van de lokale en regionale integrale aanpak.').waitFor();
    await axeScan(page, 'programma');
    await page.getByLabel('Code (bijvoorbeeld ua-2027-2028)').fill('ua-2025-2026');
    await page.getByLabel('Titel', { exact: true }).fill('Uitvoeringsagenda Veiligheid 2025-2026');
    await page.getByLabel('Van', { exact: true }).fill('2025-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2026-12-31');
    await page.getByRole('button', { name: 'Aanmaken' }).click();
    await page.getByText('De uitvoeringsagenda is aangemaakt.').waitFor();

    await page.getByLabel('Excel-bestand (.xlsx)').setInputFiles(await bestand('fout.xlsx', [rij('m-1', 'Aanpak woonoverlast', 'gemeente-oov'), { ...rij('m-2', 'Prestatieafspraak drugshandel', 'woonpunt'), Thema: 'onbekend' }]));
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByTestId('agenda-fouten').getByText(/rij 3: onbekend thema "onbekend"/).waitFor();
    await page.getByRole('alert').getByText(/niet ingelezen: 2 fouten/).waitFor();

    await page.getByLabel('Excel-bestand (.xlsx)').setInputFiles(
      await bestand('goed.xlsx', [rij('m-1', 'Aanpak zware woonoverlast', 'gemeente-oov'), rij('m-2', 'Prestatieafspraak drugshandel', 'woonpunt'), rij('m-3', 'Buurtberichten na inbraak', 'gemeente-oov', 'vvc_hic')]),
    );
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByText('Ingelezen: 2 actiepunten, 3 nieuwe en 0 bijgewerkte maatregelen.').waitFor();
    await page.getByTestId('agenda').getByRole('link', { name: 'Prestatieafspraak drugshandel' }).waitFor();
    await page.getByRole('button', { name: 'Tabel' }).click();
    await page.getByTestId('maatregelen').getByText('3 maatregelen').waitFor();
    await page.getByLabel('Partner of eigenaar').selectOption('woonpunt');
    await page.getByTestId('maatregelen').getByText('1 maatregelen').waitFor();
    await axeScan(page, 'programma tabel');
    // The buurtagenda: a point chosen with residents, published right away.
    await page.getByRole('link', { name: "Buurtagenda's" }).click();
    await page.getByRole('heading', { level: 1, name: "Buurtagenda's" }).waitFor();
    await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Binnenstad' });
    await page.getByLabel('Wat speelt er? (kort)').fill('Rust in de nacht');
    await page.getByLabel('Toelichting').fill('Gekozen op de bewonersavond.');
    await page.getByLabel('Meteen publiceren').check();
    await page.getByRole('button', { name: 'Op de agenda zetten' }).click();
    await page.getByText('Het punt staat op de buurtagenda.').waitFor();
    await page.getByTestId('buurtagenda-lijst').getByText('Rust in de nacht', { exact: true }).waitFor();
    await axeScan(page, 'buurtagenda');
    assert.deepEqual(fouten, []);
    await page.close();
  });

  test('a partner reports progress on its own maatregel; the theme dashboard shows it', async () => {
    const { page, fouten } = await pagina();
    await loginVia(page, base, 'partner@demo.buurtveilig.nl');
    await page.getByTestId('vandaag-maatregelen').getByText(/^1 wachten op een voortgangsbericht/).waitFor();
    await naarProgramma(page);
    await page.getByRole('button', { name: 'Mijn maatregelen' }).click();
    await page.getByTestId('maatregelen').getByRole('link', { name: 'Prestatieafspraak drugshandel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maatregel m-2: Prestatieafspraak drugshandel' }).waitFor();
    await page.getByLabel('Hoe staat het ervoor?').selectOption('oranje');
    await page.getByLabel('Wat is er gedaan en wat volgt?').fill('Afspraak getekend; eerste signalen besproken met de wijkagent.');
    await page.getByLabel('Nieuwe status (niet verplicht)').selectOption('gestart');
    await page.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await page.getByText('De voortgang is opgeslagen.').waitFor();
    await page.getByTestId('maatregel-status').getByText('Gestart').waitFor();
    await page.getByTestId('voortgang').getByText('Afspraak getekend; eerste signalen besproken met de wijkagent.').waitFor();
    await page.getByTestId('voortgang').getByText(/Aandacht nodig · Pim Partner \(Woonpunt\)/).waitFor();
    // A partner does not change the maatregel itself.
    assert.equal(await page.getByRole('heading', { name: 'Maatregel wijzigen' }).count(), 0);
    await axeScan(page, 'maatregel');

    await page.getByRole('link', { name: 'Veiligheidsgerelateerde overlast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thema: Veiligheidsgerelateerde overlast' }).waitFor();
    await page.getByTestId('per-status').getByText('Gestart: 1').waitFor();
    await page.getByTestId('per-status').getByText('Gepland: 1').waitFor();
    assert.equal(await page.getByTestId('thema-indicator').count(), 2);
    await axeScan(page, 'themadashboard');
    assert.deepEqual(fouten, []);
    await page.close();
  });

  test('bestuur reads the programme in English, without the management forms', async () => {
    const { page, fouten } = await pagina();
    await loginVia(page, base, 'bestuur@demo.buurtveilig.nl');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Programme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Programme' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Themes and ambitions' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Implementation agendas' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Manage the implementation agenda' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'My measures' }).count(), 0);
    await axeScan(page, 'programme (English)');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
    assert.deepEqual(fouten, []);
    await page.close();
  });

  test('an anonymous resident opens the buurt page: the agenda, "u zei, wij deden" and suppressed figures', async () => {
    // Two meldingen in the Binnenstad (a small count) and agenda points, as the adviser would make them.
    for (let i = 0; i < 2; i++) {
      const r = await h.app.inject({ method: 'POST', url: '/api/meldingen', payload: { omschrijving: 'Jongeren maken in de avond lawaai bij de speeltuin.', categorie: 'jeugdoverlast', locatie: { lon: 5.6909, lat: 50.8513 } } });
      assert.equal(r.statusCode, 201, r.body);
    }
    const kop = await loginAs(h.app, 'beleidsadviseur');
    const punt = async (titel: string) => (await h.app.inject({ method: 'POST', url: '/api/programma/buurtagenda', headers: kop, payload: { buurt: 'BU09350000', titel, toelichting: 'Gekozen op de bewonersavond.', eigenaarOrganisatie: 'gemeente-oov', gepubliceerd: true } })).json().id as number;
    const klaar = await punt('Betere verlichting in de steegjes');
    const afgerond = await h.app.inject({ method: 'PATCH', url: `/api/programma/buurtagenda/${klaar}`, headers: kop, payload: { status: 'afgerond', uitkomst: 'Twaalf lantaarns vervangen door heldere ledlampen.' } });
    assert.equal(afgerond.statusCode, 204, afgerond.body);

    const { page, fouten } = await pagina();
    await page.goto(`${base}/publiek/buurt/BU09350000`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheid in Binnenstad' }).waitFor();
    await page.getByTestId('buurtagenda').getByText('Rust in de nacht').waitFor();
    await page.getByTestId('u-zei-wij-deden').getByText('Twaalf lantaarns vervangen door heldere ledlampen.').waitFor();
    const jeugd = page.getByTestId('publiek-meldingen').getByRole('row').filter({ hasText: /jongeren|jeugd/i });
    await jeugd.getByText('< 5').waitFor();
    assert.equal(await page.getByText('Jongeren maken').count(), 0, 'no text from a melding on a public page');
    await axeScan(page, 'publieke buurtpagina');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Safety in Binnenstad' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'You said, we did' }).waitFor();
    await axeScan(page, 'public neighbourhood page (English)');
    await page.getByRole('button', { name: 'Naar het Nederlands' }).click();
    await page.goto(`${base}/publiek/buurt/BU09359999`);
    await page.getByRole('heading', { level: 1, name: 'Dit gebied bestaat niet' }).waitFor();
    await page.goto(`${base}/publiek`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheid in Maastricht' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wijken' }).waitFor();
    await axeScan(page, 'publieke gemeentepagina');
    // The expected 404 of the unknown buurt is the only console error.
    assert.deepEqual(fouten.filter((f) => !/status of 404/.test(f)), []);
    await page.close();
  });

  test('the adviser makes the quarterly raadsrapportage; bestuur downloads the PDF, which renders with its target table', async () => {
    const { page: adviseur, fouten } = await pagina();
    await loginVia(adviseur, base, 'adviseur@demo.buurtveilig.nl');
    await adviseur.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' }).click();
    await adviseur.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
    await adviseur.getByLabel('Soort rapport').selectOption('raadsrapportage');
    await adviseur.getByLabel('Periode (jaar 2026 of kwartaal 2026-Q3)').fill('2025-Q3');
    await adviseur.getByRole('button', { name: 'Rapport maken' }).click();
    await adviseur.getByText('Versie 1 van het rapport is gemaakt (concept).').waitFor({ timeout: 60_000 });
    await adviseur.getByRole('button', { name: 'Naar: Vastgesteld' }).click();
    await adviseur.getByText('De status is gewijzigd: Vastgesteld.').waitFor();
    await axeScan(adviseur, 'rapportages');
    assert.deepEqual(fouten, []);
    await adviseur.close();

    const { page, fouten: fouten2 } = await pagina();
    await loginVia(page, base, 'bestuur@demo.buurtveilig.nl');
    const blok = page.getByTestId('vandaag-rapportages');
    await blok.getByRole('link', { name: /Raadsrapportage criminaliteitscijfers, 3e kwartaal 2025/ }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), blok.getByRole('link', { name: /Raadsrapportage criminaliteitscijfers/ }).click()]);
    const bestand = path.join(map, 'raadsrapportage.pdf');
    await download.saveAs(bestand);
    const tekst = execFileSync('pdftotext', ['-layout', bestand, '-'], { encoding: 'utf8' });
    assert.match(tekst, /Raadsrapportage criminaliteitscijfers/);
    assert.match(tekst, /Doelen en streefwaarden/);
    assert.match(tekst, /Indicator\s+Doel\s+Laatste meting\s+Stand/);
    assert.match(tekst, /Status: Vastgesteld/);
    assert.match(tekst, /pagina 1 van \d+/);
    assert.match(tekst, /Verantwoording/);
    execFileSync('pdftoppm', ['-png', '-r', '40', bestand, path.join(map, 'pagina')]);
    const pngs = fs.readdirSync(map).filter((f) => f.startsWith('pagina') && f.endsWith('.png'));
    assert.ok(pngs.length >= 4, `pages: ${pngs.length}`);
    for (const f of pngs) {
      // More than a footer: dark pixels, and enough of them to pull the mean below a footer-only page (~254.9).
      const { channels } = await sharp(path.join(map, f)).stats();
      assert.ok(Math.min(...channels.map((c) => c.min)) < 120 && channels[0]!.mean < 254, `${f} is blank (mean ${channels[0]!.mean})`);
    }
    assert.deepEqual(fouten2, []);
    await page.close();
  });

  test('a buurtschouw with residents: a point on the map becomes a melding, the outcome appears on the buurt page', async () => {
    const { page, fouten } = await pagina();
    await loginVia(page, base, 'adviseur@demo.buurtveilig.nl');
    await page.goto(`${base}/programma/participatie`);
    await page.getByRole('heading', { level: 1, name: 'Bewoners en buurt' }).waitFor();
    await page.getByLabel('Buurt', { exact: true }).selectOption({ label: 'Binnenstad' });
    await page.getByLabel('Deelnemers (rollen of organisaties, gescheiden door komma’s)').fill('wijkagent, Woonpunt, bewoners');
    await page.getByRole('button', { name: 'Plannen' }).click();
    await page.getByText('De buurtschouw is gepland.').waitFor();
    await page.getByLabel('Categorie').selectOption('verlichting');
    await page.getByLabel('Wat is er te zien? (zonder namen)').fill('Lantaarn in de steeg achter de kerk is kapot.');
    // Click the middle of the buurt on the map to place the point.
    const kaart = page.getByRole('region', { name: /klik om de plek van het punt te kiezen/ });
    await page.waitForTimeout(500);
    await kaart.click({ position: { x: 160, y: 110 } });
    await page.getByTestId('gekozen-plek').getByText(/^Gekozen plek: 5\.\d+, 50\.\d+$/).waitFor();
    await page.getByRole('button', { name: 'Punt vastleggen' }).click();
    await page.getByText('Het schouwpunt is vastgelegd.').waitFor();
    await page.getByRole('button', { name: 'Open punten omzetten in meldingen' }).click();
    await page.getByText('1 meldingen gemaakt.').waitFor();
    await page.getByTestId('schouwpunten').getByText(/melding M-/).waitFor();
    await page.getByLabel('Samenvatting voor de buurt (komt op de publieke pagina)').fill('We liepen met twaalf bewoners; de kapotte verlichting is gemeld.');
    await page.getByLabel('Uitkomst publiceren op de buurtpagina').check();
    await page.getByRole('button', { name: 'Naar: Gelopen' }).click();
    await page.getByText('De status is gewijzigd.').first().waitFor();
    // A buurtpreventie group, its coordinator's contact only with a reason.
    await page.getByLabel('Naam van de groep').fill('WhatsApp Buurtpreventie Binnenstad');
    await page.getByLabel('E-mailadres of telefoonnummer van de coördinator (niet verplicht)').fill('coordinator@voorbeeld.nl');
    await page.getByRole('button', { name: 'Registreren' }).click();
    await page.getByText('De groep is geregistreerd.').waitFor();
    assert.equal(await page.getByText('coordinator@voorbeeld.nl').count(), 0);
    await page.getByLabel('Waarom heeft u het contact nodig?').fill('uitnodiging buurtpreventieavond');
    await page.getByRole('button', { name: 'Contact inzien' }).click();
    await page.getByTestId('groep-contact').getByText(/coordinator@voorbeeld\.nl/).waitFor();
    await axeScan(page, 'participatie');
    assert.deepEqual(fouten, []);
    await page.goto(`${base}/publiek/buurt/BU09350000`);
    await page.getByTestId('publiek-schouw').getByText('We liepen met twaalf bewoners; de kapotte verlichting is gemeld.').waitFor();
    assert.equal(await page.getByText('achter de kerk').count(), 0);
    await page.close();
  });
});
