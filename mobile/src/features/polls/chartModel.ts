import type { PollDraft, PollResults, WordCount } from '../../api/generated/contracts';

/** One bar of a results chart: an option (or a rating value) and its votes from the room and from afar. */
export interface BarRow {
  index: number;
  label: string;
  onSite: number;
  remote: number;
  total: number;
  /** Of all voters, 0 to 1 (multiple-choice shares add up to more than 1). */
  share: number;
  /** Lengths of the two stacked segments, in percent of the track. */
  onSitePercent: number;
  remotePercent: number;
}

/** One word of a word cloud, with its weight from 0 (least given) to 1 (most given). */
export interface WordItem {
  word: string;
  onSite: number;
  remote: number;
  total: number;
  weight: number;
}

/** The labels of a poll's bars: its options, or each rating value from the lowest. */
export function barLabels(definition: PollDraft): string[] {
  if (definition.kind === 'Rating') {
    const labels: string[] = [];
    for (let value = definition.ratingMin; value <= definition.ratingMax; value += 1) {
      labels.push(String(value));
    }
    return labels;
  }
  return definition.kind === 'WordCloud' || definition.kind === 'OpenText' ? [] : [...definition.options];
}

/** The bars for `results`: one per label, scaled to the number of voters so a bar reads as a share of people. */
export function barRows(definition: PollDraft, results: PollResults | null): BarRow[] {
  const voters = results ? Math.max(results.voters, results.onSiteVoters + results.remoteVoters) : 0;
  return barLabels(definition).map((label, index) => {
    const count = results?.options[index];
    const onSite = count?.onSite ?? 0;
    const remote = count?.remote ?? 0;
    const total = onSite + remote;
    const scale = voters > 0 ? 100 / voters : 0;
    return {
      index,
      label,
      onSite,
      remote,
      total,
      share: voters > 0 ? total / voters : 0,
      onSitePercent: clampPercent(onSite * scale),
      remotePercent: clampPercent(remote * scale),
    };
  });
}

/** The mean rating, or null before anyone rated. */
export function ratingAverage(definition: PollDraft, results: PollResults | null): number | null {
  if (definition.kind !== 'Rating' || !results) {
    return null;
  }
  let sum = 0;
  let count = 0;
  results.options.forEach((option, index) => {
    const votes = option.onSite + option.remote;
    sum += (definition.ratingMin + index) * votes;
    count += votes;
  });
  return count > 0 ? sum / count : null;
}

/** The words of a cloud, most given first, each weighted between the least and the most given. */
export function wordItems(words: readonly WordCount[]): WordItem[] {
  const items = words.map((w) => ({ word: w.word, onSite: w.onSite, remote: w.remote, total: w.onSite + w.remote }));
  items.sort((a, b) => b.total - a.total || a.word.localeCompare(b.word));
  const most = items[0]?.total ?? 0;
  const least = items[items.length - 1]?.total ?? 0;
  return items.map((item) => ({ ...item, weight: most > least ? (item.total - least) / (most - least) : 1 }));
}

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value * 10) / 10));
}
