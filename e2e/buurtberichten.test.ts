import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeScan, skipReason, startBrowserHarness, type BrowserHarness } from './helpers.ts';
import { startSmtp } from '../test/helpers/mail.ts';

/**
 * Buurtberichten as a resident meets them (issue 9, double opt-in): sign up on the public page, get a
 * confirmation mail, confirm with a click (not by opening the link), and unsubscribe from the confirmation.
 */
describe('buurtberichten: aanmelden, bevestigen, afmelden', { skip: skipReason }, () => {
  let h: BrowserHarness;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;

  before(async () => {
    smtp = await startSmtp();
    h = await startBrowserHarness({ smtpUrl: smtp.url });
  });

  after(async () => {
    await h?.close();
    await smtp?.close();
  });

  test('sign up → mail → confirm with a click → unsubscribe erases the address', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.base}/`);
    await page.getByRole('link', { name: 'Buurtberichten over inbraak' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buurtberichten over inbraak' }).waitFor();
    // Submitting without consent is refused on the page, nothing is sent.
    await page.getByLabel('Uw buurt').selectOption({ label: 'Wyck' });
    await page.getByLabel('Uw e-mailadres').fill('buurtbewoner@example.nl');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByText('Geef aan dat u de berichten wilt ontvangen.').waitFor();
    await page.getByLabel('Ik wil buurtberichten over inbraak in deze buurt ontvangen').check();
    await axeScan(page, 'buurtberichten-aanmelden');
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.getByTestId('bb-controleer-mail').waitFor();

    const abonnement = () => h.started.ctx.db.selectFrom('abonnement').selectAll().where('email', '=', 'buurtbewoner@example.nl').executeTakeFirst();
    assert.equal((await abonnement())?.bevestigd_op, null, 'not yet confirmed');
    await h.started.ctx.berichten.runOnce(new Date(Date.now() + 60_000));
    const mail = smtp.mails.find((m) => m.to === 'buurtbewoner@example.nl');
    assert.ok(mail, 'the confirmation mail arrived');
    const link = /(https?:\/\/\S+\/buurtberichten\/bevestigen\/\S+)/.exec(mail.text)![1]!;

    // Opening the link (as a mail scanner would) confirms nothing; the click does.
    await page.goto(`${h.base}${new URL(link).pathname}`);
    await page.getByRole('heading', { level: 1, name: 'Aanmelding bevestigen' }).waitFor();
    assert.equal((await abonnement())?.bevestigd_op, null);
    await axeScan(page, 'buurtberichten-bevestigen');
    await page.getByRole('button', { name: 'Ja, ik wil buurtberichten' }).click();
    await page.getByTestId('bb-bevestigd').getByText(/buurtberichten over Wyck/).waitFor();
    assert.ok((await abonnement())?.bevestigd_op);

    await page.getByRole('link', { name: 'Toch niet? Meld u hier af.' }).click();
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByTestId('bb-afgemeld').waitFor();
    assert.equal(await abonnement(), undefined, 'the address is erased');
    await page.close();
  });
});
