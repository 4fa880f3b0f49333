import type { SessionDetails } from '../../api/generated/contracts';
import { h, icon } from '../../app/dom';
import { icons } from '../../app/icons';
import { t } from '../../i18n';
import { formatLocalTimeRange, formatLongDate, formatTimeRange } from '../../i18n/format';
import { formatName } from '../../i18n/labels';
import { statusBadge, tagList } from '../agenda/tags';

/**
 * Title and facts of a session: when (Geneva time, and the visitor's own when it differs) and where up front;
 * speakers, tags and description behind "About this session", closed until opened (on a phone and a desktop alike)
 * so the questions and the ask box stay in reach.
 */
export function sessionHeader(session: SessionDetails, aboutOpen: boolean | null): HTMLElement {
  const local = formatLocalTimeRange(session.start, session.end);
  const fact = (label: string, value: Node | string, iconPaths?: readonly string[]): HTMLElement =>
    h('div', { class: 'fact' }, h('dt', {}, iconPaths ? icon(iconPaths) : null, h('span', {}, label)), h('dd', {}, value));
  const about = h(
    'details',
    { class: 'session-about', open: aboutOpen ?? false },
    h('summary', {}, t('session.about')),
    session.speakers.length > 0 || session.track
      ? h(
          'dl',
          { class: 'facts' },
          session.speakers.length > 0
            ? fact(t('session.speakers'), h('ul', { class: 'speakers' }, session.speakers.map((name) => h('li', { dir: 'auto' }, name))), icons.user)
            : null,
          session.track ? fact(t('session.track'), session.track) : null,
        )
      : null,
    tagList(session),
    session.description ? h('p', { class: 'session-description', dir: 'auto' }, session.description) : null,
  );
  return h(
    'header',
    { class: 'card session-header', 'data-testid': 'session-header', 'data-session-id': session.id },
    h('div', { class: 'session-kicker' }, h('span', { class: 'format' }, formatName(session.format)), statusBadge(session.status)),
    h('h1', { class: 'session-title', 'data-testid': 'session-title', dir: 'auto' }, session.title),
    h(
      'dl',
      { class: 'facts' },
      fact(
        t('session.when'),
        h(
          'span',
          { class: 'when' },
          h('span', {}, formatLongDate(session.start)),
          h('time', { datetime: session.start }, formatTimeRange(session.start, session.end)),
          local ? h('span', { class: 'muted local-time' }, t('session.yourTime', { time: local })) : null,
        ),
        icons.clock,
      ),
      fact(t('session.room'), session.room, icons.room),
    ),
    about,
  );
}
