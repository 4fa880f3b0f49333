import type { SessionDetails } from '../../api/generated/contracts';
import { h, icon } from '../../app/dom';
import { icons } from '../../app/icons';
import { href } from '../../app/router';
import { t } from '../../i18n';
import { formatTimeRange } from '../../i18n/format';
import { formatName } from '../../i18n/labels';
import { statusBadge, tagList } from './tags';

/** One session on the agenda; the whole card is the link to the session page. */
export function sessionCard(session: SessionDetails, moderating: boolean): HTMLElement {
  return h(
    'li',
    { class: 'agenda-entry' },
    h(
      'a',
      {
        class: `session-card${session.status === 'Live' ? ' is-live' : ''}${session.status === 'Ended' ? ' is-ended' : ''}`,
        href: href({ name: 'session', id: session.id }),
        'data-testid': 'agenda-item',
        'data-session-id': session.id,
      },
      h(
        'div',
        { class: 'session-card-meta' },
        h('span', { class: 'meta-item' }, icon(icons.clock), h('time', { datetime: session.start }, formatTimeRange(session.start, session.end))),
        h('span', { class: 'meta-item' }, icon(icons.room), session.room),
        statusBadge(session.status),
      ),
      h('h3', { class: 'session-card-title', dir: 'auto' }, session.title),
      h(
        'p',
        { class: 'session-card-format' },
        formatName(session.format),
        moderating ? h('span', { class: 'badge badge-moderator' }, t('agenda.youModerate')) : null,
      ),
      tagList(session),
    ),
  );
}
