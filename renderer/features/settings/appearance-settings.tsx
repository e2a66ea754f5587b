import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { THEME_PREFERENCES, type ThemePreference } from '../../../shared/domain/records';
import { useServices } from '../../app-services';
import { readSetting } from '../../db/queries';

export function AppearanceSettings() {
  const { t } = useTranslation();
  const { db, repository } = useServices();
  const stored = useLiveQuery(() => readSetting(db, 'theme'), [db]) ?? 'system';
  // The choice shows at once; the stored value catches up when the write lands.
  const [chosen, setChosen] = useState<ThemePreference | null>(null);
  const theme = chosen ?? stored;

  return (
    <section className="card" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t('settings.appearance.title')}</h2>
      <fieldset className="choice-group">
        <legend>{t('settings.appearance.theme')}</legend>
        {THEME_PREFERENCES.map((preference) => (
          <label key={preference} className="choice">
            <input
              type="radio"
              name="theme"
              value={preference}
              checked={theme === preference}
              onChange={() => {
                setChosen(preference);
                void repository.saveSetting({ key: 'theme', value: preference });
              }}
            />
            {t(`settings.appearance.${preference}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
