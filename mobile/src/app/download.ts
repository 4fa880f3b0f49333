import type { ProblemDetails } from '../api/http';
import { ApiError } from '../api/http';

/**
 * Fetches a file that needs the bearer token (a plain link cannot send it) and hands it to the browser as a
 * download named `fileName`.
 */
export async function downloadWithToken(path: string, token: string, fileName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
  } catch {
    throw new ApiError(0, {});
  }
  if (!response.ok) {
    const text = await response.text();
    let problem: ProblemDetails = { status: response.status };
    try {
      problem = JSON.parse(text) as ProblemDetails;
    } catch {
      // Not a ProblemDetails body: the status says enough.
    }
    throw new ApiError(response.status, problem);
  }
  saveBlob(await response.blob(), fileName);
}

/** Offers a blob as a download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
