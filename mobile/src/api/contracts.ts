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

/** Codes meaning "the forum is briefly unavailable, try again" (ErrorCodes.IsRetryable): not refusals. */
export const retryableCodes: readonly string[] = ['store.unavailable', 'cluster.unavailable', 'server.busy'];

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

// Polls (src/WsisConnect.Contracts/Polls).

export const pollKinds = ['SingleChoice', 'MultipleChoice', 'Rating', 'WordCloud', 'Quiz', 'OpenText'] as const;
export type PollKind = (typeof pollKinds)[number];

export const pollStatuses = ['Draft', 'Open', 'Closed'] as const;
export type PollStatus = (typeof pollStatuses)[number];

export const resultsVisibilities = ['Live', 'AfterClose'] as const;
export type ResultsVisibility = (typeof resultsVisibilities)[number];

/** Limits the server enforces (PollLimits and the PollDraft rules); checked here before sending. */
export const pollLimits = {
  maxQuestionLength: 300,
  maxOptionLength: 120,
  minOptions: 2,
  maxOptions: 12,
  maxWordLength: 40,
  maxTextLength: 280,
  ratingLowest: 0,
  ratingHighest: 10,
  minCountdownSeconds: 5,
  maxCountdownSeconds: 300,
} as const;

/** A poll as a moderator prepares it (PollDraft). */
export interface PollDraft {
  question: string;
  kind: PollKind;
  options: string[];
  maxChoices: number;
  ratingMin: number;
  ratingMax: number;
  /** Quiz: the right option; null for participants until the poll closes. */
  correctOption: number | null;
  countdownSeconds: number;
  visibility: ResultsVisibility;
  allowChange: boolean;
}

export interface PollDetails {
  /** "{sessionId}.p{n}". */
  id: string;
  sessionId: string;
  definition: PollDraft;
  status: PollStatus;
  openedAt: string | null;
  closedAt: string | null;
  /** A moderator showed the results on the room screen before the poll closed. */
  resultsShown: boolean;
  /** Whether participants may see results now. */
  resultsVisible: boolean;
  /** Quiz: when answers stop being taken. */
  deadline: string | null;
}

export interface OptionCount {
  onSite: number;
  remote: number;
}

export interface WordCount {
  word: string;
  onSite: number;
  remote: number;
}

export const entryStatuses = ['Pending', 'Approved', 'Dismissed'] as const;
export type EntryStatus = (typeof entryStatuses)[number];

/** An open-text answer, shown without its author's name. */
export interface TextEntry {
  /** "{partition}.{n}". */
  id: string;
  text: string;
  origin: Participation;
  status: EntryStatus;
  at: string;
}

export interface PollResults {
  pollId: string;
  version: number;
  onSiteVoters: number;
  remoteVoters: number;
  /** Choice and quiz polls: one per option; rating polls: one per value from ratingMin. */
  options: OptionCount[];
  /** Word clouds: the 60 most given answers, most first. */
  words: WordCount[];
  /** Open text: the answers, oldest first; participants get only the approved ones. */
  entries: TextEntry[];
  voters: number;
}

export interface Ballot {
  options: number[];
  rating: number | null;
  text: string | null;
}

export interface PollView {
  poll: PollDetails;
  results: PollResults | null;
  myBallot: Ballot | null;
  /** Quiz: the points this person's answer earned (0 when wrong), once the quiz has closed; null before. */
  myQuizPoints: number | null;
}

/** A stored vote. It never tells a right quiz answer from a wrong one: that is known once the quiz closes. */
export interface VoteReceipt {
  pollId: string;
  ballot: Ballot;
  replaced: boolean;
}

// Leaderboard (src/WsisConnect.Contracts/Leaderboard).

export interface LeaderboardEntry {
  rank: number;
  /** Null (with the name) for someone not listed in the directory: their place shows, never who they are. */
  attendeeId: string | null;
  name: string | null;
  points: number;
}

export interface LeaderboardTop {
  top: LeaderboardEntry[];
  version: number;
}

export interface LeaderboardView {
  top: LeaderboardTop;
  /** Null when the caller has no points (or is left out of the leaderboard). */
  myRank: number | null;
  myPoints: number;
}

// WSIS Prizes (GET /api/prizes and friends).

export interface Nominee {
  id: string;
  project: string;
  organisation: string;
  country: string;
}

export interface PrizeCategory {
  id: string;
  name: string;
  actionLine: string;
  nominees: Nominee[];
}

export interface PrizeBoardView {
  categories: PrizeCategory[];
  winnersPublished: boolean;
  /** Category id to the nominee id the caller voted for. */
  myVotes: Record<string, string>;
}

