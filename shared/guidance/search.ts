import MiniSearch, { type Query } from 'minisearch';
import type { ExerciseSession, SymptomEntry } from '../domain/records';
import { foldForSearch } from '../domain/journal-filter';
import { crossLanguageTerms } from './lexicon';
import type { Article, ArticleLanguage, SectionRef } from './types';

/**
 * One search over the guidance and the person's own notes. MiniSearch does the indexing and
 * scoring; this module decides what is a document and how the person's words become a query.
 */
export type SearchHit =
  | {
      readonly kind: 'section';
      readonly ref: SectionRef;
      readonly title: string;
      readonly language: ArticleLanguage;
      readonly score: number;
    }
  | { readonly kind: 'session' | 'symptom'; readonly entryId: string; readonly at: string; readonly score: number };

interface SearchDocument {
  readonly id: string;
  readonly kind: 'section' | 'session' | 'symptom';
  readonly title: string;
  readonly text: string;
  readonly articleId?: string;
  readonly sectionId?: string;
  readonly language?: ArticleLanguage;
  readonly entryId?: string;
  readonly at?: string;
}

export interface GuidanceSearchIndex {
  readonly miniSearch: MiniSearch<SearchDocument>;
}

function newIndex(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    storeFields: ['kind', 'title', 'articleId', 'sectionId', 'language', 'entryId', 'at'],
    // Case and accents never matter, in either language ("Pégase" finds "pegase").
    processTerm: (term) => foldForSearch(term),
    searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.15 },
  });
}

export function buildSearchIndex(
  articles: readonly Article[],
  notes: { readonly sessions: readonly ExerciseSession[]; readonly symptoms: readonly SymptomEntry[] },
): GuidanceSearchIndex {
  const miniSearch = newIndex();
  const documents: SearchDocument[] = [];
  for (const article of articles) {
    for (const section of article.sections) {
      documents.push({
        id: `section:${article.id}:${section.id}`,
        kind: 'section',
        title: section.heading === null ? article.title : `${section.heading} — ${article.title}`,
        text: section.paragraphs.join('\n'),
        articleId: article.id,
        sectionId: section.id,
        language: article.language,
      });
    }
  }
  for (const session of notes.sessions) {
    if (session.notes.trim() === '') continue;
    documents.push({
      id: `session:${session.id}`,
      kind: 'session',
      title: '',
      text: session.notes,
      entryId: session.id,
      at: session.startedAt,
    });
  }
  for (const symptom of notes.symptoms) {
    if (symptom.notes.trim() === '') continue;
    documents.push({
      id: `symptom:${symptom.id}`,
      kind: 'symptom',
      title: '',
      text: symptom.notes,
      entryId: symptom.id,
      at: symptom.notedAt,
    });
  }
  miniSearch.addAll(documents);
  return { miniSearch };
}

/**
 * Every word must be found, each either as typed (or the start of a longer word) or as one of its
 * translations, so "kesemutan" also finds the English sections about tingling.
 */
export function searchGuidance(
  index: GuidanceSearchIndex,
  text: string,
  translationsOf: (word: string) => readonly string[],
  limit = 30,
): SearchHit[] {
  const words = text.split(/\s+/).filter((word) => foldForSearch(word).length > 1);
  if (words.length === 0) return [];
  const byWord: Query = {
    combineWith: 'AND',
    queries: words.map((word) => ({ combineWith: 'OR', queries: [word, ...translationsOf(word)] })),
  };
  // A phrase means more than its words: "mati rasa" is numbness, though neither word is alone.
  const phrase = words.length > 1 ? translationsOf(text.trim()) : [];
  const query: Query = phrase.length === 0 ? byWord : { combineWith: 'OR', queries: [byWord, ...phrase] };
  return index.miniSearch
    .search(query)
    .slice(0, limit)
    .map((result): SearchHit => {
      if (result['kind'] === 'section') {
        return {
          kind: 'section',
          ref: { articleId: String(result['articleId']), sectionId: String(result['sectionId']) },
          title: String(result['title']),
          language: result['language'] as ArticleLanguage,
          score: result.score,
        };
      }
      return {
        kind: result['kind'] as 'session' | 'symptom',
        entryId: String(result['entryId']),
        at: String(result['at']),
        score: result.score,
      };
    });
}

/** The words a person's word stands for in the other language, whichever language they typed in. */
export function translationsOf(word: string): string[] {
  return [...new Set([...crossLanguageTerms(word, 'en'), ...crossLanguageTerms(word, 'id')])];
}
