import { describe, expect, it } from 'vitest';
import type { BadgePrint } from '../../api/generated/contracts';
import { printPages } from './badgeLayout';

const badge = (n: number, code: string | null = `CODE-${n}`): BadgePrint => ({
  attendeeId: `p${n}`, name: `Person ${n}`, organisation: 'Org', title: '', country: 'KE', participation: 'OnSite', roles: 'Attendee',
  contactLink: `https://forum.example/#/scan/p${n}.1.mac`, shortCode: 'ABCDEFGH', code, signInLink: code ? `https://forum.example/#/signin?code=${code}` : null,
});

describe('badge print layout', () => {
  it('puts four badges on an A4 sheet and eight slips on the sheets after them', () => {
    const pages = printPages(Array.from({ length: 10 }, (_, i) => badge(i + 1)), 'slips', 'a4');
    expect(pages.map((p) => p.kind)).toEqual(['badges', 'badges', 'badges', 'slips', 'slips']);
    expect(pages[2]?.badges.filter(Boolean)).toHaveLength(2);
  });

  it('mirrors the columns of the backs for a long-edge duplex print', () => {
    const pages = printPages([1, 2, 3].map((n) => badge(n)), 'back', 'a4');
    expect(pages.map((p) => p.kind)).toEqual(['badges', 'backs']);
    expect(pages[1]?.badges.map((b) => b?.attendeeId ?? null)).toEqual(['p2', 'p1', null, 'p3']);
  });

  it('prints one card per A6 page, each followed by its slip, and no slip without a code', () => {
    const pages = printPages([badge(1), badge(2, null)], 'slips', 'a6');
    expect(pages.map((p) => `${p.kind}:${p.badges[0]?.attendeeId ?? ''}`)).toEqual(['badges:p1', 'slips:p1', 'badges:p2']);
  });
});
