import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '../shared/app-identity';

export const DEFAULT_WINDOW_WIDTH = 1280;
export const DEFAULT_WINDOW_HEIGHT = 800;
export const MIN_WINDOW_WIDTH = 900;
export const MIN_WINDOW_HEIGHT = 600;

/** Painted before the first frame, so opening the window never flashes white in a dark theme. */
const BACKGROUND_LIGHT = '#f6f7f9';
const BACKGROUND_DARK = '#16181d';

export interface WindowBounds {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowOptionsInput {
  readonly preloadPath: string;
  readonly bounds: WindowBounds;
  readonly prefersDark: boolean;
}

/**
 * No Node, a sandbox, its own JavaScript world, and nothing that reaches out: the renderer holds a
 * person's health records.
 */
const LOCKED_DOWN_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // On Windows and Linux the spellchecker downloads its dictionaries; nothing may leave the computer.
  spellcheck: false,
} as const satisfies BrowserWindowConstructorOptions['webPreferences'];

/**
 * The report's hidden print window: the same locked-down renderer without even the preload, since
 * the print route only reads the journal and an unused bridge would only be surface.
 */
export function buildReportWindowOptions(): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    show: false,
    width: DEFAULT_WINDOW_WIDTH,
    height: DEFAULT_WINDOW_HEIGHT,
    webPreferences: { ...LOCKED_DOWN_WEB_PREFERENCES },
  };
}

/** The main window's options: the locked-down renderer reaches the computer only through the preload. */
export function buildWindowOptions({
  preloadPath,
  bounds,
  prefersDark,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    ...(bounds.x === undefined ? {} : { x: bounds.x }),
    ...(bounds.y === undefined ? {} : { y: bounds.y }),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    backgroundColor: prefersDark ? BACKGROUND_DARK : BACKGROUND_LIGHT,
    webPreferences: { preload: preloadPath, ...LOCKED_DOWN_WEB_PREFERENCES },
  };
}
