import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../shared/guidance/language';
import { buildArticle, type BuildArticleOptions } from '../../../../shared/guidance/pipeline';
import type { Article, ArticleLanguage } from '../../../../shared/guidance/types';
import { BUNDLED_SOURCES, bundledSource } from './articles';

const bundled = (id: string): Article => {
  const source = bundledSource(id);
  return buildArticle(source.raw, { id: source.id, sourceName: source.sourceName, origin: 'bundled' });
};

const build = (raw: string, options: Partial<BuildArticleOptions> = {}): Article =>
  buildArticle(raw, { id: 'test', sourceName: 'test.txt', origin: 'imported', ...options });

const headings = (article: Article) => article.sections.map((section) => section.heading);
const everyText = (article: Article) => [
  article.title,
  ...article.sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs]),
];

interface Expected {
  readonly title: string;
  readonly titleGenerated: boolean;
  readonly language: ArticleLanguage;
  /** In order; null is the opening text before the first heading. */
  readonly headings: readonly (string | null)[];
}

/** The headings are those the articles README lists, as they appear in the files. */
const EXPECTED: Readonly<Record<string, Expected>> = {
  '000_218928ff4468a13f': {
    title: 'Numbness in the legs after exercise',
    titleGenerated: true,
    language: 'en',
    headings: [null, 'What It Feels Like', 'Causes', 'Treatment', 'When to Call the Doctor'],
  },
  '001_cc73624b69ced6c8': {
    title: 'Mati rasa di kaki setelah latihan',
    titleGenerated: true,
    language: 'id',
    headings: [
      null,
      'Kaki Mati Rasa Setelah Latihan',
      'Gejala mati rasa',
      'Hentikan Aktivitas Latihan',
      'Kondisi Medis yang Mendasari',
      'Peringatan dan Risiko',
    ],
  },
  '002_b99948eef4740e6e': {
    // The file opens with page debris, then a paragraph: no title line.
    title: 'Muscle twitching after exercise',
    titleGenerated: true,
    language: 'en',
    headings: [null, 'Why Does This Happen?', 'Is This a Problem?', 'Preventing Muscle Twitching after Exercising'],
  },
  '003_773af2f96a64051c': {
    title: 'What is waist and leg soreness',
    titleGenerated: false,
    language: 'en',
    headings: [null, 'What is waist and leg soreness?', 'How to avoid waist and leg soreness?'],
  },
  '004_73e5d8f0b1719137': {
    title: 'Hands go numb after running. Why does the left hand go numb and why is it dangerous',
    titleGenerated: false,
    language: 'en',
    headings: [
      null,
      'Causes of hand numbness',
      'Signs and Diagnosis',
      'Hand numbness treatment',
      'Why do my hands go numb while running?',
      'Solving the problem when your hands go numb while running',
      'How do you deal with hand numbness while running?',
      // The first of the "top 5 causes": a short line followed by text, so a heading by the same rule.
      'Wrong posture while sleeping',
    ],
  },
};

/** SHA-256 of each file as received: the copies in the repository are never edited. */
const RECEIVED_SHA256: Readonly<Record<string, string>> = {
  '000_218928ff4468a13f.txt': 'ad6281ae8be66dff1dbf2762af3ca54e722270c2c3debd09d89e16b10c757176',
  '001_cc73624b69ced6c8.txt': 'bc29e1869e5a908898755d4e48776481bdbf0010ee184cec10df9fe792f78f85',
  '002_b99948eef4740e6e.txt': '74cf42c999c6e4ce065886eeedd339c5a02cb58624273a957ff55508c618c4ca',
  '003_773af2f96a64051c.txt': '8278d5eda757805e55e59ce39c6639e68392445fc9ea8ad869e151eee9530c33',
  '004_73e5d8f0b1719137.txt': 'a028ccc7b167e50f0cc48fac8e28966b04558e7a5bacd66af921a7436fa2eb7d',
};

