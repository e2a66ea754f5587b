import { describe, expect, it } from 'vitest';
import { importProblemOf, markdownToText } from '../../../../shared/guidance/import-text';
import { buildArticle } from '../../../../shared/guidance/pipeline';
import { buildSearchIndex, searchGuidance, translationsOf } from '../../../../shared/guidance/search';
import { session, symptom } from '../fixtures';
import { BUNDLED_SOURCES } from './articles';

const articles = BUNDLED_SOURCES.map(({ id, sourceName, raw }) =>
  buildArticle(raw, { id, sourceName, origin: 'bundled' }),
);
const languageOf = (articleId: string) => articles.find((article) => article.id === articleId)?.language;

describe('searchGuidance', () => {
  const index = buildSearchIndex(articles, {
    sessions: [session({ notes: 'Café run, cold fingers' })],
    symptoms: [symptom({ notes: 'Kesemutan di jari setelah lari' }), symptom({ notes: '' })],
  });
  const sectionLanguages = (text: string) =>
    new Set(
      searchGuidance(index, text, translationsOf).flatMap((hit) =>
        hit.kind === 'section' ? [languageOf(hit.ref.articleId)] : [],
      ),
    );

  it('finds sections in both languages from an Indonesian word, and from a two-word phrase', () => {
    expect(sectionLanguages('kesemutan')).toEqual(new Set(['id', 'en']));
    expect(sectionLanguages('mati rasa')).toEqual(new Set(['id', 'en']));
    expect(sectionLanguages('punggung bawah')).toContain('en');
  });

  it('ignores case and accents, takes words as they are being typed, and finds the person’s notes', () => {
    const notes = (text: string) =>
      searchGuidance(index, text, translationsOf).filter((hit) => hit.kind !== 'section').length;
    expect(notes('CAFE')).toBe(1);
    expect(notes('kesemut')).toBe(1);
    expect(searchGuidance(index, 'pillo', translationsOf).some((hit) => hit.kind === 'section')).toBe(true);
    expect(searchGuidance(index, '   ', translationsOf)).toEqual([]);
  });
});

describe('markdownToText', () => {
  it('keeps headings as lines of their own and drops the markup, never the words', () => {
    const text = markdownToText(
      '# Shin splints\n\nSome **bold** and _soft_ words, a [link](https://example.com) and `code`.\n\n## What helps\n\n- Rest\n- Ice\n\n![a picture](x.png)',
    );
    expect(text.split('\n').filter((line) => line !== '')).toEqual([
      'Shin splints',
      'Some bold and soft words, a link and code.',
      'What helps',
      '• Rest',
      '• Ice',
    ]);
  });
});

describe('importProblemOf', () => {
  it('refuses empty text, binary junk and text too long to be an article', () => {
    expect(importProblemOf('  \n ')).toBe('empty');
    expect(importProblemOf('\u0000\u0001\u0002binary\u0003\u0004')).toBe('not-text');
    expect(importProblemOf('a'.repeat(1_000_001))).toBe('too-large');
    expect(importProblemOf('A short article.\n\nWith two paragraphs.')).toBeNull();
  });
});
