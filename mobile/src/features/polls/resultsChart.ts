import type { PollDraft, PollResults, TextEntry } from '../../api/generated/contracts';
import { h, icon } from '../../app/dom';
import { icons } from '../../app/icons';
import { formatDecimal, formatNumber, formatPercent, t } from '../../i18n';
import { formatTime } from '../../i18n/format';
import { participationName } from '../../i18n/labels';
import { barRows, ratingAverage, wordItems } from './chartModel';

/** A poll's live results. `update` changes the drawn chart in place: same nodes, new lengths and numbers. */
export interface ResultsChart {
  readonly element: HTMLElement;
  update(results: PollResults | null, correctOption: number | null): void;
  /** Re-reads every label after a language change, still without replacing nodes. */
  refresh(): void;
}

interface BarElements {
  row: HTMLElement;
  value: HTMLElement;
  onSiteBar: HTMLElement;
  remoteBar: HTMLElement;
  onSiteCount: HTMLElement;
  remoteCount: HTMLElement;
  mark: HTMLElement;
}

/**
 * Draws the chart once per poll definition: a stacked bar per option (on site, then remote) with both counts
 * beside it, or a word cloud. Pushes then only write the numbers and the bars' inline-size, which CSS animates:
 * nothing is rebuilt, so the chart does not flicker even when results arrive several times a second.
 */
