import { describe, expect, it } from 'vitest';
import { fromForumLocal, toForumLocal } from './forumTime';

describe('forum time', () => {
  it('reads a Geneva summer time with its offset', () => {
    expect(fromForumLocal('2026-07-06T09:00')).toBe('2026-07-06T09:00:00+02:00');
  });

  it('reads a Geneva winter time with its offset', () => {
    expect(fromForumLocal('2026-01-15T14:30')).toBe('2026-01-15T14:30:00+01:00');
  });

  it('shows an instant as Geneva time', () => {
    expect(toForumLocal('2026-07-06T07:00:00Z')).toBe('2026-07-06T09:00');
  });
});
