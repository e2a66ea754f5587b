import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from '../../../main/menu';

function roles(items: readonly MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.map((item) => item.role ?? item.type);
}

function viewMenu(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  const submenu = items.find((item) => item.role === 'viewMenu')?.submenu;
  if (!Array.isArray(submenu)) throw new Error('The view menu lists its items');
  return submenu;
}

describe('buildMenuTemplate', () => {
  it('has the standard menus, with the app menu on macOS only', () => {
    expect(roles(buildMenuTemplate({ isMac: true, showDevTools: false }))).toEqual([
      'appMenu',
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
    expect(roles(buildMenuTemplate({ isMac: false, showDevTools: false }))).toEqual([
      'fileMenu',
      'editMenu',
      'viewMenu',
      'windowMenu',
    ]);
  });

  it('offers developer tools only to people working on the app', () => {
    expect(roles(viewMenu(buildMenuTemplate({ isMac: false, showDevTools: true })))).toContain('toggleDevTools');
    expect(roles(viewMenu(buildMenuTemplate({ isMac: false, showDevTools: false })))).not.toContain('toggleDevTools');
  });

  it('keeps reload and zoom in the view menu', () => {
    expect(roles(viewMenu(buildMenuTemplate({ isMac: false, showDevTools: false })))).toEqual([
      'reload',
      'forceReload',
      'separator',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
  });
});
