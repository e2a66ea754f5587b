/**
 * The origin the packaged renderer is served from. IndexedDB is keyed by origin, so changing the
 * scheme or host after release would orphan every person's journal: these values never change.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Product name shown in window titles, menus and file names. */
export const APP_NAME = 'Exercise Symptom Journal';

/** Environment variable and command-line switch that move the profile folder (tests, portable use). */
export const PROFILE_ENV_VAR = 'HEALTH_JOURNAL_PROFILE';
export const PROFILE_SWITCH = 'profile';
