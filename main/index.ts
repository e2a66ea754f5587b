import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, Menu, protocol, session, shell } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../shared/app-identity';
import { printRouteHash } from '../shared/report/print-route';
import { APP_SCHEME_PRIVILEGES, createAppRequestHandler, responseHeadersWithAppCsp } from './app-protocol';
import { BACKUPS_FOLDER_NAME, createBackupStore } from './backup-store';
import { registerIpcHandlers } from './ipc-handlers';
import { askSavePath, createMainWindow, openHiddenReport, showNotification } from './main-window';
import { buildMenuTemplate } from './menu';
import { trustedOriginsFor } from './origins';
import { resolveProfileOverride } from './profile';
import { guardSession, guardWebContents } from './web-guards';
import { WINDOW_STATE_FILE_NAME } from './window-state';

// Privileged schemes can only be registered before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// The single-instance lock lives in userData, so the profile must be chosen before asking for it.
const profileOverride = resolveProfileOverride(process.argv, process.env);
if (profileOverride !== null) {
  mkdirSync(profileOverride, { recursive: true });
  app.setPath('userData', profileOverride);
}

// Two windows on one IndexedDB is a classic corruption path: a second launch hands over and quits.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  // electron-vite sets this when `npm run dev` serves the renderer; a packaged app never trusts it.
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const trustedOrigins = trustedOriginsFor(devServerUrl);
  const profileDir = app.getPath('userData');
  const backupDir = join(profileDir, BACKUPS_FOLDER_NAME);
  const rendererBase = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  let mainWindow: BrowserWindow | null = null;

  const openMainWindow = (): void => {
    mainWindow = createMainWindow({
      preloadPath: join(__dirname, '../preload/preload.js'),
      windowStateFile: join(profileDir, WINDOW_STATE_FILE_NAME),
      startUrl: rendererBase,
    });
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  };

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { trustedOrigins, openExternal: (url) => shell.openExternal(url) });
  });

  app.on('second-instance', () => {
    if (mainWindow === null) {
      // On macOS the app outlives its window; a second launch should bring one back.
      if (app.isReady()) openMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  void app.whenReady().then(() => {
    guardSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppRequestHandler(join(__dirname, '../renderer')));
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      const responseHeaders = responseHeadersWithAppCsp(details.url, details.responseHeaders);
      callback(responseHeaders === undefined ? {} : { responseHeaders });
    });
    registerIpcHandlers({
      trustedOrigins,
      version: app.getVersion(),
      profileDir,
      backupDir,
      documentsDir: app.getPath('documents'),
      backups: createBackupStore(backupDir),
      askSavePath,
      showNotification,
      openHiddenReport: (range) => openHiddenReport(`${rendererBase}${printRouteHash(range)}`),
    });
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({ isMac: process.platform === 'darwin', showDevTools: !app.isPackaged }),
      ),
    );
    openMainWindow();
  });
}
