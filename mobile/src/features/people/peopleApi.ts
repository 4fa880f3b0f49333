import type { DirectoryEntry, ProfileCard } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';

/** A person as the caller may see them; 404 person.not_found when they are not listed and no contact. */
export function fetchPerson(token: string, id: string, signal?: AbortSignal): Promise<ProfileCard> {
  return requestJson<ProfileCard>('GET', `/api/people/${encodeURIComponent(id)}`, undefined, signal ? { token, signal } : { token });
}

/** Listed people whose name, organisation or country matches `query`. */
export function searchDirectory(token: string, query: string, skip: number, take: number, signal?: AbortSignal): Promise<DirectoryEntry[]> {
  const params = new URLSearchParams({ q: query, skip: String(skip), take: String(take) });
  return requestJson<DirectoryEntry[]>('GET', `/api/directory?${params.toString()}`, undefined, signal ? { token, signal } : { token });
}
