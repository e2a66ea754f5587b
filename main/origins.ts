import { APP_ORIGIN } from '../shared/app-identity';

/**
 * The origin of a URL as `scheme://host[:port]`. WHATWG `URL#origin` is the opaque `"null"` for
 * schemes it does not know, such as `app:`, although Chromium gives the privileged `app://journal`
 * a real origin; this spells it out for every scheme with a host, and returns null when there is none.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host === '') return null;
  return `${parsed.protocol}//${parsed.host}`.toLowerCase();
}

export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** The dev server only ever runs on this computer; a remote URL in the variable is never trusted. */
function isLoopbackHttp(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
}

/**
 * The origins whose pages may call into the main process: the app's own, and in development the
 * electron-vite dev server the renderer is loaded from.
 */
export function trustedOriginsFor(devServerUrl: string | undefined): string[] {
  const devOrigin = devServerUrl === undefined || !isLoopbackHttp(devServerUrl) ? null : originOf(devServerUrl);
  return devOrigin === null ? [APP_ORIGIN] : [APP_ORIGIN, devOrigin];
}
