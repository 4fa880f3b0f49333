/** What a scanned QR code or a typed code turned out to be. */
export type ScanInput =
  /** A badge: the QR link's token, or a typed short code (8 characters, case and spaces ignored). */
  | { kind: 'badge'; code: string }
  /** A link to another screen of this app (the room's "join" or "check in" QR code): follow it. */
  | { kind: 'route'; path: string }
  | { kind: 'invalid' };

/** A contact token: "{attendeeId}.{version}.{mac}". */
const tokenPattern = /^[A-Za-z0-9_-]{1,64}\.\d{1,9}\.[a-z0-9]{8,64}$/;
/** The short code's alphabet leaves out look-alikes (0/O, 1/I), but people type them anyway: let the server judge. */
const shortCodePattern = /^[A-Z0-9]{8}$/;
/** Screens of this app a QR code may point at, other than a badge. */
const appRoutes = /^\/(checkin|session)\/[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads the text of a QR code or what someone typed: the badge link (`{origin}/#/scan/{token}`), a bare token,
 * a short code ("abcd efgh", "ABCD-EFGH") or a link to a session or check-in of this app. Links to other sites
 * are not followed.
 */
export function parseScanInput(text: string, origin: string): ScanInput {
  const trimmed = text.trim();
  if (!trimmed) {
    return { kind: 'invalid' };
  }
  const hashAt = trimmed.indexOf('#');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return { kind: 'invalid' };
    }
    if (hashAt < 0) {
      return { kind: 'invalid' };
    }
    const read = fromAppPath(decodeHash(trimmed.slice(hashAt + 1)));
    // A badge printed by another address of the forum still names a token our server can check; screens of
    // another site are never followed.
    return read.kind === 'route' && url.origin !== new URL(origin).origin ? { kind: 'invalid' } : read;
  }
  if (trimmed.startsWith('#/') || trimmed.startsWith('/')) {
    return fromAppPath(decodeHash(trimmed.replace(/^#/, '')));
  }
  if (tokenPattern.test(trimmed)) {
    return { kind: 'badge', code: trimmed };
  }
  const shortCode = trimmed.replace(/[\s-]+/g, '').toUpperCase();
  return shortCodePattern.test(shortCode) ? { kind: 'badge', code: shortCode } : { kind: 'invalid' };
}

function fromAppPath(path: string | null): ScanInput {
  if (path === null) {
    return { kind: 'invalid' };
  }
  const scan = /^\/scan\/(.+)$/.exec(path);
  if (scan) {
    const token = scan[1] ?? '';
    return tokenPattern.test(token) ? { kind: 'badge', code: token } : { kind: 'invalid' };
  }
  return appRoutes.test(path) ? { kind: 'route', path } : { kind: 'invalid' };
}

function decodeHash(fragment: string): string | null {
  try {
    return decodeURIComponent(fragment.split('?')[0] ?? '');
  } catch {
    return null;
  }
}

/** A short code as printed under the QR code: two groups of four, easy to read out and type. */
export function formatShortCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}
