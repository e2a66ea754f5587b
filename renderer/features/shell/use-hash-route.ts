import { useSyncExternalStore } from 'react';

export const SCREENS = ['journal', 'trends', 'guidance', 'report', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

function currentScreen(): Screen {
  const name = window.location.hash.replace(/^#\/?/, '');
  return (SCREENS as readonly string[]).includes(name) ? (name as Screen) : 'journal';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The open screen lives in the URL hash, so a reload returns to it and Back works. */
export function useHashRoute(): Screen {
  return useSyncExternalStore(subscribe, currentScreen);
}

export function hrefFor(screen: Screen): string {
  return `#/${screen}`;
}
