import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { describeHubError, isRetryableHubError, parseHubError } from './hubError';

describe('hub errors', () => {
  it('reads the code and text from a HubException message', async () => {
    const error = new Error("An unexpected error occurred invoking 'AskQuestion' on the server. HubException: question.too_long: At most 500 characters.");
    expect(parseHubError(error)).toEqual({ code: 'question.too_long', text: 'At most 500 characters.' });
  });

  it('reads the bare rate_limited code', async () => {
    expect(parseHubError(new Error('HubException: rate_limited: Slow down.')).code).toBe('rate_limited');
  });

  it('translates a known code in the current language', async () => {
    await setLanguage('fr', { persist: false });
    expect(describeHubError(new Error('HubException: session.ended: Over.'))).toBe(
      'Cette session est terminée. Les questions et les votes sont clos.',
    );
    await setLanguage('en', { persist: false });
  });

  it('falls back to the server text for a code it does not know', async () => {
    expect(describeHubError(new Error('HubException: poll.closed: The poll is closed.'))).toBe('The poll is closed.');
  });

  it('says "reconnecting, try again" for a store or node that is briefly away, in every language', async () => {
    const error = new Error("An unexpected error occurred invoking 'Vote' on the server. HubException: store.unavailable: Try again in 5 seconds.");
    expect(isRetryableHubError(error)).toBe(true);
    expect(describeHubError(error)).toMatch(/^Reconnecting/);
    await setLanguage('fr', { persist: false });
    expect(describeHubError(new Error('HubException: cluster.unavailable: Try again.'))).toMatch(/^Reconnexion/);
    await setLanguage('en', { persist: false });
    expect(isRetryableHubError(new Error('HubException: poll.not_open: Closed.'))).toBe(false);
  });

  it('says the forum is busy, and retries, when an overloaded node answers server.busy', async () => {
    const error = new Error("An unexpected error occurred invoking 'Vote' on the server. HubException: server.busy: Try again in 1 second(s).");
    expect(isRetryableHubError(error)).toBe(true);
    expect(describeHubError(error)).toMatch(/^The forum is very busy/);
    await setLanguage('fr', { persist: false });
    expect(describeHubError(error)).toMatch(/^Le forum est très sollicité/);
    await setLanguage('en', { persist: false });
  });

  it('reads the code of a malformed call', async () => {
    const error = new Error("Failed to invoke 'Vote' due to an error on the server. HubException: validation.invalid: The arguments do not fit 'Vote'.");
    expect(parseHubError(error).code).toBe('validation.invalid');
  });
});
