import type { AgendaPage, SessionDetails } from '../../api/generated/contracts';
import { ApiError, requestJson } from '../../api/http';

const cacheKey = 'wsis.agenda';

export interface LoadedAgenda {
  agenda: AgendaPage;
  /** True when the network failed and this is the copy saved on the device. */
  offline: boolean;
}

/** The whole agenda (about 250 sessions), kept on the device so it still opens without a network. */
export async function loadAgenda(): Promise<LoadedAgenda> {
  try {
    const agenda = await requestJson<AgendaPage>('GET', '/api/agenda');
    try {
      localStorage.setItem(cacheKey, JSON.stringify(agenda));
    } catch {
      // Storage full or refused: the agenda still shows, it just won't be there offline.
    }
    return { agenda, offline: false };
  } catch (error: unknown) {
    const saved = error instanceof ApiError && error.isNetwork ? readSaved() : null;
    if (saved) {
      return { agenda: saved, offline: true };
    }
    throw error;
  }
}

/** A session from the saved agenda, to show something at once while the network answers. */
export function savedSession(id: string): SessionDetails | null {
  return readSaved()?.sessions.find((s) => s.id === id) ?? null;
}

export function fetchSession(id: string): Promise<SessionDetails> {
  return requestJson<SessionDetails>('GET', `/api/sessions/${encodeURIComponent(id)}`);
}

function readSaved(): AgendaPage | null {
  try {
    const raw = localStorage.getItem(cacheKey);
    return raw ? (JSON.parse(raw) as AgendaPage) : null;
  } catch {
    return null;
  }
}
