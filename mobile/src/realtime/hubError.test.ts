import { describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { describeHubError, parseHubError } from './hubError';

describe('hub errors', () => {
  it('reads the code and text from a HubException message', () => {
    const error = new Error("An unexpected error occurred invoking 'AskQuestion' on the server. HubException: question.too_long: At most 500 characters.");
    expect(parseHubError(error)).toEqual({ code: 'question.too_long', text: 'At most 500 characters.' });
  });

  it('reads the bare rate_limited code', () => {
    expect(parseHubError(new Error('HubException: rate_limited: Slow down.')).code).toBe('rate_limited');
  });

  it('translates a known code in the current language', () => {
    setLanguage('fr', { persist: false });
    expect(describeHubError(new Error('HubException: session.ended: Over.'))).toBe(
      'Cette session est terminée. Les questions et les votes sont clos.',
    );
    setLanguage('en', { persist: false });
  });

  it('falls back to the server text for a code it does not know', () => {
    expect(describeHubError(new Error('HubException: poll.closed: The poll is closed.'))).toBe('The poll is closed.');
  });
});
