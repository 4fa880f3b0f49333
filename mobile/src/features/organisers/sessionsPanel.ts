import type { AgendaPage, SessionDetails } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import type { Page } from '../../app/page';
import { t } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { loadAgenda } from '../agenda/agendaApi';
import { createSession, removeSession, saveSession } from './organiserApi';
import { roomsEditor } from './roomsEditor';
import { sessionForm } from './sessionForm';

/** Sessions and rooms edited by hand: pick a session (or "New session"), change it, save; the change reaches every open agenda. */
export function createSessionsPanel(): Page {
  const element = h('section', { class: 'organise-panel organise-sessions', 'data-testid': 'sessions-panel' });
  let agenda: AgendaPage | null = null;
  let editing: SessionDetails | 'new' | null = null;
  let notice: { kind: 'success' | 'error'; text: string } | null = null;
  let filter = '';

  async function load(): Promise<void> {
    try {
      agenda = (await loadAgenda()).agenda;
    } catch (error: unknown) {
      notice = { kind: 'error', text: describeError(error) };
    }
    render();
  }

  function render(): void {
    if (!agenda) {
      replaceChildren(element, h('p', { class: 'loading', role: 'status' }, t('common.loading')));
      return;
    }
    const shown = agenda.sessions.filter((s) => !filter || `${s.id} ${s.title} ${s.room}`.toLowerCase().includes(filter.toLowerCase()));
    replaceChildren(
      element,
      h('h2', {}, t('sessionEdit.heading')),
      notice ? h('p', { class: `notice notice-${notice.kind}`, role: notice.kind === 'error' ? 'alert' : 'status', 'data-testid': 'session-notice' }, notice.text) : null,
      h(
        'div',
        { class: 'split' },
        h(
          'div',
          { class: 'split-list' },
          h('input', { type: 'search', class: 'input', placeholder: t('sessionEdit.find'), value: filter, 'aria-label': t('sessionEdit.find'), onInput: (e) => {
            filter = (e.target as HTMLInputElement).value;
            render();
            element.querySelector<HTMLInputElement>('input[type=search]')?.focus();
          } }),
          h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'session-new', onClick: () => select('new') }, t('sessionEdit.new')),
          h('ul', { class: 'pick-list' }, shown.slice(0, 300).map((s) =>
            h('li', {}, h('button', { type: 'button', class: `pick${editing !== 'new' && editing?.id === s.id ? ' is-current' : ''}`, 'data-testid': 'session-pick', 'data-session': s.id, onClick: () => select(s) },
              h('span', { class: 'pick-title' }, s.title), h('span', { class: 'pick-meta' }, `${formatDateTime(s.start)} · ${s.room}`)))),
          ),
        ),
        h('div', { class: 'split-detail' }, editor()),
      ),
      roomsEditor(agenda.rooms, (rooms) => {
        if (agenda) {
          agenda = { ...agenda, rooms };
        }
        void load();
      }),
    );
  }

  function select(session: SessionDetails | 'new'): void {
    editing = session;
    notice = null;
    render();
  }

  function editor(): HTMLElement | null {
    if (!editing || !agenda) {
      return h('p', { class: 'muted' }, t('sessionEdit.pick'));
    }
    const current = editing === 'new' ? null : editing;
    const form = sessionForm(current, agenda.rooms);
    const save = async (event: Event): Promise<void> => {
      event.preventDefault();
      try {
        const saved = current ? await saveSession(current.id, form.read()) : await createSession(form.read());
        notice = { kind: 'success', text: t('sessionEdit.saved', { title: saved.title }) };
        editing = saved;
        await load();
      } catch (error: unknown) {
        notice = { kind: 'error', text: describeError(error) };
        render();
      }
    };
    return h(
      'form',
      { novalidate: true, 'data-testid': 'session-form', onSubmit: (e) => void save(e) },
      h('h3', {}, current ? current.title : t('sessionEdit.new')),
      current ? h('p', { class: 'muted small', dir: 'ltr' }, current.id) : null,
      form.element,
      h(
        'div',
        { class: 'actions' },
        h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'session-save' }, t('sessionEdit.save')),
        current
          ? h('button', { type: 'button', class: 'button button-danger', onClick: () => void remove(current) }, t('sessionEdit.remove'))
          : null,
      ),
    );
  }

  async function remove(session: SessionDetails): Promise<void> {
    if (!window.confirm(t('sessionEdit.removeConfirm', { title: session.title }))) {
      return;
    }
    try {
      await removeSession(session.id);
      editing = null;
      notice = { kind: 'success', text: t('sessionEdit.removed', { title: session.title }) };
      await load();
    } catch (error: unknown) {
      notice = { kind: 'error', text: describeError(error) };
      render();
    }
  }

  void load();
  return { element, refresh: render, dispose: () => undefined };
}
