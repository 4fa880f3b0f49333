import { isRetryableCode, messageForCode } from '../app/errors';
import { t } from '../i18n';

/** The stable code and human text the server put in a HubException (see docs/http-api.md). */
export interface HubFailure {
  code: string | null;
  text: string;
}

const hubExceptionPattern = /HubException: ([a-z_]+\.[a-z_]+|rate_limited): (.*)$/;

export function parseHubError(error: unknown): HubFailure {
  const message = error instanceof Error ? error.message : String(error);
  const match = hubExceptionPattern.exec(message);
  if (match) {
    return { code: match[1] ?? null, text: match[2] ?? '' };
  }
  return { code: null, text: message };
}

/** A translated message for a failed hub call: by code, else the server's text, else a generic one. */
export function describeHubError(error: unknown): string {
  const failure = parseHubError(error);
  if (failure.code) {
    return messageForCode(failure.code) ?? (failure.text || t('error.generic'));
  }
  // Without a code the call did not reach a hub method (connection lost, server restarting).
  return t('error.network');
}

/** Whether a failed hub call may succeed if made again shortly (the store or a node was briefly unavailable). */
export function isRetryableHubError(error: unknown): boolean {
  return isRetryableCode(parseHubError(error).code);
}
