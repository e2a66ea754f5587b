import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type DesktopBridge } from '../shared/bridge';
import type { IpcChannel, IpcInput, IpcOutput } from '../shared/ipc-contract';

/**
 * The renderer's only way out of its sandbox: one named function per channel. `ipcRenderer` itself
 * is never exposed, so a page can call these and nothing else. Only types come from the contract,
 * which keeps zod out of this bundle; the main process validates every input anyway.
 */
function invoke<C extends IpcChannel>(channel: C, input: IpcInput<C>): Promise<IpcOutput<C>> {
  // invoke() is typed as Promise<any>; the main process's handler for C returns IpcOutput<C>.
  return ipcRenderer.invoke(channel, input) as Promise<IpcOutput<C>>;
}

const bridge = {
  getAppInfo: () => invoke('app:get-info', undefined),
  saveFile: (request) => invoke('file:save', request),
  writeBackup: (request) => invoke('backup:write', request),
  listBackups: () => invoke('backup:list', undefined),
  readBackup: (request) => invoke('backup:read', request),
  notify: (request) => invoke('reminder:notify', request),
  saveReportPdf: (request) => invoke('report:save-pdf', request),
} satisfies DesktopBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
