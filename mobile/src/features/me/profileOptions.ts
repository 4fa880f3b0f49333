import { actionLines, c7Areas, type ProfileField } from '../../api/forum';
import { fieldVisibilities, type FieldVisibility } from '../../api/generated/contracts';

/** Action lines a profile may name: C1-C11, with the eight C7 areas right after C7. */
export const interestActionLines: readonly string[] = actionLines.flatMap((line) => (line === 'C7' ? [line, ...c7Areas.map((area) => `C7 ${area}`)] : [line]));

/** Special tracks of the forum, stored as these words (the demo and matchmaking use the same). */
export const specialTracks = [
  'youth',
  'gender mainstreaming',
  'ICT and older persons',
  'accessibility',
  'cybersecurity',
  'well-being',
  'emerging technologies',
  'digital skills',
  'media',
  'sustainable and smart cities',
  'indigenous peoples and languages',
  'parliamentarians',
] as const;

/** Languages offered as ticks: the six UN languages first, then others widely spoken at the forum. */
export const languageChoices = ['ar', 'zh', 'en', 'fr', 'ru', 'es', 'pt', 'de', 'it', 'ja', 'ko', 'hi', 'bn', 'ur', 'fa', 'tr', 'sw', 'id', 'nl', 'pl'] as const;

export { fieldVisibilities, type FieldVisibility, type ProfileField };

/** The profile fields a server message can name ("bio: at most 500 characters."). */
export const editableFields = ['actionLines', 'sdgs', 'tracks', 'languages', 'bio', 'links'] as const;
export type EditableField = (typeof editableFields)[number];

/** The field a validation.invalid message names, or null when it names none the form knows. */
export function fieldOfProblem(detail: string | undefined): EditableField | null {
  const name = /^\s*([A-Za-z]+)\s*:/.exec(detail ?? '')?.[1];
  return (editableFields as readonly string[]).includes(name ?? '') ? (name as EditableField) : null;
}

/** Whether a link would pass the server's check: http or https, absolute, 200 characters at most. */
export function isValidLink(link: string, maxLength: number): boolean {
  if (link.length > maxLength) {
    return false;
  }
  try {
    const url = new URL(link);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
