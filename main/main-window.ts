import { BrowserWindow, dialog, nativeTheme, Notification, screen } from 'electron';
import type { AskSavePath } from './file-save';
import type { HiddenReportPage } from './report-pdf';
import { buildReportWindowOptions, buildWindowOptions } from './window-options';
import { fitWindowState, readWindowState, trackWindowState, writeWindowState } from './window-state';

export interface MainWindowOptions {
  readonly preloadPath: string;
  readonly windowStateFile: string;
  readonly startUrl: string;
}

/** Opens the journal's window where it was last left, and shows it once its first frame is painted. */
export function createMainWindow({ preloadPath, windowStateFile, startUrl }: MainWindowOptions): BrowserWindow {
  const placement = fitWindowState(
    readWindowState(windowStateFile),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow(
    buildWindowOptions({ preloadPath, bounds: placement.bounds, prefersDark: nativeTheme.shouldUseDarkColors }),
  );
  trackWindowState(window, (state) => writeWindowState(windowStateFile, state));
  window.once('ready-to-show', () => {
    // maximize() also shows the window, so it waits for the first frame like show() does.
    if (placement.isMaximized) window.maximize();
    window.show();
  });
  window.loadURL(startUrl).catch((error: unknown) => {
    console.error(`Could not load ${startUrl}:`, error);
    window.show();
  });
  return window;
}

/**
 * A desktop notification from the main process, which needs no renderer permission (those stay
 * denied). Clicking it brings the journal back to the front.
 */
export function showNotification(title: string, body: string): void {
  if (!Notification.isSupported()) return;
  // libnotify on Linux reads the body as markup; the body may hold the person's own activity name.
  const plainBody =
    process.platform === 'linux' ? body.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : body;
  const notification = new Notification({ title, body: plainBody });
  notification.on('click', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window === undefined) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  notification.show();
}

/** Save dialogs are attached to the focused window, so they open over the journal, not behind it. */
export const askSavePath: AskSavePath = async (request) => {
  const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const result = owner ? await dialog.showSaveDialog(owner, request) : await dialog.showSaveDialog(request);
  return result.canceled || result.filePath === '' ? null : result.filePath;
};

/**
 * The report's print route in a window that is never shown. Its page size comes from the report's
 * own `@page` rules (A4 or Letter by the person's locale), so the PDF and the browser's print
 * dialog lay out the same pages.
 */
export async function openHiddenReport(url: string): Promise<HiddenReportPage> {
  const window = new BrowserWindow(buildReportWindowOptions());
  try {
    await window.loadURL(url);
  } catch (error) {
    window.destroy();
    throw error;
  }
  const contents = window.webContents;
  return {
    reportState: async () =>
      String(
        await contents.executeJavaScript(
          '(({ appState, reportState }) => (appState === "failed" ? "failed" : (reportState ?? "")))(document.documentElement.dataset)',
          false,
        ),
      ),
    printToPdf: async (paperSize) =>
      new Uint8Array(
        await contents.printToPDF({ pageSize: paperSize, preferCSSPageSize: true, printBackground: true }),
      ),
    close: () => window.destroy(),
  };
}
