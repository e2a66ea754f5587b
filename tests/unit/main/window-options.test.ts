import { describe, expect, it } from 'vitest';
import { APP_NAME } from '../../../shared/app-identity';
import { buildReportWindowOptions, buildWindowOptions } from '../../../main/window-options';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions({
    preloadPath: '/app/out/preload/preload.js',
    bounds: { x: 40, y: 60, width: 1280, height: 800 },
    prefersDark: false,
  });

  it('isolates and sandboxes the renderer, with no Node in it', () => {
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });

  it('is titled, sized and hidden until its first frame is ready', () => {
    expect(options).toMatchObject({
      title: APP_NAME,
      x: 40,
      y: 60,
      width: 1280,
      height: 800,
      minWidth: 900,
      minHeight: 600,
      show: false,
    });
  });

  it('leaves out the position when there is none, so the window is centred', () => {
    const centred = buildWindowOptions({ preloadPath: 'p', bounds: { width: 1280, height: 800 }, prefersDark: false });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
  });

  it('paints a dark background in a dark theme', () => {
    const dark = buildWindowOptions({ preloadPath: 'p', bounds: { width: 1280, height: 800 }, prefersDark: true });
    expect(dark.backgroundColor).not.toBe(options.backgroundColor);
    expect(dark.backgroundColor).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('buildReportWindowOptions', () => {
  it('is hidden and as locked down as the main window, without the preload', () => {
    const report = buildReportWindowOptions();
    const main = buildWindowOptions({ preloadPath: '/p.js', bounds: { width: 1, height: 1 }, prefersDark: false });
    expect(report.show).toBe(false);
    expect(report.webPreferences).not.toHaveProperty('preload');
    expect({ ...report.webPreferences, preload: '/p.js' }).toEqual(main.webPreferences);
  });
});
