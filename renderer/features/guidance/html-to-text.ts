/**
 * An HTML page reduced to the plain text the guidance pipeline reads. DOMParser builds a document
 * whose scripts never run; scripts, styles, forms and page furniture are dropped, and each heading
 * and block becomes a line of its own. Only the text is kept.
 */
const DROPPED =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, nav, aside, button, select, textarea';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd, div, section, article, br';

/**
 * Chromium still starts loading an `<img>` in a parsed document, and its error handler would run
 * if the app's Content-Security-Policy did not forbid inline handlers. Handlers and media are taken
 * out of the text before it is parsed, so nothing is even attempted.
 */
function withoutHandlersAndMedia(html: string): string {
  return html
    .replace(/<(img|image|video|audio|source|track|picture|iframe|object|embed|link|meta|base)\b[^>]*>/gi, ' ')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ' ');
}

export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(withoutHandlersAndMedia(html), 'text/html');
  for (const element of document.querySelectorAll(DROPPED)) element.remove();
  const root = document.querySelector('article, main') ?? document.body;
  // The page's own header and footer are furniture; an article's header holds its title, so it stays.
  if (root === document.body)
    for (const element of root.querySelectorAll(':scope > header, :scope > footer')) element.remove();
  for (const element of root.querySelectorAll(BLOCKS)) {
    element.before('\n\n');
    element.after('\n\n');
  }
  return (root.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
