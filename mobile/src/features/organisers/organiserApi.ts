import type {
  BadgePrint,
  ExcludedPerson,
  ForumInfo,
  ImportPreview,
  ImportResult,
  IssuedCode,
  PeoplePage,
  SessionDetails,
  SessionDraft,
} from '../../api/generated/contracts';
import { ApiError, requestJson } from '../../api/http';
import type { ProblemDetails } from '../../api/http';
import { currentToken } from '../auth/authStore';

export type ImportTarget = 'agenda' | 'registration';

const auth = (): { token: string | null } => ({ token: currentToken() });

/** Uploads a file as the request body (streamed by the browser, never read into a string here) and returns its preview. */
export async function uploadImport(target: ImportTarget, file: File): Promise<ImportPreview> {
  const type = file.type || (file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv');
  let response: Response;
  try {
    response = await fetch(`/api/organiser/${target}/imports?fileName=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': type, Accept: 'application/json', Authorization: `Bearer ${currentToken() ?? ''}` },
      body: file,
    });
  } catch {
    throw new ApiError(0, {});
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, (parsed as ProblemDetails | undefined) ?? { status: response.status });
  }
  return parsed as ImportPreview;
}

export const confirmImport = (target: ImportTarget, id: string, skipInvalid: boolean): Promise<ImportResult> =>
  requestJson<ImportResult>('POST', `/api/organiser/${target}/imports/${id}/confirm`, { skipInvalid }, auth());

export const discardImport = (target: ImportTarget, id: string): Promise<void> =>
  requestJson<void>('DELETE', `/api/organiser/${target}/imports/${id}`, undefined, auth());

export const createSession = (draft: SessionDraft): Promise<SessionDetails> =>
  requestJson<SessionDetails>('POST', '/api/organiser/sessions', draft, auth());

export const saveSession = (id: string, draft: SessionDraft): Promise<SessionDetails> =>
  requestJson<SessionDetails>('PUT', `/api/organiser/sessions/${encodeURIComponent(id)}`, draft, auth());

export const removeSession = (id: string): Promise<void> =>
  requestJson<void>('DELETE', `/api/organiser/sessions/${encodeURIComponent(id)}`, undefined, auth());

export const addRoom = (name: string): Promise<string[]> => requestJson<string[]>('POST', '/api/organiser/rooms', { name }, auth());

export const renameRoom = (room: string, name: string): Promise<string[]> =>
  requestJson<string[]>('PUT', `/api/organiser/rooms/${encodeURIComponent(room)}`, { name }, auth());

export const removeRoom = (room: string): Promise<string[]> =>
  requestJson<string[]>('DELETE', `/api/organiser/rooms/${encodeURIComponent(room)}`, undefined, auth());

export function searchPeople(text: string, includeRevoked: boolean, skip = 0, take = 50): Promise<PeoplePage> {
  const query = new URLSearchParams({ q: text, revoked: String(includeRevoked), skip: String(skip), take: String(take) });
  return requestJson<PeoplePage>('GET', `/api/organiser/people?${query.toString()}`, undefined, auth());
}

export const reissueCode = (attendeeId: string): Promise<IssuedCode> =>
  requestJson<IssuedCode>('POST', `/api/organiser/people/${encodeURIComponent(attendeeId)}/code`, {}, auth());

export const revokePerson = (attendeeId: string): Promise<void> =>
  requestJson<void>('POST', `/api/organiser/people/${encodeURIComponent(attendeeId)}/revoke`, {}, auth());

export interface BadgeQuery {
  text: string;
  participation: '' | 'OnSite' | 'Remote';
  skip: number;
  take: number;
}

export function fetchBadges(query: BadgeQuery): Promise<BadgePrint[]> {
  const params = new URLSearchParams({ q: query.text, skip: String(query.skip), take: String(query.take) });
  if (query.participation) {
    params.set('participation', query.participation);
  }
  return requestJson<BadgePrint[]>('GET', `/api/organiser/badges?${params.toString()}`, undefined, auth());
}

export const fetchForumInfo = (): Promise<ForumInfo> => requestJson<ForumInfo>('GET', '/api/forum');

export const setSelfRegistration = (open: boolean): Promise<unknown> =>
  requestJson('PUT', '/api/forum/settings', { selfRegistrationOpen: open }, auth());

export const fetchExcluded = (): Promise<ExcludedPerson[]> => requestJson<ExcludedPerson[]>('GET', '/api/leaderboard/excluded', undefined, auth());

export const setExcluded = (attendeeId: string, excluded: boolean): Promise<void> =>
  requestJson<void>('PUT', `/api/leaderboard/excluded/${encodeURIComponent(attendeeId)}`, { excluded }, auth());
