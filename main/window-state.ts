import { readFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomic-write';
import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  type WindowBounds,
} from './window-options';

export const WINDOW_STATE_FILE_NAME = 'window-state.json';

/**
 * How much of a remembered window must still lie on some screen for it to reopen there: enough of
 * the title bar to grab. Less than that (a monitor unplugged, a resolution lowered) and it is centred.
 */
const MIN_VISIBLE_WIDTH = 120;
const MIN_VISIBLE_HEIGHT = 60;

const SAVE_DELAY_MS = 500;

const windowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface WindowPlacement {
  readonly bounds: WindowBounds;
  readonly isMaximized: boolean;
}

/** A saved state, or null for anything this app did not write. */
export function parseWindowState(text: string): WindowState | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}

function sizeWithin(width: number, height: number, area: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(MIN_WINDOW_WIDTH, Math.min(width, area.width)),
    height: Math.max(MIN_WINDOW_HEIGHT, Math.min(height, area.height)),
  };
}

/**
 * Where the window opens, given what was saved and the screens attached now (their work areas,
 * which leave out task bars and docks). A remembered window goes back to the screen most of it was
 * on, shrunk and moved to fit inside it; one that would be (nearly) off every screen opens centred
 * on the primary screen, as does a first start.
 */
export function fitWindowState(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  primaryWorkArea: Rectangle,
): WindowPlacement {
  const centred = (width: number, height: number, isMaximized: boolean): WindowPlacement => ({
    bounds: sizeWithin(width, height, primaryWorkArea),
    isMaximized,
  });
  if (saved === null) return centred(DEFAULT_WINDOW_WIDTH, DEFAULT_WINDOW_HEIGHT, false);

  const best = workAreas
    .map((area) => ({ area, visible: overlap(saved, area) }))
    .filter(({ visible }) => visible.width >= MIN_VISIBLE_WIDTH && visible.height >= MIN_VISIBLE_HEIGHT)
    .sort((a, b) => b.visible.width * b.visible.height - a.visible.width * a.visible.height)[0];
  if (best === undefined) return centred(saved.width, saved.height, saved.isMaximized);

  const { area } = best;
  const size = sizeWithin(saved.width, saved.height, area);
  return {
    bounds: {
      x: clamp(saved.x, area.x, area.x + area.width - size.width),
      y: clamp(saved.y, area.y, area.y + area.height - size.height),
      ...size,
    },
    isMaximized: saved.isMaximized,
  };
}

/** A missing, unreadable or corrupt file is a first start, never an error. */
export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Losing the window position is not worth an error dialog, so a failed write is only logged. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileAtomicSync(file, JSON.stringify(state));
  } catch (error) {
    console.warn('Could not remember the window position:', error);
  }
}

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/**
 * Saves the window's place a moment after it stops moving or resizing, and at once when it closes.
 * The normal bounds are what is saved, so a maximised window restores to where it was before.
 */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const saveNow = (): void => {
    clearTimeout(timer);
    timer = undefined;
    const { x, y, width, height } = window.getNormalBounds();
    save({
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
      isMaximized: window.isMaximized(),
    });
  };
  const saveSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(saveNow, SAVE_DELAY_MS);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', saveNow);
}
