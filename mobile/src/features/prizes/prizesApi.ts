import type { PrizeBoardView, PrizeResults, PrizeVoteReceipt } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';

const base = '/api/prizes';

export function fetchPrizes(token: string): Promise<PrizeBoardView> {
  return requestJson<PrizeBoardView>('GET', base, undefined, { token });
}

/** One vote per person and category: 201, or 409 prize.already_voted / prize.voting_closed. */
export function votePrize(token: string, categoryId: string, nomineeId: string): Promise<PrizeVoteReceipt> {
  return requestJson<PrizeVoteReceipt>('POST', `${base}/${encodeURIComponent(categoryId)}/votes`, { nomineeId }, { token });
}

/** A category's totals; 403 prize.results_hidden until the winners are published (organisers always see them). */
export function fetchPrizeResults(token: string, categoryId: string): Promise<PrizeResults> {
  return requestJson<PrizeResults>('GET', `${base}/${encodeURIComponent(categoryId)}/results`, undefined, { token });
}

/** Organisers: publishes the winners, which ends the vote and shows the totals to all. */
export function publishWinners(token: string): Promise<void> {
  return requestJson<void>('POST', `${base}/winners`, {}, { token });
}
