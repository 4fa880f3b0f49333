import type { MatchReason, StakeholderType } from '../../api/generated/contracts';
import { currentLocale, formatNumber, t } from '../../i18n';
import { actionLineLongName, languageName, sdgName, stakeholderName, trackName } from '../../i18n/labels';

/** A list in the reader's language ("French and Spanish", "法语和西班牙语", "الفرنسية والإسبانية"). */
function list(items: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(items);
}

/**
 * One reason to meet someone, worded in the UI language with its plural rules: the server sends what the two share
 * (codes and a count), the dictionaries name it.
 */
export function matchReasonText(reason: MatchReason): string {
  const count = reason.count;
  switch (reason.kind) {
    case 'SharedActionLines':
      return t('people.reason.SharedActionLines', { count, list: list(reason.codes.map(actionLineLongName)) });
    case 'SharedSdgs':
      return t('people.reason.SharedSdgs', {
        count,
        list: list(reason.codes.map((goal) => `${formatNumber(Number(goal))} ${sdgName(Number(goal))}`)),
      });
    case 'SessionsInCommon':
      return t('people.reason.SessionsInCommon', { count });
    case 'SharedTracks':
      return t('people.reason.SharedTracks', { list: list(reason.codes.map(trackName)) });
    case 'ComplementaryStakeholders':
      return t('people.reason.ComplementaryStakeholders', {
        mine: stakeholderName((reason.codes[0] ?? '') as StakeholderType),
        theirs: stakeholderName((reason.codes[1] ?? '') as StakeholderType),
      });
    case 'CommonLanguages':
      return t('people.reason.CommonLanguages', { list: list(reason.codes.map(languageName)) });
    default:
      // A kind a newer server added: say what is shared rather than nothing.
      return list(reason.codes);
  }
}
