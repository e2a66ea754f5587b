import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN } from '../../../shared/app-identity';
import type { IpcChannel } from '../../../shared/ipc-contract';

type Listener = (event: unknown, ...args: unknown[]) => unknown;
const listeners = new Map<string, Listener>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
  },
}));

const { handle, isTrustedSender } = await import('../../../main/ipc');

const trustedOrigins = [APP_ORIGIN];
const fromApp = { senderFrame: { url: `${APP_ORIGIN}/index.html` } };

function invoke(channel: string, event: unknown, input?: unknown): Promise<unknown> {
  const listener = listeners.get(channel);
  if (!listener) throw new Error(`Nothing registered for ${channel}`);
  return Promise.resolve(listener(event, input));
}

beforeEach(() => listeners.clear());

describe('handle', () => {
  const validRead = { fileName: 'journal-2026-11-21T19-24-25-123Z.json' };

  it('calls the implementation with the parsed input when the app itself asks', async () => {
    const impl = vi.fn(() => 'contents');
    handle('backup:read', impl, { trustedOrigins });
    await expect(invoke('backup:read', fromApp, validRead)).resolves.toBe('contents');
    expect(impl).toHaveBeenCalledWith(validRead);
  });

  it('passes on what the parsed value is, not the raw payload', async () => {
    const impl = vi.fn(() => 'contents');
    handle('backup:read', impl, { trustedOrigins });
    await invoke('backup:read', fromApp, { ...validRead, extra: 'dropped by the schema' });
    expect(impl).toHaveBeenCalledWith(validRead);
  });

  it.each([
    ['another origin', { senderFrame: { url: 'https://evil.example/' } }],
    ['a look-alike host', { senderFrame: { url: 'app://journal.evil.example/index.html' } }],
    ['a file URL', { senderFrame: { url: 'file:///work/out/renderer/index.html' } }],
    ['about:blank', { senderFrame: { url: 'about:blank' } }],
    ['a missing frame', { senderFrame: null }],
    [
      'a destroyed frame',
      {
        get senderFrame(): never {
          throw new Error('Render frame was disposed');
        },
      },
    ],
  ])('refuses %s without calling the implementation', async (_name, event) => {
    const impl = vi.fn(() => 'contents');
    handle('backup:read', impl, { trustedOrigins });
    await expect(invoke('backup:read', event, validRead)).rejects.toThrow('untrusted sender');
    expect(impl).not.toHaveBeenCalled();
  });

  it.each([
    ['no input', undefined],
    ['a path instead of a backup name', { fileName: '../../secrets.json' }],
    ['a foreign file name', { fileName: 'notes.json' }],
    ['the wrong type', { fileName: 42 }],
    ['a string instead of an object', 'journal-2026-11-21T19-24-25-123Z.json'],
  ])('refuses %s without calling the implementation', async (_name, input) => {
    const impl = vi.fn(() => 'contents');
    handle('backup:read', impl, { trustedOrigins });
    await expect(invoke('backup:read', fromApp, input)).rejects.toThrow('invalid input');
    expect(impl).not.toHaveBeenCalled();
  });

  it('checks the sender before it looks at the input', async () => {
    handle('backup:read', () => 'contents', { trustedOrigins });
    await expect(invoke('backup:read', { senderFrame: null }, 'garbage')).rejects.toThrow('untrusted sender');
  });

  it('refuses input on a channel that takes none', async () => {
    const impl = vi.fn(() => []);
    handle('backup:list', impl, { trustedOrigins });
    await expect(invoke('backup:list', fromApp, { please: 'list everything' })).rejects.toThrow('invalid input');
    await expect(invoke('backup:list', fromApp)).resolves.toEqual([]);
    expect(impl).toHaveBeenCalledTimes(1);
  });

  it('trusts the dev server only when it is passed in', async () => {
    const fromDevServer = { senderFrame: { url: 'http://localhost:5173/' } };
    handle('backup:list', () => [], { trustedOrigins });
    await expect(invoke('backup:list', fromDevServer)).rejects.toThrow('untrusted sender');
    listeners.clear();
    handle('backup:list', () => [], { trustedOrigins: [APP_ORIGIN, 'http://localhost:5173'] });
    await expect(invoke('backup:list', fromDevServer)).resolves.toEqual([]);
  });

  it('rejects with a short message that names the channel', async () => {
    handle('backup:list', () => [], { trustedOrigins });
    await expect(invoke('backup:list', { senderFrame: null })).rejects.toThrow(
      new Error('backup:list refused: untrusted sender'),
    );
  });

  it('registers only channels of the contract', () => {
    expect(() => handle('shell:run' as IpcChannel, () => undefined as never, { trustedOrigins })).toThrow(
      'Not an IPC channel',
    );
    expect(() => handle('toString' as IpcChannel, () => undefined as never, { trustedOrigins })).toThrow(
      'Not an IPC channel',
    );
    expect(listeners.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  it('accepts any page of the app origin', () => {
    expect(isTrustedSender(fromApp as never, trustedOrigins)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'app://journal/' } } as never, trustedOrigins)).toBe(true);
  });

  it('refuses the app scheme on another host', () => {
    expect(isTrustedSender({ senderFrame: { url: 'app://other/index.html' } } as never, trustedOrigins)).toBe(false);
  });
});
