import { LEXICON, wordsOf } from './lexicon';
import type { ArticleLanguage } from './types';

/**
 * English or Indonesian, by counting words only one of them uses. Function words decide a paragraph
 * ("the", "and", "of" against "yang", "dan", "di"); for a snippet too short to have many, the
 * lexicon's words count too ("kaki kesemutan" has no function word but is plainly Indonesian), and so
 * do Indonesian affixes ("menghambat", "kekakuan", "rasanya").
 */

const FUNCTION_WORDS: Readonly<Record<ArticleLanguage, readonly string[]>> = {
  en: (
    'the a an and or but of to in on at by for with from as into about after before while is are was were ' +
    'be been it its this that these those you your my our their they we he she if not can will do does ' +
    'have has what when why how which than then there also may might should would could more most very ' +
    'get go goes'
  ).split(' '),
  id: (
    'yang dan di ke dari ini itu dengan untuk pada adalah tidak atau juga anda akan dapat bisa saat jika ' +
    'karena oleh dalam setelah sebelum lebih mungkin seperti ada sangat tersebut bahwa secara sudah belum ' +
    'masih hanya agar namun tetapi tapi kita kami mereka saya apa mengapa kenapa bagaimana kapan selama ' +
    'hingga sampai beberapa banyak sering terjadi menjadi merasa latihan olahraga berolahraga gejala'
  ).split(' '),
};

/** Indonesian verb and noun forms: meN-/ber-/ter-/di-/ke-/pe- … -kan/-an/-nya/-i. Weaker than a function word. */
const INDONESIAN_AFFIXED = /^(?:me|ber|ter|di|ke|pe)\p{L}{3,}(?:kan|an|nya|i)$/u;
const AFFIX_WEIGHT = 0.5;

function languageWords(language: ArticleLanguage): Set<string> {
  const other: ArticleLanguage = language === 'en' ? 'id' : 'en';
  const single = (lang: ArticleLanguage) =>
    LEXICON.flatMap((entry) => entry.terms[lang]).filter((term) => /^[\p{L}\p{N}]+$/u.test(term));
  const theirs = new Set([...single(other), ...FUNCTION_WORDS[other]]);
  return new Set([...FUNCTION_WORDS[language], ...single(language)].filter((word) => !theirs.has(word)));
}

/** Plenty to tell two languages apart; reading a whole long article would add time, not certainty. */
const SAMPLE_LENGTH = 4000;

let wordSets: Readonly<Record<ArticleLanguage, Set<string>>> | undefined;

/**
 * The language of `text`; `fallback` when nothing tells them apart (an empty text, a list of names).
 */
export function detectLanguage(text: string, fallback: ArticleLanguage = 'en'): ArticleLanguage {
  wordSets ??= { en: languageWords('en'), id: languageWords('id') };
  let english = 0;
  let indonesian = 0;
  for (const word of wordsOf(text.slice(0, SAMPLE_LENGTH))) {
    if (wordSets.en.has(word)) english += 1;
    else if (wordSets.id.has(word)) indonesian += 1;
    else if (INDONESIAN_AFFIXED.test(word)) indonesian += AFFIX_WEIGHT;
  }
  if (english === indonesian) return fallback;
  return english > indonesian ? 'en' : 'id';
}
