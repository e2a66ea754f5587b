import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_DIRECTIVES } from '../../../shared/content-security-policy';
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppRequestHandler,
  resolveAppRequest,
  responseHeadersWithAppCsp,
} from '../../../main/app-protocol';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'journal-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Journal</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log("journal")');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('resolveAppRequest', () => {
  it.each([
    ['app://journal/', 'index.html'],
    ['app://journal', 'index.html'],
    ['app://journal/index.html', 'index.html'],
    ['app://journal/index.html?reload=1#top', 'index.html'],
    ['app://journal/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['app://journal/assets/', join('assets', 'index.html')],
    ['app://journal/assets/a%20b.png', join('assets', 'a b.png')],
    // The URL parser removes plain dot segments before we see them; the result stays inside the root.
    ['app://journal/assets/../index.html', 'index.html'],
    ['app://journal/../../../../etc/passwd', join('etc', 'passwd')],
  ])('maps %s into the renderer folder', (url, file) => {
    expect(resolveAppRequest(url, root)).toBe(join(root, file));
  });

  it.each([
    'app://journal/..%2fsecret.txt',
    'app://journal/..%2Fsecret.txt',
    'app://journal/%2e%2e%2fsecret.txt',
    'app://journal/assets%2f..%2f..%2fsecret.txt',
    'app://journal/..%5csecret.txt',
    'app://journal/..%5Csecret.txt',
    'app://journal/assets%5c..%5c..%5csecret.txt',
    'app://journal/a\\..\\..\\secret.txt',
    'app://journal/%2e%2e/secret.txt',
    'app://journal/%2E%2E/secret.txt',
    'app://journal/.%2e/secret.txt',
    'app://journal/%2e/index.html',
    'app://journal/assets/%2e%2e/%2e%2e/secret.txt',
    'app://journal/%2fetc%2fpasswd',
    'app://journal/C:%5cWindows%5cwin.ini',
    'app://journal/C:/Windows/win.ini',
    'app://journal/index.html:secret',
    'app://journal/index.html%00.png',
    'app://journal/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it.each([
    'app://evil/index.html',
    'app://journal.evil.example/index.html',
    'app://journal:8080/index.html',
    'app://user:pass@journal/index.html',
    'https://journal/index.html',
    'file:///etc/passwd',
    'not a url',
    '',
  ])('refuses a request that is not for app://journal: %s', (url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });
});

describe('the app:// handler', () => {
  const serve = (url: string, init?: RequestInit): Promise<Response> =>
    createAppRequestHandler(root)(new Request(url, init));

  it('serves index.html for the root with its type and the CSP', async () => {
    const response = await serve('app://journal/');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Journal</title>');
  });

  it('serves scripts as JavaScript, so module scripts run', async () => {
    const response = await serve('app://journal/assets/index-abc.js');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log("journal")');
  });

  it.each(['app://journal/missing.js', 'app://journal/assets', 'app://journal/..%2fsecret.txt', 'app://other/'])(
    'answers %s with a 404 that still carries the CSP',
    async (url) => {
      const response = await serve(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('outside the renderer');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    expect((await serve('app://journal/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await serve('app://journal/index.html', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['unknown.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('the scheme and its policy', () => {
  it('is privileged the way IndexedDB and the code cache need, and no more', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });

  it('allows scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['script-src']).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['object-src']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
  });
});

describe('responseHeadersWithAppCsp', () => {
  it('puts the app CSP on app:// responses in place of any other', () => {
    expect(
      responseHeadersWithAppCsp('app://journal/index.html', {
        'content-security-policy': ["script-src 'unsafe-eval'"],
        'Content-Type': ['text/html'],
      }),
    ).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    expect(responseHeadersWithAppCsp('app://journal/', undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });

  it('leaves the dev server and everything else alone', () => {
    expect(responseHeadersWithAppCsp('http://localhost:5173/', { 'Content-Type': ['text/html'] })).toBeUndefined();
    expect(responseHeadersWithAppCsp('app://journal.evil.example/', {})).toBeUndefined();
    expect(responseHeadersWithAppCsp('devtools://devtools/bundled/index.html', {})).toBeUndefined();
  });
});
