// Browser test against the real server: a moderator prepares and opens a poll, two participants (on site and
// remote, on phones) vote, and the room screen on a third browser shows the live results and the join QR code.
// Run: node --test mobile/e2e/   (WSIS_SCREENSHOTS=1 also writes the README screenshots to docs/screenshots/)
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertNoCspViolations, watchCsp } from './csp.mjs';
import { launchChromium } from './chromium.mjs';
import { freePort, repoRoot, startServer } from './server.mjs';

const codes = { moderator: 'WSIS-MODR-2025', onSite: 'WSIS-SITE-2025', remote: 'WSIS-REMO-2025' };
const sessionId = 's004';
const wait = 15_000;
const publicUrl = 'https://connect.wsis.example/';
const screenshotDir = process.env.WSIS_SCREENSHOT_DIR ?? path.join(repoRoot, 'docs', 'screenshots');
const takeScreenshots = process.env.WSIS_SCREENSHOTS === '1';

let server;
let browser;
let csp;
let embedding;

async function signIn(page, code) {
  await page.goto(`${server.baseUrl}/#/signin`);
  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await page.waitForURL(/#\/agenda$/, { timeout: wait });
}

async function openSession(page) {
  await page.goto(`${server.baseUrl}/#/session/${sessionId}`);
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: wait });
  await page.getByTestId('question-mode').waitFor({ timeout: wait });
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
  // Let the bars finish growing (CSS transitions on inline-size).
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(screenshotDir, name), animations: 'disabled', caret: 'hide' });
}

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

/** Asks a question over HTTP (the session is open: it is published at once). */
async function askOverHttp(code, text) {
  const tokenResponse = await fetch(`${server.baseUrl}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  assert.equal(tokenResponse.status, 200, 'sign-in over HTTP');
  const { token } = await tokenResponse.json();
  const response = await fetch(`${server.baseUrl}/api/sessions/${sessionId}/questions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ text, anonymous: false }),
  });
  assert.equal(response.status, 201, `asking over HTTP: ${await response.clone().text()}`);
}

/** The options' counts as the page shows them: [[onSite, remote], ...] from the rows' data attributes. */
async function rowCounts(scope) {
  return scope.getByTestId('poll-result-row').evaluateAll((rows) => rows.map((row) => [Number(row.dataset.onsite), Number(row.dataset.remote)]));
}

