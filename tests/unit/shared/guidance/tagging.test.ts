import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../../shared/domain/journal-filter';
import { ACTIVITIES, BODY_REGIONS, SENSATIONS } from '../../../../shared/domain/vocabulary';
import { detectLanguage } from '../../../../shared/guidance/language';
import {
  LEG_REGIONS,
  LEXICON,
  crossLanguageTerms,
  tagsForTerm,
  termsForTag,
  wordsOf,
  type GuidanceTag,
} from '../../../../shared/guidance/lexicon';
import { buildArticle } from '../../../../shared/guidance/pipeline';
import { tagSection } from '../../../../shared/guidance/tagging';
import {
  ARTICLE_LANGUAGES,
  FACTOR_TAGS,
  SECTION_KINDS,
  type ArticleLanguage,
  type ArticleSection,
  type SectionTags,
} from '../../../../shared/guidance/types';
import { BUNDLED_SOURCES } from './articles';

type TagAxis = keyof SectionTags;
type TagExpectation = { readonly [A in TagAxis]?: readonly SectionTags[A][number][] };

interface SectionExpectation {
  /** Tags a careful reader would give the section: each must be there. */
  readonly has: TagExpectation;
  /** Tags that would be plainly wrong. */
  readonly not?: TagExpectation;
  /** The section's kinds exactly, where the heading and text leave no doubt. */
  readonly kinds?: SectionTags['kinds'];
}

const articles = new Map(
  BUNDLED_SOURCES.map((source) => [
    source.id,
    buildArticle(source.raw, { id: source.id, sourceName: source.sourceName, origin: 'bundled' }),
  ]),
);

const section = (articleId: string, heading: string | null): ArticleSection => {
  const found = articles.get(articleId)?.sections.find((candidate) => candidate.heading === heading);
  if (found === undefined) throw new Error(`${articleId} has no section "${heading ?? 'intro'}"`);
  return found;
};

/**
 * Written by reading each section, not by running the tagger. "Leg" in the text stands for every
 * region from hip to ankle (LEG_REGIONS), so calf and thigh stand in for it here.
 */
