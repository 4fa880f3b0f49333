import { describe, expect, it } from 'vitest';
import { href, parseRoute, returnPath, routeFromPath } from './router';

describe('router', () => {
  it('reads the hash routes', () => {
    expect(parseRoute('')).toEqual({ name: 'agenda' });
    expect(parseRoute('#/agenda')).toEqual({ name: 'agenda' });
    expect(parseRoute('#/session/s001')).toEqual({ name: 'session', id: 's001' });
    expect(parseRoute('#/signin?next=%2Fsession%2Fs001')).toEqual({ name: 'signin', next: '/session/s001' });
    expect(parseRoute('#/signin?next=https://evil.example')).toEqual({ name: 'signin', next: null });
    expect(parseRoute('#/room/s004')).toEqual({ name: 'room', id: 's004' });
    expect(parseRoute('#/leaderboard')).toEqual({ name: 'leaderboard' });
    expect(parseRoute('#/prizes')).toEqual({ name: 'prizes' });
    expect(parseRoute('#/prizes/extra')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/operations')).toEqual({ name: 'operations' });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound' });
  });

  it('writes links that read back the same', () => {
    const route = { name: 'signin', next: '/session/s042' } as const;
    expect(parseRoute(href(route))).toEqual(route);
    for (const other of [{ name: 'room', id: 's004' }, { name: 'leaderboard' }, { name: 'prizes' }, { name: 'operations' }] as const) {
      expect(parseRoute(href(other))).toEqual(other);
    }
  });

  it('comes back to the screen that asked for a sign-in', () => {
    expect(returnPath({ name: 'room', id: 's004' })).toBe('/room/s004');
    expect(returnPath({ name: 'prizes' })).toBe('/prizes');
    expect(returnPath({ name: 'agenda' })).toBeNull();
    const signin = parseRoute(href({ name: 'signin', next: returnPath({ name: 'leaderboard' }) }));
    expect(signin).toEqual({ name: 'signin', next: '/leaderboard' });
  });

  it('reads the networking routes', () => {
    expect(parseRoute('#/badge')).toEqual({ name: 'badge' });
    expect(parseRoute('#/my-data')).toEqual({ name: 'myData' });
    expect(parseRoute('#/scan')).toEqual({ name: 'scan', token: null });
    expect(parseRoute('#/scan/a00001.2.abcdefghjkmnpqrs')).toEqual({ name: 'scan', token: 'a00001.2.abcdefghjkmnpqrs' });
    expect(parseRoute('#/person/a00002')).toEqual({ name: 'person', id: 'a00002' });
    expect(parseRoute('#/messages')).toEqual({ name: 'messages', contactId: null });
    expect(parseRoute('#/messages/a00002')).toEqual({ name: 'messages', contactId: 'a00002' });
    expect(parseRoute('#/checkin/s004')).toEqual({ name: 'checkin', sessionId: 's004' });
    expect(parseRoute('#/messages/a00002/extra')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/signin?next=//evil.example')).toEqual({ name: 'signin', next: null });
    expect(parseRoute('#/person/%E0%A4%A')).toEqual({ name: 'notFound' });
    const routes = [
      { name: 'me' },
      { name: 'profile' },
      { name: 'contacts' },
      { name: 'people' },
      { name: 'myData' },
      { name: 'scan', token: 'a1.1.abcdefghjk' },
      { name: 'messages', contactId: 'a2' },
      { name: 'checkin', sessionId: 's004' },
    ] as const;
    for (const route of routes) {
      expect(parseRoute(href(route))).toEqual(route);
    }
    // A badge opened before signing in is scanned right after.
    expect(parseRoute(href({ name: 'signin', next: returnPath({ name: 'scan', token: 'a1.1.abcdefghjk' }) }))).toEqual({ name: 'signin', next: '/scan/a1.1.abcdefghjk' });
  });

  it('opens the room screen from its own path', () => {
    expect(routeFromPath('/room/s004')).toEqual({ name: 'room', id: 's004' });
    expect(routeFromPath('/room/s004/')).toEqual({ name: 'room', id: 's004' });
    expect(routeFromPath('/')).toBeNull();
    expect(routeFromPath('/room/')).toBeNull();
    expect(routeFromPath('/room/a/b')).toBeNull();
    expect(routeFromPath('/room/%E0%A4%A')).toBeNull();
  });
});
