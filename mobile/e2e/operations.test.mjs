// Browser test of the organisers' live operations dashboard against the real demo server: the organiser opens it
// (its chunk fetched only then), sees the figures move when an on-site attendee connects, checks in to a live session
// and asks there, passes axe-core with no serious or critical finding in English and in Arabic (right to left), and
// after the server is killed and started again the page watches again (pulses flow once more); leaving the page stops
// the pulses; an attendee is refused the page.
// Run: node --test mobile/e2e/operations.test.mjs   (WSIS_SCREENSHOTS=1 also writes the README screenshots to docs/screenshots/)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seriousFindings } from './axe.mjs';
import { launchChromium } from './chromium.mjs';
import { repoRoot, startServer } from './server.mjs';
import { signIn } from './signIn.mjs';

const codes = { organiser: 'WSIS-ORGA-2025', onSite: 'WSIS-SITE-2025' };
// s002 is live in the demo forum (a Monday caught in the act).
const liveSession = 's002';
const wait = 20_000;
const screenshotDir = process.env.WSIS_SCREENSHOT_DIR ?? path.join(repoRoot, 'docs', 'screenshots');
const takeScreenshots = process.env.WSIS_SCREENSHOTS === '1';

let server;
let browser;

/** Counts the OperationsPulse pushes the page receives, over every WebSocket it opens (a reconnect opens a new one). */
function countPulses(page) {
  const pulses = { count: 0 };
  page.on('websocket', (socket) =>
    socket.on('framereceived', (frame) => {
      if (typeof frame.payload === 'string' && frame.payload.includes('"target":"OperationsPulse"')) pulses.count += 1;
    }),
  );
  return pulses;
}

async function until(condition, what, timeout = wait) {
  const deadline = Date.now() + timeout;
  while (!(await condition())) {
    assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// An organiser's header holds two links more than an attendee's; on a 1366 px laptop it must still fit.
const overflowsSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

const figure = async (page, key) => Number(await page.getByTestId(`operations-figure-${key}`).getAttribute('data-value'));

async function screenshot(page, name) {
  if (!takeScreenshots) return;
  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(1, 1);
  await page.screenshot({ path: path.join(screenshotDir, name), fullPage: true, animations: 'disabled', caret: 'hide' });
}

describe('the operations dashboard', () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('follows the forum live, reads well in English and Arabic, and watches again after the server comes back', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    context.setDefaultTimeout(wait);
    const page = await context.newPage();
    const scripts = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    const pulses = countPulses(page);
    await signIn(page, server.baseUrl, codes.organiser);
    assert.ok(!scripts.some((url) => url.includes('operationsPage')), 'the dashboard is not loaded before it is opened');

    await page.getByTestId('nav-organise').click();
    await page.getByTestId('organise-tab-operations').click();
    await page.waitForURL(/#\/operations$/);
    await page.getByTestId('operations-figure-onSite').waitFor();
    assert.ok(scripts.some((url) => url.includes('operationsPage')), 'the dashboard chunk is loaded on opening it');
    await until(() => pulses.count >= 2, 'pushed pulses');
    assert.equal(await page.locator('[data-testid="operations-health"] tr[data-id="store"]').getAttribute('data-health'), 'ok');
    assert.equal(await page.locator('[data-testid="operations-health"] tbody tr').count(), 2, 'one node and the store');
    assert.equal(await page.locator(`[data-testid="operations-live"] tr[data-id="${liveSession}"]`).count(), 1, 'the live demo session is listed');
    assert.match(await page.getByTestId('operations-announce').textContent(), /healthy/);
    const onSiteBefore = await figure(page, 'onSite');
    const questionsBefore = await figure(page, 'questions');
    assert.ok(onSiteBefore >= 1, 'the organiser is connected on site');

    // An on-site attendee connects, checks in to the live session and asks there: the figures move.
    const attendeeContext = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    attendeeContext.setDefaultTimeout(wait);
    const attendee = await attendeeContext.newPage();
    await signIn(attendee, server.baseUrl, codes.onSite);
    await attendee.goto(`${server.baseUrl}/#/checkin/${liveSession}`);
    await attendee.getByTestId('presence-checked-in').waitFor({ state: 'attached' });
    await attendee.getByTestId('ask-text').fill('Which indicators should the dashboard of the next forum show?');
    await attendee.getByTestId('ask-submit').click();
    const liveRow = page.locator(`[data-testid="operations-live"] tr[data-id="${liveSession}"]`);
    await until(async () => (await figure(page, 'onSite')) > onSiteBefore, 'the attendee counted as connected on site');
    await until(async () => (await figure(page, 'questions')) > questionsBefore, 'the question counted in the last minute');
    await until(async () => Number(await liveRow.getAttribute('data-on-site')) >= 1 && Number(await liveRow.getAttribute('data-questions')) >= 1, 'the live session showing who is in and the question');
    assert.equal(await page.locator(`[data-testid="operations-busiest"] tr[data-id="${liveSession}"]`).count(), 1, 'the session is among the busiest');
    assert.deepEqual(await seriousFindings(page, '.page-operations'), []);
    assert.equal(await overflowsSideways(page), false, 'the page fits a 1366 px screen in English');
    await screenshot(page, 'operations-dashboard.png');

    await page.getByTestId('lang-picker').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    assert.equal(await page.locator('h1').first().textContent(), 'لوحة التشغيل');
    await until(async () => /سليم/.test(await page.getByTestId('operations-announce').textContent()), 'the health said in Arabic');
    assert.deepEqual(await seriousFindings(page, '.page-operations'), []);
    assert.equal(await overflowsSideways(page), false, 'the page fits a 1366 px screen in Arabic');
    await screenshot(page, 'operations-dashboard-ar.png');
    await page.getByTestId('lang-picker').selectOption('en');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    await attendeeContext.close();

    // The server dies: the page says its figures are getting old; once the server is back it watches again.
    await server.halt();
    await page.getByTestId('app-connection').waitFor({ state: 'visible' });
    await page.locator('[data-testid="operations-status"].is-stale').waitFor();
    const restartedAt = Date.now();
    await server.start();
    await page.getByTestId('app-connection').waitFor({ state: 'hidden', timeout: 60_000 });
    const pulsesBack = pulses.count;
    await until(() => pulses.count >= pulsesBack + 2, 'pulses pushed again after the reconnect', 30_000);
    await page.waitForFunction(
      (since) => {
        const status = document.querySelector('[data-testid="operations-status"]');
        return status && !status.classList.contains('is-stale') && Date.parse(status.dataset.at ?? '') > since;
      },
      restartedAt,
    );

    // Leaving the page stops the watch: no pulse reaches the page any more.
    await page.getByTestId('nav-agenda').click();
    await page.waitForURL(/#\/agenda$/);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const pulsesLeft = pulses.count;
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.equal(pulses.count, pulsesLeft, 'no pulse after leaving the dashboard');
    await context.close();
  });

  it('is refused to an attendee', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const page = await context.newPage();
    const pulses = countPulses(page);
    await signIn(page, server.baseUrl, codes.onSite);
    await page.goto(`${server.baseUrl}/#/operations`);
    await page.getByTestId('operations-refused').waitFor({ timeout: wait });
    assert.equal(await page.getByTestId('operations-dashboard').count(), 0);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    assert.equal(pulses.count, 0, 'no pulse reaches an attendee');
    await context.close();
  });
});
