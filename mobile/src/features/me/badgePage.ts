import type { Badge, Contact } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href } from '../../app/router';
import { t } from '../../i18n';
import { createConnectionBadge } from '../../realtime/connectionBadge';
import { describeHubError } from '../../realtime/hubError';
import { recall, remember } from '../../offline/lastSeen';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { avatar } from '../people/personView';
import { qrCodeSvg } from '../room/qrCode';
import { formatShortCode } from '../scan/scanInput';

/** The link a badge's QR code carries: any phone camera opens it, and the app scans it. */
export function badgeLink(badge: Badge): string {
  return `${location.origin}/#/scan/${encodeURIComponent(badge.token)}`;
}

/**
 * My badge: a large QR code of the scan link, the short code to type instead, the name and organisation, the
 * people who just scanned it (live), and "Rotate badge", which voids every copy shown or printed before.
 */
export function createBadgePage(): Page {
  const element = h('div', { class: 'page page-narrow page-badge' });
  const auth = currentAuth();
  const connection = pageConnection('/badge');
  const connectionBadge = connection ? createConnectionBadge(connection) : null;
  let badge: Badge | null = null;
  let error: unknown = null;
  let confirming = false;
  let rotating = false;
  let rotated = false;
  /** Shown from the copy kept on the phone: the live one has not come (yet). */
  let offline = false;
  /** Offline, with no copy kept: say so rather than load for ever. */
  let nothingKept = false;
  /** Contacts made while this page is open: the person in front of me just scanned my badge. */
  const fresh: Contact[] = [];
  const freshBox = h('section', { class: 'card badge-fresh', 'aria-live': 'polite', 'data-testid': 'badge-new-contacts', hidden: true });

  async function load(): Promise<void> {
    if (!connection) {
      return;
    }
    try {
      badge = await connection.getBadge();
      error = null;
      offline = false;
      nothingKept = false;
      if (auth) {
        void remember(auth.profile.id, 'badge', badge);
      }
    } catch (failure: unknown) {
      error = failure;
    }
    render();
  }

  async function rotate(): Promise<void> {
    if (!connection || rotating) {
      return;
    }
    rotating = true;
    render();
    try {
      badge = await connection.rotateBadge();
      if (auth) {
        void remember(auth.profile.id, 'badge', badge);
      }
      rotated = true;
      confirming = false;
      error = null;
    } catch (failure: unknown) {
      error = failure;
    }
    rotating = false;
    render();
  }

  function renderFresh(): void {
    freshBox.hidden = fresh.length === 0;
    replaceChildren(
      freshBox,
      h('h2', {}, icon(icons.check), h('span', {}, t('badge.newContacts'))),
      h(
        'ul',
        { class: 'fresh-list' },
        fresh.map((contact) =>
          h(
            'li',
            { class: 'fresh-item', 'data-testid': 'badge-new-contact', 'data-id': contact.attendeeId },
            avatar(contact.name),
            h('a', { href: href({ name: 'person', id: contact.attendeeId }), dir: 'auto', 'data-testid': 'badge-new-contact-name' }, contact.name),
          ),
        ),
      ),
      h('a', { class: 'button button-secondary button-small', href: href({ name: 'contacts' }) }, t('badge.toContacts')),
    );
  }

  function badgeCard(current: Badge): HTMLElement {
    const link = badgeLink(current);
    const qr = qrCodeSvg(link, t('badge.qrLabel', { name: current.name }));
    qr.setAttribute('data-testid', 'badge-qr');
    const profile = auth?.profile;
    return h(
      'section',
      { class: 'card badge-card', 'data-testid': 'badge-card', 'data-version': current.version },
      h('div', { class: 'badge-qr-frame', 'data-testid': 'badge-qr-frame' }, qr),
      h(
        'div',
        { class: 'badge-code-block' },
        h('p', { class: 'badge-code-label' }, t('badge.codeLabel')),
        h('p', { class: 'badge-code', dir: 'ltr', 'data-testid': 'badge-code', 'data-code': current.shortCode }, formatShortCode(current.shortCode)),
      ),
      h(
        'div',
        { class: 'badge-who' },
        h('p', { class: 'badge-name', dir: 'auto', 'data-testid': 'badge-name' }, current.name),
        profile?.organisation ? h('p', { class: 'muted', dir: 'auto' }, profile.organisation) : null,
      ),
      h('p', { class: 'muted small badge-how' }, t('badge.how')),
    );
  }

  function rotateCard(): HTMLElement {
    return h(
      'section',
      { class: 'card rotate-card', 'aria-labelledby': 'rotate-title' },
      h('h2', { id: 'rotate-title' }, icon(icons.rotate), h('span', {}, t('badge.rotateTitle'))),
      h('p', { class: 'muted' }, t('badge.rotateExplain')),
      rotated ? h('p', { class: 'notice notice-success', role: 'status', 'data-testid': 'badge-rotated' }, t('badge.rotated')) : null,
      confirming
        ? h(
            'div',
            { class: 'confirm-box', role: 'alertdialog', 'aria-labelledby': 'rotate-confirm' },
            h('p', { id: 'rotate-confirm' }, h('strong', {}, t('badge.rotateConfirm'))),
            h(
              'div',
              { class: 'actions' },
              h(
                'button',
                { type: 'button', class: 'button button-danger', disabled: rotating, 'data-testid': 'badge-rotate-confirm', onClick: () => void rotate() },
                rotating ? t('badge.rotating') : t('badge.rotateYes'),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'button button-ghost',
                  onClick: () => {
                    confirming = false;
                    render();
                  },
                },
                t('common.cancel'),
              ),
            ),
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'button button-ghost',
              'data-testid': 'badge-rotate',
              onClick: () => {
                confirming = true;
                rotated = false;
                render();
              },
            },
            icon(icons.rotate),
            h('span', {}, t('badge.rotate')),
          ),
    );
  }

  function render(): void {
    if (!connection || !auth) {
      replaceChildren(element, signInPrompt(t('badge.signIn'), '/badge'));
      return;
    }
    renderFresh();
    replaceChildren(
      element,
      h(
        'div',
        { class: 'page-toolbar' },
        h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.qr), h('span', {}, t('badge.title')))),
        connectionBadge?.element,
      ),
      h('p', { class: 'lead' }, t('badge.intro')),
      error ? h('div', { class: 'notice notice-error', role: 'alert' }, h('p', {}, describeHubError(error)), h('button', { type: 'button', class: 'button button-secondary', onClick: () => void load() }, t('common.retry'))) : null,
      offline && badge ? h('p', { class: 'notice notice-info', 'data-testid': 'badge-offline' }, t('offline.lastSeen')) : null,
      badge
        ? badgeCard(badge)
        : error
          ? null
          : nothingKept
            ? h('p', { class: 'notice notice-info', 'data-testid': 'badge-offline' }, t('offline.nothingKept'))
            : h('p', { class: 'loading', role: 'status' }, t('common.loading')),
      freshBox,
      h(
        'div',
        { class: 'actions actions-center' },
        h('a', { class: 'button button-primary', href: href({ name: 'scan', token: null }), 'data-testid': 'badge-to-scan' }, icon(icons.scan), h('span', {}, t('badge.scanSomeone'))),
      ),
      badge && !offline ? rotateCard() : null,
    );
  }

  const stops = connection
    ? [
        connection.onConnected(() => void load()),
        connection.onContactAdded((contact) => {
          if (!fresh.some((c) => c.attendeeId === contact.attendeeId)) {
            fresh.unshift(contact);
            renderFresh();
          }
        }),
      ]
    : [];
  render();
  if (connection?.state === 'connected') {
    void load();
  } else {
    void connection?.start();
    // The badge is what people need most when the Wi-Fi fails: show the copy kept from last time meanwhile.
    if (auth) {
      void recall<Badge>(auth.profile.id, 'badge').then((kept) => {
        if (badge) {
          return;
        }
        badge = kept;
        offline = kept !== null;
        nothingKept = kept === null;
        render();
      });
    }
  }

  return {
    element,
    refresh: () => {
      connectionBadge?.refresh();
      render();
    },
    dispose: () => {
      connectionBadge?.dispose();
      for (const stop of stops) {
        stop();
      }
    },
  };
}
