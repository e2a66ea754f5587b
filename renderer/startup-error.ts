/**
 * Without a database, or without the app's own code, there is no app to render: says so in plain
 * words instead of leaving a blank window. Before the translations are loaded, so in English.
 */
export function showStartupError(error: unknown): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'startup-error';
  message.textContent = `The journal could not be opened: ${error instanceof Error ? error.message : String(error)}`;
  document.body.replaceChildren(message);
  document.documentElement.dataset.appState = 'failed';
}
