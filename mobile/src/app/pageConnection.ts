import { currentAuth, currentToken, signOut } from '../features/auth/authStore';
import { closeLiveConnection, liveConnection, type LiveConnection } from '../realtime/liveConnection';
import { navigate, parseRoute, returnPath } from './router';

/**
 * The shared live connection for a page that needs a signed-in person, or null when nobody is signed in.
 * When the server stops accepting the sign-in, the person starts again from the sign-in page and comes back
 * to the screen they were on then (else to `path`, "/session/s001").
 */
export function pageConnection(path: string): LiveConnection | null {
  if (!currentAuth()) {
    return null;
  }
  return liveConnection(currentToken, () => {
    void closeLiveConnection();
    signOut();
    navigate({ name: 'signin', next: returnPath(parseRoute(location.hash)) ?? path });
  });
}
