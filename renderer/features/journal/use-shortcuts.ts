import { useEffect } from 'react';

export type ShortcutAction = 'new-session' | 'new-symptom' | 'search' | 'help';

/** Single keys, as in mail and code-review apps: they act only when the person isn't typing. */
export const SHORTCUT_KEYS: Readonly<Record<ShortcutAction, string>> = {
  'new-session': 'n',
  'new-symptom': 's',
  search: '/',
  help: '?',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(enabled: boolean, onShortcut: (action: ShortcutAction) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const action = (Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).find((key) => SHORTCUT_KEYS[key] === event.key);
      if (action === undefined) return;
      event.preventDefault();
      onShortcut(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, onShortcut]);
}
