import type { NetworkingProfile } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';

export function fetchProfile(token: string): Promise<NetworkingProfile> {
  return requestJson<NetworkingProfile>('GET', '/api/me/profile', undefined, { token });
}

/** Replaces the profile; 400 validation.invalid names the field in its detail ("bio: at most 500 characters."). */
export function saveProfile(token: string, profile: NetworkingProfile): Promise<NetworkingProfile> {
  return requestJson<NetworkingProfile>('PUT', '/api/me/profile', profile, { token });
}

/** Deletes the account for good (204); the token is refused from then on. */
export function deleteAccount(token: string): Promise<void> {
  return requestJson<void>('DELETE', '/api/me', undefined, { token });
}
