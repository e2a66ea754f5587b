import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '../../../shared/bridge';

const exposed = new Map<string, unknown>();
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ channel, input }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn(), sendSync: vi.fn() },
}));

await import('../../../main/preload');

const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, (...args: unknown[]) => Promise<unknown>>;

describe('preload', () => {
  it('exposes only the bridge, under its name', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it('exposes named functions and nothing of ipcRenderer', () => {
    expect(Object.keys(bridge).sort()).toEqual([
      'getAppInfo',
      'listBackups',
      'notify',
      'readBackup',
      'saveFile',
      'saveReportPdf',
      'writeBackup',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.values(bridge)).not.toContain(invoke);
  });

  it.each([
    ['getAppInfo', 'app:get-info', undefined],
    ['listBackups', 'backup:list', undefined],
    ['saveFile', 'file:save', { suggestedName: 'a.csv', contents: 'x', filter: { name: 'CSV', extensions: ['csv'] } }],
    ['writeBackup', 'backup:write', { json: '{}' }],
    ['readBackup', 'backup:read', { fileName: 'journal-2026-11-21T19-24-25-123Z.json' }],
    ['notify', 'reminder:notify', { title: 'How do you feel now?', body: '' }],
    [
      'saveReportPdf',
      'report:save-pdf',
      { suggestedName: 'visit.pdf', paperSize: 'A4', fromDay: '2026-08-22', toDay: '2026-11-21' },
    ],
  ])('%s invokes %s with its argument', async (name, channel, input) => {
    const call = bridge[name];
    if (!call) throw new Error(`${name} is missing`);
    await expect(input === undefined ? call() : call(input)).resolves.toEqual({ channel, input });
    expect(invoke).toHaveBeenLastCalledWith(channel, input);
  });
});
