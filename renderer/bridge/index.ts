import { BRIDGE_GLOBAL, type DesktopBridge } from '../../shared/bridge';
import { createBrowserBridge } from './browser-bridge';

declare global {
  interface Window {
    [BRIDGE_GLOBAL]?: DesktopBridge;
  }
  const __APP_VERSION__: string;
}

/**
 * The one place that picks an implementation: the desktop preload's, when it exposed one, or the
 * browser's. Everything else imports `bridge` and never asks which it got.
 */
export const bridge: DesktopBridge = window[BRIDGE_GLOBAL] ?? createBrowserBridge(__APP_VERSION__);
