import type { ImportPreview, ImportResult } from '../../api/generated/contracts';

/** Where one import is, from choosing the file to applied; a plain value the view draws. */
export type ImportStep =
  | { kind: 'idle' }
  | { kind: 'uploading'; fileName: string }
  | { kind: 'previewed'; preview: ImportPreview }
  | { kind: 'applying'; preview: ImportPreview }
  | { kind: 'applied'; preview: ImportPreview; result: ImportResult }
  | { kind: 'failed'; error: unknown; preview: ImportPreview | null };

/** Whether the preview can be confirmed as it is (no errors), or only by leaving the bad rows out. */
export function confirmChoices(preview: ImportPreview): { confirm: boolean; skipInvalid: boolean } {
  const hasErrors = preview.errors.length > 0;
  const hasGood = preview.added + preview.changed + preview.removed > 0;
  return { confirm: !hasErrors && hasGood, skipInvalid: hasErrors && hasGood };
}

/** The issues of a preview, in file order: errors first, then warnings. */
export function issueRows(preview: ImportPreview): { severity: 'error' | 'warning'; line: string; key: string; field: string; reason: string }[] {
  const row = (severity: 'error' | 'warning') => (issue: ImportPreview['errors'][number]) => ({
    severity,
    line: issue.line === null ? '' : String(issue.line),
    key: issue.key ?? '',
    field: issue.field ?? '',
    reason: issue.reason,
  });
  const byLine = (a: { line: string }, b: { line: string }): number => Number(a.line || 0) - Number(b.line || 0);
  return [...preview.errors.map(row('error')).sort(byLine), ...preview.warnings.map(row('warning')).sort(byLine)];
}
