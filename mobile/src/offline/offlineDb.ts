import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from './outboxEntry';

/** What the app keeps on the device for when the venue's Wi-Fi fails (IndexedDB, through idb). */
interface OfflineSchema extends DBSchema {
  /** The last answer seen for a screen that must open offline (my badge, my contacts), by person and kind. */
  lastSeen: { key: string; value: { value: unknown; savedAt: string } };
  /** Writes made offline, by operation id, waiting to be sent (or refused, until the person has seen why). */
  outbox: { key: string; value: OutboxEntry; indexes: { byPerson: string } };
}

let opening: Promise<IDBPDatabase<OfflineSchema>> | null = null;

/** The database, opened once per page; null where IndexedDB is unavailable (some private modes). */
export function offlineDb(): Promise<IDBPDatabase<OfflineSchema>> | null {
  if (typeof indexedDB === 'undefined') {
    return null;
  }
  opening ??= openDB<OfflineSchema>('wsis-offline', 1, {
    upgrade(db) {
      db.createObjectStore('lastSeen');
      db.createObjectStore('outbox', { keyPath: 'operationId' }).createIndex('byPerson', 'personId');
    },
  });
  return opening;
}

/** Forgets everything kept, on sign-out: the next person on this phone starts clean (and sees nobody's writes). */
export async function forgetEverything(): Promise<void> {
  try {
    const db = await offlineDb();
    await Promise.all([db?.clear('lastSeen'), db?.clear('outbox')]);
  } catch {
    // Nothing kept, or nothing we can reach.
  }
}
