/**
 * The Content-Security-Policy of the built renderer, sent as a response header by the desktop
 * app's `app://` protocol and by the `npm run web` server alike.
 *
 * Scripts only from the app's own files: no `unsafe-eval`, no inline script. Inline *style
 * attributes* are allowed because React and Recharts position elements through the `style` prop;
 * style attributes cannot run code. Nothing may be fetched from or sent to another origin.
 */
export const CONTENT_SECURITY_POLICY_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'frame-src': "'none'",
};

export const CONTENT_SECURITY_POLICY = Object.entries(CONTENT_SECURITY_POLICY_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources}`)
  .join('; ');
