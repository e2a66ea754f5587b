import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resolveLanguage } from '../../shared/domain/language';
import type { LanguagePreference } from '../../shared/domain/records';
import { en, type TranslationResources } from './en';
import { id } from './id';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: TranslationResources };
  }
}

export async function initI18n(preference: LanguagePreference): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, id: { translation: id } },
    lng: resolveLanguage(preference, navigator.languages),
    fallbackLng: 'en',
    // React escapes every string it renders, so i18next must not escape a second time.
    interpolation: { escapeValue: false },
    // A sentence asked for without one of its values shows its placeholder; saying so in the
    // console makes every end-to-end test that meets one fail. (Values are never interpolated
    // again, `skipOnVariables` being left on, so text a person typed can't trigger this.)
    missingInterpolationHandler: (text: string, match: RegExpExecArray) => {
      console.error(`A value is missing for ${match[0]} in "${text}"`);
      return match[0];
    },
  });
  document.documentElement.lang = i18next.language;
}

/** Follows a change of the language setting, without a reload. */
export async function applyLanguage(preference: LanguagePreference): Promise<void> {
  const language = resolveLanguage(preference, navigator.languages);
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/**
 * The locale dates and numbers are written in: the person's own regional variant of the app's
 * language when the system has one (en-GB writes 21 November and 19:30), else the language itself.
 */
export function formattingLocale(): string {
  const language = i18next.language;
  return navigator.languages.find((locale) => locale.split('-')[0] === language) ?? language;
}

/**
 * Messages whose key is decided at run time (validation errors from the shared schemas, backup
 * problems). An unknown key falls back to a generic message instead of showing the key.
 */
export function translateKey(key: string): string {
  // The key is data from a schema, so it can't be checked against the resources at compile time.
  const resolve = i18next.t as unknown as (key: string) => string;
  return i18next.exists(key) ? resolve(key) : resolve('validation.invalid');
}
