import type { QuestionQueueSnapshot, QuestionView, QueueDelta, SessionDetails, UpvoteReceipt } from '../../api/generated/contracts';

/**
 * One session's question queue as this client knows it. Follows the contract's rules: a snapshot replaces
 * everything; a delta upserts a question only when its revision is higher than the one held and drops the
 * ids in `removed` (the asker keeps their own) and in `deleted` (everyone drops those: the asker deleted them, and a
 * deleted question's number is never reused, so a late change to it is ignored); deltas of other sessions are ignored.
 */
export class QueueState {
  session: SessionDetails;
  isModerator: boolean;
  version: number;
  readonly questions = new Map<number, QuestionView>();
  readonly myUpvotes = new Set<number>();
  readonly myQuestions = new Set<number>();
  private readonly deleted = new Set<number>();

  constructor(snapshot: QuestionQueueSnapshot) {
    this.session = snapshot.session;
    this.isModerator = snapshot.isModerator;
    this.version = snapshot.version;
    for (const question of snapshot.questions) {
      this.questions.set(question.id, question);
    }
    for (const id of snapshot.myUpvotes) {
      this.myUpvotes.add(id);
    }
    for (const id of snapshot.myQuestions) {
      this.myQuestions.add(id);
    }
  }

  get sessionId(): string {
    return this.session.id;
  }

  /** Applies a pushed delta; returns whether anything visible changed. */
  applyDelta(delta: QueueDelta): boolean {
    if (delta.sessionId !== this.sessionId) {
      return false;
    }
    let changed = false;
    for (const question of delta.changed) {
      changed = this.upsert(question) || changed;
    }
    for (const id of delta.removed) {
      // "Removed" speaks for the public audience; askers keep seeing their own question (the server sends
      // them its new state separately, in no particular order relative to this delta).
      if (!this.myQuestions.has(id)) {
        changed = this.questions.delete(id) || changed;
      }
    }
    for (const id of delta.deleted) {
      changed = this.remove(id) || changed;
    }
    this.version = Math.max(this.version, delta.version);
    return changed;
  }

  /** Keeps `question` when it is newer than the one held (or new). */
  upsert(question: QuestionView): boolean {
    if (question.sessionId !== this.sessionId) {
      return false;
    }
    const held = this.questions.get(question.id);
    if (this.deleted.has(question.id) || (held && held.revision >= question.revision)) {
      return false;
    }
    this.questions.set(question.id, question);
    return true;
  }

  /** Records a question this person just asked (the hub's answer to AskQuestion). */
  addOwn(question: QuestionView): void {
    this.myQuestions.add(question.id);
    this.upsert(question);
  }

  /** Forgets a deleted question for good; returns whether it was shown. */
  remove(questionId: number): boolean {
    this.deleted.add(questionId);
    this.myQuestions.delete(questionId);
    this.myUpvotes.delete(questionId);
    return this.questions.delete(questionId);
  }

  /** Applies the stored outcome of an upvote or its withdrawal. */
  applyReceipt(receipt: UpvoteReceipt): void {
    if (receipt.sessionId !== this.sessionId) {
      return;
    }
    if (receipt.upvoted) {
      this.myUpvotes.add(receipt.questionId);
    } else {
      this.myUpvotes.delete(receipt.questionId);
    }
    const held = this.questions.get(receipt.questionId);
    if (held) {
      // Same revision: a later delta about this question still wins.
      this.questions.set(receipt.questionId, { ...held, upvotes: receipt.upvotes });
    }
  }

  /** What everyone sees: pinned first, then approved by upvotes (most first) and age (oldest first), then answered. */
  published(): QuestionView[] {
    return [...this.questions.values()].filter((q) => q.status === 'Approved' || q.status === 'Answered').sort(compareForRoom);
  }

  pinned(): QuestionView | undefined {
    return this.published().find((q) => q.pinned && q.status === 'Approved');
  }

  /** Waiting for a moderator, oldest first. */
  pending(): QuestionView[] {
    return this.byStatus('Pending');
  }

  dismissed(): QuestionView[] {
    return this.byStatus('Dismissed');
  }

  /** This person's own questions that others cannot see (pending or set aside), oldest first. */
  ownUnpublished(): QuestionView[] {
    return [...this.questions.values()]
      .filter((q) => this.myQuestions.has(q.id) && (q.status === 'Pending' || q.status === 'Dismissed'))
      .sort(byAskedAt);
  }

  private byStatus(status: QuestionView['status']): QuestionView[] {
    return [...this.questions.values()].filter((q) => q.status === status).sort(byAskedAt);
  }
}

function byAskedAt(a: QuestionView, b: QuestionView): number {
  return Date.parse(a.askedAt) - Date.parse(b.askedAt) || a.id - b.id;
}

/** The order of docs/http-api.md: pinned, then approved by upvotes desc and askedAt asc, then answered. */
export function compareForRoom(a: QuestionView, b: QuestionView): number {
  const rank = (q: QuestionView): number => (q.pinned && q.status === 'Approved' ? 0 : q.status === 'Approved' ? 1 : 2);
  return rank(a) - rank(b) || b.upvotes - a.upvotes || byAskedAt(a, b);
}
