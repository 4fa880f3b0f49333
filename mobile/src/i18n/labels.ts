import type {
  Participation,
  QuestionMode,
  QuestionStatus,
  SessionFormat,
  SessionStatus,
  StakeholderType,
} from '../api/contracts';
import { isMessageKey, t } from './index';

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
