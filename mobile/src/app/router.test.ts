import { describe, expect, it } from 'vitest';
import { href, parseRoute } from './router';

describe('router', () => {
  it('reads the hash routes', () => {
    expect(parseRoute('')).toEqual({ name: 'agenda' });
    expect(parseRoute('#/agenda')).toEqual({ name: 'agenda' });
    expect(parseRoute('#/session/s001')).toEqual({ name: 'session', id: 's001' });
    expect(parseRoute('#/signin?next=%2Fsession%2Fs001')).toEqual({ name: 'signin', next: '/session/s001' });
    expect(parseRoute('#/signin?next=https://evil.example')).toEqual({ name: 'signin', next: null });
    expect(parseRoute('#/nowhere')).toEqual({ name: 'notFound' });
  });

  it('writes links that read back the same', () => {
    const route = { name: 'signin', next: '/session/s042' } as const;
    expect(parseRoute(href(route))).toEqual(route);
  });
});
