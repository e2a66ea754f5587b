import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_DIRECTIVES } from '../../../shared/content-security-policy';

/** The header as a browser reads it: directive name → its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('the Content-Security-Policy', () => {
  const policy = parsePolicy(CONTENT_SECURITY_POLICY);

  it("allows scripts from the app's own files only", () => {
    expect(CONTENT_SECURITY_POLICY_DIRECTIVES['script-src']).toBe("'self'");
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it("has no 'unsafe-eval' anywhere", () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    for (const sources of Object.values(CONTENT_SECURITY_POLICY_DIRECTIVES)) expect(sources).not.toContain('eval');
  });

  it('allows no other origin and no wildcard', () => {
    for (const [, sources] of policy) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
    }
  });

  it("allows 'unsafe-inline' for style attributes only", () => {
    for (const [name, sources] of policy) {
      if (name !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
    }
  });

  it('falls back to self, and forbids plugins, base changes, form posts and framing', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name)).toEqual(["'none'"]);
    }
  });

  it('writes each directive once', () => {
    expect(policy.size).toBe(Object.keys(CONTENT_SECURITY_POLICY_DIRECTIVES).length);
  });
});
