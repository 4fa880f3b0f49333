import type { DirectoryEntry, Participation } from '../../api/generated/contracts';
import { h, type Child } from '../../app/dom';
import { href } from '../../app/router';
import { participationName, stakeholderName, actionLineLongName, actionLineShort, trackName } from '../../i18n/labels';
import { sdgChip } from '../agenda/tags';
import { countryName } from '../auth/countries';

/** The first letters of the first and last names ("Amina Diallo" is "AD"). */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

const hues = [210, 265, 190, 330, 150, 25, 235, 300];

/** A round badge with a person's initials, its colour steady for a name. */
export function avatar(name: string, large = false): HTMLElement {
  let hash = 0;
  for (const char of name) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  }
  const element = h('span', { class: `person-avatar${large ? ' is-large' : ''}`, 'aria-hidden': 'true' }, initials(name));
  element.style.setProperty('--avatar-hue', String(hues[hash % hues.length]));
  return element;
}

export function participationBadge(participation: Participation): HTMLElement {
  return h(
    'span',
    { class: `badge badge-origin origin-${participation === 'Remote' ? 'remote' : 'onsite'}`, 'data-participation': participation },
    participationName(participation),
  );
}

/** "Organisation · Country · Stakeholder", leaving out what the person keeps to themselves. */
export function affiliation(entry: { organisation: string | null; country: string | null; stakeholderType: DirectoryEntry['stakeholderType'] }): string {
  return [entry.organisation, entry.country ? countryName(entry.country) : null, entry.stakeholderType ? stakeholderName(entry.stakeholderType) : null]
    .filter((part): part is string => Boolean(part))
    .join(' · ');
}

export function actionLineInterestChip(code: string): HTMLElement {
  const name = actionLineLongName(code);
  return h('li', { class: 'chip chip-action-line', title: name }, h('span', { 'aria-hidden': 'true' }, actionLineShort(code)), h('span', { class: 'sr-only' }, `${code}: ${name}`));
}

/** Interests as chips: action lines, SDGs, special tracks; `limit` keeps a list row short. */
export function interestChips(actionLines: readonly string[], sdgs: readonly number[], tracks: readonly string[], limit = Infinity): HTMLElement | null {
  const chips: HTMLElement[] = [
    ...actionLines.map(actionLineInterestChip),
    ...sdgs.map(sdgChip),
    ...tracks.map((track) => h('li', { class: 'chip chip-track' }, trackName(track))),
  ];
  if (chips.length === 0) {
    return null;
  }
  const shown = chips.slice(0, limit);
  if (chips.length > shown.length) {
    shown.push(h('li', { class: 'chip chip-more' }, `+${chips.length - shown.length}`));
  }
  return h('ul', { class: 'chips' }, shown);
}

/** A person in a list: avatar, name and affiliation linking to their page, a few interests, and `extra` below. */
export function personRow(entry: DirectoryEntry, extra: Child = null, testId = 'person-row'): HTMLElement {
  return h(
    'li',
    { class: 'person-row', 'data-testid': testId, 'data-id': entry.attendeeId },
    h(
      'a',
      { class: 'person-link', href: href({ name: 'person', id: entry.attendeeId }) },
      avatar(entry.name),
      h(
        'span',
        { class: 'person-text' },
        h('span', { class: 'person-name', dir: 'auto', 'data-testid': 'person-name' }, entry.name),
        h('span', { class: 'person-meta', dir: 'auto' }, affiliation(entry)),
      ),
      participationBadge(entry.participation),
    ),
    interestChips(entry.actionLines, entry.sdgs, entry.tracks, 4),
    extra,
  );
}
