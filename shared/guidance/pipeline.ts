import { foldForSearch } from '../domain/journal-filter';
import type { BodyRegionId, SensationId } from '../domain/vocabulary';
import { detectLanguage } from './language';
import { LEG_REGIONS } from './lexicon';
import { analyseSection, type SectionAnalysis } from './tagging';
import type { Article, ArticleLanguage, ArticleSection } from './types';

/**
 * Plain text from the web (or pasted, or converted from Markdown or HTML) to a structured article:
 * title, language, sections with headings, tags. Every rule here is about the shape of text, not
 * about a particular file, so an imported article goes through exactly what the bundled ones do.
 *
 * 1. Normalise: line endings, odd spaces, indentation; lines wrapped mid-sentence are joined.
 * 2. Drop page debris: lines from the boilerplate lexicon below, a writer's bio, and everything from
 *    a comments or related-articles trailer on.
 * 3. Split headings glued to the end of a paragraph ("…any part of our body.Why Does This Happen?").
 * 4. Take the first line as the title when it looks like one; drop lines that repeat it.
 * 5. Short lines followed by text are headings; a heading with nothing under it is dropped; three or
 *    more short lines in a row are a list, not headings.
 * 6. Detect the language, tag each section, and write a title from the tags when there was none.
 */

export interface BuildArticleOptions {
  readonly id: string;
  readonly sourceName: string;
  readonly origin: 'bundled' | 'imported';
  /** Skips detection, for a text whose language the person stated. */
  readonly language?: ArticleLanguage;
}

interface Block {
  readonly text: string;
  /** Marked by the text itself (`# Heading`) or split off a paragraph; otherwise decided by shape. */
  readonly heading: 'marked' | 'glued' | null;
}

// ---------------------------------------------------------------------------------------------
// Shapes of lines

/** "1. Avoid overwork…", "2) …", "• …", "- …": list items stay paragraphs, however short. */
const LIST_ITEM = /^(?:\d{1,3}[.)]|[-*•·▪–—])\s+/u;
const MARKED_HEADING = /^#{1,6}\s+(.+?)(?:\s+#+)?$/u;
/** Longer than this, a line is a paragraph even without a final period. */
const MAX_HEADING_LENGTH = 80;
const MAX_HEADING_WORDS = 12;
const MAX_TITLE_LENGTH = 150;
const MAX_TITLE_WORDS = 25;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function startsWithCapital(text: string): boolean {
  return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(text);
}

/** Sentence ends inside a line ("Numb hands. Why?") mark prose; a heading is one phrase. */
function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=\S)/u).length;
}

/** A phrase that could head a section: short, one sentence, no final period (a question is fine). */
function looksLikeHeading(text: string): boolean {
  return (
    text.length <= MAX_HEADING_LENGTH &&
    wordCount(text) <= MAX_HEADING_WORDS &&
    !LIST_ITEM.test(text) &&
    startsWithCapital(text) &&
    !/[.,;:!…]$/u.test(text) &&
    sentenceCount(text) === 1
  );
}

/** A title may run to two sentences ("Hands go numb after running. Why does the left hand…"). */
function looksLikeTitle(block: Block): boolean {
  const { text } = block;
  if (block.heading === 'marked') return true;
  return (
    text.length <= MAX_TITLE_LENGTH &&
    wordCount(text) <= MAX_TITLE_WORDS &&
    !LIST_ITEM.test(text) &&
    startsWithCapital(text) &&
    !/[.,;:…]$/u.test(text) &&
    sentenceCount(text) <= 2
  );
}

