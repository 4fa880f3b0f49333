// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createResultsChart } from './resultsChart';
import { draft, results } from './testData';

describe('results chart', () => {
  it('updates bar lengths and numbers in place, without replacing a node', () => {
    const chart = createResultsChart(draft());
    document.body.append(chart.element);
    chart.update(results('s004.p1', 1, [[1, 0], [0, 1], [0, 0]]), null);
    const rows = [...chart.element.querySelectorAll<HTMLElement>('[data-testid="poll-result-row"]')];
    const bars = [...chart.element.querySelectorAll<HTMLElement>('.bar')];
    const before = [...chart.element.querySelectorAll('*')];
    expect(rows.map((r) => [r.dataset.onsite, r.dataset.remote])).toEqual([
      ['1', '0'],
      ['0', '1'],
      ['0', '0'],
    ]);
    expect(bars[0]?.style.getPropertyValue('inline-size')).toBe('50%');

    chart.update(results('s004.p1', 2, [[2, 0], [0, 1], [0, 1]]), null);
    const after = [...chart.element.querySelectorAll('*')];
    expect(after).toHaveLength(before.length);
    expect(after.every((node, i) => node === before[i])).toBe(true);
    expect(bars[0]?.style.getPropertyValue('inline-size')).toBe('50%');
    expect(bars[3]?.style.getPropertyValue('inline-size')).toBe('25%');
    expect(rows[2]?.dataset.remote).toBe('1');
    expect(chart.element.querySelector<HTMLElement>('[data-testid="poll-voters"]')?.dataset.voters).toBe('4');
  });

  it('marks the right answer of a closed quiz', () => {
    const chart = createResultsChart(draft({ kind: 'Quiz', correctOption: 2 }));
    chart.update(results('s004.p1', 1, [[1, 0], [0, 0], [0, 2]]), 2);
    const correct = chart.element.querySelectorAll('.bar-row.is-correct');
    expect(correct).toHaveLength(1);
    expect((correct[0] as HTMLElement).dataset.index).toBe('2');
  });

  it('keeps word nodes by word, resizes them and drops the ones that left the top', () => {
    const chart = createResultsChart(draft({ kind: 'WordCloud', options: [] }));
    chart.update(results('s004.p1', 1, [], { words: [{ word: 'trust', onSite: 1, remote: 0 }, { word: 'skills', onSite: 0, remote: 1 }] }), null);
    const trust = chart.element.querySelector<HTMLElement>('[data-testid="poll-word"]');
    expect(trust?.textContent).toBe('skills');
    chart.update(results('s004.p1', 2, [], { words: [{ word: 'trust', onSite: 3, remote: 1 }, { word: 'access', onSite: 1, remote: 0 }] }), null);
    const words = [...chart.element.querySelectorAll<HTMLElement>('[data-testid="poll-word"]')];
    expect(words.map((w) => w.textContent)).toEqual(['trust', 'access']);
    expect(words[0]?.dataset.count).toBe('4');
    expect(words[0]?.style.getPropertyValue('--weight')).toBe('1.000');
    expect(words[1]?.style.getPropertyValue('--weight')).toBe('0.000');
  });

  it('lists open-text answers: only approved ones without moderation, all with the moderator buttons', () => {
    const entries = [
      { id: '0.1', text: 'More local content', origin: 'OnSite' as const, status: 'Approved' as const, at: '2025-07-08T10:00:00Z' },
      { id: '3.1', text: 'Pending idea', origin: 'Remote' as const, status: 'Pending' as const, at: '2025-07-08T10:01:00Z' },
    ];
    const room = createResultsChart(draft({ kind: 'OpenText', options: [] }));
    room.update(results('s004.p1', 1, [], { entries }), null);
    expect([...room.element.querySelectorAll('[data-testid="poll-entry"]')].map((e) => e.textContent?.includes('More local content'))).toEqual([true]);

    const approved: string[] = [];
    const moderated = createResultsChart(draft({ kind: 'OpenText', options: [] }), { moderateEntry: (id, approve) => approve && approved.push(id) });
    moderated.update(results('s004.p1', 1, [], { entries }), null);
    const items = [...moderated.element.querySelectorAll<HTMLElement>('[data-testid="poll-entry"]')];
    expect(items.map((e) => e.dataset.status)).toEqual(['Approved', 'Pending']);
    items[1]?.querySelector<HTMLButtonElement>('[data-testid="poll-entry-approve"]')?.click();
    expect(approved).toEqual(['3.1']);
    // A later count with the same answers keeps their nodes; a changed status redraws only that one.
    moderated.update(results('s004.p1', 2, [], { entries: [entries[0]!, { ...entries[1]!, status: 'Approved' }] }), null);
    const after = [...moderated.element.querySelectorAll<HTMLElement>('[data-testid="poll-entry"]')];
    expect(after[0]).toBe(items[0]);
    expect(after[1]).not.toBe(items[1]);
    expect(after[1]?.dataset.status).toBe('Approved');
  });
});
