import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fitWindowState,
  parseWindowState,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type TrackedWindow,
  type WindowState,
} from '../../../main/window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('fitWindowState', () => {
  it('opens a first window at the default size, centred', () => {
    expect(fitWindowState(null, [laptop], laptop)).toEqual({
      bounds: { width: 1280, height: 800 },
      isMaximized: false,
    });
  });

  it('shrinks the default size to a small screen, but not below the minimum', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 };
    expect(fitWindowState(null, [small], small).bounds).toEqual({ width: 1024, height: 700 });
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(fitWindowState(null, [tiny], tiny).bounds).toEqual({ width: 900, height: 600 });
  });

  it('reopens where it was left', () => {
    const saved = { x: 100, y: 80, width: 1000, height: 700, isMaximized: false };
    expect(fitWindowState(saved, [laptop], laptop)).toEqual({
      bounds: { x: 100, y: 80, width: 1000, height: 700 },
      isMaximized: false,
    });
  });

  it('reopens on the second monitor when it is still there, and remembers maximised', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, isMaximized: true };
    expect(fitWindowState(saved, [laptop, monitorOnTheRight], laptop)).toEqual({
      bounds: { x: 2000, y: 100, width: 1600, height: 1000 },
      isMaximized: true,
    });
  });

  it('centres a window whose monitor is gone', () => {
    const saved = { x: 2000, y: 100, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(saved, [laptop], laptop)).toEqual({
      bounds: { width: 1200, height: 800 },
      isMaximized: false,
    });
  });

  it('centres a window that would show only a sliver', () => {
    const saved = { x: 1400, y: 100, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(saved, [laptop], laptop).bounds).toEqual({ width: 1200, height: 800 });
    const aboveTheScreen = { x: 100, y: -780, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(aboveTheScreen, [laptop], laptop).bounds).toEqual({ width: 1200, height: 800 });
  });

  it('pulls a partly visible window fully onto its screen', () => {
    const saved = { x: 1000, y: 500, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(saved, [laptop], laptop).bounds).toEqual({ x: 240, y: 100, width: 1200, height: 800 });
  });

  it('shrinks a window that was saved on a bigger screen', () => {
    const saved = { x: 1500, y: 0, width: 2400, height: 1400, isMaximized: false };
    const fitted = fitWindowState(saved, [laptop, { ...monitorOnTheRight, width: 1920, height: 1080 }], laptop);
    expect(fitted.bounds).toEqual({ x: 1440, y: 0, width: 1920, height: 1080 });
  });

  it('prefers the screen that holds most of the window', () => {
    const saved = { x: 1200, y: 100, width: 1200, height: 800, isMaximized: false };
    const fitted = fitWindowState(saved, [laptop, monitorOnTheRight], laptop);
    expect(fitted.bounds).toEqual({ x: 1440, y: 100, width: 1200, height: 800 });
  });

  it('centres on the primary screen when the saved size is larger than it', () => {
    const saved = { x: 5000, y: 5000, width: 3000, height: 2000, isMaximized: false };
    expect(fitWindowState(saved, [laptop], laptop).bounds).toEqual({ width: 1440, height: 875 });
  });

  it('handles screens left of and above the primary one', () => {
    const left = { x: -1920, y: -200, width: 1920, height: 1080 };
    const saved = { x: -1800, y: -150, width: 1200, height: 800, isMaximized: false };
    expect(fitWindowState(saved, [laptop, left], laptop).bounds).toEqual({
      x: -1800,
      y: -150,
      width: 1200,
      height: 800,
    });
  });
});

describe('parseWindowState', () => {
  it('reads what was written', () => {
    const state: WindowState = { x: -10, y: 20, width: 1000, height: 700, isMaximized: true };
    expect(parseWindowState(JSON.stringify(state))).toEqual(state);
  });

  it.each([
    ['corrupt JSON', '{"x": 1, '],
    ['an empty file', ''],
    ['null', 'null'],
    ['an array', '[1,2,3,4]'],
    ['a missing field', '{"x":0,"y":0,"width":1000,"isMaximized":false}'],
    ['a string number', '{"x":"0","y":0,"width":1000,"height":700,"isMaximized":false}'],
    ['a zero size', '{"x":0,"y":0,"width":0,"height":700,"isMaximized":false}'],
    ['a negative size', '{"x":0,"y":0,"width":1000,"height":-700,"isMaximized":false}'],
    ['infinity smuggled as a huge number', '{"x":1e999,"y":0,"width":1000,"height":700,"isMaximized":false}'],
  ])('treats %s as nothing saved', (_name, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('window-state.json on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'journal-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips and leaves no temporary file', async () => {
    const file = join(dir, 'window-state.json');
    const state: WindowState = { x: 10, y: 20, width: 1000, height: 700, isMaximized: false };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
    expect(await readdir(dir)).toEqual(['window-state.json']);
  });

  it('reads a missing or corrupt file as nothing saved', async () => {
    const file = join(dir, 'window-state.json');
    expect(readWindowState(file)).toBeNull();
    await writeFile(file, '\u0000\u0000garbage');
    expect(readWindowState(file)).toBeNull();
  });

  it('only warns when the file cannot be written', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    writeWindowState(join(dir, 'no-such-folder', 'window-state.json'), {
      x: 0,
      y: 0,
      width: 1000,
      height: 700,
      isMaximized: false,
    });
    expect(warn).toHaveBeenCalled();
  });
});

describe('trackWindowState', () => {
  function fakeWindow() {
    const handlers = new Map<string, () => void>();
    let bounds = { x: 10, y: 20, width: 1000, height: 700 };
    let maximized = false;
    const window = {
      on: (event: string, handler: () => void) => handlers.set(event, handler),
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
    };
    return {
      window: window as unknown as TrackedWindow,
      emit: (event: string) => handlers.get(event)?.(),
      moveTo: (next: typeof bounds) => (bounds = next),
      maximize: () => (maximized = true),
    };
  }

  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, shortly after a burst of moves and resizes', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowState(fake.window, save);
    for (let i = 0; i < 20; i += 1) {
      fake.moveTo({ x: 10 + i, y: 20, width: 1000, height: 700 });
      fake.emit(i % 2 === 0 ? 'move' : 'resize');
      vi.advanceTimersByTime(50);
    }
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ x: 29, y: 20, width: 1000, height: 700, isMaximized: false });
  });

  it('saves at once on close, the normal bounds and whether it was maximised', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowState(fake.window, save);
    fake.emit('move');
    fake.maximize();
    fake.emit('close');
    expect(save).toHaveBeenCalledWith({ x: 10, y: 20, width: 1000, height: 700, isMaximized: true });
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('saves whole pixels', () => {
    const fake = fakeWindow();
    const save = vi.fn();
    trackWindowState(fake.window, save);
    fake.moveTo({ x: 10.4, y: 20.6, width: 1000.5, height: 700 });
    fake.emit('close');
    expect(save).toHaveBeenCalledWith({ x: 10, y: 21, width: 1001, height: 700, isMaximized: false });
  });
});
