import { describe, expect, it } from 'vitest';
import { isSafeExternalUrl } from '../../../shared/external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://example.com',
    'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    'https://example.com:8443/path?q=numbness#section',
    'https://xn--mnchen-3ya.de/',
  ])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://example.com'],
    ['a local file', 'file:///etc/passwd'],
    ['a Windows file', 'file:///C:/Windows/System32/calc.exe'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript with spaces and case', ' JavaScript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['blob', 'blob:https://example.com/1234'],
    ['a custom scheme', 'ms-settings:privacy'],
    ['another custom scheme', 'vscode://file/etc/passwd'],
    ["the app's own scheme", 'app://journal/index.html'],
    ['ftp', 'ftp://example.com/file'],
    ['mailto', 'mailto:someone@example.com'],
    ['a user name', 'https://user@example.com/'],
    ['credentials', 'https://user:secret@example.com/'],
    ['no host', 'https://'],
    ['a protocol-relative URL', '//example.com'],
    ['a relative path', '/settings'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});
