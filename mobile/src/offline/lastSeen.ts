import { offlineDb } from './offlineDb';

/**
 * The last copy of something a person must see even without a network (their badge and its QR code, their
 * contacts), kept per person so that a shared phone never shows one person's data to the next. Storage that fails
 * (private mode, a full disk) only costs the offline copy.
 */
export async function remember(personId: string, kind: string, value: unknown): Promise<void> {
  try {
    await (await offlineDb())?.put('lastSeen', { value, savedAt: new Date().toISOString() }, `${personId}:${kind}`);
  } catch {
    // No offline copy this time; the live screen is unaffected.
  }
}

/** The copy kept by `remember`, or null. */
export async function recall<T>(personId: string, kind: string): Promise<T | null> {
  try {
    const saved = await (await offlineDb())?.get('lastSeen', `${personId}:${kind}`);
    return saved ? (saved.value as T) : null;
  } catch {
    return null;
  }
}
