import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { ipcContract, type IpcChannel, type IpcInput, type IpcOutput } from '../shared/ipc-contract';
import { isTrustedUrl } from './origins';

export interface HandleOptions {
  /** Origins whose frames may call this channel; see `trustedOriginsFor`. */
  readonly trustedOrigins: readonly string[];
}

/**
 * Whether an IPC message comes from a frame showing the app itself. The frame is missing when it
 * navigated away or was destroyed while the message was in flight, and reading a disposed frame
 * throws; both count as untrusted.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  trustedOrigins: readonly string[],
): boolean {
  try {
    const frame = event.senderFrame;
    return frame !== null && isTrustedUrl(frame.url, trustedOrigins);
  } catch {
    return false;
  }
}

/**
 * The only place that touches `ipcMain`. Every call is checked twice before `impl` sees it: the
 * sender must be the app's own page, and the input must pass the channel's schema from the
 * contract. Either failure rejects the renderer's `invoke` with a short message and nothing else.
 */
export function handle<C extends IpcChannel>(
  channel: C,
  impl: (input: IpcInput<C>) => Promise<IpcOutput<C>> | IpcOutput<C>,
  options: HandleOptions,
): void {
  if (!Object.hasOwn(ipcContract, channel)) throw new Error(`Not an IPC channel: ${channel}`);
  const schema: z.ZodType = ipcContract[channel].input;
  ipcMain.handle(channel, async (event, input: unknown) => {
    if (!isTrustedSender(event, options.trustedOrigins)) throw new Error(`${channel} refused: untrusted sender`);
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw new Error(`${channel} refused: invalid input`);
    // The schema is the contract's schema for C, so its output is IpcInput<C>; TypeScript cannot
    // follow a generic key through the contract object to see that.
    return impl(parsed.data as IpcInput<C>);
  });
}
