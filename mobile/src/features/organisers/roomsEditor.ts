import { h } from '../../app/dom';
import { describeError } from '../../app/errors';
import { t } from '../../i18n';
import { addRoom, removeRoom, renameRoom } from './organiserApi';

/** The rooms in order: rename (moving every session in it), add, remove an empty one. */
export function roomsEditor(rooms: readonly string[], changed: (rooms: string[]) => void): HTMLElement {
  const status = h('p', { class: 'field-error', role: 'alert' });
  const run = async (action: () => Promise<string[]>): Promise<void> => {
    try {
      changed(await action());
    } catch (error: unknown) {
      status.textContent = describeError(error);
    }
  };
  const added = h('input', { class: 'input', placeholder: t('rooms.newName'), 'aria-label': t('rooms.newName'), 'data-testid': 'room-new-name' });
  return h(
    'section',
    { class: 'rooms-editor', 'data-testid': 'rooms-editor' },
    h('h2', {}, t('rooms.heading')),
    h(
      'ul',
      { class: 'rooms-list' },
      rooms.map((room) => {
        const name = h('input', { class: 'input', value: room, 'aria-label': t('rooms.nameOf', { room }), 'data-testid': 'room-name' });
        return h(
          'li',
          { class: 'room-row', 'data-room': room },
          name,
          h('button', { type: 'button', class: 'button button-secondary button-small', onClick: () => void run(() => renameRoom(room, name.value.trim())) }, t('rooms.rename')),
          h('button', { type: 'button', class: 'button button-ghost button-small', onClick: () => void run(() => removeRoom(room)) }, t('rooms.remove')),
        );
      }),
    ),
    h('div', { class: 'room-row' }, added, h('button', { type: 'button', class: 'button button-secondary button-small', onClick: () => void run(() => addRoom(added.value.trim())) }, t('rooms.add'))),
    status,
  );
}
