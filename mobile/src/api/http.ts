import type { HttpValidationProblemDetails } from './generated/contracts';

/** An error body as the PWA reads it: the server's ProblemDetails with its `code`, or what little a failure left. */
export type ProblemDetails = Partial<HttpValidationProblemDetails>;
import { newOperationId } from './operationId';

/** A refusal from the HTTP API, carrying the ProblemDetails the server sent (or none, for network failures). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** True when the request never got an answer (offline, server down). */
  get isNetwork(): boolean {
    return this.status === 0;
  }
}

export interface RequestOptions {
  token?: string | null;
  signal?: AbortSignal;
  /** The write's operation id (sent as Idempotency-Key); a new one when not given. */
  operationId?: string;
}

/** How long a write whose outcome is unknown (no answer, or 503) is sent again with the same Idempotency-Key. */
const writeRetryWindowMs = 15_000;

/**
 * Sends a JSON request and returns the parsed answer; any non-2xx answer is thrown as an ApiError. A write (POST,
 * PUT, DELETE) carries an Idempotency-Key and is sent again with the same key while its outcome is unknown, so it
 * applies once.
 */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  if (method === 'GET') {
    return requestOnce<T>(method, path, body, options);
  }
  const keyed = { ...options, operationId: options.operationId ?? newOperationId() };
  const deadline = Date.now() + writeRetryWindowMs;
  let pause = 250;
  for (;;) {
    try {
      return await requestOnce<T>(method, path, body, keyed);
    } catch (error: unknown) {
      const unknownOutcome = error instanceof ApiError && (error.isNetwork || error.status === 502 || error.status === 503 || error.status === 504);
      if (!unknownOutcome || Date.now() + pause >= deadline) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 2_000);
    }
  }
}

async function requestOnce<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.token) {
    headers.Authorization = `Bearer ${options.token}`;
  }
  if (options.operationId) {
    headers['Idempotency-Key'] = options.operationId;
  }
  let response: Response;
  try {
    const init: RequestInit = { method, headers };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
    }
    if (options.signal) {
      init.signal = options.signal;
    }
    response = await fetch(path, init);
  } catch (error: unknown) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, {});
  }
  const text = await response.text();
  const parsed: unknown = text ? safeParse(text) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, isProblem(parsed) ? parsed : { status: response.status });
  }
  return parsed as T;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isProblem(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null;
}
