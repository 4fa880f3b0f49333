import type { ForumInfo } from './generated/contracts';
import { requestJson } from './http';

let asked: Promise<string> | null = null;

/**
 * Where people open the app (the server's `Forum:PublicUrl`, else the address it was reached at), asked once per
 * visit; the page's own origin while the server cannot be asked.
 */
export function publicOrigin(): Promise<string> {
  asked ??= requestJson<ForumInfo>('GET', '/api/forum')
    .then((forum) => forum.publicUrl.replace(/\/+$/, ''))
    .catch(() => {
      asked = null;
      return location.origin;
    });
  return asked;
}