/** What the README says a reader must not see. */
const DEBRIS_LINES = [
  "Couldn't find what you looking for?",
  'Your thoughts on this',
  'User avatar Guest',
  'Comments',
  'Sign up to post',
  'Sort by',
  'Login to display more comments',
  'Related Articles',
  'Welcome to ggbabyhome comments!',
  'References',
  'Writer Bio',
];
/** Distinctive enough that they must not appear even inside a paragraph. */
const DEBRIS_ANYWHERE = [
  'find what you looking for',
  'Your thoughts on this',
  'User avatar',
  'Sign up to post',
  'Sort by',
  'display more comments',
  'Related Articles',
  'ggbabyhome',
  'Writer Bio',
  'Eliza Martinez',
];

describe('the bundled articles', () => {
  it('are the five files as received, unedited', () => {
    expect(BUNDLED_SOURCES.map((source) => source.sourceName)).toEqual(Object.keys(RECEIVED_SHA256));
    for (const source of BUNDLED_SOURCES) {
      expect(createHash('sha256').update(source.raw, 'utf8').digest('hex'), source.sourceName).toBe(
        RECEIVED_SHA256[source.sourceName],
      );
    }
  });

  describe.each(Object.entries(EXPECTED))('%s', (id, expected) => {
    const article = bundled(id);

    it('has its title, language and headings in order', () => {
      expect(article.title).toBe(expected.title);
      expect(article.titleGenerated).toBe(expected.titleGenerated);
      expect(article.language).toBe(expected.language);
      expect(headings(article)).toEqual(expected.headings);
    });

    it('keeps its id and names its source file', () => {
      expect(article.id).toBe(id);
      expect(article.sourceName).toBe(`${id}.txt`);
      expect(article.origin).toBe('bundled');
    });

    it('shows none of the page debris', () => {
      for (const text of everyText(article)) {
        for (const line of DEBRIS_LINES) {
          expect(text.toLowerCase().startsWith(line.toLowerCase()), `"${text}" starts with debris`).toBe(false);
        }
        for (const fragment of DEBRIS_ANYWHERE) expect(text).not.toContain(fragment);
      }
    });

    it('has tidy text: no empty sections, no stray spaces, no paragraph that repeats the title', () => {
      for (const section of article.sections) {
        expect(section.paragraphs.length).toBeGreaterThan(0);
        for (const text of [section.heading ?? 'x', ...section.paragraphs]) {
          expect(text).toBe(text.trim());
          expect(text).not.toMatch(/\s{2,}|\t|\r/u);
          expect(text).not.toBe('');
        }
        expect(section.paragraphs).not.toContain(article.title);
      }
    });

    it('gives each section a unique slug of its heading', () => {
      const ids = article.sections.map((section) => section.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids[0]).toBe('intro');
      for (const sectionId of ids) expect(sectionId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
    });
  });

  it('writes the missing titles in the article’s own language', () => {
    expect(detectLanguage(bundled('000_218928ff4468a13f').title)).toBe('en');
    expect(detectLanguage(bundled('001_cc73624b69ced6c8').title)).toBe('id');
  });

  it('slugs headings as readers would link them', () => {
    expect(bundled('002_b99948eef4740e6e').sections.map((section) => section.id)).toEqual([
      'intro',
      'why-does-this-happen',
      'is-this-a-problem',
      'preventing-muscle-twitching-after-exercising',
    ]);
    expect(bundled('001_cc73624b69ced6c8').sections[1]?.id).toBe('kaki-mati-rasa-setelah-latihan');
  });

  it('splits the two headings glued to the end of a paragraph in 002', () => {
    const [intro, why, problem] = bundled('002_b99948eef4740e6e').sections;
    expect(intro?.paragraphs.at(-1)).toMatch(/they might affect any part of our body\.$/u);
    expect(why?.paragraphs[0]).toMatch(/^Muscle twitching during relaxation/u);
    expect(problem?.paragraphs.at(-1)).toMatch(/seek medical opinion regarding the issue\.$/u);
  });

  it('keeps numbered list items as paragraphs', () => {
    const avoid = bundled('003_773af2f96a64051c').sections.at(-1);
    expect(avoid?.heading).toBe('How to avoid waist and leg soreness?');
    expect(avoid?.paragraphs.slice(0, 4).map((paragraph) => paragraph.slice(0, 3))).toEqual([
      '1. ',
      '2. ',
      '3. ',
      '4. ',
    ]);
  });

  it('drops the repeated title and its "1" variant but keeps the question heading of 003', () => {
    const article = bundled('003_773af2f96a64051c');
    const all = everyText(article);
    expect(all.filter((text) => text === 'What is waist and leg soreness')).toHaveLength(1);
    expect(all).not.toContain('What is waist and leg soreness1');
    expect(article.sections[0]?.paragraphs[0]).toMatch(/^Because people nowadays/u);
  });

  it('ends each article where the page’s trailers begin', () => {
    expect(bundled('000_218928ff4468a13f').sections.at(-1)?.paragraphs.at(-1)).toMatch(/advises Medline Plus\.$/u);
    expect(bundled('002_b99948eef4740e6e').sections.at(-1)?.paragraphs.at(-1)).toMatch(/seek medical assistance\.$/u);
    expect(bundled('003_773af2f96a64051c').sections.at(-1)?.paragraphs.at(-1)).toMatch(
      /you will experience waist and leg soreness\.$/u,
    );
  });

  it('keeps emoji and typographic quotes, and drops a stray mark at the start of a line', () => {
    const all = everyText(bundled('004_73e5d8f0b1719137')).join('\n');
    expect(all).toContain('firm handshake should also be achieved. 🙂');
    expect(all).toContain('three “culprits”');
    expect(all).toContain('\nWorking at the computer, taking breaks every 1.5-2 hours');
  });
});

describe('building an article from any text', () => {
  it('gives an empty text no sections, for the importer to refuse', () => {
    for (const raw of ['', '   \n\t\n  ', '***\n---']) {
      const article = build(raw);
      expect(article.sections).toEqual([]);
      expect(article.titleGenerated).toBe(true);
      expect(article.title).not.toBe('');
    }
  });

  it('finds a title, headings and a heading glued to a paragraph in English', () => {
    const article = build(
      [
        'Cramps after cycling',
        'Long rides can leave the calves tight. Most cramps pass within minutes.Why Do Cramps Happen?',
        'Tired muscles fire on their own, and losing sodium in sweat adds to it.',
        'What Helps',
        'Stretch the calf gently and drink water with some salt.',
      ].join('\n'),
    );
    expect(article.title).toBe('Cramps after cycling');
    expect(article.titleGenerated).toBe(false);
    expect(article.language).toBe('en');
    expect(headings(article)).toEqual([null, 'Why Do Cramps Happen?', 'What Helps']);
    expect(article.sections[0]?.paragraphs).toEqual([
      'Long rides can leave the calves tight. Most cramps pass within minutes.',
    ]);
    expect(article.sections[1]?.tags.kinds).toContain('causes');
  });

  it('splits a Title Case heading left at the end of a paragraph after a space', () => {
    const article = build(
      'Shin pain\nShin pain is common in new runners and usually settles. Preventing Shin Pain on Long Runs\nBuild up distance slowly.',
    );
    expect(headings(article)).toEqual([null, 'Preventing Shin Pain on Long Runs']);
  });

  it('leaves a question inside prose alone', () => {
    const article = build(
      'Sore legs\nWhy do legs ache the day after? Nobody knows for sure. Some blame small tears in the muscle.\nMore text.',
    );
    expect(headings(article)).toEqual([null]);
  });

  it('reads an Indonesian text and tags it with the Indonesian lexicon', () => {
    const article = build(
      [
        'Kram betis setelah berlari',
        '',
        'Kram otot betis sering terjadi setelah lari jarak jauh. Biasanya hilang dalam beberapa menit.',
        '',
        'Penyebab',
        '',
        'Kurang minum dan kehilangan elektrolit seperti natrium dapat menyebabkan kram.',
        '',
        'Pencegahan',
        '',
        'Lakukan pemanasan dan peregangan sebelum berlari.',
      ].join('\n'),
    );
    expect(article.language).toBe('id');
    expect(article.title).toBe('Kram betis setelah berlari');
    expect(headings(article)).toEqual([null, 'Penyebab', 'Pencegahan']);
    expect(article.sections.map((section) => section.id)).toEqual(['intro', 'penyebab', 'pencegahan']);
    const [intro, causes, prevention] = article.sections;
    expect(intro?.tags.sensations).toEqual(['cramp']);
    expect(intro?.tags.regions).toEqual(['calf']);
    expect(intro?.tags.activities).toEqual(['running']);
    expect(causes?.tags.kinds).toEqual(['causes']);
    expect(causes?.tags.factors).toEqual(expect.arrayContaining(['water', 'electrolytes']));
    expect(prevention?.tags.kinds).toEqual(['self-care']);
    expect(prevention?.tags.factors).toEqual(['warm-up', 'stretching']);
  });

  it('writes a title from the content when the text has none, in the text’s language', () => {
    const indonesian = build(
      'Tangan sering kesemutan setelah bersepeda jauh. Kesemutan di jari dan telapak tangan biasanya hilang sendiri.',
    );
    expect(indonesian.titleGenerated).toBe(true);
    expect(indonesian.language).toBe('id');
    expect(indonesian.title).toBe('Kesemutan di tangan setelah latihan');

    const english = build(
      'My calves and thighs go numb and tingle after long squat holds. It passes in a few minutes.',
    );
    expect(english.title).toBe('Numbness and tingling in the legs after exercise');
    expect(build('Twitching can follow a hard session. It passes.').title).toBe('Muscle twitching after exercise');
  });

  it('takes "#" headings as marked', () => {
    const article = build('# Shin splints\n\nPain along the shin bone.\n\n## Causes\n\nToo much running too soon.');
    expect(article.title).toBe('Shin splints');
    expect(headings(article)).toEqual([null, 'Causes']);
  });

  it('drops a heading with nothing under it, and short lines at the very end', () => {
    const article = build('Neck pain\nIt is common.\nReferences\nCauses\nLong desk days.\nSee also');
    expect(headings(article)).toEqual([null, 'Causes']);
    expect(everyText(article)).not.toContain('See also');
  });

  it('keeps three or more short lines in a row as a list, not as headings', () => {
    const article = build(
      'Symptoms to log\nWrite down what you felt:\nNumbness\nTingling\nBurning\nAnd where you felt it.',
    );
    expect(headings(article)).toEqual([null]);
    expect(article.sections[0]?.paragraphs).toEqual([
      'Write down what you felt:',
      'Numbness',
      'Tingling',
      'Burning',
      'And where you felt it.',
    ]);
  });

  it('removes page debris by pattern and stops at a comments trailer, wherever the site', () => {
    const article = build(
      [
        'Related Articles',
        'Calf cramps at night',
        'Cramps wake many runners.',
        'Share this article',
        'About the author',
        'Jane Doe writes about running.',
        'Stretch before bed.',
        '12 Comments',
        'Great article, thanks!',
      ].join('\n'),
    );
    expect(article.title).toBe('Calf cramps at night');
    expect(everyText(article)).toEqual([
      'Calf cramps at night',
      '',
      'Cramps wake many runners.',
      'Stretch before bed.',
    ]);
  });

  it('normalises line endings, tabs, odd spaces and indentation the same way', () => {
    const plain = build('Sore calves\nThey ache after hills.\nRest helps.');
    const messy = build('\uFEFF  Sore\u00A0calves\r\n\t They ache  after hills.\r\n\r\n   Rest helps.\u200B  ');
    expect(messy.title).toBe(plain.title);
    expect(messy.sections).toEqual(plain.sections);
  });

  it('joins lines wrapped in the middle of a sentence', () => {
    const article = build('Numb toes\nCold feet on a long ride can leave the toes\nnumb for an hour afterwards.');
    expect(article.sections[0]?.paragraphs).toEqual([
      'Cold feet on a long ride can leave the toes numb for an hour afterwards.',
    ]);
  });

  it('drops a line repeating the title with a stray number', () => {
    const article = build('Hip pain\nHip pain2\nIt follows long sits.');
    expect(everyText(article)).toEqual(['Hip pain', '', 'It follows long sits.']);
  });

  it('keeps section ids unique when headings repeat', () => {
    const article = build('Start here.\nTips\nOne.\nTips\nTwo.\nÜber Übungen\nDrei.');
    expect(article.sections.map((section) => section.id)).toEqual(['intro', 'tips', 'tips-2', 'uber-ubungen']);
  });

  it('uses the language the person stated over detection', () => {
    expect(build('Numbness after yoga.', { language: 'id' }).language).toBe('id');
  });
});
