/**
 * A new operation id for a write (OperationKeys on the server): sending the same id again when the outcome is unknown
 * makes the write apply once. 32 hex digits; crypto.randomUUID exists only in secure contexts, getRandomValues
 * everywhere.
 */
export function newOperationId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
