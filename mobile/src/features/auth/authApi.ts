import type { ForumInfo, RegistrationRequest, RegistrationResponse, SetupRequest, TokenResponse } from '../../api/contracts';
import { requestJson } from '../../api/http';

export function exchangeCode(code: string): Promise<TokenResponse> {
  return requestJson<TokenResponse>('POST', '/api/auth/token', { code: code.trim() });
}

export function registerRemote(request: RegistrationRequest): Promise<RegistrationResponse> {
  return requestJson<RegistrationResponse>('POST', '/api/auth/register', request);
}

/** Makes the first organiser with the one-time setup code; returns their personal code and a token. */
export function setUpForum(request: SetupRequest): Promise<RegistrationResponse> {
  return requestJson<RegistrationResponse>('POST', '/api/setup', request);
}

export function fetchForum(): Promise<ForumInfo> {
  return requestJson<ForumInfo>('GET', '/api/forum');
}
