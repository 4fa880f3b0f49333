import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { setLanguage } from '../i18n';
import { describeError, isRetryableError } from './errors';

describe('HTTP errors', () => {
  it('says "reconnecting, try again" for store.unavailable and cluster.unavailable', async () => {
    await setLanguage('en', { persist: false });
    const error = new ApiError(503, { status: 503, code: 'store.unavailable', detail: 'Try again in 5 seconds.' });
    expect(isRetryableError(error)).toBe(true);
    expect(describeError(error)).toMatch(/^Reconnecting/);
  });

  it('treats a proxy 502 or 504 without a code as briefly unavailable too', async () => {
    await setLanguage('en', { persist: false });
    expect(isRetryableError(new ApiError(502, { status: 502 }))).toBe(true);
    expect(describeError(new ApiError(504, {}))).toMatch(/^Reconnecting/);
  });

  it('keeps refusals as they are', async () => {
    await setLanguage('en', { persist: false });
    const refusal = new ApiError(409, { status: 409, code: 'poll.already_voted' });
    expect(isRetryableError(refusal)).toBe(false);
    expect(describeError(refusal)).toBe('You have already voted in this poll.');
    expect(describeError(new ApiError(500, { status: 500, code: 'server.error' }))).toBe('Something went wrong on our side. Please try again.');
  });
});
