import {
  ACTIVITIES,
  BODY_REGIONS,
  SENSATIONS,
  type ActivityId,
  type BodyRegionId,
  type SensationId,
} from '../domain/vocabulary';
import { KIND_CUES, PhraseMatcher, lexiconMatcher, wordsOf } from './lexicon';
import {
  FACTOR_TAGS,
  SECTION_KINDS,
  type ArticleLanguage,
  type FactorTag,
  type SectionKind,
  type SectionTags,
} from './types';

/** A word in the heading says more about a section than the same word once in its body. */
const HEADING_WEIGHT = 3;

/**
 * Body text alone makes a section about causes or self-care only when it says so several times:
 * "because" once is an explanation in passing; four causal phrases in one section are a list of causes.
 */
const BODY_CUES_FOR_KIND = 3;

/** How strongly a section is about each tag: how often it is named, heading words counting more. */
export interface TagWeights {
  readonly sensations: ReadonlyMap<SensationId, number>;
  readonly regions: ReadonlyMap<BodyRegionId, number>;
  readonly activities: ReadonlyMap<ActivityId, number>;
  readonly factors: ReadonlyMap<FactorTag, number>;
  readonly kinds: ReadonlyMap<SectionKind, number>;
}

export interface SectionAnalysis {
  readonly tags: SectionTags;
  readonly weights: TagWeights;
}

/** A section's text as words, sentence by sentence, folded once and read by every matcher. */
interface SectionWords {
  readonly heading: readonly string[];
  readonly sentences: readonly (readonly string[])[];
}

function sectionWords(heading: string | null, paragraphs: readonly string[]): SectionWords {
  return {
    heading: heading === null ? [] : wordsOf(heading),
    sentences: paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/u)).map(wordsOf),
  };
}

function bump<K>(map: Map<K, number>, key: K, weight: number): void {
  map.set(key, (map.get(key) ?? 0) + weight);
}

function weigh(words: SectionWords, language: ArticleLanguage): TagWeights {
  const matcher = lexiconMatcher(language);
  const weights = {
    sensations: new Map<SensationId, number>(),
    regions: new Map<BodyRegionId, number>(),
    activities: new Map<ActivityId, number>(),
    factors: new Map<FactorTag, number>(),
    kinds: new Map<SectionKind, number>(),
  };
  const add = (text: readonly string[], weight: number) => {
    for (const found of matcher.matchWords(text)) {
      for (const tag of found.value.tags) {
        switch (tag.axis) {
          case 'sensations':
            bump(weights.sensations, tag.id, weight);
            break;
          case 'regions':
            bump(weights.regions, tag.id, weight);
            break;
          case 'activities':
            bump(weights.activities, tag.id, weight);
            break;
          case 'factors':
            bump(weights.factors, tag.id, weight);
            break;
          case 'kinds':
            bump(weights.kinds, tag.id, weight);
            break;
        }
      }
    }
  };
  add(words.heading, HEADING_WEIGHT);
  for (const sentence of words.sentences) add(sentence, 1);
  return weights;
}

/** Most salient first; ties keep the vocabulary's order so results are stable. */
function ranked<K extends string>(weights: ReadonlyMap<K, number>, order: readonly K[]): K[] {
  return [...weights].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0])).map(([key]) => key);
}

/** What a cue word in body text says about its sentence. */
type BodyCue = 'causes' | 'self-care' | 'imperative' | 'seek-care' | 'medical' | 'conditional';

interface KindMatchers {
  readonly heading: PhraseMatcher<SectionKind>;
  /** Every body cue in one matcher, so each sentence is read once; a term may carry several cues. */
  readonly body: PhraseMatcher<readonly BodyCue[]>;
}

const kindMatchers = new Map<ArticleLanguage, KindMatchers>();

