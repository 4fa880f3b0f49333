import { describe, expect, it } from 'vitest';
import { retryDelay } from './liveConnection';

describe('reconnecting', () => {
  it('tries at once, after 1 s, then every 1.5 to 2.5 s for ever: back within 3 s of the server', () => {
    expect(retryDelay(0)).toBe(0);
    expect(retryDelay(1)).toBe(1_000);
    for (const attempt of [2, 3, 10, 100, 10_000]) {
      const delay = retryDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(1_500);
      expect(delay).toBeLessThanOrEqual(2_500);
    }
  });
});
