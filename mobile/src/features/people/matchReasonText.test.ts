import { afterAll, describe, expect, it } from 'vitest';
import type { MatchReason } from '../../api/generated/contracts';
import { setLanguage } from '../../i18n';
import { matchReasonText } from './matchReasonText';

const sessions = (count: number): MatchReason => ({ kind: 'SessionsInCommon', count, codes: [] });
const lines: MatchReason = { kind: 'SharedActionLines', count: 3, codes: ['C2', 'C5', 'C7 e-health'] };
const oneLine: MatchReason = { kind: 'SharedActionLines', count: 1, codes: ['C4'] };
const sdgs: MatchReason = { kind: 'SharedSdgs', count: 2, codes: ['3', '16'] };
const languages: MatchReason = { kind: 'CommonLanguages', count: 2, codes: ['fr', 'es'] };
const stakeholders: MatchReason = { kind: 'ComplementaryStakeholders', count: 2, codes: ['Government', 'PrivateSector'] };

describe('match reasons', () => {
  afterAll(() => setLanguage('en', { persist: false }));

  it('are worded in English with singular and plural', async () => {
    await setLanguage('en', { persist: false });
    expect(matchReasonText(lines)).toBe(
      '3 shared action lines: Information and communication infrastructure, Confidence and security in the use of ICTs and ICT applications: e-health',
    );
    expect(matchReasonText(oneLine)).toBe('1 shared action line: Capacity building');
    expect(matchReasonText(sdgs)).toBe('2 shared SDGs: 3 Good health and well-being and 16 Peace, justice and strong institutions');
    expect([1, 2].map((n) => matchReasonText(sessions(n)))).toEqual(['1 session in common', '2 sessions in common']);
    expect(matchReasonText(languages)).toBe('You both speak French and Spanish');
    expect(matchReasonText(stakeholders)).toBe('Government meets Private sector');
  });

  it('are worded in Arabic with its six plural forms', async () => {
    await setLanguage('ar', { persist: false });
    const forms = [0, 1, 2, 3, 11, 100].map((n) => matchReasonText(sessions(n)));
    // zero, one, two, few (3-10), many (11-99), other (100): the number in the locale's digits.
    const [, , , three, eleven, hundred] = [0, 1, 2, 3, 11, 100].map((n) => new Intl.NumberFormat('ar').format(n));
    expect(forms).toEqual([
      'لا جلسات مشتركة',
      'جلسة مشتركة واحدة',
      'جلستان مشتركتان',
      `${three} جلسات مشتركة`,
      `${eleven} جلسة مشتركة`,
      `${hundred} جلسة مشتركة`,
    ]);
    expect(matchReasonText(oneLine)).toBe('خط عمل مشترك واحد: بناء القدرات');
    expect(matchReasonText(languages)).toBe('كلاكما يتحدث الفرنسية والإسبانية');
  });

  it('are worded in Russian with its few and many forms', async () => {
    await setLanguage('ru', { persist: false });
    expect([1, 3, 5, 21].map((n) => matchReasonText(sessions(n)))).toEqual([
      '1 общая сессия',
      '3 общие сессии',
      '5 общих сессий',
      '21 общая сессия',
    ]);
    expect(matchReasonText(languages)).toBe('Общие языки: французский и испанский');
  });
});
