import { IMPORTED_ARTICLE_MAX_LENGTH } from '../domain/records';

/** Why an imported file can't become an article; each is an i18n key under `guidance.import.problem`. */
export type ImportProblem = 'empty' | 'too-large' | 'not-text';

/** Files larger than this are refused before they are read. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Text that is mostly control characters is a binary file read as text (an image, a PDF, a zip);
 * ordinary text has almost none besides line breaks and tabs.
 */
const MAX_CONTROL_CHARACTER_SHARE = 0.01;

export function importProblemOf(text: string): ImportProblem | null {
  if (text.trim() === '') return 'empty';
  if (text.length > IMPORTED_ARTICLE_MAX_LENGTH) return 'too-large';
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return controls / text.length > MAX_CONTROL_CHARACTER_SHARE ? 'not-text' : null;
}

/**
 * Markdown to the plain text the guidance pipeline reads: `#` headings become lines of their own,
 * emphasis, code marks and images go, links keep their words. Nothing of it is ever rendered as
 * markup; this only decides where the headings and paragraphs are.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n[\s\S]*?^```\s*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '\n$1\n')
    .replace(/^ {0,3}>\s?/gm, '')
    .replace(/^ {0,3}[-*+]\s+/gm, '• ')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^ {0,3}([-*_])(\s*\1){2,}\s*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
