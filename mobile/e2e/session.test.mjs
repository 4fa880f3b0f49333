// Browser test against the real server: a remote participant asks, the moderator approves and pins, both screens
// follow live; then the same session in Arabic is laid out right to left.
// Run: node --test mobile/e2e/   (WSIS_SCREENSHOTS=1 also writes the README screenshots to docs/screenshots/)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertNoCspViolations, watchCsp } from './csp.mjs';
import { launchChromium } from './chromium.mjs';
import { repoRoot, startServer } from './server.mjs';

const codes = { remote: 'WSIS-REMO-2025', moderator: 'WSIS-MODR-2025', onSite: 'WSIS-SITE-2025' };
const sessionId = 's001';
const wait = 15_000;
const screenshotDir = process.env.WSIS_SCREENSHOT_DIR ?? path.join(repoRoot, 'docs', 'screenshots');
const takeScreenshots = process.env.WSIS_SCREENSHOTS === '1';

let server;
let browser;
let csp;

/** Signs in through the UI and waits for the agenda. */
async function signIn(page, code) {
  await page.goto(`${server.baseUrl}/#/signin`);
  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/#\/agenda$/, { timeout: wait });
  await page.getByTestId('agenda-item').first().waitFor({ timeout: wait });
}

async function openSession(page) {
  await page.goto(`${server.baseUrl}/#/session/${sessionId}`);
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: wait });
  await page.getByTestId('question-mode').waitFor({ timeout: wait });
}

/** The question whose text is exactly `text`, wherever it is on the page. */
function questionByText(page, text) {
  return page.getByTestId('question').filter({ has: page.getByTestId('question-text').getByText(text, { exact: true }) });
}

async function attribute(locator, name) {
  return locator.getAttribute(name, { timeout: wait });
}

/** Polls until `read()` returns `expected` (bounded), then asserts it. */
async function eventually(read, expected, message) {
  const deadline = Date.now() + wait;
  let actual;
  while (Date.now() < deadline) {
    actual = await read();
    if (actual === expected) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  assert.equal(actual, expected, message);
}

/**
 * Writes a README screenshot of the viewport, pointer out of the way, scrolled to the top of the page or so that
 * `selector` sits just under the sticky header.
 */
async function screenshot(page, name, selector) {
  if (takeScreenshots) {
    mkdirSync(screenshotDir, { recursive: true });
    await page.mouse.move(1, 1);
    await page.evaluate((target) => {
      const element = target ? document.querySelector(target) : null;
      const header = document.querySelector('[data-testid="app-header"]');
      const top = element ? element.getBoundingClientRect().top + window.scrollY - (header?.offsetHeight ?? 0) - 12 : 0;
      window.scrollTo(0, top);
    }, selector);
    await page.screenshot({ path: path.join(screenshotDir, name), animations: 'disabled', caret: 'hide' });
  }
}

/** Asks a question over HTTP as the on-site attendee, to give the queue some company. */
async function askOverHttp(text, anonymous, session = sessionId) {
  const tokenResponse = await fetch(`${server.baseUrl}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code: codes.onSite }),
  });
  assert.equal(tokenResponse.status, 200, 'on-site sign-in');
  const { token } = await tokenResponse.json();
  const response = await fetch(`${server.baseUrl}/api/sessions/${session}/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, anonymous }),
  });
  assert.equal(response.status, 201, `asking over HTTP: ${await response.clone().text()}`);
  return response.json();
}

