import { ApiError } from '../api/http';
import { pollLimits, questionMaxLength } from '../api/contracts';
import { isMessageKey, t } from '../i18n';

/** The message shown for a stable error code, or null when the code has no translation. */
export function messageForCode(code: string | undefined): string | null {
  if (!code) {
    return null;
  }
  const key = `error.${code}`;
  // The only limits a message names: a question's length, or a word-cloud answer's.
  const max = code.startsWith('poll.') ? pollLimits.maxWordLength : questionMaxLength;
  return isMessageKey(key) ? t(key, { max }) : null;
}

/** A person-readable, translated description of any failure: by code first, then the server's detail. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) {
      return t('error.network');
    }
    return messageForCode(error.code) ?? error.problem.detail ?? error.problem.title ?? t('error.generic');
  }
  return t('error.generic');
}
