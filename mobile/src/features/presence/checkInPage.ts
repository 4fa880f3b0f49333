import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href, replaceRoute } from '../../app/router';
import { showToast } from '../../app/toast';
import { t } from '../../i18n';
import { currentOutbox } from '../../offline/outbox';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { listedByChoice } from './visibilityChoice';

/**
 * `#/checkin/{sessionId}`, what the room screen's "Check in" QR code opens: checks the person in (listed or not,
 * as they last chose) and opens the session in place of this page.
 */
export function createCheckInPage(sessionId: string): Page {
  const element = h('div', { class: 'page page-narrow page-checkin', 'data-testid': 'checkin-page' });
  const auth = currentAuth();
  const connection = pageConnection(`/checkin/${sessionId}`);
  let error: unknown = null;
  let disposed = false;

  function render(): void {
    if (!auth || !connection) {
      replaceChildren(element, signInPrompt(t('presence.signInToCheckIn'), `/checkin/${sessionId}`));
      return;
    }
    replaceChildren(
      element,
      h(
        'section',
        { class: 'card checkin-card' },
        h('h1', {}, icon(icons.mapPin), h('span', {}, t('presence.checkIn'))),
        error
          ? h(
              'div',
              { class: 'notice notice-error', role: 'alert', 'data-testid': 'checkin-error' },
              h('p', {}, describeHubError(error)),
              h('a', { class: 'button button-secondary', href: href({ name: 'session', id: sessionId }) }, t('presence.toSession')),
            )
          : h('p', { class: 'loading', role: 'status' }, t('presence.checkingIn')),
      ),
    );
  }

  async function checkIn(): Promise<void> {
    if (!connection) {
      return;
    }
    const outbox = currentOutbox();
    if (outbox && (await outbox.mustQueue())) {
      // Scanned in a hall whose Wi-Fi failed: the check-in waits on the phone and is sent once back online.
      await outbox.enqueue({ kind: 'checkIn', sessionId, visible: listedByChoice() });
      if (!disposed) {
        showToast(t('presence.checkInQueued'), { kind: 'info', screen: href({ name: 'session', id: sessionId }) });
        replaceRoute({ name: 'session', id: sessionId });
      }
      return;
    }
    try {
      await connection.start();
      const presence = await connection.checkIn(sessionId, listedByChoice());
      if (disposed) {
        return;
      }
      showToast(t('presence.checkedInToast', { count: presence.onSite + presence.remote }), { kind: 'success', screen: href({ name: 'session', id: sessionId }) });
      replaceRoute({ name: 'session', id: sessionId });
    } catch (failure: unknown) {
      error = failure;
      if (!disposed) {
        render();
      }
    }
  }

  render();
  void checkIn();
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
    },
  };
}
