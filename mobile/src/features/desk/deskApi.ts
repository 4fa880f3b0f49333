import type { IssuedCode, WalkInRequest } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';
import { currentToken } from '../auth/authStore';

/** Registers a walk-in on site; their code, sign-in link and badge come back once. */
export const registerWalkIn = (walkIn: WalkInRequest): Promise<IssuedCode> =>
  requestJson<IssuedCode>('POST', '/api/desk/walk-ins', walkIn, { token: currentToken() });
