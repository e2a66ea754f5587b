/**
 * Reading a text file a person chose, whichever program wrote it last. Both workout services write
 * UTF-8; a list opened and saved again in a spreadsheet on Windows may be in Windows-1252 instead,
 * which is read as such rather than refused.
 */
export function decodeTextFile(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const TAB = 9;
const LINE_FEED = 10;
const CARRIAGE_RETURN = 13;

/** Control characters other than tab and line breaks: a binary file, or text in UTF-16. */
export function looksBinary(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 32 && code !== TAB && code !== LINE_FEED && code !== CARRIAGE_RETURN) return true;
  }
  return false;
}