function kindMatchersFor(language: ArticleLanguage): KindMatchers {
  let matchers = kindMatchers.get(language);
  if (matchers === undefined) {
    const cues = KIND_CUES[language];
    const bodyCues = new Map<string, BodyCue[]>();
    const lists: readonly (readonly [BodyCue, readonly string[]])[] = [
      ['causes', cues.body.causes],
      ['self-care', cues.body['self-care']],
      ['imperative', cues.imperatives],
      ['seek-care', cues.seekCare],
      ['medical', cues.medical],
      ['conditional', cues.conditional],
    ];
    for (const [cue, terms] of lists) {
      for (const term of terms) bodyCues.set(term, [...(bodyCues.get(term) ?? []), cue]);
    }
    matchers = {
      heading: new PhraseMatcher(
        SECTION_KINDS.flatMap((kind) => cues.heading[kind].map((term) => [term, kind] as const)),
      ),
      body: new PhraseMatcher(bodyCues),
    };
    kindMatchers.set(language, matchers);
  }
  return matchers;
}

/** A list number opening a sentence ("2. Proper functional exercise…") is not its first word. */
function firstWordIndex(sentence: readonly string[]): number {
  const index = sentence.findIndex((word) => !/^\p{N}+$/u.test(word));
  return index < 0 ? sentence.length : index;
}

function kindsOf(words: SectionWords, language: ArticleLanguage, weights: TagWeights): SectionKind[] {
  const matchers = kindMatchersFor(language);
  const kinds = new Set<SectionKind>(matchers.heading.matchWords(words.heading).map((found) => found.value));
  const counts = { causes: 0, 'self-care': 0 };
  for (const sentence of words.sentences) {
    const found = matchers.body.matchWords(sentence);
    const says = (cue: BodyCue) => found.some((match) => match.value.includes(cue));
    counts.causes += found.filter((match) => match.value.includes('causes')).length;
    counts['self-care'] += found.filter((match) => match.value.includes('self-care')).length;
    // "Check how comfortable your bed is…": an instruction.
    const first = firstWordIndex(sentence);
    if (found.some((match) => match.start === first && match.value.includes('imperative'))) counts['self-care'] += 1;
    // A sentence sends the reader to a doctor when it says so outright ("seek medical attention"),
    // or names a doctor under a condition ("if the condition persists, your doctor may…").
    if (says('seek-care') || (says('medical') && says('conditional'))) kinds.add('warning-signs');
  }
  // The heading decides between causes and self-care when it names either; the body only otherwise.
  if (!kinds.has('causes') && !kinds.has('self-care')) {
    if (counts.causes >= BODY_CUES_FOR_KIND) kinds.add('causes');
    if (counts['self-care'] >= BODY_CUES_FOR_KIND) kinds.add('self-care');
  }
  // A named condition (diabetes, carpal tunnel, …) makes it a section a reader looks conditions up in.
  if (weights.kinds.has('conditions')) kinds.add('conditions');
  return SECTION_KINDS.filter((kind) => kinds.has(kind));
}

/** The tags of a section and the weights behind them (the pipeline titles articles from the weights). */
export function analyseSection(
  heading: string | null,
  paragraphs: readonly string[],
  language: ArticleLanguage,
): SectionAnalysis {
  const words = sectionWords(heading, paragraphs);
  const weights = weigh(words, language);
  return {
    weights,
    tags: {
      sensations: ranked(weights.sensations, SENSATIONS),
      regions: ranked(weights.regions, BODY_REGIONS),
      activities: ranked(weights.activities, ACTIVITIES),
      factors: ranked(weights.factors, FACTOR_TAGS),
      kinds: kindsOf(words, language, weights),
    },
  };
}

/**
 * What a section is about: sensations, places, exercise and factors from the language's lexicon, most
 * salient first (heading words weigh more, ties in vocabulary order); and what kind of section it is
 * (causes, self-care, warning signs, conditions), in {@link SECTION_KINDS} order.
 */
export function tagSection(
  heading: string | null,
  paragraphs: readonly string[],
  language: ArticleLanguage,
): SectionTags {
  return analyseSection(heading, paragraphs, language).tags;
}
