import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../shared/app-identity';
import { isTrustedUrl, originOf, trustedOriginsFor } from '../../../main/origins';

describe('originOf', () => {
  it.each([
    ['app://journal/index.html', 'app://journal'],
    ['app://journal', 'app://journal'],
    ['APP://JOURNAL/index.html', 'app://journal'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://example.com:443/', 'https://example.com'],
  ])('%s is %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });

  it.each(['about:blank', 'file:///etc/passwd', 'data:text/html,hi', 'javascript:alert(1)', '', 'journal'])(
    '%s has none',
    (url) => {
      expect(originOf(url)).toBeNull();
    },
  );
});

describe('trusted origins', () => {
  it('trusts only the app in production', () => {
    expect(trustedOriginsFor(undefined)).toEqual([APP_ORIGIN]);
  });

  it('also trusts the dev server it was given', () => {
    expect(trustedOriginsFor('http://localhost:5173')).toEqual([APP_ORIGIN, 'http://localhost:5173']);
    expect(trustedOriginsFor('not a url')).toEqual([APP_ORIGIN]);
  });

  it('never trusts a dev server that is not on this computer', () => {
    expect(trustedOriginsFor('https://evil.example:5173')).toEqual([APP_ORIGIN]);
    expect(trustedOriginsFor('http://192.168.1.20:5173')).toEqual([APP_ORIGIN]);
    expect(trustedOriginsFor('https://localhost:5173')).toEqual([APP_ORIGIN]);
    expect(trustedOriginsFor('http://127.0.0.1:5173')).toEqual([APP_ORIGIN, 'http://127.0.0.1:5173']);
  });

  it('compares whole origins, not prefixes', () => {
    const trusted = trustedOriginsFor('http://localhost:5173');
    expect(isTrustedUrl('http://localhost:5173/index.html', trusted)).toBe(true);
    expect(isTrustedUrl('http://localhost:51730/', trusted)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173.evil.example/', trusted)).toBe(false);
    expect(isTrustedUrl('app://journalx/', trusted)).toBe(false);
  });
});
