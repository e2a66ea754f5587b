import { useTranslation } from 'react-i18next';
import { AppearanceSettings } from './appearance-settings';
import { DataSettings } from './data-settings';
import { LanguageSettings } from './language-settings';
import { ReminderSettings } from './reminder-settings';
import { SampleDataSettings } from './sample-data-settings';
import { useAppInfo } from './use-app-info';

export function SettingsScreen() {
  const { t } = useTranslation();
  const appInfo = useAppInfo();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">{t('settings.title')}</h1>
      </header>
      <div className="settings-layout">
        <AppearanceSettings />
        <LanguageSettings />
        <ReminderSettings />
        <SampleDataSettings />
        <DataSettings appInfo={appInfo} />
        <section className="card" aria-labelledby="about-title">
          <h2 id="about-title">{t('settings.about.title')}</h2>
          <p>{t('app.name')}</p>
          <p className="muted">{appInfo ? t('settings.about.version', { version: appInfo.version }) : '\u00a0'}</p>
        </section>
      </div>
    </section>
  );
}
