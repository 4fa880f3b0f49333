// Browser test of a venue's failing Wi-Fi, with a real outage: the server is killed (its data kept) while an
// attendee asks, upvotes, votes in a poll, writes to a contact, scans a badge, checks in and opens her own badge;
// then it is started again on the same store. The page comes back by itself and sends what waited, each write
// exactly once (read back from the server). How soon it is back is reported, not asserted (speed is a benchmark's
// matter; the retry schedule that bounds it to 3 s is unit-tested in src/realtime/retryDelay.test.ts).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';

const codes = { onSite: 'WSIS-SITE-2025', remote: 'WSIS-REMO-2025', moderator: 'WSIS-MODR-2025' };
const sessionId = 's004';
const wait = 20_000;

let server;
let browser;

async function signIn(page, code) {
  await page.goto(`${server.baseUrl}/#/signin`);
  await page.getByTestId('signin-code').fill(code);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('agenda-item').first().waitFor({ timeout: wait });
}

/** How many writes the page keeps waiting in IndexedDB. */
function outboxSize(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('wsis-offline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
}

async function token(code) {
  const response = await fetch(`${server.baseUrl}/api/auth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ code }),
    signal: AbortSignal.timeout(wait),
  });
  assert.equal(response.status, 200, `sign-in with ${code}`);
  return response.json();
}

/** Calls the API as the person with `code`: GET, or POST when a body is given. */
async function api(path, code, body) {
  const { token: bearer } = await token(code);
  const response = await fetch(`${server.baseUrl}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(wait),
  });
  assert.ok(response.ok, `${path}: ${response.status}`);
  return response.json();
}

/** Runs `work` with a live hub connection (the SDK's protocol, from Node) as the person with `code`. */
async function asPerson(code, work) {
  const { token: bearer } = await token(code);
  const hub = new HubConnectionBuilder()
    .withUrl(`${server.baseUrl}/hubs/live`, { accessTokenFactory: () => bearer })
    .configureLogging(LogLevel.None)
    .build();
  await hub.start();
  try {
    return await work((method, ...args) => hub.invoke(method, ...args));
  } finally {
    await hub.stop();
  }
}