const EXPECTED: Readonly<Record<string, readonly (readonly [string | null, SectionExpectation])[]>> = {
  '000_218928ff4468a13f': [
    [null, { has: { sensations: ['numbness'], regions: ['calf', 'thigh'] }, not: { kinds: ['conditions'] } }],
    [
      'What It Feels Like',
      { has: { sensations: ['numbness', 'tingling', 'burning'], regions: ['calf', 'thigh'] }, kinds: [] },
    ],
    [
      'Causes',
      {
        has: {
          sensations: ['numbness'],
          regions: ['calf', 'thigh', 'lower-back'],
          activities: ['yoga', 'squats-holds'],
          factors: ['held-positions', 'repeated-movements'],
        },
        not: { regions: ['hand', 'foot'], factors: ['tight-clothing', 'cold'] },
        kinds: ['causes', 'conditions'],
      },
    ],
    [
      'Treatment',
      {
        has: { sensations: ['numbness'], regions: ['calf'], factors: ['held-positions'] },
        // "If the condition persists, your doctor may need to…" sends the reader to a doctor.
        kinds: ['self-care', 'warning-signs'],
      },
    ],
    ['When to Call the Doctor', { has: { sensations: ['numbness'], regions: ['calf'] }, kinds: ['warning-signs'] }],
  ],
  '001_cc73624b69ced6c8': [
    [
      null,
      {
        has: {
          sensations: ['numbness', 'tingling'],
          regions: ['calf', 'foot'],
          activities: ['running', 'weight-lifting'],
        },
      },
    ],
    [
      'Kaki Mati Rasa Setelah Latihan',
      {
        has: {
          sensations: ['numbness', 'tingling'],
          regions: ['calf', 'foot', 'lower-back'],
          activities: ['yoga', 'weight-lifting'],
          factors: ['held-positions', 'repeated-movements'],
        },
        kinds: ['causes', 'conditions'],
      },
    ],
    [
      'Gejala mati rasa',
      {
        has: {
          sensations: [
            'numbness',
            'tingling',
            'loss-fine-movement',
            'limited-range',
            'pallor-coldness',
            'stiffness',
            'weakness',
            'cramp',
            'pain',
          ],
          regions: ['thigh', 'hamstring', 'calf'],
        },
        not: { regions: ['hand', 'lower-back'] },
        // "Pergi ke rumah sakit segera jika…": hospital, not pain ("sakit").
        kinds: ['warning-signs'],
      },
    ],
    [
      'Hentikan Aktivitas Latihan',
      {
        has: { sensations: ['numbness', 'tingling', 'pain'], regions: ['calf', 'foot'], factors: ['tight-clothing'] },
        // Sitting with the legs raised is the remedy here, not the long sitting the factor means.
        not: { factors: ['sitting'] },
        kinds: ['self-care', 'warning-signs'],
      },
    ],
    [
      'Kondisi Medis yang Mendasari',
      {
        has: {
          sensations: ['burning', 'numbness', 'tingling'],
          regions: ['outer-thigh', 'sole', 'foot'],
          activities: ['stair-stepper'],
          factors: ['tight-clothing', 'repeated-movements'],
        },
        kinds: ['causes', 'conditions'],
      },
    ],
    [
      'Peringatan dan Risiko',
      {
        has: { sensations: ['tingling', 'numbness', 'pain', 'limited-range'], regions: ['calf', 'foot'] },
        kinds: ['warning-signs', 'conditions'],
      },
    ],
  ],
  '002_b99948eef4740e6e': [
    [null, { has: { sensations: ['twitching'] }, not: { kinds: ['warning-signs'] } }],
    [
      'Why Does This Happen?',
      {
        has: {
          sensations: ['twitching'],
          activities: ['aerobics', 'trail-running', 'power-hiking', 'weight-lifting'],
        },
        kinds: ['causes'],
      },
    ],
    [
      'Is This a Problem?',
      {
        has: { sensations: ['twitching', 'weakness', 'cramp', 'loss-fine-movement'] },
        // "On the other hand" is not about hands.
        not: { regions: ['hand'] },
        kinds: ['warning-signs', 'conditions'],
      },
    ],
    [
      'Preventing Muscle Twitching after Exercising',
      {
        has: {
          sensations: ['twitching'],
          factors: ['water', 'electrolytes', 'massage', 'stretching', 'warm-up', 'rest-days'],
        },
        // "Goes hand in hand with" is not about hands either.
        not: { regions: ['hand'] },
        kinds: ['self-care', 'warning-signs'],
      },
    ],
  ],
  '003_773af2f96a64051c': [
    [null, { has: { sensations: ['soreness'], regions: ['lower-back', 'calf'] } }],
    [
      'What is waist and leg soreness?',
      {
        has: { sensations: ['pain', 'numbness', 'soreness'], regions: ['lower-back', 'below-knee'] },
        not: { regions: ['hand'] },
        // "The doctor suggests that if you have lower back pain and leg pain…"
        kinds: ['causes', 'warning-signs', 'conditions'],
      },
    ],
    [
      'How to avoid waist and leg soreness?',
      {
        has: {
          sensations: ['soreness', 'pain'],
          regions: ['lower-back'],
          factors: ['sitting', 'massage', 'stretching'],
        },
        kinds: ['self-care'],
      },
    ],
  ],
  '004_73e5d8f0b1719137': [
    [
      null,
      { has: { sensations: ['numbness', 'tingling'], regions: ['hand'], factors: ['sitting', 'held-positions'] } },
    ],
    [
      'Causes of hand numbness',
      {
        has: {
          sensations: ['numbness'],
          regions: ['hand', 'neck'],
          factors: ['held-positions', 'sitting', 'sleep-posture'],
        },
        not: { regions: ['calf'] },
        kinds: ['causes', 'warning-signs', 'conditions'],
      },
    ],
    [
      'Signs and Diagnosis',
      {
        has: { sensations: ['numbness', 'pain'], regions: ['hand', 'forearm'], factors: ['cold'] },
        kinds: ['warning-signs', 'conditions'],
      },
    ],
    [
      'Hand numbness treatment',
      {
        has: {
          sensations: ['numbness'],
          regions: ['hand', 'neck', 'forearm'],
          activities: ['running', 'walking', 'aerobics', 'yoga'],
          factors: ['cold', 'stretching', 'massage', 'sitting'],
        },
        kinds: ['self-care', 'warning-signs', 'conditions'],
      },
    ],
    [
      'Why do my hands go numb while running?',
      { has: { sensations: ['numbness'], regions: ['hand'], activities: ['running'] }, kinds: ['causes'] },
    ],
    [
      'Solving the problem when your hands go numb while running',
      {
        has: { sensations: ['numbness'], regions: ['hand'], activities: ['running'], factors: ['grip-trainer'] },
        not: { kinds: ['warning-signs'] },
        kinds: ['self-care'],
      },
    ],
    [
      'How do you deal with hand numbness while running?',
      {
        has: {
          sensations: ['numbness', 'tingling'],
          regions: ['hand'],
          activities: ['running', 'stair-stepper'],
          kinds: ['self-care'],
        },
      },
    ],
    [
      'Wrong posture while sleeping',
      {
        has: {
          sensations: ['numbness', 'pallor-coldness'],
          regions: ['hand'],
          factors: ['sleep-posture', 'tight-clothing', 'sitting'],
        },
        kinds: ['causes', 'self-care', 'warning-signs', 'conditions'],
      },
    ],
  ],
};

