import type { BadgePrint } from '../../api/generated/contracts';

/** Where the sign-in code goes: on slips the person keeps (default), on the back of a duplex print, or nowhere. */
export type CodePlacement = 'slips' | 'back' | 'none';

/** A4 sheets of four A6 badges (with A7 slips, eight to a sheet), or one A6 card per page for a badge printer. */
export type Paper = 'a4' | 'a6';

export type PrintPage =
  | { kind: 'badges'; badges: (BadgePrint | null)[] }
  | { kind: 'backs'; badges: (BadgePrint | null)[] }
  | { kind: 'slips'; badges: BadgePrint[] };

const badgesPerSheet = 4;
const slipsPerSheet = 8;

/**
 * The pages to print, in order. Badge fronts never carry the code. With codes on the back, each sheet of fronts
 * is followed by its backs, the two columns swapped so that a long-edge duplex print puts each back behind its
 * front. With slips, all fronts come first, then the slips (on A6, each badge's slip follows it).
 */
export function printPages(badges: readonly BadgePrint[], codes: CodePlacement, paper: Paper): PrintPage[] {
  const withCode = badges.filter((b) => b.code !== null);
  if (paper === 'a6') {
    return badges.flatMap((badge): PrintPage[] => [
      { kind: 'badges', badges: [badge] },
      ...(codes !== 'none' && badge.code !== null ? [codes === 'back' ? { kind: 'backs' as const, badges: [badge] } : { kind: 'slips' as const, badges: [badge] }] : []),
    ]);
  }
  const pages: PrintPage[] = [];
  for (const sheet of chunk(badges, badgesPerSheet)) {
    const front = pad(sheet, badgesPerSheet);
    pages.push({ kind: 'badges', badges: front });
    if (codes === 'back') {
      // Rows stay, columns swap: 0 1 / 2 3 on the front is 1 0 / 3 2 on the back.
      pages.push({ kind: 'backs', badges: [front[1] ?? null, front[0] ?? null, front[3] ?? null, front[2] ?? null] });
    }
  }
  if (codes === 'slips') {
    for (const sheet of chunk(withCode, slipsPerSheet)) {
      pages.push({ kind: 'slips', badges: sheet });
    }
  }
  return pages;
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

function pad(items: BadgePrint[], size: number): (BadgePrint | null)[] {
  return [...items, ...Array<null>(size - items.length).fill(null)];
}
