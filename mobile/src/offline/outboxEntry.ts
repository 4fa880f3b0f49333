import type { Ballot } from '../api/generated/contracts';

/** A write the person made while offline, as the hub method it becomes once back online. */
export type OutboxWrite =
  | { kind: 'ask'; sessionId: string; text: string; anonymous: boolean }
  | { kind: 'upvote'; sessionId: string; questionId: number }
  | { kind: 'vote'; sessionId: string; pollId: string; ballot: Ballot }
  | { kind: 'message'; contactId: string; text: string }
  | { kind: 'scan'; code: string; note: string | null; tags: string[] | null }
  | { kind: 'checkIn'; sessionId: string; visible: boolean };

/**
 * A queued write with the operation id it keeps for good: sent again after a lost answer, the server applies it
 * once. `refusal` holds the server's reason when it refused the write after the fact.
 */
export type OutboxEntry = OutboxWrite & {
  operationId: string;
  personId: string;
  queuedAt: string;
  refusal?: string;
};
