import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from '../shared/app-identity';
import { CONTENT_SECURITY_POLICY } from '../shared/content-security-policy';

/**
 * `standard` gives `app://journal` a real origin (IndexedDB, and so the journal, is keyed by it)
 * and `secure` makes it a secure context, which IndexedDB and `crypto.randomUUID` require.
 * `corsEnabled` stays off: it would let other origins read these files, and the app's own
 * same-origin module scripts do not need it. `codeCache` lets V8 keep the compiled app between
 * starts, as Chromium does for http(s) pages: without it, every window parses the whole bundle
 * again before it draws anything.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Module scripts only run when served as JavaScript, so every type is named rather than sniffed. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * A dot never needs percent-encoding, so an encoded one is only ever there to hide a `..` from
 * one parser or another; a backslash is a separator to Windows. Neither appears in a built file name.
 */
const SUSPICIOUS_PATH = /%2e|\\/i;

/**
 * The file under `rootDir` an `app://journal/…` URL names, or null when the URL is for another
 * host or tries to leave `rootDir`. Segments are checked after percent-decoding too, so `%2f` and
 * `%5c` cannot smuggle a separator past the URL parser; `:` is refused, which rules out Windows
 * drive letters and alternate data streams. Whatever passes is still checked to lie inside `rootDir`.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): string | null {
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (SUSPICIOUS_PATH.test(rawPath)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return null;
  }
  const segments: string[] = [];
  for (const raw of url.pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length === 0 || url.pathname.endsWith('/')) segments.push('index.html');

  const root = resolve(rootDir);
  const file = resolve(root, ...segments);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

function appHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
}

function textResponse(status: number, message: string): Response {
  return new Response(message, { status, headers: appHeaders('text/plain; charset=utf-8') });
}

/** Serves the built renderer from `rootDir` for `protocol.handle`; anything else is a 404. */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const file = resolveAppRequest(request.url, rootDir);
    if (file === null) return textResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: appHeaders(contentTypeFor(file)),
    });
  };
}

type ResponseHeaders = Record<string, string[] | string>;

/**
 * The response headers to use for a request seen by `webRequest.onHeadersReceived`: for `app://`
 * responses, the app's CSP in place of whatever was there; anything else unchanged (undefined).
 * The protocol handler already sends the header; this keeps it on every `app://` response however
 * it was produced. The electron-vite dev server (http://localhost) is deliberately left alone: Vite's
 * dev client injects inline scripts that the strict policy would block.
 */
export function responseHeadersWithAppCsp(
  url: string,
  responseHeaders: ResponseHeaders | undefined,
): ResponseHeaders | undefined {
  if (!url.startsWith(`${APP_ORIGIN}/`)) return undefined;
  const kept = Object.entries(responseHeaders ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  );
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
