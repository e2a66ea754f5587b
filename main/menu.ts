import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  readonly isMac: boolean;
  /** Developer tools are for people working on the app, not in the build people install. */
  readonly showDevTools: boolean;
}

/**
 * The standard menus, built from roles only, so Electron supplies labels, accelerators and
 * platform conventions (the app menu exists on macOS alone).
 */
export function buildMenuTemplate({ isMac, showDevTools }: MenuOptions): MenuItemConstructorOptions[] {
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'reload' },
    { role: 'forceReload' },
    ...(showDevTools ? [{ role: 'toggleDevTools' } as const] : []),
    { type: 'separator' },
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu', submenu: viewItems },
    { role: 'windowMenu' },
  ];
}
