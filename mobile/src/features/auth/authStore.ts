import type { AttendeeProfile, SignInResponse } from '../../api/generated/contracts';
import { forgetEverything } from '../../offline/offlineDb';

/** What a signed-in person keeps on the device. */
export interface StoredAuth {
  token: string;
  expiresAt: string;
  profile: AttendeeProfile;
}

const storageKey = 'wsis.auth';
const listeners = new Set<(auth: StoredAuth | null) => void>();

export function currentAuth(): StoredAuth | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(storageKey);
  } catch {
    return null;
  }
  if (!raw) {
    return null;
  }
  try {
    const auth = JSON.parse(raw) as StoredAuth;
    if (!auth.token || Date.parse(auth.expiresAt) <= Date.now()) {
      localStorage.removeItem(storageKey);
      return null;
    }
    return auth;
  } catch {
    localStorage.removeItem(storageKey);
    return null;
  }
}

export function currentToken(): string | null {
  return currentAuth()?.token ?? null;
}

export function saveAuth(response: SignInResponse): StoredAuth {
  const auth: StoredAuth = { token: response.token, expiresAt: response.expiresAt, profile: response.profile };
  localStorage.setItem(storageKey, JSON.stringify(auth));
  notify(auth);
  return auth;
}

export function signOut(): void {
  localStorage.removeItem(storageKey);
  // The offline copies (badge, contacts) and writes waiting to be sent are the person's: the next one on this phone must not see them.
  void forgetEverything();
  notify(null);
}

export function onAuthChange(listener: (auth: StoredAuth | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether the profile's comma-separated role flags ("Attendee, Moderator") include `role`. */
export function hasRole(profile: AttendeeProfile, role: 'Attendee' | 'Speaker' | 'Moderator' | 'Organiser' | 'RegistrationStaff'): boolean {
  return profile.roles
    .split(',')
    .map((r) => r.trim())
    .includes(role);
}

function notify(auth: StoredAuth | null): void {
  for (const listener of listeners) {
    listener(auth);
  }
}