/** "Preventing Muscle Twitching after Exercising": most words capitalised, the first one too. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^["“‘']?\p{Lu}/u.test(word)).length;
  return words.length >= 2 && startsWithCapital(text) && capitalised * 3 >= words.length * 2;
}

// ---------------------------------------------------------------------------------------------
// 1. Normalise

function normalisedLines(raw: string): string[] {
  return (
    raw
      .normalize('NFC')
      .replace(/\r\n?|[\u2028\u2029]/gu, '\n')
      // Zero-width spaces, word joiners, byte-order marks and soft hyphens are invisible leftovers.
      // The zero-width joiner stays: it holds emoji sequences together.
      .replace(/[\u200B\u2060\uFEFF\u00AD]/gu, '')
      // eslint-disable-next-line no-control-regex -- control characters are what is being removed
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/gu, '')
      .replace(/[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/gu, ' ')
      .split('\n')
      .map((line) => line.replace(/ {2,}/gu, ' ').trim())
  );
}

/** A line that ends mid-sentence and a next line that starts in lower case are one wrapped line. */
function continuesSentence(previous: string, next: string): boolean {
  return !/[.!?:;…"”’)]$/u.test(previous) && /^\p{Ll}/u.test(next) && !LIST_ITEM.test(next);
}

function toBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let afterBlankLine = true;
  for (const line of lines) {
    if (line === '') {
      afterBlankLine = true;
      continue;
    }
    const marked = MARKED_HEADING.exec(line)?.[1];
    // A line the page left starting with a stray mark (". Working at the computer…").
    const text = marked ?? line.replace(/^[.,;:]+\s+/u, '');
    const previous = blocks.at(-1);
    if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(text)) {
      // A rule or separator ("***", "---"): nothing to read.
    } else if (marked !== undefined) {
      blocks.push({ text, heading: 'marked' });
    } else if (!afterBlankLine && previous?.heading === null && continuesSentence(previous.text, text)) {
      blocks[blocks.length - 1] = { text: `${previous.text} ${text}`, heading: null };
    } else {
      blocks.push({ text, heading: null });
    }
    afterBlankLine = false;
  }
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// 2. Page debris

/**
 * Lines a web page puts around an article: whole lines only, compared in lower case. A new site's
 * leftovers are one pattern here.
 */
