/**
 * An HTML page reduced to the plain text the guidance pipeline reads. DOMParser builds an inert
 * document: its scripts never run and nothing it references is loaded. Scripts, styles, forms and
 * page furniture are dropped; each heading and block becomes a line of its own.
 */
const DROPPED =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, form, nav, header, footer, aside, button, select, textarea';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, th, dt, dd, div, section, article, br';

export function htmlToText(html: string): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  for (const element of document.querySelectorAll(DROPPED)) element.remove();
  const root = document.querySelector('article, main') ?? document.body;
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
