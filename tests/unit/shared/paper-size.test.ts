import { describe, expect, it } from 'vitest';
import { paperSizeForLocale } from '../../../shared/paper-size';

describe('paperSizeForLocale', () => {
  it.each([
    ['en-US', 'Letter'],
    ['en', 'Letter'],
    ['es-MX', 'Letter'],
    ['fr-CA', 'Letter'],
    ['en-GB', 'A4'],
    ['id', 'A4'],
    ['id-ID', 'A4'],
    ['de-DE', 'A4'],
    ['not a locale!', 'A4'],
  ])('%s prints on %s', (locale, paper) => {
    expect(paperSizeForLocale(locale)).toBe(paper);
  });
});
