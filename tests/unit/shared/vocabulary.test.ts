import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../shared/app-identity';
import {
  ACTIVITIES,
  BODY_REGIONS,
  BODY_SIDES,
  SENSATIONS,
  isKnownActivity,
  isKnownSensation,
} from '../../../shared/domain/vocabulary';

describe('the vocabulary', () => {
  it.each([
    ['activities', ACTIVITIES],
    ['sensations', SENSATIONS],
    ['body regions', BODY_REGIONS],
    ['body sides', BODY_SIDES],
  ])('has unique, kebab-case ids for %s', (_name, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('tells known ids from free text', () => {
    expect(isKnownActivity('running')).toBe(true);
    expect(isKnownActivity('Running')).toBe(false);
    expect(isKnownActivity('parkour')).toBe(false);
    expect(isKnownSensation('tingling')).toBe(true);
    expect(isKnownSensation('itching')).toBe(false);
  });
});

describe('the app identity', () => {
  it('keeps the origin IndexedDB is keyed by', () => {
    expect(APP_ORIGIN).toBe('app://journal');
  });
});
