import { networkingLimits, type Contact } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import { t } from '../../i18n';
import type { LiveConnection } from '../../realtime/liveConnection';
import { describeHubError } from '../../realtime/hubError';
import { parseTags } from './contactsState';
import { currentInbox } from './inbox';

export interface NotesEditor {
  readonly element: HTMLElement;
  /** True while the person is typing: a redraw of the list must leave this one alone. */
  editing(): boolean;
  update(contact: Contact): void;
}

/** Checks a note and tags against the server's limits; returns the message to show, or null. */
export function notesProblem(note: string, tags: readonly string[]): string | null {
  if (note.trim().length > networkingLimits.maxNoteLength) {
    return t('notes.tooLong', { max: networkingLimits.maxNoteLength });
  }
  if (tags.length > networkingLimits.maxTags || tags.some((tag) => tag.length > networkingLimits.maxTagLength)) {
    return t('notes.tooManyTags', { max: networkingLimits.maxTags, length: networkingLimits.maxTagLength });
  }
  return null;
}

/** The fields for a private note and tags, as on the scanner before a scan and in the editor after. */
export function notesFields(note: string, tags: string, onChange: (note: string, tags: string) => void, testPrefix: string): HTMLElement {
  const noteId = uid('note');
  const tagsId = uid('tags');
  let currentNote = note;
  let currentTags = tags;
  return h(
    'div',
    { class: 'notes-fields' },
    h(
      'div',
      { class: 'field' },
      h('label', { for: noteId }, t('notes.note')),
      h('textarea', {
        id: noteId,
        class: 'input textarea',
        rows: 3,
        dir: 'auto',
        maxlength: networkingLimits.maxNoteLength,
        placeholder: t('notes.notePlaceholder'),
        'data-testid': `${testPrefix}-note`,
        value: note,
        onInput: (e) => {
          currentNote = (e.target as HTMLTextAreaElement).value;
          onChange(currentNote, currentTags);
        },
      }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: tagsId }, t('notes.tags')),
      h('input', {
        id: tagsId,
        type: 'text',
        class: 'input',
        dir: 'auto',
        placeholder: t('notes.tagsPlaceholder'),
        'aria-describedby': `${tagsId}-hint`,
        'data-testid': `${testPrefix}-tags`,
        value: tags,
        onInput: (e) => {
          currentTags = (e.target as HTMLInputElement).value;
          onChange(currentNote, currentTags);
        },
      }),
      h('p', { class: 'field-hint', id: `${tagsId}-hint` }, t('notes.tagsHint', { max: networkingLimits.maxTags })),
    ),
  );
}

/** A contact's private note and tags: shown, and edited in place (AnnotateContact). */
export function createNotesEditor(initial: Contact, connection: LiveConnection, testPrefix = 'contact'): NotesEditor {
  const element = h('div', { class: 'notes', 'data-testid': `${testPrefix}-notes` });
  let contact = initial;
  let open = false;
  let saving = false;
  let error: string | null = null;
  let draftNote = contact.note;
  let draftTags = contact.tags.join(', ');

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const tags = parseTags(draftTags);
    error = notesProblem(draftNote, tags);
    if (error || saving) {
      render();
      return;
    }
    saving = true;
    render();
    try {
      contact = await connection.annotateContact(contact.attendeeId, draftNote.trim(), tags);
      currentInbox()?.applyAnnotation(contact);
      open = false;
    } catch (failure: unknown) {
      error = describeHubError(failure);
    }
    saving = false;
    render();
    if (!open) {
      element.querySelector<HTMLElement>('[data-testid$="-edit-notes"]')?.focus();
    }
  }

  function render(): void {
    if (!open) {
      replaceChildren(
        element,
        contact.note ? h('p', { class: 'note-text', dir: 'auto', 'data-testid': `${testPrefix}-note-text` }, contact.note) : null,
        contact.tags.length > 0 ? h('ul', { class: 'chips', 'data-testid': `${testPrefix}-tag-list` }, contact.tags.map((tag) => h('li', { class: 'chip chip-tag', dir: 'auto' }, tag))) : null,
        h(
          'button',
          {
            type: 'button',
            class: 'button button-link button-small',
            'data-testid': `${testPrefix}-edit-notes`,
            onClick: () => {
              open = true;
              draftNote = contact.note;
              draftTags = contact.tags.join(', ');
              error = null;
              render();
              element.querySelector<HTMLElement>('textarea')?.focus();
            },
          },
          icon(icons.edit, 'icon icon-small'),
          h('span', {}, contact.note || contact.tags.length > 0 ? t('notes.edit') : t('notes.add')),
        ),
      );
      return;
    }
    replaceChildren(
      element,
      h(
        'form',
        { class: 'notes-form', novalidate: true, onSubmit: (e) => void save(e) },
        notesFields(draftNote, draftTags, (note, tags) => {
          draftNote = note;
          draftTags = tags;
        }, testPrefix),
        error ? h('p', { class: 'field-error', role: 'alert' }, error) : null,
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'submit', class: 'button button-primary button-small', disabled: saving, 'data-testid': `${testPrefix}-save-notes` }, saving ? t('notes.saving') : t('notes.save')),
          h(
            'button',
            {
              type: 'button',
              class: 'button button-ghost button-small',
              onClick: () => {
                open = false;
                render();
              },
            },
            t('common.cancel'),
          ),
        ),
      ),
    );
  }

  render();
  return {
    element,
    editing: () => open,
    update(next: Contact) {
      contact = next;
      if (!open) {
        render();
      }
    },
  };
}
