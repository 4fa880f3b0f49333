import { describe, expect, it } from 'vitest';
import { fieldOfProblem, interestActionLines, isValidLink } from './profileOptions';

describe('profile options', () => {
  it('offers C1-C11 with the C7 areas after C7', () => {
    expect(interestActionLines).toHaveLength(19);
    expect(interestActionLines.slice(6, 9)).toEqual(['C7', 'C7 e-government', 'C7 e-business']);
    expect(interestActionLines.at(-1)).toBe('C11');
  });

  it('reads the field a server message names', () => {
    expect(fieldOfProblem('bio: at most 500 characters.')).toBe('bio');
    expect(fieldOfProblem('links: at most 5 http(s) links of 200 characters.')).toBe('links');
    expect(fieldOfProblem('actionLines: C1 to C11.')).toBe('actionLines');
    expect(fieldOfProblem('visibility: nope')).toBeNull();
    expect(fieldOfProblem(undefined)).toBeNull();
  });

  it('checks links as the server does', () => {
    expect(isValidLink('https://www.itu.int/wsis', 200)).toBe(true);
    expect(isValidLink('itu.int', 200)).toBe(false);
    expect(isValidLink('ftp://itu.int', 200)).toBe(false);
    expect(isValidLink(`https://x.org/${'a'.repeat(200)}`, 200)).toBe(false);
  });
});
