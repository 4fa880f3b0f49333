// Browser test against the real server: an asker edits their question by keyboard and then deletes it, while another
// participant's page follows both changes live.
// Run: node --test mobile/e2e/ownQuestions.test.mjs
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertNoCspViolations, watchCsp } from './csp.mjs';
import { launchChromium } from './chromium.mjs';
import { startServer } from './server.mjs';
import { signIn } from './signIn.mjs';

const codes = { remote: 'WSIS-REMO-2025', moderator: 'WSIS-MODR-2025', onSite: 'WSIS-SITE-2025' };
const sessionId = 's001';
const wait = 15_000;

let server;
let browser;
let csp;

async function openSession(page) {
  await page.goto(`${server.baseUrl}/#/session/${sessionId}`);
  await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor({ timeout: wait });
  await page.getByTestId('question-mode').waitFor({ timeout: wait });
}

function questionByText(page, text) {
  return page.getByTestId('question').filter({ has: page.getByTestId('question-text').getByText(text, { exact: true }) });
}

describe('an asker edits and deletes their own question', { timeout: 240_000 }, () => {
  before(async () => {
    server = await startServer();
    browser = await launchChromium();
    csp = watchCsp(browser);
  });

  after(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('the edit and the delete reach another participant live', async () => {
    const context = () => browser.newContext({ viewport: { width: 1024, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Zurich' });
    const [askerContext, watcherContext, moderatorContext] = await Promise.all([context(), context(), context()]);
    try {
      const asker = await askerContext.newPage();
      const watcher = await watcherContext.newPage();
      const moderator = await moderatorContext.newPage();
      const stamp = process.env.WSIS_E2E_BASE_URL ? ` (${Date.now().toString(36)})` : '';
      const first = `How will small island states join the follow-up?${stamp}`;
      const second = `How will small island states and landlocked countries join the follow-up?${stamp}`;

      // The moderator opens the session to questions without review, so the asker's question is public at once.
      await signIn(moderator, server.baseUrl, codes.moderator);
      await openSession(moderator);
      const mode = moderator.getByTestId('mod-mode');
      if (await mode.isChecked()) {
        // The switch by keyboard, as its label says: Space turns pre-moderation off.
        await mode.focus();
        await moderator.keyboard.press('Space');
      }
      await moderator.locator('[data-testid="question-mode"][data-mode="Open"]').waitFor({ timeout: wait });

      await signIn(asker, server.baseUrl, codes.remote);
      await openSession(asker);
      await signIn(watcher, server.baseUrl, codes.onSite);
      await openSession(watcher);

      await asker.getByTestId('ask-text').fill(first);
      await asker.getByTestId('ask-submit').click();
      const mine = questionByText(asker, first);
      await mine.waitFor({ timeout: wait });
      const seen = questionByText(watcher, first);
      await seen.waitFor({ timeout: wait });
      assert.equal(await seen.getByTestId('question-edit').count(), 0, "no Edit on someone else's question");
      assert.equal(await seen.getByTestId('question-edited').count(), 0);
      await seen.getByTestId('upvote-button').click();
      const id = await mine.getAttribute('data-question-id');
      const askerItem = asker.locator(`[data-testid="question"][data-question-id="${id}"]`);
      const watcherItem = watcher.locator(`[data-testid="question"][data-question-id="${id}"]`);
      await askerItem.getByTestId('upvote-count').filter({ hasText: '1' }).waitFor({ timeout: wait });

      // Edit by keyboard: Escape leaves the text as it was; Enter saves the new one.
      await askerItem.getByTestId('question-edit').focus();
      await asker.keyboard.press('Enter');
      const editor = askerItem.getByTestId('question-edit-text');
      await editor.waitFor({ timeout: wait });
      assert.equal(await editor.evaluate((element) => element === document.activeElement), true, 'the editor takes the focus');
      await asker.keyboard.press('Escape');
      await askerItem.getByTestId('question-text').getByText(first, { exact: true }).waitFor({ timeout: wait });
      await askerItem.getByTestId('question-edit').click();
      await editor.fill(second);
      await asker.keyboard.press('Enter');
      await askerItem.getByTestId('question-text').getByText(second, { exact: true }).waitFor({ timeout: wait });

      // The other participant sees the new text, marked edited, with the upvote kept; so does the moderator.
      await watcherItem.getByTestId('question-text').getByText(second, { exact: true }).waitFor({ timeout: wait });
      assert.equal(await watcherItem.getByTestId('question-edited').innerText(), 'edited');
      assert.equal(await watcherItem.getByTestId('upvote-count').innerText(), '1');
      assert.equal(await watcherItem.getByTestId('upvote-button').getAttribute('aria-pressed'), 'true');
      await moderator.getByTestId('tab-live').click();
      await moderator.locator(`[data-testid="question"][data-question-id="${id}"] [data-testid="question-edited"]`).waitFor({ timeout: wait });

      // Delete asks first; keeping it changes nothing, confirming removes it for everyone.
      await askerItem.getByTestId('question-delete').click();
      await askerItem.getByTestId('question-delete-keep').click();
      assert.equal(await watcherItem.count(), 1);
      await askerItem.getByTestId('question-delete').click();
      await askerItem.getByTestId('question-delete-yes').click();
      await askerItem.waitFor({ state: 'detached', timeout: wait });
      await watcherItem.waitFor({ state: 'detached', timeout: wait });
      await moderator.locator(`[data-testid="question"][data-question-id="${id}"]`).waitFor({ state: 'detached', timeout: wait });

      // Still gone after a reload: the server deleted it, not just this page.
      await watcher.reload();
      await openSession(watcher);
      assert.equal(await watcherItem.count(), 0);
      assertNoCspViolations(csp);
    } finally {
      await Promise.all([askerContext.close(), watcherContext.close(), moderatorContext.close()]);
    }
  });
});
