import { actionLines, sdgs } from '../../api/forum';
import { questionModes, sessionFormats, type SessionDetails, type SessionDraft } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { field, select } from '../../app/form';
import { t } from '../../i18n';
import { formatName, modeName } from '../../i18n/labels';
import { fromForumLocal, toForumLocal } from './forumTime';

/** The editor of one session; `read()` gives the draft the form now holds. */
export function sessionForm(session: SessionDetails | null, rooms: readonly string[]): { element: HTMLElement; read(): SessionDraft } {
  const title = h('input', { class: 'input', value: session?.title ?? '', maxlength: 300, 'data-testid': 'session-title', required: true });
  const description = h('textarea', { class: 'input', rows: 4, 'data-testid': 'session-description' }, session?.description ?? '');
  const format = select(sessionFormats.map((f) => ({ value: f, label: formatName(f) })), session?.format ?? 'InteractiveSession', { class: 'input', 'data-testid': 'session-format' });
  const roomList = `rooms-${Math.random().toString(36).slice(2, 8)}`;
  const room = h('input', { class: 'input', value: session?.room ?? rooms[0] ?? '', list: roomList, 'data-testid': 'session-room' });
  const start = h('input', { type: 'datetime-local', class: 'input', value: session ? toForumLocal(session.start) : '', 'data-testid': 'session-start' });
  const end = h('input', { type: 'datetime-local', class: 'input', value: session ? toForumLocal(session.end) : '', 'data-testid': 'session-end' });
  const lineBoxes = actionLines.map((line) => h('input', { type: 'checkbox', value: line, checked: session?.actionLines.includes(line) ?? false }));
  const sdgBoxes = sdgs.map((goal) => h('input', { type: 'checkbox', value: String(goal), checked: session?.sdgs.includes(goal) ?? false }));
  const track = h('input', { class: 'input', value: session?.track ?? '' });
  const speakers = h('textarea', { class: 'input', rows: 3, 'data-testid': 'session-speakers' }, (session?.speakers ?? []).join('\n'));
  const moderators = h('input', { class: 'input', dir: 'ltr', value: (session?.moderatorIds ?? []).join(', '), 'data-testid': 'session-moderators' });
  const mode = select(questionModes.map((m) => ({ value: m, label: modeName(m) })), session?.questionMode ?? 'PreModerated', { class: 'input' });
  const checks = (boxes: HTMLInputElement[], label: (value: string) => string): HTMLElement =>
    h('div', { class: 'check-grid' }, boxes.map((box) => h('label', { class: 'check' }, box, h('span', {}, label(box.value)))));
  const element = h(
    'div',
    { class: 'session-form' },
    field(t('sessionEdit.title'), title),
    field(t('sessionEdit.description'), description),
    h('div', { class: 'form-row' }, field(t('sessionEdit.format'), format), field(t('sessionEdit.room'), room, { extra: h('datalist', { id: roomList }, rooms.map((r) => h('option', { value: r }))) })),
    h('div', { class: 'form-row' }, field(t('sessionEdit.start'), start, { hint: t('agenda.timeZoneNote') }), field(t('sessionEdit.end'), end)),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('sessionEdit.actionLines')), checks(lineBoxes, (v) => v)),
    h('fieldset', { class: 'fieldset' }, h('legend', {}, t('sessionEdit.sdgs')), checks(sdgBoxes, (v) => t('agenda.sdgChip', { number: Number(v) }))),
    h('div', { class: 'form-row' }, field(t('sessionEdit.track'), track), field(t('sessionEdit.questionMode'), mode)),
    field(t('sessionEdit.speakers'), speakers, { hint: t('sessionEdit.speakersHint') }),
    field(t('sessionEdit.moderators'), moderators, { hint: t('sessionEdit.moderatorsHint') }),
  );
  const lines = (text: string): string[] => text.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
  return {
    element,
    read: () => ({
      title: title.value.trim(),
      description: description.value.trim(),
      format: format.value as SessionDraft['format'],
      room: room.value.trim(),
      start: start.value ? fromForumLocal(start.value) : '',
      end: end.value ? fromForumLocal(end.value) : '',
      actionLines: lineBoxes.filter((b) => b.checked).map((b) => b.value),
      sdgs: sdgBoxes.filter((b) => b.checked).map((b) => Number(b.value)),
      track: track.value.trim() || null,
      speakers: lines(speakers.value),
      moderatorIds: lines(moderators.value),
      questionMode: mode.value as SessionDraft['questionMode'],
    }),
  };
}
