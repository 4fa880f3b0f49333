/** A badge opened while signed out waits here (this tab only, an hour at most) to be scanned after sign-in. */
const storageKey = 'wsis.pendingScan';
const maxAgeMs = 60 * 60 * 1000;

export function keepPendingScan(code: string): void {
  try {
    sessionStorage.setItem(storageKey, JSON.stringify({ code, at: Date.now() }));
  } catch {
    // Storage refused: the sign-in link's return path still brings the person back to the badge.
  }
}

/** The waiting badge, removed as it is taken. */
export function takePendingScan(): string | null {
  try {
    const raw = sessionStorage.getItem(storageKey);
    sessionStorage.removeItem(storageKey);
    if (!raw) {
      return null;
    }
    const saved = JSON.parse(raw) as { code?: unknown; at?: unknown };
    return typeof saved.code === 'string' && typeof saved.at === 'number' && Date.now() - saved.at < maxAgeMs ? saved.code : null;
  } catch {
    return null;
  }
}
