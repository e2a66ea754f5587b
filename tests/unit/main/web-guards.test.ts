import { describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/app-identity';
import {
  guardSession,
  guardWebContents,
  isNavigationAllowed,
  shouldOpenExternally,
  type GuardedContents,
  type GuardedSession,
} from '../../../main/web-guards';

const trustedOrigins = [APP_ORIGIN];

describe('isNavigationAllowed', () => {
  it.each(['app://journal/index.html', 'app://journal/', 'app://journal/index.html#settings'])(
    'allows moving within the app: %s',
    (url) => {
      expect(isNavigationAllowed(url, trustedOrigins)).toBe(true);
    },
  );

  it.each([
    'https://example.com/',
    'http://localhost:5173/',
    'app://other/index.html',
    'app://journal.evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
  ])('refuses leaving the app: %s', (url) => {
    expect(isNavigationAllowed(url, trustedOrigins)).toBe(false);
  });
});

describe('shouldOpenExternally', () => {
  it('sends plain https links to the browser', () => {
    expect(shouldOpenExternally('https://www.ninds.nih.gov/health-information')).toBe(true);
  });

  it.each([
    'http://example.com/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'https://user:secret@example.com/',
    'app://journal/index.html',
    'about:blank',
  ])('never hands %s to the operating system', (url) => {
    expect(shouldOpenExternally(url)).toBe(false);
  });
});

type Handler = (event: { url: string; preventDefault: () => void }) => void;

function fakeContents() {
  const handlers = new Map<string, Handler>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, handler: Handler) => {
      handlers.set(event, handler);
      return contents;
    },
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
  };
  const emit = (event: string, url: string): boolean => {
    const preventDefault = vi.fn();
    handlers.get(event)?.({ url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents: contents as unknown as GuardedContents, emit, open, handlers };
}

describe('guardWebContents', () => {
  function guarded() {
    const fake = fakeContents();
    const openExternal = vi.fn(() => Promise.resolve());
    guardWebContents(fake.contents, { trustedOrigins, openExternal });
    return { ...fake, openExternal };
  }

  it('cancels navigation and redirects away from the app, and lets the app move within itself', () => {
    const { emit } = guarded();
    expect(emit('will-navigate', 'https://example.com/')).toBe(true);
    expect(emit('will-redirect', 'https://example.com/')).toBe(true);
    expect(emit('will-navigate', 'app://journal/index.html')).toBe(false);
  });

  it('does not open the browser for a navigation, since a script, not a person, may have caused it', () => {
    const { emit, openExternal } = guarded();
    emit('will-navigate', 'https://example.com/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses every webview', () => {
    const { emit } = guarded();
    expect(emit('will-attach-webview', 'https://example.com/')).toBe(true);
  });

  it('denies every new window and opens only safe links in the browser', () => {
    const { open, openExternal } = guarded();
    expect(open('https://example.com/article')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/article');
    openExternal.mockClear();
    for (const url of ['app://journal/index.html', 'file:///etc/passwd', 'http://example.com/', 'about:blank']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('keeps denying when the browser cannot be opened', async () => {
    const fake = fakeContents();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    guardWebContents(fake.contents, { trustedOrigins, openExternal: () => Promise.reject(new Error('no browser')) });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
  });
});

describe('guardSession', () => {
  it('denies every permission request, permission check and device', () => {
    let request: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
      setDevicePermissionHandler: (handler: typeof device) => (device = handler),
    } as unknown as GuardedSession;
    guardSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request?.(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});
