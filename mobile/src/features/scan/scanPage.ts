import type { Contact } from '../../api/generated/contracts';
import { h, icon, replaceChildren } from '../../app/dom';
import { uid } from '../../app/form';
import { icons } from '../../app/icons';
import type { Page } from '../../app/page';
import { pageConnection } from '../../app/pageConnection';
import { href, navigateToPath } from '../../app/router';
import { t } from '../../i18n';
import { describeHubError } from '../../realtime/hubError';
import { currentAuth } from '../auth/authStore';
import { signInPrompt } from '../auth/signInPrompt';
import { parseTags } from '../contacts/contactsState';
import { currentOutbox } from '../../offline/outbox';
import { currentInbox } from '../contacts/inbox';
import { createNotesEditor, notesFields, notesProblem } from '../contacts/notesEditor';
import { avatar } from '../people/personView';
import { keepPendingScan, takePendingScan } from './pendingScan';
import { cameraAllowed, decodeImage, hasCamera, startCameraScanner, type CameraScanner } from './qrDecoder';
import { parseScanInput } from './scanInput';

/**
 * The scanner: the camera when the device has one, a photo of the QR code, or the short code typed in; with an
 * optional lead note and tags (as exhibitors keep them). Opened as `#/scan/{token}` (what a phone camera does
 * with a badge's QR code) it scans that badge at once, after sign-in if need be.
 */
