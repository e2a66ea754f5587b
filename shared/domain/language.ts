import { LANGUAGES, type Language, type LanguagePreference } from './records';

/**
 * The interface language: the one chosen in Settings, or the first of the system's preferred
 * languages the app speaks, or English.
 */
export function resolveLanguage(preference: LanguagePreference, systemLocales: readonly string[]): Language {
  if (preference !== 'system') return preference;
  for (const locale of systemLocales) {
    const language = locale.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(language ?? '')) return language as Language;
  }
  return 'en';
}
