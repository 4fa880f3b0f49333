import { h, icon, replaceChildren } from '../../app/dom';
import { downloadWithToken } from '../../app/download';
import { describeError } from '../../app/errors';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { href, navigate } from '../../app/router';
import { showToast } from '../../app/toast';
import { t } from '../../i18n';
import { closeLiveConnection } from '../../realtime/liveConnection';
import { currentAuth, signOut } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { deleteAccount } from './meApi';

/** The word to type before the account is deleted: the same in every language, so it is never a translation slip. */
export const deleteWord = 'DELETE';

/** My data: everything the forum holds about me as a JSON file, and deleting the account for good. */
export function createMyDataPage(): Page {
  const element = h('div', { class: 'page page-narrow page-my-data' });
  const auth = currentAuth();
  let downloading = false;
  let downloadError: unknown = null;
  let typed = '';
  let deleting = false;
  let deleteError: unknown = null;

  async function download(): Promise<void> {
    if (!auth || downloading) {
      return;
    }
    downloading = true;
    downloadError = null;
    render();
    try {
      await downloadWithToken('/api/me/data', auth.token, `wsisconnect-${auth.profile.id}.json`);
    } catch (error: unknown) {
      downloadError = error;
    }
    downloading = false;
    render();
  }

  async function remove(event: Event): Promise<void> {
    event.preventDefault();
    if (!auth || deleting || typed.trim() !== deleteWord) {
      return;
    }
    deleting = true;
    deleteError = null;
    render();
    try {
      await deleteAccount(auth.token);
      await closeLiveConnection();
      signOut();
      showToast(t('myData.deleted'), { kind: 'success', duration: 12_000 });
      navigate({ name: 'signin', next: null });
    } catch (error: unknown) {
      deleting = false;
      deleteError = error;
      render();
    }
  }

  function render(): void {
    if (!auth) {
      replaceChildren(element, signInPrompt(t('myData.signIn'), '/my-data'));
      return;
    }
    const inputId = uid('delete');
    const confirmInput = h('input', {
      id: inputId,
      type: 'text',
      class: 'input input-code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      dir: 'ltr',
      'data-testid': 'delete-confirm-input',
      value: typed,
      onInput: (e) => {
        typed = (e.target as HTMLInputElement).value;
        const button = element.querySelector<HTMLButtonElement>('[data-testid="delete-account"]');
        if (button) {
          button.disabled = typed.trim() !== deleteWord || deleting;
        }
      },
    });
    replaceChildren(
      element,
      h('div', { class: 'page-toolbar' }, h('a', { class: 'back-link', href: href({ name: 'me' }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.me')))),
      h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.shield), h('span', {}, t('myData.title')))),
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'download-title' },
        h('h2', { id: 'download-title' }, t('myData.downloadTitle')),
        h('p', { class: 'muted' }, t('myData.downloadExplain')),
        downloadError ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(downloadError)) : null,
        h(
          'button',
          { type: 'button', class: 'button button-secondary', disabled: downloading, 'data-testid': 'download-data', onClick: () => void download() },
          icon(icons.download),
          h('span', {}, downloading ? t('myData.downloading') : t('myData.download')),
        ),
      ),
      h(
        'section',
        { class: 'card danger-card', 'aria-labelledby': 'delete-title' },
        h('h2', { id: 'delete-title' }, icon(icons.trash), h('span', {}, t('myData.deleteTitle'))),
        h('p', {}, t('myData.deleteExplain')),
        h('ul', { class: 'plain-list' }, h('li', {}, t('myData.deleteGone')), h('li', {}, t('myData.deleteKept')), h('li', {}, t('myData.deleteFinal'))),
        h(
          'form',
          { novalidate: true, onSubmit: (e) => void remove(e) },
          h('div', { class: 'field' }, h('label', { for: inputId }, t('myData.typeToConfirm', { word: deleteWord })), confirmInput),
          deleteError ? h('p', { class: 'notice notice-error', role: 'alert' }, describeError(deleteError)) : null,
          h(
            'button',
            { type: 'submit', class: 'button button-danger', disabled: deleting || typed.trim() !== deleteWord, 'data-testid': 'delete-account' },
            icon(icons.trash),
            h('span', {}, deleting ? t('myData.deleting') : t('myData.delete')),
          ),
        ),
      ),
    );
  }

  render();
  return { element, refresh: render, dispose: () => undefined };
}
