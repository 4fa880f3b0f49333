import type {
  FieldVisibility,
  Participation,
  QuestionMode,
  QuestionStatus,
  RequestStatus,
  SessionFormat,
  SessionStatus,
  StakeholderType,
} from '../api/generated/contracts';
import { currentLocale, isMessageKey, t } from './index';

// Display names of the contract's enums. The keys are checked at compile time against the English dictionary;
// a value the server adds later falls back to the raw value inside t().

export const formatName = (format: SessionFormat): string => t(`format.${format}`);
export const statusName = (status: SessionStatus): string => t(`status.${status}`);
export const modeName = (mode: QuestionMode): string => t(`mode.${mode}`);
export const questionStatusName = (status: QuestionStatus): string => t(`questionStatus.${status}`);
export const participationName = (participation: Participation): string => t(`participation.${participation}`);
export const stakeholderName = (type: StakeholderType): string => t(`stakeholder.${type}`);

/** Action lines arrive as free strings ("C5"); unknown ones show as sent. */
export function actionLineName(code: string): string {
  const key = `actionLine.${code}`;
  return isMessageKey(key) ? t(key) : code;
}

export function sdgName(goal: number): string {
  const key = `sdg.${goal}`;
  return isMessageKey(key) ? t(key) : String(goal);
}

const c7Area = /^C7 (e-[a-z]+)$/;

/** An action line as a chip shows it: "C5", or a C7 area as "C7 · e-health" in the UI language. */
export function actionLineShort(code: string): string {
  const area = c7Area.exec(code)?.[1];
  return area ? `C7 · ${c7AreaName(area)}` : code;
}

/** A C7 area ("e-health") in the UI language; an unknown one as sent. */
export function c7AreaName(area: string): string {
  const key = `c7.${area}`;
  return isMessageKey(key) ? t(key) : area;
}

/** An action line's full name, C7 areas included ("ICT applications: e-health"). */
export function actionLineLongName(code: string): string {
  const area = c7Area.exec(code)?.[1];
  return area ? `${actionLineName('C7')}: ${c7AreaName(area)}` : actionLineName(code);
}

/** A special track ("youth") in the UI language; one the app does not know, as the person wrote it. */
export function trackName(track: string): string {
  const key = `track.${track}`;
  return isMessageKey(key) ? t(key) : track;
}

/** A language's name in the UI language, from its ISO 639-1 code ("fr" is "French", "français", "法语"...). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLocale()], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const visibilityName = (visibility: FieldVisibility): string => t(`visibility.${visibility}`);
export const requestStatusName = (status: RequestStatus): string => t(`requestStatus.${status}`);
