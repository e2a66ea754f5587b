import type { ActivityId, BodyRegionId, SensationId } from '../domain/vocabulary';

/** The languages guidance is read and tagged in. */
export const ARTICLE_LANGUAGES = ['en', 'id'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/** What a section is about, as a reader would sort it. */
export const SECTION_KINDS = ['causes', 'self-care', 'warning-signs', 'conditions'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** The causes and remedies the articles name (domain brief), as tags a section can carry. */
export const FACTOR_TAGS = [
  'held-positions',
  'repeated-movements',
  'warm-up',
  'stretching',
  'water',
  'electrolytes',
  'tight-clothing',
  'cold',
  'grip-trainer',
  'sitting',
  'sleep-posture',
  'rest-days',
  'massage',
] as const;
export type FactorTag = (typeof FACTOR_TAGS)[number];

export interface SectionTags {
  readonly sensations: readonly SensationId[];
  readonly regions: readonly BodyRegionId[];
  readonly activities: readonly ActivityId[];
  readonly factors: readonly FactorTag[];
  readonly kinds: readonly SectionKind[];
}

export interface ArticleSection {
  /** Stable within its article: a slug of the heading, or `intro` for the text before the first one. */
  readonly id: string;
  /** Null for the opening text before the first heading. */
  readonly heading: string | null;
  readonly paragraphs: readonly string[];
  readonly tags: SectionTags;
}

export interface Article {
  /** Stable across runs: the source file's name without extension, or an id given at import. */
  readonly id: string;
  readonly title: string;
  /** True when the text had no title line and the pipeline wrote one from what the article is about. */
  readonly titleGenerated: boolean;
  readonly language: ArticleLanguage;
  readonly sections: readonly ArticleSection[];
  /** Where the text came from: the bundled file's name, or what the person imported. */
  readonly sourceName: string;
  readonly origin: 'bundled' | 'imported';
}

/** Points at one section of one article. */
export interface SectionRef {
  readonly articleId: string;
  readonly sectionId: string;
}
