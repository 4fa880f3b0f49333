import type { OutcomeReport } from '../../api/generated/contracts';
import { requestJson } from '../../api/http';
import { downloadWithToken } from '../../app/download';
import { currentToken } from '../auth/authStore';

/** The forum's outcome report (organisers only). */
export const fetchOutcome = (): Promise<OutcomeReport> =>
  requestJson<OutcomeReport>('GET', '/api/organiser/outcome', undefined, { token: currentToken() });

/** Saves the report as open data: the JSON document or the CSV table. */
export const downloadOutcome = (format: 'json' | 'csv'): Promise<void> =>
  downloadWithToken(format === 'csv' ? '/api/organiser/outcome.csv' : '/api/organiser/outcome', currentToken() ?? '', `wsisconnect-outcome.${format}`);
