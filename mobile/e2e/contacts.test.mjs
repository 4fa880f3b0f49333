// Browser test against the real server: an on-site attendee shows her badge on a phone, a remote participant
// feeds a picture of its QR code to the scanner, both see the new contact live; then they message each other
// live, a badge link opened while signed out is scanned right after sign-in, and a check-in shows in "Who is here".
// Run: node --test mobile/e2e/   (WSIS_SCREENSHOTS=1 also writes the README screenshots to docs/screenshots/)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertNoCspViolations, watchCsp } from './csp.mjs';
import { launchChromium } from './chromium.mjs';
import { repoRoot, startServer } from './server.mjs';

const codes = { onSite: 'WSIS-SITE-2025', remote: 'WSIS-REMO-2025', moderator: 'WSIS-MODR-2025' };
const names = { onSite: 'Amina Diallo', remote: 'Lucas Pereira' };
const ids = { onSite: 'a00001', remote: 'a00002' };
const wait = 15_000;
const screenshotDir = process.env.WSIS_SCREENSHOT_DIR ?? path.join(repoRoot, 'docs', 'screenshots');
const takeScreenshots = process.env.WSIS_SCREENSHOTS === '1';

let server;
let browser;
let csp;

function phoneContext() {
  return browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-GB',
    timezoneId: 'Europe/Zurich',
  });
}

async function signIn(page, code) {
  await page.goto(`${server.baseUrl}/#/signin`);
  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/#\/agenda$/, { timeout: wait });
}

/** Polls until `read()` returns `expected` (bounded), then asserts it. */
async function eventually(read, expected, message) {
  const deadline = Date.now() + wait;
  let actual;
  while (Date.now() < deadline) {
    actual = await read().catch((error) => `error: ${error.message}`);
    if (actual === expected) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  assert.equal(actual, expected, message);
}

async function screenshot(page, name, selector) {
  if (!takeScreenshots) {
    return;
  }
  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(1, 1);
  await page.evaluate((target) => {
    const element = target ? document.querySelector(target) : null;
    const header = document.querySelector('[data-testid="app-header"]');
    const top = element ? element.getBoundingClientRect().top + window.scrollY - (header?.offsetHeight ?? 0) - 12 : 0;
    window.scrollTo(0, top);
  }, selector);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(screenshotDir, name), animations: 'disabled', caret: 'hide' });
}