const BOILERPLATE = {
  /** Dropped where they stand. */
  line: [
    /^(?:couldn['’]?t|can['’]?t|didn['’]?t) find what you(?:['’]re| are)? look(?:ing)? for\??$/,
    /^user avatar\b/,
    /^sort by\b.{0,30}$/,
    /^sign (?:up|in)(?: or log ?in)? to (?:post|comment|reply)\b/,
    /^log ?in to (?:display|see|view|load|read) more comments\b/,
    /^welcome to .{1,60} comments!?/,
    /^(?:load|show|view) more comments$/,
    /^(?:share|tweet|pin|print|email)(?: this(?: article| page| post)?)?$/,
    /^advertisement$/,
    /^(?:read|see) more$/,
    /^skip to (?:main )?content$/,
    /^was this (?:article|page|information) helpful\??$/,
  ],
  /** The writer's bio: the line and the paragraph after it. */
  bio: [/^(?:writer|author)(?:['’]s)? bio$/, /^about the (?:author|writer)$/],
  /** Where the article ends and the page's comments or links begin: these and all after them go. */
  trailer: [
    /^comments?(?: \(\d+\))?$/,
    /^\d+ comments?$/,
    /^your thoughts on this\??$/,
    /^leave a (?:comment|reply)$/,
    /^related (?:articles?|posts?|stories|reading)$/,
    /^(?:you may|you might) also like$/,
    /^recommended (?:for you|articles)$/,
  ],
};

function isAny(patterns: readonly RegExp[], text: string): boolean {
  const lower = text.toLowerCase();
  return patterns.some((pattern) => pattern.test(lower));
}

function withoutBoilerplate(blocks: readonly Block[]): Block[] {
  const kept: Block[] = [];
  for (let index = 0; index < blocks.length; index += 1) {
    const block = blocks[index] as Block;
    if (isAny(BOILERPLATE.trailer, block.text)) {
      // A trailer before any article text is the page's header, not its end.
      if (kept.length > 0) break;
      continue;
    }
    if (isAny(BOILERPLATE.line, block.text)) continue;
    if (isAny(BOILERPLATE.bio, block.text)) {
      const next = blocks[index + 1];
      if (next !== undefined && !looksLikeHeading(next.text)) index += 1;
      continue;
    }
    kept.push(block);
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// 3. Headings glued to a paragraph

/** A sentence end with no space after it, before a capital: "…our body.Why Does This Happen?" */
const GLUED_BOUNDARY = /(?<=[\p{Ll}\p{N})\]"”’'])[.!?](?=["“‘']?\p{Lu})/gu;
/** An ordinary sentence end: "…the issue. Preventing Muscle Twitching after Exercising" */
const SPACED_BOUNDARY = /(?<=[\p{Ll}\p{N})\]"”’'])[.!?]\s+(?=["“‘']?\p{Lu})/gu;
const MIN_WORDS_BEFORE_GLUED_HEADING = 3;

/**
 * A heading the page's text extraction glued to the end of the paragraph before it: the paragraph's
 * last "sentence" is heading-shaped, and either nothing separates it from the sentence end or it is
 * in Title Case (prose ends with a period; a Title Case phrase without one is a heading).
 */
function splitGluedHeading(text: string): readonly [paragraph: string, heading: string] | null {
  // Only the end of a paragraph can hold a heading, so only the end is searched.
  const from = Math.max(0, text.length - MAX_HEADING_LENGTH - 3);
  const split = (boundary: RegExp, acceptTail: (tail: string) => boolean) => {
    const last = [...text.slice(from).matchAll(boundary)].at(-1);
    if (last === undefined) return null;
    const end = from + last.index + 1;
    const paragraph = text.slice(0, end).trim();
    const heading = text.slice(end).trim();
    const fits =
      wordCount(paragraph) >= MIN_WORDS_BEFORE_GLUED_HEADING &&
      wordCount(heading) >= 2 &&
      looksLikeHeading(heading) &&
      acceptTail(heading);
    return fits ? ([paragraph, heading] as const) : null;
  };
  return split(GLUED_BOUNDARY, () => true) ?? split(SPACED_BOUNDARY, isTitleCase);
}

function withGluedHeadingsSplit(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((block, index): Block[] => {
    const next = blocks[index + 1];
    // Only where body text follows: a heading needs something under it.
    if (block.heading !== null || next === undefined || next.heading !== null || looksLikeHeading(next.text)) {
      return [block];
    }
    const parts = splitGluedHeading(block.text);
    return parts === null
      ? [block]
      : [
          { text: parts[0], heading: null },
          { text: parts[1], heading: 'glued' },
        ];
  });
}

// ---------------------------------------------------------------------------------------------
// 4. Title

/** "What is waist and leg soreness1" repeats the title "What is waist and leg soreness". */
function echoKey(text: string): string {
  return foldForSearch(text).replace(/\s+/gu, ' ').replace(/\d+$/u, '').trim();
}

function splitTitle(blocks: readonly Block[]): { title: string | null; body: Block[] } {
  const first = blocks[0];
  if (first === undefined || blocks.length < 2 || !looksLikeTitle(first)) return { title: null, body: [...blocks] };
  const key = echoKey(first.text);
  const couldEcho = (block: Block) => Math.abs(block.text.length - first.text.length) <= 5;
  return {
    title: first.text,
    body: blocks.slice(1).filter((block) => !couldEcho(block) || echoKey(block.text) !== key),
  };
}

// ---------------------------------------------------------------------------------------------
// 5. Sections

/** This many short lines in a row are a list ("Numbness / Tingling / Burning"), not headings. */
const MIN_LIST_RUN = 3;

interface DraftSection {
  readonly heading: string | null;
  readonly paragraphs: string[];
}

function toSections(blocks: readonly Block[]): DraftSection[] {
  const isCandidate = (block: Block) => block.heading !== null || looksLikeHeading(block.text);
  const sections: DraftSection[] = [];
  const current = () => {
    let section = sections.at(-1);
    if (section === undefined) {
      section = { heading: null, paragraphs: [] };
      sections.push(section);
    }
    return section;
  };
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index] as Block;
    if (!isCandidate(block)) {
      current().paragraphs.push(block.text);
      index += 1;
      continue;
    }
    let end = index;
    while (end + 1 < blocks.length && isCandidate(blocks[end + 1] as Block)) end += 1;
    const run = blocks.slice(index, end + 1);
    if (run.length >= MIN_LIST_RUN && run.every((item) => item.heading === null)) {
      current().paragraphs.push(...run.map((item) => item.text));
    } else if (end + 1 < blocks.length) {
      // Earlier lines of the run have nothing under them: a heading with no body is dropped.
      sections.push({ heading: (blocks[end] as Block).text, paragraphs: [] });
    }
    index = end + 1;
  }
  return sections.filter((section) => section.paragraphs.length > 0);
}

const MAX_SLUG_LENGTH = 60;

/** "Why Does This Happen?" → "why-does-this-happen"; unique within the article. */
function sectionIds(headings: readonly (string | null)[]): string[] {
  const used = new Set<string>();
  return headings.map((heading) => {
    let base = 'intro';
    if (heading !== null) {
      const slug = foldForSearch(heading)
        .replace(/[^a-z0-9]+/gu, '-')
        .replace(/^-+|-+$/gu, '');
      const cut = slug.length > MAX_SLUG_LENGTH ? slug.slice(0, slug.lastIndexOf('-', MAX_SLUG_LENGTH)) : slug;
      base = cut === '' ? 'section' : cut;
    }
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

// ---------------------------------------------------------------------------------------------
// 6. A title written from the content

type RegionGroup = 'legs' | 'feet' | 'hands' | 'arms' | 'neck' | 'lower-back' | 'hips';

/** How a title names a place: by the part of the body, not the precise region. Ties go to the first. */
const REGION_GROUPS: Readonly<Record<RegionGroup, readonly BodyRegionId[]>> = {
  legs: LEG_REGIONS,
  'lower-back': ['lower-back'],
  feet: ['foot', 'sole', 'toes'],
  hands: ['hand', 'fingers'],
  arms: ['forearm'],
  neck: ['neck'],
  hips: ['hip'],
};

interface TitleTemplate {
  readonly sensations: Readonly<Record<SensationId, string>>;
  readonly regions: Readonly<Record<RegionGroup, string>>;
  readonly and: string;
  readonly symptomsIn: (where: string) => string;
  readonly whatWhere: (what: string, where: string) => string;
  readonly what: (what: string) => string;
  readonly untitled: string;
}

/** Titles are article text, so they are written in the article's language, not the interface's. */
const TITLE_TEMPLATES: Readonly<Record<ArticleLanguage, TitleTemplate>> = {
  en: {
    sensations: {
      numbness: 'numbness',
      tingling: 'tingling',
      burning: 'burning',
      twitching: 'muscle twitching',
      cramp: 'cramps',
      soreness: 'soreness',
      pain: 'pain',
      weakness: 'weakness',
      stiffness: 'stiffness',
      'pallor-coldness': 'pale, cold skin',
      'limited-range': 'limited movement',
      'loss-fine-movement': 'clumsiness',
    },
    regions: {
      legs: 'the legs',
      feet: 'the feet',
      hands: 'the hands',
      arms: 'the arms',
      neck: 'the neck',
      'lower-back': 'the lower back',
      hips: 'the hips',
    },
    and: 'and',
    symptomsIn: (where) => `Symptoms in ${where} after exercise`,
    whatWhere: (what, where) => `${what} in ${where} after exercise`,
    what: (what) => `${what} after exercise`,
    untitled: 'Untitled article',
  },
  id: {
    sensations: {
      numbness: 'mati rasa',
      tingling: 'kesemutan',
      burning: 'rasa terbakar',
      twitching: 'otot berkedut',
      cramp: 'kram',
      soreness: 'pegal',
      pain: 'nyeri',
      weakness: 'lemas',
      stiffness: 'kaku',
      'pallor-coldness': 'kulit pucat dan dingin',
      'limited-range': 'gerak terbatas',
      'loss-fine-movement': 'sulit melakukan gerakan kecil',
    },
    regions: {
      legs: 'kaki',
      feet: 'kaki',
      hands: 'tangan',
      arms: 'lengan',
      neck: 'leher',
      'lower-back': 'punggung bawah',
      hips: 'pinggul',
    },
    and: 'dan',
    symptomsIn: (where) => `Keluhan di ${where} setelah latihan`,
    whatWhere: (what, where) => `${what} di ${where} setelah latihan`,
    what: (what) => `${what} setelah latihan`,
    untitled: 'Artikel tanpa judul',
  },
};

/** A second sensation or place joins the title when it is at least half as prominent as the first. */
const SECOND_IN_TITLE = 0.5;

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** The one or two most prominent, from weights; labels that read the same are said once. */
function topTwo<K extends string>(weights: ReadonlyMap<K, number>, label: (key: K) => string): string[] {
  const sorted = [...weights].filter(([, weight]) => weight > 0).sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (first === undefined) return [];
  const labels = [label(first[0])];
  if (second !== undefined && second[1] >= first[1] * SECOND_IN_TITLE) labels.push(label(second[0]));
  return [...new Set(labels)];
}

function generatedTitle(
  sections: readonly DraftSection[],
  analyses: readonly SectionAnalysis[],
  language: ArticleLanguage,
): string {
  const template = TITLE_TEMPLATES[language];
  const sensations = new Map<SensationId, number>();
  const regions = new Map<BodyRegionId, number>();
  for (const { weights } of analyses) {
    for (const [id, weight] of weights.sensations) sensations.set(id, (sensations.get(id) ?? 0) + weight);
    for (const [id, weight] of weights.regions) regions.set(id, (regions.get(id) ?? 0) + weight);
  }
  // A group is as prominent as its most named region: "kaki" names six leg regions at once, and
  // counting each would let one word outweigh everything else.
  const groups = new Map<RegionGroup, number>(
    (Object.keys(REGION_GROUPS) as RegionGroup[]).map((group) => [
      group,
      Math.max(0, ...REGION_GROUPS[group].map((region) => regions.get(region) ?? 0)),
    ]),
  );
  const what = topTwo(sensations, (id) => template.sensations[id]).join(` ${template.and} `);
  const where = topTwo(groups, (group) => template.regions[group]).join(` ${template.and} `);
  if (what !== '') return capitalised(where === '' ? template.what(what) : template.whatWhere(what, where));
  if (where !== '') return template.symptomsIn(where);
  const firstHeading = sections.find((section) => section.heading !== null)?.heading;
  return firstHeading ?? template.untitled;
}

// ---------------------------------------------------------------------------------------------

export function buildArticle(raw: string, options: BuildArticleOptions): Article {
  const blocks = withGluedHeadingsSplit(withoutBoilerplate(toBlocks(normalisedLines(raw))));
  const { title, body } = splitTitle(blocks);
  const drafts = toSections(body);
  const language =
    options.language ??
    detectLanguage(
      [title ?? '', ...drafts.flatMap((section) => [section.heading ?? '', ...section.paragraphs])].join('\n'),
    );
  const ids = sectionIds(drafts.map((section) => section.heading));
  const analyses = drafts.map((section) => analyseSection(section.heading, section.paragraphs, language));
  const sections: ArticleSection[] = drafts.map((section, index) => ({
    id: ids[index] as string,
    heading: section.heading,
    paragraphs: section.paragraphs,
    tags: (analyses[index] as SectionAnalysis).tags,
  }));
  return {
    id: options.id,
    title: title ?? generatedTitle(drafts, analyses, language),
    titleGenerated: title === null,
    language,
    sections,
    sourceName: options.sourceName,
    origin: options.origin,
  };
}
