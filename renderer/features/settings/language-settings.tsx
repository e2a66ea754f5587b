import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_PREFERENCES, type LanguagePreference } from '../../../shared/domain/records';
import { useServices } from '../../app-services';
import { readSetting } from '../../db/queries';

export function LanguageSettings() {
  const { t } = useTranslation();
  const { db, repository } = useServices();
  const preference = useLiveQuery(() => readSetting(db, 'language'), [db]) ?? 'system';

  return (
    <section className="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('settings.language.title')}</h2>
      <div className="field">
        <label htmlFor="settings-language">{t('settings.language.label')}</label>
        <select
          id="settings-language"
          className="select-narrow"
          value={preference}
          onChange={(event) =>
            void repository.saveSetting({ key: 'language', value: event.target.value as LanguagePreference })
          }
        >
          {LANGUAGE_PREFERENCES.map((choice) => (
            // Each language is named in itself, so a person who can't read the current one finds theirs.
            <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
              {t(`settings.language.${choice}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
