import type { ImportPreview } from '../../api/generated/contracts';
import { h, replaceChildren } from '../../app/dom';
import { describeError } from '../../app/errors';
import type { Page } from '../../app/page';
import { formatNumber, t } from '../../i18n';
import { confirmChoices, issueRows, type ImportStep } from './importState';
import { confirmImport, discardImport, uploadImport, type ImportTarget } from './organiserApi';
import { previewTables } from './previewTables';

/**
 * Loading a file: choose it, see what it would do (added, changed, removed, unchanged; every unreadable row with
 * its line or id and the reason), then confirm, confirm leaving the bad rows out, or discard. Nothing is applied
 * before the confirmation.
 */
export function createImportPanel(target: ImportTarget): Page {
  const element = h('section', { class: 'organise-panel', 'data-testid': `import-${target}` });
  let step: ImportStep = { kind: 'idle' };

  async function upload(file: File): Promise<void> {
    step = { kind: 'uploading', fileName: file.name };
    render();
    try {
      step = { kind: 'previewed', preview: await uploadImport(target, file) };
    } catch (error: unknown) {
      step = { kind: 'failed', error, preview: null };
    }
    render();
  }

  async function confirm(preview: ImportPreview, skipInvalid: boolean): Promise<void> {
    step = { kind: 'applying', preview };
    render();
    try {
      step = { kind: 'applied', preview, result: await confirmImport(target, preview.id, skipInvalid) };
    } catch (error: unknown) {
      step = { kind: 'failed', error, preview };
    }
    render();
  }

  async function discard(preview: ImportPreview): Promise<void> {
    await discardImport(target, preview.id).catch(() => undefined);
    step = { kind: 'idle' };
    render();
  }

  function render(): void {
    const input = h('input', {
      type: 'file',
      class: 'input',
      accept: target === 'agenda' ? '.json,.csv,application/json,text/csv' : '.csv,text/csv',
      'data-testid': `import-file-${target}`,
      onChange: (e) => {
        const file = (e.target as HTMLInputElement).files?.[0];
        if (file) {
          void upload(file);
        }
      },
    });
    replaceChildren(
      element,
      h('h2', {}, t(`import.${target}.title`)),
      h('p', { class: 'muted' }, t(`import.${target}.formats`)),
      h('label', { class: 'file-picker' }, h('span', {}, t('import.choose')), input),
      body(),
    );
  }

  function body(): HTMLElement | null {
    switch (step.kind) {
      case 'idle':
        return null;
      case 'uploading':
        return h('p', { class: 'loading', role: 'status' }, t('import.reading', { file: step.fileName }));
      case 'failed':
        return h('div', {}, h('p', { class: 'notice notice-error', role: 'alert', 'data-testid': 'import-error' }, describeError(step.error)), step.preview ? previewView(step.preview, false) : null);
      case 'previewed':
        return previewView(step.preview, true);
      case 'applying':
        return h('div', {}, h('p', { class: 'loading', role: 'status' }, t('import.applying')), previewView(step.preview, false));
      case 'applied': {
        const r = step.result;
        return h(
          'div',
          { class: 'notice notice-success', role: 'status', 'data-testid': 'import-applied' },
          t('import.applied', { added: formatNumber(r.added), changed: formatNumber(r.changed), removed: formatNumber(r.removed), skipped: formatNumber(r.skipped) }),
          target === 'registration' ? h('p', {}, h('a', { href: '#/organise/people' }, t('import.toCodes'))) : null,
        );
      }
    }
  }

  function previewView(preview: ImportPreview, actionable: boolean): HTMLElement {
    const choices = confirmChoices(preview);
    const counts: ['added' | 'changed' | 'removed' | 'unchanged' | 'invalid', number][] = [
      ['added', preview.added],
      ['changed', preview.changed],
      ['removed', preview.removed],
      ['unchanged', preview.unchanged],
      ['invalid', preview.invalid],
    ];
    return h(
      'div',
      { class: 'import-preview', 'data-testid': 'import-preview' },
      h('h3', {}, t('import.previewOf', { file: preview.fileName, rows: formatNumber(preview.rows) })),
      h(
        'dl',
        { class: 'import-counts' },
        counts.map(([name, value]) => h('div', { class: `import-count is-${name}`, 'data-testid': `count-${name}`, 'data-value': String(value) }, h('dt', {}, t(`import.count.${name}`)), h('dd', {}, formatNumber(value)))),
      ),
      target === 'registration' && preview.removed > 0 ? h('p', { class: 'notice notice-warning' }, t('import.removedRevoked')) : null,
      previewTables(preview, issueRows(preview)),
      actionable
        ? h(
            'div',
            { class: 'actions' },
            choices.confirm
              ? h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'import-confirm', onClick: () => void confirm(preview, false) }, t('import.confirm'))
              : null,
            choices.skipInvalid
              ? h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'import-confirm-skip', onClick: () => void confirm(preview, true) }, t('import.confirmSkipping', { count: preview.invalid }))
              : null,
            h('button', { type: 'button', class: 'button button-ghost', 'data-testid': 'import-discard', onClick: () => void discard(preview) }, t('import.discard')),
          )
        : null,
    );
  }

  render();
  return { element, refresh: render, dispose: () => undefined };
}