const AXES: readonly TagAxis[] = ['sensations', 'regions', 'activities', 'factors', 'kinds'];

describe('tags of the bundled sections', () => {
  it('covers every section of every bundled article', () => {
    expect([...articles.keys()]).toEqual(Object.keys(EXPECTED));
    for (const [id, article] of articles) {
      expect(article.sections.map((s) => s.heading)).toEqual(EXPECTED[id]?.map(([heading]) => heading));
    }
  });

  describe.each(Object.entries(EXPECTED))('%s', (articleId, sections) => {
    it.each(sections.map(([heading, expected]) => [heading ?? '(intro)', heading, expected] as const))(
      '%s',
      (_name, heading, expected) => {
        const { tags } = section(articleId, heading);
        for (const axis of AXES) {
          const actual: readonly string[] = tags[axis];
          expect(actual, `${axis} has`).toEqual(expect.arrayContaining([...(expected.has[axis] ?? [])]));
          for (const wrong of expected.not?.[axis] ?? []) expect(actual, `${axis} not`).not.toContain(wrong);
        }
        if (expected.kinds !== undefined) expect(tags.kinds).toEqual(expected.kinds);
      },
    );
  });

  it('puts the most salient tags first', () => {
    expect(
      section('004_73e5d8f0b1719137', 'Solving the problem when your hands go numb while running').tags.regions[0],
    ).toBe('hand');
    expect(section('002_b99948eef4740e6e', 'Is This a Problem?').tags.sensations[0]).toBe('twitching');
    expect(section('001_cc73624b69ced6c8', 'Kondisi Medis yang Mendasari').tags.regions[0]).toBe('outer-thigh');
  });

  it('only uses ids from the vocabulary, once each, kinds in their fixed order', () => {
    for (const article of articles.values()) {
      for (const { tags } of article.sections) {
        const known: Readonly<Record<TagAxis, readonly string[]>> = {
          sensations: SENSATIONS,
          regions: BODY_REGIONS,
          activities: ACTIVITIES,
          factors: FACTOR_TAGS,
          kinds: SECTION_KINDS,
        };
        for (const axis of AXES) {
          const ids: readonly string[] = tags[axis];
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(known[axis]).toContain(id);
        }
        expect(tags.kinds).toEqual(SECTION_KINDS.filter((kind) => tags.kinds.includes(kind)));
      }
    }
  });
});

describe('section kinds', () => {
  it.each([
    ['Causes of calf cramps', 'en', 'causes'],
    ['Why does it happen?', 'en', 'causes'],
    ['Penyebab kesemutan', 'id', 'causes'],
    ['Treatment', 'en', 'self-care'],
    ['How to prevent it', 'en', 'self-care'],
    ['What helps', 'en', 'self-care'],
    ['Hentikan latihan', 'id', 'self-care'],
    ['When to call the doctor', 'en', 'warning-signs'],
    ['Is this a problem?', 'en', 'warning-signs'],
    ['Peringatan dan risiko', 'id', 'warning-signs'],
    ['Underlying conditions', 'en', 'conditions'],
  ] as const)('reads "%s" as %s', (heading, language, kind) => {
    expect(tagSection(heading, ['Some text.'], language).kinds).toContain(kind);
  });

  it('takes a doctor named under a condition, or an outright referral, as a warning', () => {
    expect(tagSection(null, ['If it lasts more than a day, call your doctor.'], 'en').kinds).toEqual(['warning-signs']);
    expect(tagSection(null, ['Cari pertolongan medis segera.'], 'id').kinds).toEqual(['warning-signs']);
    expect(tagSection(null, ['My doctor runs marathons.'], 'en').kinds).toEqual([]);
  });

  it('needs several cues before body text alone makes a section about causes or self-care', () => {
    expect(tagSection(null, ['It hurts because the muscle is tired.'], 'en').kinds).toEqual([]);
    expect(
      tagSection(null, ['Cold can cause it. Tight shoes lead to it. Long holds are a reason too.'], 'en').kinds,
    ).toEqual(['causes']);
    expect(tagSection(null, ['Drink water. Stretch after runs. Avoid long holds.'], 'en').kinds).toEqual(['self-care']);
  });

  it('makes any named condition a conditions section', () => {
    expect(tagSection(null, ['Carpal tunnel syndrome can cause this.'], 'en').kinds).toContain('conditions');
    expect(tagSection(null, ['Sindrom terowongan tarsal jarang terjadi.'], 'id').kinds).toContain('conditions');
  });
});

