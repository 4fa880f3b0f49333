// axe-core on every screen of the app, in English and in Arabic (right to left), each as the person who uses it:
// signed out, an attendee, the moderator (room screen) and an organiser. No serious or critical finding may remain.
// Not among them: the first-run setup screen (only a forum without an organiser shows it) and the badge print sheet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

const codes = { onSite: 'WSIS-SITE-2025', remote: 'WSIS-REMO-2025', moderator: 'WSIS-MODR-2025', organiser: 'WSIS-ORGA-2025' };
const wait = 20_000;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;

/** The screens each kind of person is checked on, as hash routes. */
function screens(lucasId) {
  return {
    signedOut: ['#/signin', '#/agenda', '#/no-such-screen'],
    attendee: [
      '#/agenda',
      '#/session/s004',
      '#/leaderboard',
      '#/prizes',
      '#/me',
      '#/badge',
      '#/profile',
      '#/my-data',
      '#/scan',
      '#/contacts',
      '#/people',
      `#/person/${lucasId}`,
      '#/messages',
    ],
    moderator: ['#/room/s004'],
    organiser: ['#/organise/agenda', '#/organise/sessions', '#/organise/registration', '#/organise/people', '#/organise/badges', '#/organise/settings', '#/outcome', '#/desk'],
  };
}

/** Serious and critical findings on the page as it is now, one line each. */
async function seriousFindings(page) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) {
    await page.evaluate(axeSource);
  }
  const results = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/** Opens `route` and waits until the screen has drawn what it loads (bounded: a screen that keeps loading is checked as it is). */
async function open(page, route) {
  await page.goto(`${server.baseUrl}/${route}`);
  await page.waitForFunction(() => document.querySelector('#app')?.children.length && !document.querySelector('.loading'), null, { timeout: wait }).catch(() => undefined);
}

describe('accessibility of every screen', { timeout: 600_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  for (const language of ['en', 'ar']) {
    it(`has no serious or critical axe-core finding in ${language === 'en' ? 'English' : 'Arabic'}`, async () => {
      const token = await fetch(`${server.baseUrl}/api/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: codes.remote }), signal: AbortSignal.timeout(wait) });
      const lucasId = (await token.json()).profile.id;
      const people = { signedOut: null, attendee: codes.onSite, moderator: codes.moderator, organiser: codes.organiser };
      const findings = [];
      for (const [who, routes] of Object.entries(screens(lucasId))) {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: language === 'ar' ? 'ar' : 'en-GB', timezoneId: 'Europe/Zurich' });
        context.setDefaultTimeout(wait);
        await context.addInitScript((lang) => localStorage.setItem('wsis.language', lang), language);
        try {
          const page = await context.newPage();
          if (people[who]) {
            await page.goto(`${server.baseUrl}/#/signin`);
            await page.getByTestId('signin-code').fill(people[who]);
            await page.getByTestId('signin-submit').click();
            await page.waitForURL(/#\/agenda$/);
          }
          for (const route of routes) {
            await open(page, route);
            assert.equal(await page.evaluate(() => document.documentElement.dir), language === 'ar' ? 'rtl' : 'ltr');
            for (const finding of await seriousFindings(page)) {
              findings.push(`${who} ${route}: ${finding}`);
            }
          }
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(findings, []);
    });
  }
});
