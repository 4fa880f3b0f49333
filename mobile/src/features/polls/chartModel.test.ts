import { describe, expect, it } from 'vitest';
import { barRows, ratingAverage, wordItems } from './chartModel';
import { draft, results } from './testData';

describe('chart model', () => {
  it('scales each bar to the voters and stacks on site before remote', () => {
    const rows = barRows(draft(), results('s004.p1', 1, [[3, 1], [0, 4], [0, 0]]));
    expect(rows.map((r) => [r.label, r.total, r.share])).toEqual([
      ['C2', 4, 0.5],
      ['C5', 4, 0.5],
      ['C7', 0, 0],
    ]);
    expect(rows[0]).toMatchObject({ onSitePercent: 37.5, remotePercent: 12.5 });
    expect(rows[1]).toMatchObject({ onSitePercent: 0, remotePercent: 50 });
  });

  it('draws empty bars before any result', () => {
    expect(barRows(draft(), null).map((r) => r.onSitePercent + r.remotePercent)).toEqual([0, 0, 0]);
  });

  it('labels rating bars with their values and averages them', () => {
    const rating = draft({ kind: 'Rating', options: [], ratingMin: 0, ratingMax: 3 });
    const counts = results('s004.p2', 1, [[0, 0], [1, 0], [1, 1], [0, 1]]);
    expect(barRows(rating, counts).map((r) => r.label)).toEqual(['0', '1', '2', '3']);
    expect(ratingAverage(rating, counts)).toBe(2);
    expect(ratingAverage(rating, results('s004.p2', 1, [[0, 0]]))).toBeNull();
    expect(ratingAverage(draft(), counts)).toBeNull();
  });

  it('weighs words between the least and the most given', () => {
    const items = wordItems([
      { word: 'access', onSite: 1, remote: 0 },
      { word: 'trust', onSite: 4, remote: 2 },
      { word: 'skills', onSite: 2, remote: 1 },
    ]);
    expect(items.map((w) => [w.word, w.total, w.weight])).toEqual([
      ['trust', 6, 1],
      ['skills', 3, 0.4],
      ['access', 1, 0],
    ]);
    expect(wordItems([{ word: 'solo', onSite: 0, remote: 1 }])[0]?.weight).toBe(1);
  });
});
