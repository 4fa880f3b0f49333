import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../api/generated/contracts';
import { confirmChoices, issueRows } from './importState';

const preview = (over: Partial<ImportPreview>): ImportPreview => ({
  id: 'x', kind: 'Registration', fileName: 'list.csv', state: 'Previewed', rows: 3, added: 2, changed: 0, removed: 0, unchanged: 0, invalid: 0,
  errors: [], warnings: [], changes: [], changesTruncated: false, expiresAt: '2026-07-06T10:00:00Z', ...over,
});

describe('import preview', () => {
  it('confirms a clean preview as it is', () => {
    expect(confirmChoices(preview({}))).toEqual({ confirm: true, skipInvalid: false });
  });

  it('offers only skipping the bad rows when there are errors', () => {
    const withError = preview({ errors: [{ line: 4, key: 'R-4', field: 'country', reason: 'Unknown country' }], invalid: 1 });
    expect(confirmChoices(withError)).toEqual({ confirm: false, skipInvalid: true });
  });

  it('offers nothing when nothing would change', () => {
    expect(confirmChoices(preview({ added: 0 }))).toEqual({ confirm: false, skipInvalid: false });
  });

  it('lists errors by line before warnings', () => {
    const rows = issueRows(preview({
      errors: [{ line: 9, key: 'b', field: 'id', reason: 'dup' }, { line: 3, key: 'a', field: 'country', reason: 'bad' }],
      warnings: [{ line: 1, key: null, field: 'Photo', reason: 'ignored' }],
    }));
    expect(rows.map((r) => `${r.severity}:${r.line}`)).toEqual(['error:3', 'error:9', 'warning:1']);
  });
});
