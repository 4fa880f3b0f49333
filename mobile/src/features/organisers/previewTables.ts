import type { ImportPreview } from '../../api/generated/contracts';
import { h } from '../../app/dom';
import { t } from '../../i18n';
import type { issueRows } from './importState';

/** The preview's problems (line or id, field, reason) and its listed changes, as tables. */
export function previewTables(preview: ImportPreview, issues: ReturnType<typeof issueRows>): HTMLElement {
  const header = (...cells: string[]): HTMLElement => h('thead', {}, h('tr', {}, cells.map((c) => h('th', { scope: 'col' }, c))));
  return h(
    'div',
    { class: 'import-tables' },
    issues.length > 0
      ? h(
          'table',
          { class: 'data-table', 'data-testid': 'import-issues' },
          h('caption', {}, t('import.issues')),
          header(t('import.column.severity'), t('import.column.line'), t('import.column.id'), t('import.column.field'), t('import.column.reason')),
          h(
            'tbody',
            {},
            issues.map((issue) =>
              h(
                'tr',
                { class: `is-${issue.severity}`, 'data-testid': `issue-${issue.severity}` },
                h('td', {}, t(`import.severity.${issue.severity}`)),
                h('td', { dir: 'ltr' }, issue.line),
                h('td', { dir: 'ltr' }, issue.key),
                h('td', {}, issue.field),
                h('td', { lang: 'en' }, issue.reason),
              ),
            ),
          ),
        )
      : null,
    preview.changes.length > 0
      ? h(
          'table',
          { class: 'data-table', 'data-testid': 'import-changes' },
          h('caption', {}, preview.changesTruncated ? t('import.changesFirst', { count: preview.changes.length }) : t('import.changes')),
          header(t('import.column.action'), t('import.column.id'), t('import.column.name'), t('import.column.fields')),
          h(
            'tbody',
            {},
            preview.changes.map((change) =>
              h(
                'tr',
                { class: `is-${change.action.toLowerCase()}`, 'data-testid': 'import-change', 'data-action': change.action },
                h('td', {}, t(`import.action.${change.action}`)),
                h('td', { dir: 'ltr' }, change.key),
                h('td', {}, change.label),
                h('td', {}, change.fields.join(', ')),
              ),
            ),
          ),
        )
      : null,
  );
}
