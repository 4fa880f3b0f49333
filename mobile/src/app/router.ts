/** The screens, addressed by the URL fragment so the server needs no fallback for client routes. */
export type Route =
  | { name: 'agenda' }
  | { name: 'session'; id: string }
  | { name: 'room'; id: string }
  | { name: 'leaderboard' }
  | { name: 'prizes' }
  | { name: 'signin'; next: string | null }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = segments;
  if (!first || (first === 'agenda' && !second)) {
    return { name: 'agenda' };
  }
  if (first === 'session' && second && segments.length === 2) {
    return { name: 'session', id: second };
  }
  if (first === 'room' && second && segments.length === 2) {
    return { name: 'room', id: second };
  }
  if ((first === 'leaderboard' || first === 'prizes') && !second) {
    return { name: first };
  }
  if (first === 'signin' && !second) {
    const next = new URLSearchParams(query).get('next');
    return { name: 'signin', next: next && next.startsWith('/') ? next : null };
  }
  return { name: 'notFound' };
}

export function href(route: Route): string {
  switch (route.name) {
    case 'agenda':
      return '#/agenda';
    case 'session':
      return `#/session/${encodeURIComponent(route.id)}`;
    case 'room':
      return `#/room/${encodeURIComponent(route.id)}`;
    case 'leaderboard':
      return '#/leaderboard';
    case 'prizes':
      return '#/prizes';
    case 'signin':
      return route.next ? `#/signin?next=${encodeURIComponent(route.next)}` : '#/signin';
    case 'notFound':
      return '#/agenda';
  }
}

export function navigate(route: Route): void {
  location.hash = href(route);
}

/** The path to come back to after signing in ("/session/s001"), or null for screens that need none. */
export function returnPath(route: Route): string | null {
  switch (route.name) {
    case 'session':
    case 'room':
    case 'leaderboard':
    case 'prizes':
      return href(route).slice(1);
    case 'agenda':
    case 'signin':
    case 'notFound':
      return null;
  }
}

/** Goes to a path saved as "/session/s001" (the `next` of the sign-in route), or the agenda. */
export function navigateToPath(path: string | null): void {
  location.hash = path ? `#${path}` : href({ name: 'agenda' });
}