export function createScanPage(token: string | null): Page {
  const element = h('div', { class: 'page page-narrow page-scan', 'data-testid': 'scan-page' });
  const auth = currentAuth();
  const connection = pageConnection(token ? `/scan/${token}` : '/scan');
  const resultBox = h('section', { class: 'scan-result-slot', 'aria-live': 'polite' });
  const cameraBox = h('div', { class: 'camera-box' });
  const video = h('video', { class: 'camera-video', muted: true, playsinline: true, 'data-testid': 'scan-video', 'aria-hidden': 'true' });
  let camera: CameraScanner | null = null;
  let cameraAvailable = false;
  let cameraError: string | null = null;
  let busy = false;
  let error: string | null = null;
  let result: { contact: Contact; created: boolean } | null = null;
  /** The last scan was kept to send once back online. */
  let queued = false;
  let note = '';
  let tags = '';
  let typedCode = '';
  let disposed = false;

  if (!auth || !connection) {
    if (token) {
      keepPendingScan(token);
    }
    const render = (): void => replaceChildren(element, signInPrompt(token ? t('scan.signInToAdd') : t('scan.signIn'), token ? `/scan/${token}` : '/scan'));
    render();
    return { element, refresh: render, dispose: () => undefined };
  }
  const live = connection;
  if (token) {
    // This page scans it: nothing must wait for later.
    takePendingScan();
  }

  async function scan(code: string): Promise<void> {
    if (busy) {
      return;
    }
    const tagList = parseTags(tags);
    const problem = notesProblem(note, tagList);
    if (problem) {
      error = problem;
      renderResult();
      return;
    }
    queued = false;
    const outbox = currentOutbox();
    if (outbox && (await outbox.mustQueue())) {
      // At a venue whose Wi-Fi fails, the scan is kept and sent (once) when the connection is back.
      await outbox.enqueue({ kind: 'scan', code, note: note.trim() || null, tags: tagList.length > 0 ? tagList : null });
      queued = true;
      result = null;
      error = null;
      note = tags = typedCode = '';
      stopCamera();
      render();
      element.querySelector<HTMLElement>('[data-testid="scan-queued"]')?.focus();
      return;
    }
    busy = true;
    error = null;
    renderResult();
    try {
      await live.start();
      const scanned = await live.scanBadge(code, note.trim() || null, tagList.length > 0 ? tagList : null);
      currentInbox()?.applyContact(scanned.contact);
      result = scanned;
      note = '';
      tags = '';
      typedCode = '';
      stopCamera();
      if (token) {
        // Reloading the page must not scan again.
        history.replaceState(null, '', '#/scan');
      }
    } catch (failure: unknown) {
      error = describeHubError(failure);
    }
    busy = false;
    if (!disposed) {
      render();
      element.querySelector<HTMLElement>(result && !error ? '[data-testid="scan-result"]' : '[data-testid="scan-error"]')?.focus();
    }
  }

  /** What to do with a code read from the camera or a picture, or typed in. */
  function handle(text: string): void {
    const input = parseScanInput(text, location.origin);
    switch (input.kind) {
      case 'badge':
        void scan(input.code);
        return;
      case 'route':
        stopCamera();
        navigateToPath(input.path);
        return;
      case 'invalid':
        error = t('scan.notBadge');
        renderResult();
        return;
    }
  }

  async function fromImage(file: File): Promise<void> {
    error = null;
    busy = true;
    renderResult();
    let text: string | null = null;
    try {
      text = await decodeImage(file);
    } catch {
      text = null;
    }
    busy = false;
    if (text === null) {
      error = t('scan.noCodeInImage');
      renderResult();
      return;
    }
    handle(text);
  }

  async function startCamera(): Promise<void> {
    if (camera) {
      return;
    }
    cameraError = null;
    try {
      let last = '';
      camera = await startCameraScanner(video, (text) => {
        // The same code is read many times a second: act on it once.
        if (text !== last && !busy) {
          last = text;
          handle(text);
        }
      });
      if (disposed) {
        stopCamera();
      }
    } catch {
      camera = null;
      cameraError = t('scan.cameraRefused');
    }
    renderCamera();
  }

  function stopCamera(): void {
    camera?.stop();
    camera = null;
    renderCamera();
  }

  function renderCamera(): void {
    if (!cameraAvailable) {
      cameraBox.hidden = true;
      return;
    }
    cameraBox.hidden = false;
    replaceChildren(
      cameraBox,
      h('div', { class: `camera-frame${camera ? ' is-on' : ''}` }, video, camera ? h('span', { class: 'camera-target', 'aria-hidden': 'true' }) : null),
      camera
        ? h('p', { class: 'muted small camera-hint' }, t('scan.cameraHint'))
        : null,
      cameraError ? h('p', { class: 'notice notice-warning', role: 'alert' }, cameraError) : null,
      h(
        'button',
        {
          type: 'button',
          class: `button ${camera ? 'button-ghost' : 'button-primary'} button-block`,
          'data-testid': camera ? 'scan-camera-stop' : 'scan-camera-start',
          onClick: () => (camera ? stopCamera() : void startCamera()),
        },
        icon(icons.camera),
        h('span', {}, camera ? t('scan.cameraStop') : t('scan.cameraStart')),
      ),
    );
  }

  function renderResult(): void {
    replaceChildren(
      resultBox,
      busy ? h('p', { class: 'loading', role: 'status', 'data-testid': 'scan-busy' }, t('scan.working')) : null,
      error ? h('div', { class: 'notice notice-error', role: 'alert', tabindex: '-1', 'data-testid': 'scan-error' }, error) : null,
      queued ? h('p', { class: 'notice notice-info', tabindex: '-1', 'data-testid': 'scan-queued' }, t('scan.queued')) : null,
      result && !busy ? resultCard(result.contact, result.created) : null,
    );
  }

  function resultCard(contact: Contact, created: boolean): HTMLElement {
    const notes = createNotesEditor(contact, live, 'scan-result');
    return h(
      'div',
      { class: 'card scan-result', tabindex: '-1', 'data-testid': 'scan-result', 'data-id': contact.attendeeId, 'data-created': String(created) },
      h(
        'div',
        { class: 'scan-result-head' },
        avatar(contact.name, true),
        h(
          'div',
          {},
          h('p', { class: 'scan-result-status' }, icon(icons.check), h('span', {}, created ? t('scan.added') : t('scan.alreadyShort'))),
          h('h2', { dir: 'auto', 'data-testid': 'scan-result-name' }, contact.name),
        ),
      ),
      h('p', { class: 'muted small' }, t('scan.notesAfter')),
      notes.element,
      h(
        'div',
        { class: 'actions' },
        h('a', { class: 'button button-secondary button-small', href: href({ name: 'person', id: contact.attendeeId }) }, icon(icons.user), h('span', {}, t('scan.viewProfile'))),
        h('a', { class: 'button button-secondary button-small', href: href({ name: 'messages', contactId: contact.attendeeId }) }, icon(icons.message), h('span', {}, t('person.message'))),
        h(
          'button',
          {
            type: 'button',
            class: 'button button-ghost button-small',
            'data-testid': 'scan-again',
            onClick: () => {
              result = null;
              error = null;
              render();
            },
          },
          icon(icons.scan),
          h('span', {}, t('scan.again')),
        ),
      ),
    );
  }

  function render(): void {
    const fileId = uid('scan-image');
    const codeId = uid('scan-code');
    renderCamera();
    renderResult();
    replaceChildren(
      element,
      h(
        'div',
        { class: 'page-toolbar' },
        h('a', { class: 'back-link', href: href({ name: 'contacts' }) }, icon(icons.back, 'icon icon-back'), h('span', {}, t('nav.contacts'))),
        h('a', { class: 'button button-link button-small', href: href({ name: 'badge' }) }, icon(icons.qr), h('span', {}, t('me.badge'))),
      ),
      h('div', { class: 'page-heading' }, h('h1', {}, icon(icons.scan), h('span', {}, t('scan.title')))),
      h('p', { class: 'lead' }, t('scan.intro')),
      resultBox,
      h(
        'section',
        { class: 'card scan-card', 'aria-label': t('scan.title') },
        cameraBox,
        h(
          'div',
          { class: 'scan-option' },
          h('p', { class: 'scan-option-title' }, icon(icons.image), h('span', {}, cameraAvailable ? t('scan.orImage') : t('scan.image'))),
          h(
            'label',
            { class: 'button button-secondary button-block file-button', for: fileId, 'data-testid': 'scan-image-button' },
            h('span', {}, t('scan.chooseImage')),
          ),
          h('input', {
            id: fileId,
            type: 'file',
            accept: 'image/*',
            class: 'file-input',
            'data-testid': 'scan-image-input',
            onChange: (e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) {
                void fromImage(file);
              }
            },
          }),
        ),
        h(
          'form',
          {
            class: 'scan-option',
            novalidate: true,
            onSubmit: (e) => {
              e.preventDefault();
              const input = parseScanInput(typedCode, location.origin);
              if (input.kind === 'invalid') {
                error = t('scan.codeInvalid');
                renderResult();
                element.querySelector<HTMLElement>(`#${codeId}`)?.focus();
                return;
              }
              handle(typedCode);
            },
          },
          h('label', { class: 'scan-option-title', for: codeId }, icon(icons.keyboard), h('span', {}, t('scan.typeCode'))),
          h(
            'div',
            { class: 'input-row' },
            h('input', {
              id: codeId,
              type: 'text',
              class: 'input input-code',
              autocomplete: 'off',
              autocapitalize: 'characters',
              spellcheck: 'false',
              placeholder: 'ABCD 2345',
              dir: 'ltr',
              'data-testid': 'scan-code-input',
              value: typedCode,
              onInput: (e) => {
                typedCode = (e.target as HTMLInputElement).value;
              },
            }),
            h('button', { type: 'submit', class: 'button button-primary', 'data-testid': 'scan-code-submit' }, t('scan.add')),
          ),
          h('p', { class: 'field-hint' }, t('scan.codeHint')),
        ),
      ),
      h(
        'details',
        { class: 'card lead-notes', open: note !== '' || tags !== '' },
        h('summary', {}, icon(icons.edit), h('span', {}, t('scan.leadNotes'))),
        h('p', { class: 'muted small' }, t('scan.leadNotesHint')),
        notesFields(note, tags, (nextNote, nextTags) => {
          note = nextNote;
          tags = nextTags;
        }, 'scan'),
      ),
    );
  }

  render();
  void hasCamera().then(async (available) => {
    if (disposed) {
      return;
    }
    cameraAvailable = available;
    render();
    // Opened from a badge's link, the scan is under way: the camera waits for "Scan another".
    if (available && !token && (await cameraAllowed()) && !disposed && !result) {
      void startCamera();
    }
  });
  if (token) {
    void scan(token);
  }

  return {
    element,
    refresh: render,
    dispose: () => {
      disposed = true;
      stopCamera();
    },
  };
}
