/**
 * Links that leave the app (article sources, help pages) open in the person's own browser, and only
 * when they are plain `https:` URLs. Anything else (`http:`, `file:`, `javascript:`, custom
 * schemes, credentials in the URL) is refused, so a crafted link in an imported article can't
 * launch a local program.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.hostname !== '';
}