export interface PrizeVoteReceipt {
  categoryId: string;
  nomineeId: string;
}

export interface NomineeVotes {
  nomineeId: string;
  votes: number;
}

export interface PrizeResults {
  categoryId: string;
  votes: number;
  nominees: NomineeVotes[];
}

// Networking (src/WsisConnect.Contracts/Networking): badges, contacts, messages, directory, presence.

/** Limits the server enforces (NetworkingLimits); checked here before sending. */
export const networkingLimits = {
  maxMessageLength: 2000,
  maxRequestMessageLength: 300,
  maxBioLength: 500,
  maxLinks: 5,
  maxLinkLength: 200,
  maxNoteLength: 1000,
  maxTags: 10,
  maxTagLength: 30,
  maxTracks: 12,
  maxLanguages: 12,
  requestsPerHour: 30,
} as const;

/** The eight areas of action line C7, as a profile stores them ("C7 e-health"). */
export const c7Areas = ['e-government', 'e-business', 'e-learning', 'e-health', 'e-employment', 'e-environment', 'e-agriculture', 'e-science'] as const;
export type C7Area = (typeof c7Areas)[number];

export interface Badge {
  attendeeId: string;
  name: string;
  /** Signed contact token "{attendeeId}.{version}.{mac}", for the QR code's link. */
  token: string;
  /** Eight characters to type instead of scanning. */
  shortCode: string;
  version: number;
}

export type ContactSource = 'Badge' | 'Request';

export interface Contact {
  attendeeId: string;
  name: string;
  since: string;
  source: ContactSource;
  /** Private: only the owner of the contact book sees it. */
  note: string;
  tags: string[];
}

export const requestStatuses = ['Pending', 'Accepted', 'Declined', 'Ignored'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export interface ContactRequest {
  id: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  message: string;
  sentAt: string;
  status: RequestStatus;
}

export interface ContactBookView {
  contacts: Contact[];
  /** Pending requests to the person, newest first. */
  incoming: ContactRequest[];
  outgoing: ContactRequest[];
  /** Ids of the people the person blocked. */
  blocked: string[];
}

export interface ScanResult {
  contact: Contact;
  /** False for a repeat scan of someone already a contact. */
  created: boolean;
}

export interface DirectMessage {
  conversationId: string;
  /** Numbers a conversation's messages from 1; 0 for a message that was not delivered. */
  sequence: number;
  fromId: string;
  toId: string;
  text: string;
  sentAt: string;
}

export interface MessagePage {
  /** Oldest first. */
  messages: DirectMessage[];
  hasOlder: boolean;
  unread: number;
}

export interface DirectoryEntry {
  attendeeId: string;
  name: string;
  organisation: string | null;
  country: string | null;
  stakeholderType: StakeholderType | null;
  participation: Participation;
  actionLines: string[];
  sdgs: number[];
  tracks: string[];
  languages: string[];
  sessions?: string[] | null;
}

export interface Suggestion {
  person: DirectoryEntry;
  score: number;
  /** Sentences in English from the server, strongest first. */
  reasons: string[];
}

/** A person as the viewer may see them: hidden fields are null. */
export interface ProfileCard {
  attendeeId: string;
  name: string;
  organisation: string | null;
  title: string | null;
  country: string | null;
  stakeholderType: StakeholderType | null;
  participation: Participation;
  actionLines: string[] | null;
  sdgs: number[] | null;
  tracks: string[] | null;
  languages: string[] | null;
  bio: string | null;
  links: string[] | null;
  isContact: boolean;
}

export const fieldVisibilities = ['Everyone', 'Contacts', 'Nobody'] as const;
export type FieldVisibility = (typeof fieldVisibilities)[number];

export const profileFields = ['organisation', 'title', 'country', 'stakeholderType', 'interests', 'languages', 'bio', 'links'] as const;
export type ProfileField = (typeof profileFields)[number];

export type ProfileVisibility = Record<ProfileField, FieldVisibility>;

export interface NetworkingProfile {
  /** C1-C11, C7 areas as "C7 e-health". */
  actionLines: string[];
  sdgs: number[];
  tracks: string[];
  /** ISO 639-1 codes. */
  languages: string[];
  bio: string;
  links: string[];
  visibility: ProfileVisibility;
  /** False leaves the directory: not found, suggested or shown as present. */
  listed: boolean;
}

export interface PresentPerson {
  attendeeId: string;
  name: string;
  participation: Participation;
}

export interface SessionPresence {
  sessionId: string;
  onSite: number;
  remote: number;
  /** Those checked in who chose to be listed. */
  visible: PresentPerson[];
  /** Whether the caller is checked in (always false in pushes). */
  checkedIn: boolean;
}