export function createResultsChart(
  definition: PollDraft,
  options: {
    room?: boolean;
    /** Moderators: approve or set aside an open-text answer. */
    moderateEntry?: (entryId: string, approve: boolean) => void;
  } = {},
): ResultsChart {
  const cloud = definition.kind === 'WordCloud';
  const texts = definition.kind === 'OpenText';
  const legendOnSite = h('span', {});
  const legendRemote = h('span', {});
  const legend = h(
    'p',
    { class: 'chart-legend', 'aria-hidden': 'true' },
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch swatch-onsite' }), legendOnSite),
    h('span', { class: 'legend-item' }, h('span', { class: 'swatch swatch-remote' }), legendRemote),
  );
  const voters = h('p', { class: 'chart-voters', 'data-testid': 'poll-voters' });
  const average = h('p', { class: 'chart-average', 'data-testid': 'poll-average', hidden: true });
  const bars = h('ol', { class: 'bars' });
  const words = h('div', { class: 'word-cloud', 'data-testid': 'poll-word-cloud' });
  const noWords = h('p', { class: 'muted small' });
  const entries = h('ol', { class: 'text-entries', 'data-testid': 'poll-entries' });
  const element = h(
    'div',
    { class: `results-chart${options.room ? ' is-room' : ''}`, 'data-testid': 'poll-results', 'data-kind': definition.kind },
    cloud ? [words, noWords] : texts ? [entries, noWords] : bars,
    // Words and texts are not split by origin on screen, so they need no legend.
    h('div', { class: 'chart-foot' }, voters, average, cloud || texts ? null : legend),
  );

  const rows: BarElements[] = barRows(definition, null).map((row) => {
    const elements: BarElements = {
      row: h('li', { class: 'bar-row', 'data-testid': 'poll-result-row', 'data-index': row.index }),
      value: h('span', { class: 'bar-value' }),
      onSiteBar: h('span', { class: 'bar bar-onsite' }),
      remoteBar: h('span', { class: 'bar bar-remote' }),
      onSiteCount: h('span', { class: 'count-onsite', 'data-testid': 'poll-count-onsite' }),
      remoteCount: h('span', { class: 'count-remote', 'data-testid': 'poll-count-remote' }),
      mark: h('span', { class: 'bar-correct', hidden: true }, icon(icons.check), h('span', {})),
    };
    elements.row.append(
      // The label keeps the page's direction (it sits at the inline start); <bdi> gives the text its own.
      h('div', { class: 'bar-head' }, h('span', { class: 'bar-label' }, h('bdi', {}, row.label)), elements.mark, elements.value),
      h(
        'div',
        { class: 'bar-line' },
        h('div', { class: 'bar-track', 'aria-hidden': 'true' }, elements.onSiteBar, elements.remoteBar),
        h('span', { class: 'bar-split' }, h('span', { class: 'swatch swatch-onsite', 'aria-hidden': 'true' }), elements.onSiteCount, h('span', { class: 'swatch swatch-remote', 'aria-hidden': 'true' }), elements.remoteCount),
      ),
    );
    bars.append(elements.row);
    return elements;
  });
  const wordNodes = new Map<string, HTMLElement>();
  const entryNodes = new Map<string, { element: HTMLElement; signature: string }>();
  let last: PollResults | null = null;
  let lastCorrect: number | null = null;

  function update(results: PollResults | null, correctOption: number | null): void {
    last = results;
    lastCorrect = correctOption;
    const onSiteName = participationName('OnSite');
    const remoteName = participationName('Remote');
    setText(legendOnSite, onSiteName);
    setText(legendRemote, remoteName);
    const total = results?.voters ?? 0;
    setText(voters, t('poll.voters', { count: total, onSite: results?.onSiteVoters ?? 0, remote: results?.remoteVoters ?? 0 }));
    setData(voters, { voters: total, onsite: results?.onSiteVoters ?? 0, remote: results?.remoteVoters ?? 0 });

    for (const row of barRows(definition, results)) {
      const elements = rows[row.index];
      if (!elements) {
        continue;
      }
      setText(elements.value, total > 0 ? `${formatNumber(row.total)} · ${formatPercent(row.share)}` : formatNumber(row.total));
      setText(elements.onSiteCount, formatNumber(row.onSite));
      setText(elements.remoteCount, formatNumber(row.remote));
      setStyle(elements.onSiteBar, 'inline-size', `${row.onSitePercent}%`);
      setStyle(elements.remoteBar, 'inline-size', `${row.remotePercent}%`);
      setData(elements.row, { onsite: row.onSite, remote: row.remote, total: row.total });
      elements.row.setAttribute('aria-label', t('poll.rowAria', { option: row.label, count: row.total, onSite: row.onSite, remote: row.remote }));
      const correct = correctOption === row.index && definition.kind === 'Quiz';
      elements.row.classList.toggle('is-correct', correct);
      elements.mark.hidden = !correct;
      setText(elements.mark.lastElementChild as HTMLElement, t('poll.correctAnswer'));
    }

    const mean = ratingAverage(definition, results);
    average.hidden = mean === null;
    if (mean !== null) {
      setText(average, t('poll.average', { value: formatDecimal(mean) }));
      average.dataset.value = String(Math.round(mean * 10) / 10);
    }

    if (cloud) {
      updateWords(results);
    }
    if (texts) {
      updateEntries(results);
    }
  }

  function entryElement(entry: TextEntry): HTMLElement {
    const moderate = options.moderateEntry;
    return h(
      'li',
      { class: `text-entry entry-${entry.status.toLowerCase()}`, 'data-testid': 'poll-entry', 'data-entry-id': entry.id, 'data-status': entry.status, 'data-origin': entry.origin },
      h('p', { class: 'entry-text', dir: 'auto' }, entry.text),
      h(
        'div',
        { class: 'question-meta' },
        h('span', { class: `badge badge-origin origin-${entry.origin === 'Remote' ? 'remote' : 'onsite'}` }, participationName(entry.origin)),
        h('time', { datetime: entry.at }, formatTime(entry.at)),
        moderate && entry.status !== 'Approved' ? h('span', { class: 'badge badge-waiting' }, t(`poll.entryStatus.${entry.status}`)) : null,
      ),
      moderate
        ? h(
            'div',
            { class: 'mod-actions' },
            entry.status !== 'Approved'
              ? h('button', { type: 'button', class: 'button button-small button-primary', 'data-testid': 'poll-entry-approve', onClick: () => moderate(entry.id, true) }, t('mod.approve'))
              : null,
            entry.status !== 'Dismissed'
              ? h('button', { type: 'button', class: 'button button-small button-ghost', 'data-testid': 'poll-entry-dismiss', onClick: () => moderate(entry.id, false) }, t('mod.dismiss'))
              : null,
          )
        : null,
    );
  }

  function updateEntries(results: PollResults | null): void {
    // The room shows only what everyone may see, even on a moderator's account.
    const shown = (results?.entries ?? []).filter((entry) => options.moderateEntry !== undefined || entry.status === 'Approved');
    const keep = new Set<string>();
    shown.forEach((entry, index) => {
      keep.add(entry.id);
      const signature = `${entry.status}|${currentLanguageMarker()}`;
      let held = entryNodes.get(entry.id);
      if (!held || held.signature !== signature) {
        const element = entryElement(entry);
        held?.element.replaceWith(element);
        held = { element, signature };
        entryNodes.set(entry.id, held);
      }
      if (entries.children.item(index) !== held.element) {
        entries.insertBefore(held.element, entries.children.item(index));
      }
    });
    for (const [id, held] of entryNodes) {
      if (!keep.has(id)) {
        held.element.remove();
        entryNodes.delete(id);
      }
    }
    noWords.hidden = shown.length > 0;
    setText(noWords, t('poll.noWords'));
  }

  function updateWords(results: PollResults | null): void {
    const items = wordItems(results?.words ?? []);
    const keep = new Set<string>();
    items.forEach((item, index) => {
      keep.add(item.word);
      let node = wordNodes.get(item.word);
      if (!node) {
        node = h('span', { class: 'word', dir: 'auto', 'data-testid': 'poll-word' }, item.word);
        wordNodes.set(item.word, node);
      }
      setStyle(node, '--weight', item.weight.toFixed(3));
      setData(node, { count: item.total, onsite: item.onSite, remote: item.remote });
      node.title = t('poll.wordTitle', { count: item.total, onSite: item.onSite, remote: item.remote });
      if (words.children.item(index) !== node) {
        words.insertBefore(node, words.children.item(index));
      }
    });
    for (const [word, node] of wordNodes) {
      if (!keep.has(word)) {
        node.remove();
        wordNodes.delete(word);
      }
    }
    noWords.hidden = items.length > 0;
    setText(noWords, t('poll.noWords'));
  }

  update(null, null);
  return { element, update, refresh: () => update(last, lastCorrect) };
}

/** Changes with the language, so translated labels inside kept nodes are redrawn after a switch. */
function currentLanguageMarker(): string {
  return document.documentElement.lang;
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) {
    element.textContent = text;
  }
}

function setStyle(element: HTMLElement, property: string, value: string): void {
  if (element.style.getPropertyValue(property) !== value) {
    element.style.setProperty(property, value);
  }
}

function setData(element: HTMLElement, data: Readonly<Record<string, number>>): void {
  for (const [key, value] of Object.entries(data)) {
    const text = String(value);
    if (element.dataset[key] !== text) {
      element.dataset[key] = text;
    }
  }
}
