import type { ForumInfo, RegistrationRequest, RegistrationResponse, SetupRequest, SignInResponse } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';

export function exchangeCode(code: string): Promise<SignInResponse> {
  return requestJson<SignInResponse>('POST', '/api/auth/token', { code: code.trim() });
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
