// Mirrors of the C# records in src/WsisConnect.Contracts, as the server serialises them
// (camelCase properties, enums as strings, DateTimeOffset as ISO 8601 text).

export const sessionFormats = [
  'HighLevelPolicySession',
  'LeadersTalkX',
  'HighLevelDialogue',
  'MinisterialRoundtable',
  'RegulatorsRoundtable',
  'InteractiveSession',
  'ThematicWorkshop',
  'CountryWorkshop',
  'KnowledgeCafe',
  'ActionLineFacilitation',
  'PrizeCeremony',
  'Hackathon',
  'YouthTrack',
  'SocialEvent',
  'OpenConsultation',
  'PressBriefing',
  'Exhibition',
] as const;
export type SessionFormat = (typeof sessionFormats)[number];

export const sessionStatuses = ['Scheduled', 'Live', 'Ended'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export const questionModes = ['PreModerated', 'Open'] as const;
export type QuestionMode = (typeof questionModes)[number];

export const stakeholderTypes = [
  'Government',
  'PrivateSector',
  'CivilSociety',
  'Academia',
  'TechnicalCommunity',
  'InternationalOrganization',
] as const;
export type StakeholderType = (typeof stakeholderTypes)[number];

export const participations = ['OnSite', 'Remote'] as const;
export type Participation = (typeof participations)[number];

export const questionStatuses = ['Pending', 'Approved', 'Answered', 'Dismissed'] as const;
export type QuestionStatus = (typeof questionStatuses)[number];

export type ModerationAction = 'Approve' | 'Dismiss' | 'MarkAnswered' | 'Pin' | 'Unpin';

export const actionLines = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11'] as const;
export type ActionLine = (typeof actionLines)[number];

export const sdgs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] as const;
export type Sdg = (typeof sdgs)[number];

/** Longest question in characters after trimming (QuestionLimits.MaxLength). */
export const questionMaxLength = 500;

export interface AttendeeProfile {
  id: string;
  name: string;
  organisation: string;
  title: string;
  country: string;
  stakeholderType: StakeholderType;
  /** Comma-separated flags, e.g. "Attendee, Moderator". */
  roles: string;
  participation: Participation;
  language: string;
}

export interface TokenResponse {
  token: string;
  expiresAt: string;
  profile: AttendeeProfile;
}

export interface RegistrationResponse extends TokenResponse {
  code: string;
}

export interface RegistrationRequest {
  name: string;
  organisation: string;
  country: string;
  stakeholderType: StakeholderType;
  language: string;
}

export interface ForumInfo {
  name: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  selfRegistrationOpen: boolean;
}

export interface SessionDetails {
  id: string;
  title: string;
  description: string;
  format: SessionFormat;
  room: string;
  start: string;
  end: string;
  actionLines: string[];
  sdgs: number[];
  track: string | null;
  speakers: string[];
  moderatorIds: string[];
  questionMode: QuestionMode;
  status: SessionStatus;
  /** Calendar date in Geneva, "yyyy-MM-dd". */
  day: string;
}

export interface AgendaResponse {
  sessions: SessionDetails[];
  days: string[];
  rooms: string[];
  formats: SessionFormat[];
}

export interface QuestionView {
  id: number;
  sessionId: string;
  text: string;
  authorId: string | null;
  authorName: string | null;
  origin: Participation;
  status: QuestionStatus;
  pinned: boolean;
  upvotes: number;
  askedAt: string;
  revision: number;
}

export interface QuestionQueueSnapshot {
  session: SessionDetails;
  questions: QuestionView[];
  myUpvotes: number[];
  myQuestions: number[];
  isModerator: boolean;
  version: number;
}

export interface QueueDelta {
  sessionId: string;
  version: number;
  changed: QuestionView[];
  removed: number[];
}

export interface UpvoteReceipt {
  sessionId: string;
  questionId: number;
  upvoted: boolean;
  upvotes: number;
}

/** RFC 9457 problem details with the server's stable `code` extension. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: Record<string, string[]>;
}
