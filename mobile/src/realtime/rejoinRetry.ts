import { isRetryableCode } from '../app/errors';
import { parseHubError } from './hubError';
import type { LiveConnection } from './liveConnection';

const firstMs = 500;
const longestMs = 5_000;

/**
 * Tries a failed (re)join or list again while the connection is up. Right after a node dies the session may still be
 * moving to a surviving one, and a page that gave up would hear of no change until the next reconnect. Refusals (a
 * session that does not exist) are not tried again.
 */
export class RejoinRetry {
  private delay = firstMs;

  constructor(private readonly connection: LiveConnection) {}

  /** The last try worked: the next failure starts from a short pause again. */
  succeeded(): void {
    this.delay = firstMs;
  }

  /** After a failure: runs `again` after a pause (doubling to 5 s) if it may help and `stillWanted()` then holds. */
  failed(error: unknown, again: () => void, stillWanted: () => boolean): void {
    const { code } = parseHubError(error);
    if ((code !== null && !isRetryableCode(code)) || this.connection.state !== 'connected') {
      return;
    }
    const pause = this.delay;
    this.delay = Math.min(this.delay * 2, longestMs);
    setTimeout(() => {
      if (stillWanted() && this.connection.state === 'connected') again();
    }, pause);
  }
}
