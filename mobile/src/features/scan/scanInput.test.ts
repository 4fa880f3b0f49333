import { describe, expect, it } from 'vitest';
import { formatShortCode, parseScanInput } from './scanInput';

const origin = 'https://connect.wsis.example';
const token = 'a00001.3.k7mq2xw9hpa4tcze';

describe('parseScanInput', () => {
  it('reads the badge link the QR code carries', () => {
    expect(parseScanInput(`${origin}/#/scan/${token}`, origin)).toEqual({ kind: 'badge', code: token });
    expect(parseScanInput(`  ${origin}/#/scan/${encodeURIComponent(token)}\n`, origin)).toEqual({ kind: 'badge', code: token });
    expect(parseScanInput(`#/scan/${token}`, origin)).toEqual({ kind: 'badge', code: token });
  });

  it('reads a bare token', () => {
    expect(parseScanInput(token, origin)).toEqual({ kind: 'badge', code: token });
  });

  it('reads a typed short code, case, spaces and dashes ignored', () => {
    expect(parseScanInput('ABCD2345', origin)).toEqual({ kind: 'badge', code: 'ABCD2345' });
    expect(parseScanInput('abcd 2345', origin)).toEqual({ kind: 'badge', code: 'ABCD2345' });
    expect(parseScanInput(' abcd-2345 ', origin)).toEqual({ kind: 'badge', code: 'ABCD2345' });
    expect(parseScanInput('abc 234', origin)).toEqual({ kind: 'invalid' });
    expect(parseScanInput('abcd23456', origin)).toEqual({ kind: 'invalid' });
    expect(parseScanInput('', origin)).toEqual({ kind: 'invalid' });
  });

  it("follows the room's session and check-in codes, but no other site", () => {
    expect(parseScanInput(`${origin}/#/checkin/s004`, origin)).toEqual({ kind: 'route', path: '/checkin/s004' });
    expect(parseScanInput(`${origin}/#/session/s004`, origin)).toEqual({ kind: 'route', path: '/session/s004' });
    expect(parseScanInput(`https://elsewhere.example/#/checkin/s004`, origin)).toEqual({ kind: 'invalid' });
    // A badge link from another address of the forum still carries a token the server can check.
    expect(parseScanInput(`http://localhost:5173/#/scan/${token}`, origin)).toEqual({ kind: 'badge', code: token });
    expect(parseScanInput(`${origin}/#/my-data`, origin)).toEqual({ kind: 'invalid' });
    expect(parseScanInput(`${origin}/#/scan/not-a-token`, origin)).toEqual({ kind: 'invalid' });
    expect(parseScanInput('https://example.org/some/page', origin)).toEqual({ kind: 'invalid' });
  });

  it('prints a short code in two groups', () => {
    expect(formatShortCode('ABCD2345')).toBe('ABCD 2345');
  });
});