describe('offline at the venue', { timeout: 480_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('keeps the badge, queues a question, an upvote, a vote, a message, a scan and a check-in through a server restart, and sends each once', async (t) => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const context = await browser.newContext(phone);
    context.setDefaultTimeout(wait);
    try {
      // Before the outage: Lucas asks (for Amina to upvote) and the moderator opens a poll.
      const lucasQuestion = await api(`/api/sessions/${sessionId}/questions`, codes.remote, { text: 'Who funds the last mile?', anonymous: false });
      const poll = await asPerson(codes.moderator, async (call) => {
        const draft = { question: 'Should the next forum be hybrid again?', kind: 'SingleChoice', options: ['Yes', 'No'], maxChoices: 1, ratingMin: 1, ratingMax: 5, correctOption: null, countdownSeconds: 30, visibility: 'Live', allowChange: true };
        const created = await call('CreatePoll', sessionId, draft, randomUUID());
        return call('OpenPoll', created.id, randomUUID());
      });
      const moderatorContext = await browser.newContext(phone);
      const moderatorPage = await moderatorContext.newPage();
      await signIn(moderatorPage, codes.moderator);
      await moderatorPage.goto(`${server.baseUrl}/#/badge`);
      const moderatorCode = await moderatorPage.getByTestId('badge-code').getAttribute('data-code', { timeout: wait });
      await moderatorContext.close();

      const page = await context.newPage();
      await signIn(page, codes.onSite);
      // The service worker has installed (every screen precached) and controls the page.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) {
          await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
        }
      });
      await page.goto(`${server.baseUrl}/#/badge`);
      const myCode = await page.getByTestId('badge-code').getAttribute('data-code');
      // Lucas scans Amina's badge: they are contacts, so she may write to him.
      const [lucas, amina, moderator] = await Promise.all([codes.remote, codes.onSite, codes.moderator].map(async (code) => (await token(code)).profile));
      await asPerson(codes.remote, (call) => call('ScanBadge', myCode, null, null, randomUUID()));
      // Her conversation with him, opened once online, is kept for later.
      await page.goto(`${server.baseUrl}/#/messages/${lucas.id}`);
      await page.getByTestId('composer').waitFor();

      await page.goto(`${server.baseUrl}/#/session/${sessionId}`);
      await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
      const questionId = lucasQuestion.id;
      await page.locator(`[data-testid="question"][data-question-id="${questionId}"] [data-testid="upvote-button"]:not([disabled])`).waitFor();
      const pollCard = page.locator(`[data-testid="poll-card"][data-poll-id="${poll.id}"]`);
      await pollCard.waitFor({ state: 'attached' });
      const before = await api(`/api/sessions/${sessionId}/questions`, codes.onSite);
      const upvotesBefore = before.questions.find((q) => q.id === questionId).upvotes;

      // The outage.
      await server.halt();
      await page.getByTestId('app-connection').waitFor({ state: 'visible' });

      const text = `Asked offline ${Date.now().toString(36)}: how do rural clinics keep their records?`;
      await page.getByTestId('ask-text').fill(text);
      await page.getByTestId('ask-submit').click();
      await page.getByTestId('ask-waiting-item').getByText(text, { exact: true }).waitFor();
      const question = page.locator(`[data-testid="question"][data-question-id="${questionId}"]`);
      await question.getByTestId('upvote-button').click();
      await question.getByTestId('upvote-waiting').waitFor();

      await page.getByTestId('session-tab-polls').click();
      await pollCard.locator('[data-testid="poll-option"][data-index="0"]').click();
      await pollCard.getByTestId('poll-vote-waiting').waitFor();

      // My badge and its QR code, from the copy kept on the phone.
      await page.goto(`${server.baseUrl}/#/badge`);
      await page.getByTestId('badge-offline').waitFor();
      await page.getByTestId('badge-qr').waitFor();
      assert.equal(await page.getByTestId('badge-code').getAttribute('data-code'), myCode);

      const message = `Written offline ${Date.now().toString(36)}: shall we meet at the coffee corner?`;
      await page.goto(`${server.baseUrl}/#/messages/${lucas.id}`);
      await page.getByTestId('composer').fill(message);
      await page.getByTestId('composer-send').click();
      await page.getByTestId('message-waiting').getByText(message, { exact: true }).waitFor();

      await page.goto(`${server.baseUrl}/#/scan`);
      await page.getByTestId('scan-code-input').fill(moderatorCode);
      await page.getByTestId('scan-code-submit').click();
      await page.getByTestId('scan-queued').waitFor();

      // The room's check-in code, scanned with no network: the check-in waits too, and the session page says so.
      await page.goto(`${server.baseUrl}/#/checkin/${sessionId}`);
      await page.waitForURL(new RegExp(`#/session/${sessionId}$`));
      await page.getByTestId('presence-checkin-waiting').waitFor({ state: 'attached' });
      assert.equal(await outboxSize(page), 6, 'the question, upvote, vote, message, scan and check-in wait on the phone');

      // Back: the page reconnects by itself and sends what waited.
      await server.start();
      const ready = Date.now();
      await page.getByTestId('app-connection').waitFor({ state: 'hidden', timeout: 60_000 });
      t.diagnostic(`connected again ${((Date.now() - ready) / 1000).toFixed(1)} s after the server answered ready`);
      const deadline = Date.now() + 60_000;
      while ((await outboxSize(page)) > 0) {
        assert.ok(Date.now() < deadline, 'everything queued is sent within a minute of the server being back');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await page.getByTestId('presence-checked-in').waitFor({ state: 'attached' });

      const after = await api(`/api/sessions/${sessionId}/questions`, codes.onSite);
      assert.equal(after.questions.filter((q) => q.text === text).length, 1, 'the question asked offline is there once');
      assert.equal(after.questions.find((q) => q.id === questionId).upvotes, upvotesBefore + 1, 'the upvote counted once');
      const pollView = await api(`/api/polls/${poll.id}`, codes.moderator);
      assert.equal(pollView.results.voters, 1, 'the vote counted once');
      assert.deepEqual((await api(`/api/polls/${poll.id}`, codes.onSite)).myBallot?.options, [0], 'her vote is the one she chose');
      const book = await api('/api/me/contacts', codes.onSite);
      assert.equal(book.contacts.filter((c) => c.name === moderator.name).length, 1, 'the scan made one contact');
      const unread = await api('/api/me/messages/unread', codes.remote);
      assert.equal(unread[amina.id], 1, 'Lucas has her one message');
      const presence = await asPerson(codes.remote, (call) => call('GetPresence', sessionId));
      assert.equal(presence.onSite, 1, 'her check-in counted once');
    } catch (error) {
      console.error(`--- server log (tail) ---\n${server.logTail(120)}`);
      throw error;
    } finally {
      await context.close();
    }
  });
});
