import { describe, expect, it } from 'vitest';
import { safeNextPath, signInHref } from './sign-in-location';

describe('safeNextPath', () => {
  it.each([
    ['/account', '/account'],
    ['/account?view=full#email', '/account?view=full#email'],
    ['/', '/'],
  ])('keeps the same-origin path %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    null,
    '',
    'account',
    '//evil.example',
    '//evil.example/account',
    'https://evil.example',
    'javascript:alert(1)',
    '/\\evil.example',
    '/\t/evil.example',
    '/sign-in?next=%2Faccount',
  ])('goes to "/" instead of %j', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });
});

describe('signInHref', () => {
  it('carries the path and query to come back to', () => {
    expect(signInHref('/account')).toBe('/sign-in?next=%2Faccount');
    expect(safeNextPath(new URL(signInHref('/account?a=1&b=2'), 'http://x').searchParams.get('next'))).toBe(
      '/account?a=1&b=2',
    );
  });
});
