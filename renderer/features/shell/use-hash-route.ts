import { useSyncExternalStore } from 'react';

export const SCREENS = ['journal', 'trends', 'guidance', 'report', 'data', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

/** `#/journal/log-symptom`: the screen, then an optional action to take once on arrival. */
function hashParts(): [string, string] {
  const [screen = '', action = ''] = window.location.hash.replace(/^#\/?/, '').split('/');
  return [screen, action];
}

/** The screen the URL names; the Journal when it names none. */
export function currentScreen(): Screen {
  const [name] = hashParts();
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'journal';
}

function currentAction(): string {
  return hashParts()[1];
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The open screen lives in the URL hash, so a reload returns to it and Back works. */
export function useHashRoute(): Screen {
  return useSyncExternalStore(subscribe, currentScreen);
}

/** The action a link asked the screen to take (e.g. open a form), or ''. */
export function useHashAction(): string {
  return useSyncExternalStore(subscribe, currentAction);
}

export function hrefFor(screen: Screen, action?: string): string {
  return action === undefined ? `#/${screen}` : `#/${screen}/${action}`;
}

/** Marks an action as taken, so neither a reload nor Back repeats it. */
export function clearHashAction(screen: Screen): void {
  window.history.replaceState(null, '', hrefFor(screen));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
