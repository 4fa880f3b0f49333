/** The screens, addressed by the URL fragment so the server needs no fallback for client routes. */
export type Route =
  | { name: 'agenda' }
  | { name: 'session'; id: string }
  | { name: 'room'; id: string }
  | { name: 'leaderboard' }
  | { name: 'prizes' }
  | { name: 'me' }
  | { name: 'badge' }
  | { name: 'profile' }
  | { name: 'myData' }
  | { name: 'scan'; token: string | null }
  | { name: 'contacts' }
  | { name: 'people' }
  | { name: 'person'; id: string }
  | { name: 'messages'; contactId: string | null }
  | { name: 'checkin'; sessionId: string }
  | { name: 'signin'; next: string | null; code?: string | null }
  | { name: 'organise'; section: string }
  | { name: 'outcome' }
  | { name: 'operations' }
  | { name: 'desk' }
  | { name: 'setup' }
  | { name: 'printBadges'; query: string }
  | { name: 'notFound' };

/** Screens named by their first segment alone ("#/contacts"). */
const plainRoutes = {
  leaderboard: 'leaderboard',
  prizes: 'prizes',
  me: 'me',
  badge: 'badge',
  profile: 'profile',
  'my-data': 'myData',
  contacts: 'contacts',
  people: 'people',
  desk: 'desk',
  setup: 'setup',
  outcome: 'outcome',
  operations: 'operations',
} as const satisfies Record<string, Route['name']>;

type PlainRoute = Extract<Route, { name: (typeof plainRoutes)[keyof typeof plainRoutes] }>;

function isPlain(segment: string): segment is keyof typeof plainRoutes {
  return Object.prototype.hasOwnProperty.call(plainRoutes, segment);
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  let segments: string[];
  try {
    segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { name: 'notFound' };
  }
  const [first, second] = segments;
  if (!first || (first === 'agenda' && !second)) {
    return { name: 'agenda' };
  }
  if (segments.length > 2) {
    return { name: 'notFound' };
  }
  if (!second && isPlain(first)) {
    return { name: plainRoutes[first] } as PlainRoute;
  }
  if (first === 'session' && second) {
    return { name: 'session', id: second };
  }
  if (first === 'room' && second) {
    return { name: 'room', id: second };
  }
  if (first === 'person' && second) {
    return { name: 'person', id: second };
  }
  if (first === 'checkin' && second) {
    return { name: 'checkin', sessionId: second };
  }
  if (first === 'scan') {
    return { name: 'scan', token: second ?? null };
  }
  if (first === 'messages') {
    return { name: 'messages', contactId: second ?? null };
  }
  if (first === 'signin' && !second) {
    const params = new URLSearchParams(query);
    const next = params.get('next');
    const code = params.get('code');
    const safeNext = next && next.startsWith('/') && !next.startsWith('//') ? next : null;
    return code ? { name: 'signin', next: safeNext, code } : { name: 'signin', next: safeNext };
  }
  if (first === 'organise') {
    return { name: 'organise', section: second ?? 'agenda' };
  }
  if (first === 'print-badges' && !second) {
    return { name: 'printBadges', query };
  }
  return { name: 'notFound' };
}

/**
 * The screen a path of its own stands for, when the app is opened without a fragment: the room screen is served at
 * /room/{session} so that it can carry its own frame-ancestors and be embedded where the organisers allow.
 */
export function routeFromPath(pathname: string): Route | null {
  const match = /^\/room\/([^/]+)\/?$/.exec(pathname);
  if (!match?.[1]) {
    return null;
  }
  try {
    return { name: 'room', id: decodeURIComponent(match[1]) };
  } catch {
    return null;
  }
}

export function href(route: Route): string {
  const part = encodeURIComponent;
  switch (route.name) {
    case 'agenda':
      return '#/agenda';
    case 'session':
      return `#/session/${part(route.id)}`;
    case 'room':
      return `#/room/${part(route.id)}`;
    case 'leaderboard':
    case 'prizes':
    case 'me':
    case 'badge':
    case 'profile':
    case 'contacts':
    case 'people':
    case 'desk':
    case 'setup':
    case 'outcome':
    case 'operations':
      return `#/${route.name}`;
    case 'organise':
      return `#/organise/${part(route.section)}`;
    case 'printBadges':
      return `#/print-badges?${route.query}`;
    case 'myData':
      return '#/my-data';
    case 'scan':
      return route.token ? `#/scan/${part(route.token)}` : '#/scan';
    case 'person':
      return `#/person/${part(route.id)}`;
    case 'messages':
      return route.contactId ? `#/messages/${part(route.contactId)}` : '#/messages';
    case 'checkin':
      return `#/checkin/${part(route.sessionId)}`;
    case 'signin':
      return route.next ? `#/signin?next=${part(route.next)}` : '#/signin';
    case 'notFound':
      return '#/agenda';
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

/** Goes to `route` in place of the current entry, so "back" skips a screen that only passes through (a check-in). */
export function replaceRoute(route: Route): void {
  location.replace(href(route));
}

/** The path to come back to after signing in ("/session/s001"), or null for screens that need none. */
export function returnPath(route: Route): string | null {
  switch (route.name) {
    case 'agenda':
    case 'signin':
    case 'notFound':
      return null;
    default:
      return href(route).slice(1);
  }
}

/** Goes to a path saved as "/session/s001" (the `next` of the sign-in route), or the agenda. */
export function navigateToPath(path: string | null): void {
  location.hash = path ? `#${path}` : href({ name: 'agenda' });
}
