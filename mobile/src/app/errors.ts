import { ApiError } from '../api/http';
import { networkingLimits, pollLimits, questionLimits, retryableCodes } from '../api/generated/contracts';
import { isMessageKey, t } from '../i18n';

/** The message shown for a stable error code, or null when the code has no translation. */
export function messageForCode(code: string | undefined): string | null {
  if (!code) {
    return null;
  }
  const key = `error.${code}`;
  return isMessageKey(key) ? t(key, { max: limitFor(code) }) : null;
}

/** The one limit a message may name: a word-cloud answer's length, a message's, requests per hour, or a question's. */
function limitFor(code: string): number {
  if (code.startsWith('poll.')) {
    return pollLimits.maxWordLength;
  }
  if (code.startsWith('message.')) {
    return networkingLimits.maxMessageLength;
  }
  if (code === 'contact.rate_limited') {
    return networkingLimits.requestsPerHour;
  }
  return questionLimits.maxLength;
}

/** Whether `code` means the forum is briefly unavailable (its store or a node): say "reconnecting", not "error". */
export function isRetryableCode(code: string | null | undefined): boolean {
  return code !== null && code !== undefined && retryableCodes.includes(code);
}

/** Whether a failed request may succeed if sent again shortly; a proxy's 502/504 while nodes restart counts too. */
export function isRetryableError(error: unknown): boolean {
  return error instanceof ApiError && (isRetryableCode(error.code) || (!error.code && [502, 503, 504].includes(error.status)));
}

/** A person-readable, translated description of any failure: by code first, then the server's detail. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) {
      return t('error.network');
    }
    if (isRetryableError(error) && !error.code) {
      return t('error.cluster.unavailable');
    }
    return messageForCode(error.code) ?? error.problem.detail ?? error.problem.title ?? t('error.generic');
  }
  return t('error.generic');
}
