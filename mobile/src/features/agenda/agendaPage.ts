import { actionLines, sdgs } from '../../api/forum';
import type { AgendaPage } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import { select, uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { t } from '../../i18n';
import { formatDayParts, formatLongDate, formatTime } from '../../i18n/format';
import { formatName, sdgName } from '../../i18n/labels';
import { currentAuth } from '../auth/authStore';
import { pageConnection } from '../../app/pageConnection';
import { RejoinRetry } from '../../realtime/rejoinRetry';
import { loadAgenda } from './agendaApi';
import { applyAgendaDelta } from './agendaLive';
import { defaultDay, emptyFilter, groupByStart, matches, type AgendaFilter } from './agendaFilter';
import { sessionCard } from './sessionCard';

const filterKey = 'wsis.agendaFilter';

type Load =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; agenda: AgendaPage; offline: boolean };

/** The week's agenda: day tabs, filters and the sessions grouped by start time. */
export function createAgendaPage(): Page {
  const element = h('div', { class: 'page page-agenda' });
  const list = h('div', { class: 'agenda-list' });
  const count = h('p', { class: 'agenda-count muted', role: 'status' });
  let load: Load = { kind: 'loading' };
  let filter: AgendaFilter = readFilter();
  let disposed = false;

  async function fetchAgenda(): Promise<void> {
    load = { kind: 'loading' };
    render();
    try {
      const { agenda, offline } = await loadAgenda();
      if (disposed) {
        return;
      }
      if (!filter.day || !agenda.days.includes(filter.day)) {
        filter = { ...filter, day: defaultDay(agenda.days) };
      }
      load = { kind: 'ready', agenda, offline };
    } catch (error: unknown) {
      load = { kind: 'failed', error };
    }
    if (!disposed) {
      render();
    }
  }

  function update(change: Partial<AgendaFilter>): void {
    filter = { ...filter, ...change };
    saveFilter(filter);
  }

  function render(): void {
    const heading = h(
      'div',
      { class: 'page-heading' },
      h('h1', {}, t('agenda.title')),
      h('p', { class: 'muted small' }, t('agenda.timeZoneNote')),
    );
    if (load.kind === 'loading') {
      replaceChildren(element, heading, h('p', { class: 'loading', role: 'status' }, t('common.loading')));
      return;
    }
    if (load.kind === 'failed') {
      replaceChildren(
        element,
        heading,
        h(
          'div',
          { class: 'notice notice-error', role: 'alert' },
          h('p', {}, describeError(load.error)),
          h('button', { type: 'button', class: 'button button-secondary', onClick: () => void fetchAgenda() }, t('common.retry')),
        ),
      );
      return;
    }
    const agenda = load.agenda;
    replaceChildren(
      element,
      heading,
      load.offline ? h('p', { class: 'notice notice-warning', role: 'status' }, t('agenda.offline')) : null,
      dayTabs(agenda.days),
      filters(agenda),
      count,
      list,
    );
    renderList();
  }

  function dayTabs(days: readonly string[]): HTMLElement {
    const tabs = days.map((day) => {
      const parts = formatDayParts(day);
      const selected = day === filter.day;
      return h(
        'button',
        {
          type: 'button',
          role: 'tab',
          class: 'day-tab',
          'aria-selected': selected ? 'true' : 'false',
          tabindex: selected ? '0' : '-1',
          'data-testid': 'day-tab',
          'data-day': day,
          onClick: () => {
            update({ day });
            render();
            element.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus();
          },
        },
        h('span', { class: 'day-tab-weekday' }, parts.weekday),
        h('span', { class: 'day-tab-date' }, parts.date),
        // The whole date for screen readers, after the visible text so the name starts with what is seen.
        h('span', { class: 'sr-only' }, formatLongDate(day)),
      );
    });
    const tablist = h('div', { class: 'day-tabs', role: 'tablist', 'aria-label': t('agenda.days') }, tabs);
    tablist.addEventListener('keydown', (event) => {
      const rtl = document.documentElement.dir === 'rtl';
      const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
      if (!step) {
        return;
      }
      const current = days.indexOf(filter.day);
      const next = days[(current + step + days.length) % days.length];
      if (next) {
        event.preventDefault();
        update({ day: next });
        render();
        element.querySelector<HTMLElement>(`[data-day="${next}"]`)?.focus();
      }
    });
    return tablist;
  }

  function filters(agenda: AgendaPage): HTMLElement {
    const searchId = uid('search');
    const search = h('input', {
      id: searchId,
      type: 'search',
      class: 'input input-search',
      placeholder: t('agenda.searchPlaceholder'),
      value: filter.query,
      'data-testid': 'agenda-search',
      onInput: (e) => {
        update({ query: (e.target as HTMLInputElement).value });
        renderList();
      },
    });
    const choice = (
      key: 'room' | 'format' | 'actionLine' | 'sdg',
      label: string,
      all: string,
      options: readonly { value: string; label: string }[],
    ): HTMLElement => {
      const id = uid(key);
      return h(
        'div',
        { class: 'filter' },
        h('label', { for: id, class: 'sr-only' }, label),
        select(options, filter[key], {
          id,
          class: `input input-filter${filter[key] ? ' is-active' : ''}`,
          'data-testid': `filter-${key}`,
          onChange: (e) => {
            const target = e.target as HTMLSelectElement;
            update({ [key]: target.value });
            target.classList.toggle('is-active', target.value !== '');
            clear.hidden = !hasFilters();
            renderList();
          },
        }, all),
      );
    };
    const clear = h(
      'button',
      {
        type: 'button',
        class: 'button button-link',
        hidden: !hasFilters(),
        onClick: () => {
          update({ ...emptyFilter, day: filter.day });
          render();
        },
      },
      t('agenda.clearFilters'),
    );
    return h(
      'div',
      { class: 'agenda-filters' },
      h('div', { class: 'search' }, h('label', { for: searchId, class: 'sr-only' }, t('agenda.search')), icon(icons.search, 'icon search-icon'), search),
      h(
        'div',
        { class: 'filter-grid' },
        choice('room', t('agenda.room'), t('agenda.allRooms'), agenda.rooms.map((r) => ({ value: r, label: r }))),
        choice('format', t('agenda.format'), t('agenda.allFormats'), agenda.formats.map((f) => ({ value: f, label: formatName(f) }))),
        choice('actionLine', t('agenda.actionLine'), t('agenda.allActionLines'), actionLines.map((a) => ({ value: a, label: `${a} · ${t(`actionLine.${a}`)}` }))),
        choice('sdg', t('agenda.sdg'), t('agenda.allSdgs'), sdgs.map((n) => ({ value: String(n), label: `${t('agenda.sdgChip', { number: n })} · ${sdgName(n)}` }))),
      ),
      clear,
    );
  }

  function hasFilters(): boolean {
    return Boolean(filter.room || filter.format || filter.actionLine || filter.sdg || filter.query.trim());
  }

  function renderList(): void {
    if (load.kind !== 'ready') {
      return;
    }
    const profileId = currentAuth()?.profile.id;
    const shown = load.agenda.sessions.filter((s) => matches(s, filter));
    count.textContent = t('agenda.count', { count: shown.length });
    if (shown.length === 0) {
      replaceChildren(list, h('p', { class: 'empty' }, t('agenda.empty')));
      return;
    }
    replaceChildren(
      list,
      groupByStart(shown).map((slot) =>
        h(
          'section',
          { class: 'time-slot' },
          h('h2', { class: 'time-slot-heading' }, h('time', { datetime: slot.start }, formatTime(slot.start))),
          h('ul', { class: 'session-list' }, slot.sessions.map((s) => sessionCard(s, profileId !== undefined && s.moderatorIds.includes(profileId)))),
        ),
      ),
    );
  }

  /**
   * Signed in, the agenda follows the organisers' changes live: watched on every (re)connect (a newer version
   * than the one shown reloads it), pushes applied in place by version.
   */
  const connection = pageConnection('/agenda');
  const stops: (() => void)[] = [];
  if (connection) {
    const retry = new RejoinRetry(connection);
    const watch = (): void => {
      connection
        .watchAgenda()
        .then((version) => {
          retry.succeeded();
          if (load.kind === 'ready' && version > load.agenda.version) {
            void reloadQuietly();
          }
        })
        .catch((error: unknown) => retry.failed(error, watch, () => !disposed));
    };
    stops.push(
      connection.onConnected(watch),
      connection.onAgendaChanged((delta) => {
        if (load.kind !== 'ready') {
          return;
        }
        const update = applyAgendaDelta(load.agenda, delta);
        if (update.kind === 'reload') {
          // Everyone reloads after a big import: spread the requests over a few seconds.
          setTimeout(() => void reloadQuietly(), delta.reload ? Math.random() * 5_000 : 0);
        } else if (update.kind === 'apply') {
          load = { ...load, agenda: update.agenda };
          renderList();
        }
      }),
    );
    void connection
      .start()
      .then(() => {
        if (connection.state === 'connected') watch();
      })
      .catch(() => undefined);
  }

  async function reloadQuietly(): Promise<void> {
    try {
      const { agenda, offline } = await loadAgenda();
      if (!disposed && !offline) {
        load = { kind: 'ready', agenda, offline };
        render();
      }
    } catch {
      // The agenda shown stays; the next push or reconnect tries again.
    }
  }

  void fetchAgenda();
  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
      for (const stop of stops) {
        stop();
      }
      void connection?.unwatchAgenda().catch(() => undefined);
    },
  };
}

function readFilter(): AgendaFilter {
  try {
    const raw = sessionStorage.getItem(filterKey);
    return raw ? { ...emptyFilter, ...(JSON.parse(raw) as Partial<AgendaFilter>) } : { ...emptyFilter };
  } catch {
    return { ...emptyFilter };
  }
}

function saveFilter(filter: AgendaFilter): void {
  try {
    sessionStorage.setItem(filterKey, JSON.stringify(filter));
  } catch {
    // Not kept across reloads then; the filter still works.
  }
}
