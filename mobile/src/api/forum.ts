// Facts of the WSIS Forum the PWA lists in its forms (the server checks them by rule, not from a list). The wire
// types are generated from the C# contract: see ./generated/ (written by the server's build).
import type { ProfileVisibility } from './generated/contracts';

/** The WSIS action lines, as sessions and profiles carry them. */
export const actionLines = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'] as const;
export type ActionLine = (typeof actionLines)[number];

/** The Sustainable Development Goals, 1 to 17. */
export const sdgs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type Sdg = (typeof sdgs)[number];

/** The eight areas of action line C7, as a profile stores them ("C7 e-health"). */
export const c7Areas = ['e-government', 'e-business', 'e-learning', 'e-health', 'e-employment', 'e-environment', 'e-agriculture', 'e-science'] as const;
export type C7Area = (typeof c7Areas)[number];

/** A field of the networking profile whose visibility the person chooses (the keys of ProfileVisibility). */
export type ProfileField = keyof ProfileVisibility;