describe('the lexicon', () => {
  const tags = (term: string, language: ArticleLanguage) =>
    tagsForTerm(term, language).map((tag) => `${tag.axis}:${tag.id}`);

  it.each([
    ['mati rasa', 'sensations:numbness'],
    ['kebas', 'sensations:numbness'],
    ['kesemutan', 'sensations:tingling'],
    ['kedutan', 'sensations:twitching'],
    ['kram', 'sensations:cramp'],
    ['pegal', 'sensations:soreness'],
    ['nyeri', 'sensations:pain'],
    ['terbakar', 'sensations:burning'],
    ['lemah', 'sensations:weakness'],
    ['kaku', 'sensations:stiffness'],
    ['paha', 'regions:thigh'],
    ['paha luar', 'regions:outer-thigh'],
    ['betis', 'regions:calf'],
    ['punggung bawah', 'regions:lower-back'],
    ['telapak', 'regions:sole'],
    ['telapak kaki', 'regions:sole'],
    ['tangan', 'regions:hand'],
    ['jari', 'regions:fingers'],
    ['jari kaki', 'regions:toes'],
    ['lengan', 'regions:forearm'],
    ['lari', 'activities:running'],
    ['angkat beban', 'activities:weight-lifting'],
    ['mesin langkah', 'activities:stair-stepper'],
    ['yoga', 'activities:yoga'],
    ['mempertahankan posisi', 'factors:held-positions'],
    ['gerakan berulang', 'factors:repeated-movements'],
    ['pemanasan', 'factors:warm-up'],
    ['peregangan', 'factors:stretching'],
    ['minum', 'factors:water'],
    ['elektrolit', 'factors:electrolytes'],
    ['pakaian ketat', 'factors:tight-clothing'],
    ['dingin', 'factors:cold'],
    ['duduk terlalu lama', 'factors:sitting'],
    ['bantal', 'factors:sleep-posture'],
    ['pijat', 'factors:massage'],
  ])('maps Indonesian "%s" to %s', (term, tag) => {
    expect(tags(term, 'id')).toEqual([tag]);
  });

  it('maps "kaki" to the leg and the foot, and "leg" to the leg alone', () => {
    expect(tags('kaki', 'id')).toEqual([...LEG_REGIONS, 'foot'].map((region) => `regions:${region}`));
    expect(tags('legs', 'en')).toEqual(LEG_REGIONS.map((region) => `regions:${region}`));
    expect(tags('feet', 'en')).toEqual(['regions:foot']);
  });

  it.each([
    ['numb', 'sensations:numbness'],
    ['numbness', 'sensations:numbness'],
    ['numbed', 'sensations:numbness'],
    ['tingle', 'sensations:tingling'],
    ['tingling', 'sensations:tingling'],
    ['pins and needles', 'sensations:tingling'],
    ['twitches', 'sensations:twitching'],
    ['twitching', 'sensations:twitching'],
    ['fasciculations', 'sensations:twitching'],
    ['cramping', 'sensations:cramp'],
    ['aching', 'sensations:soreness'],
    ['calves', 'regions:calf'],
    ['lower back', 'regions:lower-back'],
    ['waist', 'regions:lower-back'],
    ['warm-up', 'factors:warm-up'],
    ['warm up', 'factors:warm-up'],
    ['warming up', 'factors:warm-up'],
    ['days off', 'factors:rest-days'],
    ['potassium', 'factors:electrolytes'],
    ['rings', 'factors:tight-clothing'],
    ['hypothermia', 'factors:cold'],
    ['expanders', 'factors:grip-trainer'],
    ['pillow', 'factors:sleep-posture'],
    ['trail running', 'activities:trail-running'],
    ['weight lifting', 'activities:weight-lifting'],
  ])('maps English "%s" to %s', (term, tag) => {
    expect(tags(term, 'en')).toEqual([tag]);
  });

  it('matches whole words, ignoring case and accents', () => {
    expect(tags('NUMBNESS', 'en')).toEqual(['sensations:numbness']);
    expect(tags('Kesemutan', 'id')).toEqual(['sensations:tingling']);
    expect(tags('numbers console harm handshake', 'en')).toEqual([]);
    expect(tags('pédal', 'en')).toEqual([]);
  });

  it('lets the longest phrase decide', () => {
    expect(tags('on the other hand', 'en')).toEqual([]);
    expect(tags('goes hand in hand', 'en')).toEqual([]);
    expect(tags('rumah sakit', 'id')).toEqual([]);
    expect(tags('jalan kaki', 'id')).toEqual(['activities:walking']);
    expect(tags('below the knee', 'en')).toEqual(['regions:below-knee']);
    expect(tags('pale and cold', 'en')).toEqual(['sensations:pallor-coldness']);
    expect(tags('hold a squat', 'en')).toEqual(['activities:squats-holds', 'factors:held-positions']);
  });

  it('finds every tag in a phrase of several words', () => {
    expect(tags('numb calves after yoga', 'en')).toEqual(['sensations:numbness', 'regions:calf', 'activities:yoga']);
  });

  it('gives the terms for a tag, in one language or both', () => {
    const numbness: GuidanceTag = { axis: 'sensations', id: 'numbness' };
    expect(termsForTag(numbness, 'id')).toEqual(expect.arrayContaining(['mati rasa', 'kebas']));
    expect(termsForTag(numbness, 'id')).not.toContain('numb');
    expect(termsForTag(numbness)).toEqual(expect.arrayContaining(['numb', 'numbness', 'mati rasa']));
    expect(termsForTag({ axis: 'sensations', id: 'twitching' }, 'en')).toContain('twitch');
    expect(termsForTag({ axis: 'regions', id: 'calf' }, 'id')).toEqual(expect.arrayContaining(['betis', 'kaki']));
  });

  it('carries a term to the other language for search', () => {
    expect(crossLanguageTerms('mati rasa', 'id')).toEqual(expect.arrayContaining(['numb', 'numbness']));
    expect(crossLanguageTerms('calf', 'en')).toEqual(['betis']);
    expect(crossLanguageTerms('kesemutan', 'id')).toContain('pins and needles');
    expect(crossLanguageTerms('kaki', 'id')).toEqual(expect.arrayContaining(['leg', 'calf', 'foot']));
    expect(crossLanguageTerms('diabetes', 'en')).toEqual(['diabetes', 'kencing manis']);
    expect(crossLanguageTerms('quantum', 'en')).toEqual([]);
    expect(crossLanguageTerms('on the other hand', 'en')).toEqual([]);
    expect(crossLanguageTerms('rumah sakit', 'id')).toEqual([]);
  });

  it('is written in folded lower case, with no term claimed twice in one language', () => {
    for (const language of ARTICLE_LANGUAGES) {
      const seen = new Set<string>();
      for (const entry of LEXICON) {
        for (const term of entry.terms[language]) {
          expect(term).toBe(foldForSearch(term));
          const key = wordsOf(term).join(' ') + (term.endsWith('*') ? '*' : '');
          expect(seen.has(key), `${language} "${term}" twice`).toBe(false);
          seen.add(key);
        }
      }
    }
  });
});

describe('language detection', () => {
  it.each(BUNDLED_SOURCES.map((source) => [source.id, source.raw] as const))('reads %s', (id, raw) => {
    expect(detectLanguage(raw)).toBe(id.startsWith('001') ? 'id' : 'en');
  });

  it.each([
    ['kaki kesemutan setelah lari', 'id'],
    ['Betis saya kram', 'id'],
    ['Kebas di tangan', 'id'],
    ['numb calves after yoga', 'en'],
    ['My calves cramp', 'en'],
    ['Tingling in the hands', 'en'],
  ] as const)('reads the snippet "%s" as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back when nothing tells the languages apart', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('yoga', 'id')).toBe('id');
    expect(detectLanguage('12:30 — 5 km')).toBe('en');
  });
});
