import type { Session, WebContents } from 'electron';
import { isSafeExternalUrl } from '../shared/external-url';
import { isTrustedUrl } from './origins';

/** A page may only move within the app itself; everything else stays out of the window. */
export function isNavigationAllowed(targetUrl: string, trustedOrigins: readonly string[]): boolean {
  return isTrustedUrl(targetUrl, trustedOrigins);
}

/** The app never opens a second window; a plain https link opens in the person's own browser. */
export function shouldOpenExternally(url: string): boolean {
  return isSafeExternalUrl(url);
}

export interface WebContentsGuardOptions {
  readonly trustedOrigins: readonly string[];
  readonly openExternal: (url: string) => Promise<void>;
}

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Applied to every web contents the app creates. Navigations are refused rather than sent to the
 * browser, because a page that sets `location` is not a person clicking a link.
 */
export function guardWebContents(contents: GuardedContents, options: WebContentsGuardOptions): void {
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, options.trustedOrigins)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, options.trustedOrigins)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (shouldOpenExternally(url)) {
      options.openExternal(url).catch((error: unknown) => console.warn('Could not open a link:', error));
    }
    return { action: 'deny' };
  });
}

export type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>;

/** The journal needs no camera, location, notifications, devices or anything else a site may ask for. */
export function guardSession(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
