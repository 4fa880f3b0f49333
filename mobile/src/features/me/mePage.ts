import { h, icon, replaceChildren } from '../../app/dom';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { href, navigate, type Route } from '../../app/router';
import { t, type MessageKey } from '../../i18n';
import { closeLiveConnection } from '../../realtime/liveConnection';
import { currentAuth, signOut } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { affiliation, avatar, participationBadge } from '../people/personView';

const entries: readonly { route: Route; icon: readonly string[]; title: MessageKey; hint: MessageKey; testId: string }[] = [
  { route: { name: 'badge' }, icon: icons.qr, title: 'me.badge', hint: 'me.badgeHint', testId: 'me-badge' },
  { route: { name: 'scan', token: null }, icon: icons.scan, title: 'me.scan', hint: 'me.scanHint', testId: 'me-scan' },
  { route: { name: 'profile' }, icon: icons.edit, title: 'me.profile', hint: 'me.profileHint', testId: 'me-profile' },
  { route: { name: 'leaderboard' }, icon: icons.trophy, title: 'nav.leaderboard', hint: 'me.leaderboardHint', testId: 'me-leaderboard' },
  { route: { name: 'prizes' }, icon: icons.award, title: 'nav.prizes', hint: 'me.prizesHint', testId: 'me-prizes' },
  { route: { name: 'myData' }, icon: icons.shield, title: 'me.myData', hint: 'me.myDataHint', testId: 'me-data' },
];

/** "Me": who is signed in, and the way to the badge, the scanner, the profile, the leaderboard, the prizes and one's data. */
export function createMePage(): Page {
  const element = h('div', { class: 'page page-narrow page-me' });

  function render(): void {
    const auth = currentAuth();
    if (!auth) {
      replaceChildren(element, signInPrompt(t('me.signIn'), '/me'));
      return;
    }
    const profile = auth.profile;
    replaceChildren(
      element,
      h(
        'section',
        { class: 'card me-card', 'data-testid': 'me-card' },
        avatar(profile.name, true),
        h(
          'div',
          { class: 'me-who' },
          h('h1', { dir: 'auto' }, profile.name),
          h('p', { class: 'muted', dir: 'auto' }, [profile.title, affiliation({ organisation: profile.organisation, country: profile.country, stakeholderType: null })].filter(Boolean).join(' · ')),
          participationBadge(profile.participation),
        ),
      ),
      h(
        'nav',
        { class: 'card menu-card', 'aria-label': t('nav.me') },
        h(
          'ul',
          { class: 'menu-list' },
          entries.map((entry) =>
            h(
              'li',
              {},
              h(
                'a',
                { class: 'menu-item', href: href(entry.route), 'data-testid': entry.testId },
                h('span', { class: 'menu-icon' }, icon(entry.icon)),
                h('span', { class: 'menu-text' }, h('span', { class: 'menu-title' }, t(entry.title)), h('span', { class: 'menu-hint' }, t(entry.hint))),
                icon(icons.back, 'icon icon-forward'),
              ),
            ),
          ),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'button button-ghost button-block',
          'data-testid': 'me-sign-out',
          onClick: () => {
            if (!window.confirm(t('nav.signOutConfirm'))) {
              return;
            }
            void closeLiveConnection();
            signOut();
            navigate({ name: 'signin', next: null });
          },
        },
        icon(icons.signOut, 'icon icon-sign-out'),
        h('span', {}, t('nav.signOut')),
      ),
    );
  }

  render();
  return { element, refresh: render, dispose: () => undefined };
}