describe('live questions in the browser', { timeout: 240_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    csp = watchCsp(browser);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('a remote question is approved and pinned, both screens follow live, and Arabic reads right to left', async () => {
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-GB',
      timezoneId: 'Europe/Zurich',
    });
    const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    for (const context of [phone, desktop]) {
      context.setDefaultTimeout(wait);
      context.setDefaultNavigationTimeout(30_000);
    }
    try {
      const remote = await phone.newPage();
      const moderator = await desktop.newPage();
      // A fresh store per run keeps these texts unique; a shared server (WSIS_E2E_BASE_URL) needs a run marker.
      const stamp = process.env.WSIS_E2E_BASE_URL ? ` (${Date.now().toString(36)})` : '';
      const remoteText = `How will remote participants in small island states be included in the follow-up?${stamp}`;
      const onSiteText = `Which indicators should track meaningful connectivity after 2025?${stamp}`;
      const anonymousText = `Could the next forum publish every session's outcome in all six UN languages?${stamp}`;

      // The remote participant signs in and sees the agenda.
      await signIn(remote, codes.remote);
      assert.equal(await remote.locator('html').getAttribute('lang'), 'en');
      assert.ok((await remote.getByTestId('agenda-item').count()) > 0, 'the agenda lists sessions');
      await screenshot(remote, 'agenda-phone.png');

      // Two questions from the room, asked over HTTP.
      await askOverHttp(onSiteText, false);
      await askOverHttp(anonymousText, true);

      // The remote participant asks in the pre-moderated session s001 and waits for moderation.
      await openSession(remote);
      assert.equal(await remote.getByTestId('question-mode').getAttribute('data-mode'), 'PreModerated');
      assert.equal(await questionByText(remote, onSiteText).count(), 0, "others' pending questions stay hidden");
      await remote.getByTestId('ask-text').fill(remoteText);
      assert.match(await remote.getByTestId('ask-counter').innerText(), new RegExp(`^${remoteText.length} / 500$`));
      await remote.getByTestId('ask-submit').click();
      const mine = questionByText(remote, remoteText);
      await mine.waitFor({ timeout: wait });
      assert.equal(await attribute(mine, 'data-status'), 'Pending');
      assert.equal(await mine.getByTestId('question-waiting').innerText(), 'Waiting for moderation');
      assert.equal(await remote.getByTestId('ask-text').inputValue(), '', 'the ask box is cleared');

      // The moderator finds it in the queue, marked as coming from a remote participant, approves and pins it.
      await signIn(moderator, codes.moderator);
      await openSession(moderator);
      await moderator.getByTestId('tab-queue').click();
      const queued = questionByText(moderator, remoteText);
      await queued.waitFor({ timeout: wait });
      assert.equal(await attribute(queued, 'data-status'), 'Pending');
      assert.equal(await queued.getByTestId('question-origin').innerText(), 'Remote');
      await queued.getByTestId('mod-approve').click();
      await moderator.getByTestId('tab-live').click();
      const live = questionByText(moderator, remoteText);
      await eventually(() => live.getAttribute('data-status'), 'Approved', 'approved on the moderator screen');
      await live.getByTestId('mod-pin').click();
      await moderator.getByTestId('pinned-question').getByText(remoteText, { exact: true }).waitFor({ timeout: wait });

      // The on-site question is approved too and gets the moderator's upvote; the anonymous one stays queued.
      await moderator.getByTestId('tab-queue').click();
      await questionByText(moderator, onSiteText).getByTestId('mod-approve').click();
      await moderator.getByTestId('tab-live').click();
      const onSiteLive = questionByText(moderator, onSiteText);
      await eventually(() => onSiteLive.getAttribute('data-status'), 'Approved', 'on-site question approved');
      assert.equal(await onSiteLive.getByTestId('question-origin').innerText(), 'On site');
      await onSiteLive.getByTestId('upvote-button').click();
      await eventually(() => onSiteLive.getByTestId('upvote-count').innerText(), '1', 'moderator upvote counted');

      // Without a reload, the remote participant sees their question approved and pinned, and the upvote.
      const pinned = remote.getByTestId('pinned-question');
      await pinned.getByText(remoteText, { exact: true }).waitFor({ timeout: wait });
      assert.equal(await attribute(pinned.getByTestId('question'), 'data-status'), 'Approved');
      assert.equal(await remote.getByTestId('question-waiting').count(), 0, 'nothing left waiting');
      const onSiteForRemote = questionByText(remote, onSiteText);
      await eventually(() => onSiteForRemote.getByTestId('upvote-count').innerText(), '1', 'upvote seen live by the participant');
      assert.equal(await questionByText(remote, anonymousText).count(), 0, 'the still-pending question stays hidden');

      // The participant's own upvote comes back as a receipt and reaches the moderator live.
      await onSiteForRemote.getByTestId('upvote-button').click();
      await eventually(() => onSiteForRemote.getByTestId('upvote-button').getAttribute('aria-pressed'), 'true', 'upvote receipt applied');
      await eventually(() => onSiteForRemote.getByTestId('upvote-count').innerText(), '2', 'participant count after upvote');
      await eventually(() => onSiteLive.getByTestId('upvote-count').innerText(), '2', 'moderator sees the second upvote');

      await screenshot(remote, 'session-phone.png', '.ask-card');
      await moderator.getByTestId('tab-queue').click();
      await questionByText(moderator, anonymousText).waitFor({ timeout: wait });
      await screenshot(moderator, 'moderator-desktop.png');

      // The same session in Arabic: the document turns right to left and so does the layout.
      await remote.getByTestId('lang-picker').selectOption('ar');
      await eventually(() => remote.locator('html').getAttribute('dir'), 'rtl', 'html dir');
      assert.equal(await remote.locator('html').getAttribute('lang'), 'ar');
      assert.equal(await remote.getByTestId('app-header').evaluate((el) => getComputedStyle(el).direction), 'rtl');
      assert.equal(await remote.getByTestId('connection-state').innerText(), 'متصل');
      const pinnedQuestion = pinned.getByTestId('question');
      assert.equal(await pinnedQuestion.getByTestId('question-origin').innerText(), 'عن بُعد');
      const votes = await pinnedQuestion.getByTestId('upvote-button').boundingBox();
      const text = await pinnedQuestion.getByTestId('question-text').boundingBox();
      assert.ok(votes && text && votes.x > text.x, 'the vote button sits at the inline start, which is the right in Arabic');
      const back = await remote.locator('.back-link').boundingBox();
      const state = await remote.getByTestId('connection-state').boundingBox();
      assert.ok(back && state && back.x > state.x, 'the back link starts the toolbar on the right');
      await screenshot(remote, 'session-arabic.png', '.ask-card');
    } catch (error) {
      console.error(`--- server log (tail) ---\n${server.logTail()}`);
      throw error;
      assertNoCspViolations(csp);
    } finally {
      await phone.close().catch(() => undefined);
      await desktop.close().catch(() => undefined);
    }
  });

  it('opens a session on its questions with the ask box in view, on a phone and a desktop', async () => {
    // s004 shows questions without moderation: one is there before the page opens.
    const unmoderated = 's004';
    const text = `What would make the follow-up measurable at country level?${process.env.WSIS_E2E_BASE_URL ? ` (${Date.now().toString(36)})` : ''}`;
    await askOverHttp(text, false, unmoderated);
    const screens = {
      phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
      desktop: { viewport: { width: 1366, height: 768 } },
    };
    for (const [name, options] of Object.entries(screens)) {
      const context = await browser.newContext({ ...options, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
      context.setDefaultTimeout(wait);
      try {
        const page = await context.newPage();
        await signIn(page, codes.remote);
        await page.goto(`${server.baseUrl}/#/session/${unmoderated}`);
        const question = questionByText(page, text);
        await question.waitFor();
        await page.locator('[data-testid="who-is-here"][data-loaded="true"]').waitFor();
        const fold = options.viewport.height;
        const ask = await page.getByTestId('ask-text').boundingBox();
        const first = await page.getByTestId('question').first().boundingBox();
        assert.ok(ask && ask.y >= 0 && ask.y + ask.height <= fold, `${name}: the ask box is in view (${ask?.y} to ${ask && ask.y + ask.height} of ${fold} px)`);
        assert.ok(first && first.y < fold, `${name}: the first question starts in view (at ${first?.y} of ${fold} px)`);
        assert.equal(await page.locator('.session-about').evaluate((details) => details.open), false, `${name}: "About this session" starts closed`);
        assert.equal(await page.getByTestId('who-is-here').getAttribute('data-open'), 'false', `${name}: "Who is here" starts closed`);
        assert.equal(await page.getByTestId('presence-onsite').isVisible(), true, `${name}: its counts show while closed`);
        await page.getByTestId('who-toggle').click();
        await page.getByTestId('presence-checkin').waitFor();
      } finally {
        await context.close().catch(() => undefined);
      }
    }
  });
});