describe('live polls in the browser', { timeout: 240_000 }, () => {
  before(async () => {
    // A page of another origin that embeds the room screen, as the forum's website or a stream page would; the
    // server lets that origin frame the room screen and nothing else.
    const embedPort = await freePort();
    embedding = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Embedding</title>
        <iframe id="room" width="960" height="540" src="${server.baseUrl}/room/${sessionId}"></iframe>
        <iframe id="app" width="400" height="300" src="${server.baseUrl}/#/agenda"></iframe>`);
    });
    await new Promise((resolve) => embedding.listen(embedPort, '127.0.0.1', resolve));
    embedding.origin = `http://127.0.0.1:${embedPort}`;
    server = await startServer({ env: { Security__RoomScreenFrameAncestors: embedding.origin, Forum__PublicUrl: publicUrl } });
    browser = await launchChromium();
    csp = watchCsp(browser);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    await new Promise((resolve) => (embedding ? embedding.close(resolve) : resolve()));
  });

  it('a poll is prepared and opened, two phones vote, and the room screen shows the split live', async () => {
    const desktop = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const onSitePhone = await phoneContext();
    const remotePhone = await phoneContext();
    const projector = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const contexts = [desktop, onSitePhone, remotePhone, projector];
    for (const context of contexts) {
      context.setDefaultTimeout(wait);
      context.setDefaultNavigationTimeout(30_000);
    }
    try {
      const stamp = process.env.WSIS_E2E_BASE_URL ? ` (${Date.now().toString(36)})` : '';
      const question = `Which WSIS action line needs the most attention after 2025?${stamp}`;
      const options = ['C2 Infrastructure', 'C5 Building confidence and security', 'C7 ICT applications'];

      // The moderator opens s004, sees the moderator tools and the room-screen link, and prepares the poll.
      const moderator = await desktop.newPage();
      await signIn(moderator, codes.moderator);
      await openSession(moderator);
      await moderator.getByTestId('room-link').waitFor();
      assert.equal(await moderator.getByTestId('room-link').getAttribute('href'), `#/room/${sessionId}`);
      await moderator.getByTestId('session-tab-polls').click();
      await moderator.getByTestId('poll-new').click();
      await moderator.getByTestId('poll-form-question').fill(question);
      assert.equal(await moderator.getByTestId('poll-form-kind').inputValue(), 'SingleChoice');
      await moderator.getByTestId('poll-form-add-option').click();
      const optionInputs = moderator.getByTestId('poll-form-option');
      assert.equal(await optionInputs.count(), 3, 'two options to start with, one added');
      for (const [index, text] of options.entries()) {
        await optionInputs.nth(index).fill(text);
      }
      await moderator.getByTestId('poll-form-submit').click();
      const card = moderator.getByTestId('poll-card').filter({ has: moderator.getByTestId('poll-question').getByText(question, { exact: true }) });
      await eventually(() => card.getAttribute('data-status'), 'Draft', 'the poll is saved as a draft');
      const pollId = await card.getAttribute('data-poll-id');
      assert.match(pollId, new RegExp(`^${sessionId}\\.p\\d+$`));

      // The room screen (third browser, moderator's account) is up before the poll opens: it learns of it live.
      const room = await projector.newPage();
      await signIn(room, codes.moderator);
      // The room screen's own address, which the projector (or an embedding page) opens.
      await room.goto(`${server.baseUrl}/room/${sessionId}`);
      await room.getByTestId('room-screen').waitFor();
      await room.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
      const qr = room.getByTestId('room-qr');
      await qr.waitFor();
      assert.equal(await qr.evaluate((el) => el.tagName.toLowerCase()), 'svg');
      // The forum's configured public address, printed and encoded, not the loopback address this laptop reached the
      // server at.
      const joinUrl = `connect.wsis.example/#/session/${sessionId}`;
      await room.waitForFunction((url) => document.querySelector('[data-testid="room-url"]')?.textContent === url, joinUrl, { timeout: wait });
      assert.equal(await qr.getAttribute('data-text'), `https://${joinUrl}`);
      const qrBox = await qr.boundingBox();
      assert.ok(qrBox && qrBox.width >= 200, `the QR code is large enough to scan from afar (${qrBox?.width}px)`);
      assert.equal(await room.getByTestId('app-header').isVisible(), false, 'no app chrome on the projector');
      assert.notEqual(await room.getByTestId('room-title').innerText(), '', 'the session title is shown');

      // Open it; the card shows it open.
      await card.getByTestId('poll-open').click();
      await eventually(() => card.getAttribute('data-status'), 'Open', 'the poll is open');
      await eventually(() => room.getByTestId('room-poll').getAttribute('data-poll-id'), pollId, 'the room screen follows the opened poll');

      // Two participants on phones, one on site and one remote, vote for different options.
      const voters = [
        { context: onSitePhone, code: codes.onSite, option: 0 },
        { context: remotePhone, code: codes.remote, option: 2 },
      ];
      const phones = [];
      for (const voter of voters) {
        const page = await voter.context.newPage();
        await signIn(page, voter.code);
        await openSession(page);
        await page.getByTestId('session-tab-polls').click();
        const phoneCard = page.locator(`[data-testid="poll-card"][data-poll-id="${pollId}"]`);
        await phoneCard.waitFor();
        assert.equal(await phoneCard.getAttribute('data-status'), 'Open');
        assert.equal(await phoneCard.getByTestId('poll-option').count(), 3);
        phones.push({ page, card: phoneCard, option: voter.option });
      }
      // The room screen's bars are made once: mark a node to prove later that votes did not rebuild them.
      await room.getByTestId('poll-result-row').first().evaluate((row) => row.setAttribute('data-e2e-marker', 'kept'));
      for (const phone of phones) {
        await phone.card.getByTestId('poll-option').nth(phone.option).click();
        await phone.card.getByTestId('poll-voted').waitFor();
        assert.equal(await phone.card.getByTestId('poll-my-answer').innerText(), `Your answer: ${options[phone.option]}`);
        assert.equal(await phone.card.getByTestId('poll-change-vote').isVisible(), true, 'the poll allows changing one’s vote');
      }

      // The room screen shows 2 voters: one on site for the first option, one remote for the third.
      const roomPoll = room.getByTestId('room-poll');
      await eventually(() => roomPoll.getByTestId('poll-voters').getAttribute('data-voters'), '2', 'two voters on the room screen');
      assert.equal(await roomPoll.getByTestId('poll-voters').getAttribute('data-onsite'), '1');
      assert.equal(await roomPoll.getByTestId('poll-voters').getAttribute('data-remote'), '1');
      await eventually(async () => JSON.stringify(await rowCounts(roomPoll)), JSON.stringify([[1, 0], [0, 0], [0, 1]]), 'one on-site and one remote vote');
      assert.equal(await roomPoll.getByTestId('poll-count-onsite').first().innerText(), '1');
      assert.equal(await roomPoll.getByTestId('poll-count-remote').last().innerText(), '1');
      assert.equal(await roomPoll.getByTestId('poll-result-row').first().getAttribute('data-e2e-marker'), 'kept', 'the chart updated in place');
      const onSiteWidth = await roomPoll.locator('[data-testid="poll-result-row"][data-index="0"] .bar-onsite').evaluate((bar) => bar.style.inlineSize);
      assert.equal(onSiteWidth, '50%', 'half of the voters chose the first option');

      // The participants see the live results too (visibility Live), and so does the moderator.
      for (const phone of phones) {
        await eventually(() => phone.card.getByTestId('poll-voters').getAttribute('data-voters'), '2', 'results on the phone');
      }
      await eventually(() => card.getByTestId('poll-voters').getAttribute('data-voters'), '2', 'results on the moderator screen');

      // A question from the room, pinned by the moderator, joins the poll on the room screen.
      const pinnedText = `Will the results of this poll reach the WSIS+20 review?${stamp}`;
      await askOverHttp(codes.onSite, pinnedText);
      await moderator.getByTestId('session-tab-questions').click();
      await moderator.getByTestId('tab-live').click();
      const asked = moderator.getByTestId('question').filter({ has: moderator.getByTestId('question-text').getByText(pinnedText, { exact: true }) });
      await asked.getByTestId('mod-pin').click();
      await eventually(() => room.getByTestId('room-pinned-text').innerText(), pinnedText, 'the pinned question is on the room screen');
      assert.equal(await roomPoll.getAttribute('data-poll-id'), pollId, 'the poll stays on screen');
      await moderator.getByTestId('session-tab-polls').click();

      await screenshot(phones[1].page, 'poll-phone.png', '[data-testid="poll-card"]');
      await screenshot(room, 'room-screen.png');

      // Closing the poll reaches the phones live and ends voting.
      await card.getByTestId('poll-close').click();
      await eventually(() => phones[0].card.getAttribute('data-status'), 'Closed', 'the phone sees the poll closed');
      assert.equal(await phones[0].card.getByTestId('poll-change-vote').count(), 0, 'no changes once closed');
      await eventually(() => room.getByTestId('room-poll').getAttribute('data-status'), 'Closed', 'the room screen sees it closed');

      // The leaderboard: voting earned points, so the on-site voter has a place, highlighted in the live top 10.
      const board = phones[0].page;
      await board.goto(`${server.baseUrl}/#/leaderboard`);
      const me = board.getByTestId('leaderboard-me');
      await eventually(async () => ((await me.getAttribute('data-rank')) ? 'ranked' : 'not yet'), 'ranked', 'the voter has a rank');
      assert.match(await me.innerText(), /^You: #\d+, \d+ points?$/);
      const rank = await me.getAttribute('data-rank');
      const mine = board.locator('[data-testid="leaderboard-entry"][data-me="true"]');
      assert.equal(await mine.getAttribute('data-rank'), rank, 'the own row is highlighted at the same rank');
      assert.ok((await board.getByTestId('leaderboard-entry').count()) <= 10, 'at most the top 10');
      await board.getByTestId('leaderboard-how').waitFor();
      await screenshot(board, 'leaderboard-phone.png');
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

  it('only the room screen may be framed, and only by the configured origin', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 700 }, locale: 'en-GB' });
    context.setDefaultTimeout(wait);
    const before = csp.violations.length;
    try {
      const page = await context.newPage();
      await page.goto(`${embedding.origin}/`);
      // Framed from an allowed origin, the room screen runs: not signed in there, it offers to sign in.
      await page.frameLocator('#room').getByTestId('room-signin').waitFor();
      // Every other page refuses to be framed: the browser reports the frame-ancestors refusal and shows nothing.
      await eventually(async () => String(csp.violations.slice(before).some((v) => /frame-ancestors/.test(v))), 'true', 'the app refused to be framed');
      assert.equal(await page.frameLocator('#app').getByTestId('app-header').count(), 0, 'the framed app page did not render');
      const unexpected = csp.violations.slice(before).filter((v) => !/frame-ancestors 'none'/.test(v) || v.includes('/room/'));
      assert.deepEqual(unexpected, [], 'the only refusal is the framing of a page that is not the room screen');
    } finally {
      await context.close();
    }
  });
});
