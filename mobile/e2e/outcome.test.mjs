// Browser test of the organisers' outcome screen against the real demo server: an on-site attendee and a remote
// participant check in, then the organiser's outcome shows them in the figures, draws both charts (Chart.js loaded
// only on this screen), offers the CSV, and passes axe-core with no serious or critical finding, in English and in
// Arabic (right to left); an attendee is refused the screen.
// Run: node --test mobile/e2e/   (WSIS_SCREENSHOTS=1 also writes the README screenshot to docs/screenshots/)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { seriousFindings } from './axe.mjs';
import { launchChromium } from './chromium.mjs';
import { repoRoot, startServer } from './server.mjs';
import { signIn } from './signIn.mjs';

const codes = { organiser: 'WSIS-ORGA-2025', onSite: 'WSIS-SITE-2025', remote: 'WSIS-REMO-2025' };
const wait = 20_000;
const screenshotDir = process.env.WSIS_SCREENSHOT_DIR ?? path.join(repoRoot, 'docs', 'screenshots');
const takeScreenshots = process.env.WSIS_SCREENSHOTS === '1';

let server;
let browser;

async function checkIn(code, sessionId) {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
  const page = await context.newPage();
  await signIn(page, server.baseUrl, code);
  await page.goto(`${server.baseUrl}/#/checkin/${sessionId}`);
  await page.getByTestId('presence-checked-in').waitFor({ state: 'attached', timeout: wait });
  await context.close();
}

describe('the outcome screen', () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('counts who checked in, draws its charts on demand and reads well in English and Arabic', async () => {
    await checkIn(codes.onSite, 's004');
    await checkIn(codes.remote, 's001');
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const page = await context.newPage();
    const scripts = [];
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
    await signIn(page, server.baseUrl, codes.organiser);
    assert.ok(!scripts.some((url) => url.includes('barChart')), 'Chart.js is not loaded before the outcome screen');

    await page.getByTestId('nav-organise').click();
    await page.getByTestId('organise-tab-outcome').click();
    await page.getByTestId('outcome-report').waitFor({ timeout: wait });
    await page.locator('[data-testid="outcome-chart-days"][data-state="drawn"]').waitFor({ timeout: wait });
    await page.locator('[data-testid="outcome-chart-lines"][data-state="drawn"]').waitFor({ timeout: wait });

    assert.ok(scripts.some((url) => url.includes('barChart')), 'the chart chunk is loaded on the outcome screen');
    assert.equal(await page.getByTestId('outcome-tile-participantsOnSite').getAttribute('data-value'), '1');
    assert.equal(await page.getByTestId('outcome-tile-participantsRemote').getAttribute('data-value'), '1');
    // Two people: each country is a small cell, so the countries table shows them only as "other".
    assert.deepEqual(await page.locator('[data-testid="outcome-countries"] tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.id)), ['other']);
    assert.equal(await page.locator('[data-testid="outcome-action-lines"] tbody tr').count(), 11);
    const download = page.waitForEvent('download', { timeout: wait });
    await page.getByTestId('outcome-download-csv').click();
    assert.equal((await download).suggestedFilename(), 'wsisconnect-outcome.csv');
    assert.deepEqual(await seriousFindings(page, '.page-outcome'), []);
    if (takeScreenshots) {
      mkdirSync(screenshotDir, { recursive: true });
      await page.mouse.move(1, 1);
      await page.screenshot({ path: path.join(screenshotDir, 'outcome-organiser.png'), animations: 'disabled', caret: 'hide' });
    }

    await page.getByTestId('lang-picker').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl', null, { timeout: wait });
    await page.locator('[data-testid="outcome-chart-days"][data-state="drawn"]').waitFor({ timeout: wait });
    assert.equal(await page.locator('h1').first().textContent(), 'حصيلة المنتدى');
    assert.deepEqual(await seriousFindings(page, '.page-outcome'), []);
    await context.close();
  });

  it('is refused to an attendee', async () => {
    const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, codes.onSite);
    await page.goto(`${server.baseUrl}/#/outcome`);
    await page.getByTestId('outcome-refused').waitFor({ timeout: wait });
    assert.equal(await page.getByTestId('outcome-report').count(), 0);
    await context.close();
  });
});