describe('badges, contacts and messages in the browser', { timeout: 240_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    csp = watchCsp(browser);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('a scanned picture of a badge makes two contacts live, who then message each other live', async () => {
    const contexts = [await phoneContext(), await phoneContext(), await phoneContext()];
    for (const context of contexts) {
      context.setDefaultTimeout(wait);
      context.setDefaultNavigationTimeout(30_000);
    }
    const [aContext, bContext, cContext] = contexts;
    try {
      const amina = await aContext.newPage();
      const lucas = await bContext.newPage();
      await signIn(amina, codes.onSite);
      await signIn(lucas, codes.remote);

      // Amina shows her badge: a QR code of the scan link, and the short code to type.
      await amina.goto(`${server.baseUrl}/#/badge`);
      const qr = amina.getByTestId('badge-qr');
      await qr.waitFor();
      const link = await qr.getAttribute('data-text');
      assert.match(link, new RegExp(`^${server.baseUrl}/#/scan/${ids.onSite}\\.\\d+\\.[a-z0-9]+$`), 'the QR code carries the scan link');
      assert.match(await amina.getByTestId('badge-code').getAttribute('data-code'), /^[A-Z0-9]{8}$/);
      assert.equal(await amina.getByTestId('badge-name').innerText(), names.onSite);
      const qrBox = await qr.boundingBox();
      assert.ok(qrBox && qrBox.width >= 280, `the QR code fills the phone's width (${qrBox?.width}px)`);
      const picture = await qr.screenshot({ type: 'png' });

      // Lucas feeds that picture to the scanner, as the "photo" fallback of a phone without a camera.
      await lucas.goto(`${server.baseUrl}/#/scan`);
      await lucas.getByTestId('scan-image-input').waitFor({ state: 'attached' });
      await lucas.getByTestId('scan-image-input').setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: picture });
      const result = lucas.getByTestId('scan-result');
      await result.waitFor();
      assert.equal(await result.getAttribute('data-created'), 'true', 'a new contact');
      assert.equal(await lucas.getByTestId('scan-result-name').innerText(), names.onSite, 'Lucas sees Amina');

      // Amina's badge page lists Lucas without a reload; so does her contacts page, reached through the bottom bar.
      await amina.getByTestId('badge-new-contact').filter({ hasText: names.remote }).waitFor();
      await screenshot(amina, 'badge-phone.png');
      await amina.getByTestId('bottom-contacts').click();
      await amina.waitForURL(/#\/contacts$/);
      const contact = amina.getByTestId('contact-item').filter({ has: amina.getByTestId('contact-name').getByText(names.remote, { exact: true }) });
      await contact.waitFor();
      assert.equal(await amina.getByTestId('contact-count').innerText(), '1');

      // A private note and tags on the contact, as an exhibitor keeps leads.
      await contact.getByTestId('contact-edit-notes').click();
      await contact.getByTestId('contact-note').fill('Met at the e-health knowledge café; send the rural clinics report.');
      await contact.getByTestId('contact-tags').fill('lead, e-health, follow up');
      await contact.getByTestId('contact-save-notes').click();
      await contact.getByTestId('contact-note-text').getByText('rural clinics report', { exact: false }).waitFor();
      assert.equal(await contact.getByTestId('contact-tag-list').locator('li').count(), 3);
      await amina.getByTestId('contacts-search').fill('FOLLOW');
      await eventually(() => amina.getByTestId('contact-item').count(), 1, 'a tag finds the contact');
      await amina.getByTestId('contacts-search').fill('nobody like this');
      await eventually(() => amina.getByTestId('contact-item').count(), 0, 'search narrows the list');
      await amina.getByTestId('contacts-search').fill('');
      await amina.getByTestId('contacts-search').blur();
      await contact.waitFor();
      await screenshot(amina, 'contacts-phone.png');

      // Both open the conversation; Lucas writes, Amina sees it live, and the answer travels back.
      await contact.getByTestId('contact-message').click();
      await amina.waitForURL(new RegExp(`#/messages/${ids.remote}$`));
      await amina.getByTestId('composer').waitFor();
      await lucas.goto(`${server.baseUrl}/#/messages/${ids.onSite}`);
      await lucas.getByTestId('composer').waitFor();
      assert.equal(await lucas.getByTestId('conversation-person').innerText(), names.onSite);
      const hello = 'Hello Amina, great to meet you at the badge scan! Shall we talk about rural e-health?';
      await lucas.getByTestId('composer').fill(hello);
      assert.equal(await lucas.getByTestId('composer-counter').innerText(), `${hello.length} / 2,000`);
      await lucas.getByTestId('composer-send').click();
      await lucas.getByTestId('message').filter({ hasText: hello }).waitFor();
      const received = amina.getByTestId('message').filter({ hasText: hello });
      await received.waitFor();
      assert.equal(await received.getAttribute('data-mine'), 'false', 'Amina sees it as from Lucas');
      assert.equal(await lucas.getByTestId('composer').inputValue(), '', 'the composer is cleared');

      const reply = 'Yes! Tomorrow at 10:00 by the ITU stand?';
      await amina.getByTestId('composer').fill(reply);
      await amina.getByTestId('composer-send').click();
      const answer = lucas.getByTestId('message').filter({ hasText: reply });
      await answer.waitFor();
      assert.equal(await answer.getAttribute('data-mine'), 'false');

      // Away from the conversation, Lucas gets a count in the bottom bar and a toast.
      await lucas.getByTestId('bottom-people').click();
      await lucas.waitForURL(/#\/people$/);
      await lucas.getByTestId('suggestion').first().waitFor();
      assert.ok((await lucas.getByTestId('suggestion-reason').count()) > 0, 'suggestions come with reasons');
      await amina.getByTestId('composer').fill('See you there.');
      await amina.getByTestId('composer-send').click();
      await eventually(() => lucas.getByTestId('bottom-count-messages').getAttribute('data-count'), '1', 'unread count in the bottom bar');
      await lucas.getByTestId('toast').filter({ hasText: `New message from ${names.onSite}` }).waitFor();
      await lucas.getByTestId('people-search').fill('Amina Diallo');
      const found = lucas.getByTestId('directory-person').filter({ hasText: names.onSite });
      await found.waitFor();
      assert.equal(await found.getByTestId('relation').innerText(), 'Contact');
      await lucas.getByTestId('people-search').fill('');
      await lucas.getByTestId('directory-person').nth(5).waitFor();
      await lucas.getByTestId('toast').first().waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
      await screenshot(lucas, 'people-phone.png');

      // Opening the badge link while signed out: sign in, and the badge is scanned right after.
      const mei = await cContext.newPage();
      await mei.goto(link);
      await mei.getByTestId('signin-prompt-link').click();
      await mei.getByTestId('signin-code').fill(codes.moderator);
      await mei.getByTestId('signin-submit').click();
      await mei.waitForURL(/#\/scan/);
      await mei.getByTestId('scan-result').waitFor();
      assert.equal(await mei.getByTestId('scan-result-name').innerText(), names.onSite);
      await amina.getByTestId('toast').filter({ hasText: 'Mei Lin is now one of your contacts.' }).waitFor();

      // The room screen's check-in link checks Lucas in, and Amina's session page counts him live.
      await amina.goto(`${server.baseUrl}/#/session/s001`);
      const who = amina.locator('[data-testid="who-is-here"][data-loaded="true"]');
      await who.waitFor();
      const count = async (kind) => Number(await who.getByTestId(`presence-${kind}`).getAttribute('data-count'));
      const [onSiteBefore, remoteBefore] = [await count('onsite'), await count('remote')];
      await lucas.evaluate(() => localStorage.setItem('wsis.presenceVisible', '1'));
      await lucas.goto(`${server.baseUrl}/#/checkin/s001`);
      await lucas.waitForURL(/#\/session\/s001$/);
      // Checked in, behind the closed "Who is here" (the toast said so).
      await lucas.getByTestId('presence-checked-in').waitFor({ state: 'attached' });
      await eventually(() => count('remote'), remoteBefore + 1, 'the remote check-in reaches Amina live');
      await who.getByTestId('who-toggle').click();
      await who.getByTestId('presence-list-toggle').click();
      await who.getByTestId('presence-person').filter({ hasText: names.remote }).waitFor();
      await who.getByTestId('presence-checkin').click();
      await who.getByTestId('presence-checked-in').waitFor();
      assert.equal(await count('onsite'), onSiteBefore + 1);

      // The profile editor marks the field the server refuses (here a link it does not accept), then saves.
      await amina.goto(`${server.baseUrl}/#/profile`);
      await amina.getByTestId('profile-form').waitFor();
      await amina.getByTestId('sdg-9').check();
      await amina.getByTestId('visibility-bio').selectOption('Everyone');
      await amina.route('**/api/me/profile', async (route) => {
        const request = route.request();
        if (request.method() !== 'PUT') {
          return route.continue();
        }
        // As if the browser's own check had let a bad link through: the server's word must show on the field.
        return route.continue({ postData: JSON.stringify({ ...JSON.parse(request.postData() ?? '{}'), links: ['javascript:alert(1)'] }) });
      });
      await amina.getByTestId('profile-save').click();
      await amina.getByTestId('error-links').waitFor();
      assert.match(await amina.getByTestId('error-links').innerText(), /web address/);
      await amina.unroute('**/api/me/profile');
      await amina.getByTestId('profile-save').click();
      await amina.getByTestId('profile-saved').waitFor();
      await lucas.goto(`${server.baseUrl}/#/person/${ids.onSite}`);
      await lucas.getByTestId('person-card').getByText('SDG 9', { exact: true }).waitFor();
      await lucas.getByTestId('person-bio').waitFor();

      // Mei deletes her account: typed confirmation, signed out, and her access code no longer signs anyone in.
      await mei.goto(`${server.baseUrl}/#/my-data`);
      const remove = mei.getByTestId('delete-account');
      assert.equal(await remove.isDisabled(), true, 'nothing happens before DELETE is typed');
      await mei.getByTestId('delete-confirm-input').fill('delete');
      assert.equal(await remove.isDisabled(), true, 'the word must match exactly');
      await mei.getByTestId('delete-confirm-input').fill('DELETE');
      await remove.click();
      await mei.waitForURL(/#\/signin$/);
      await mei.getByTestId('toast').filter({ hasText: 'Your account has been deleted.' }).waitFor();
      await mei.getByTestId('signin-code').fill(codes.moderator);
      await mei.getByTestId('signin-submit').click();
      await mei.getByText('This access code is not recognised', { exact: false }).waitFor();
    } catch (error) {
      console.error(`--- server log (tail) ---\n${server.logTail()}`);
      throw error;
      assertNoCspViolations(csp);
    } finally {
      for (const context of contexts) {
        await context.close().catch(() => undefined);
      }
    }
  });
});
