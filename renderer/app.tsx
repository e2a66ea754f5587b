import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './app-services';
import { readSetting } from './db/queries';
import { applyLanguage } from './i18n';
import type { StartupBackupOutcome } from './features/backups/backup-service';
import { RestoreOffer } from './features/backups/restore-offer';
import { ReminderBanner } from './features/reminders/reminder-banner';
import { GuidanceScreen } from './features/guidance/guidance-screen';
import { DataScreen } from './features/exchange/data-screen';
import { JournalScreen } from './features/journal/journal-screen';
import { ReportScreen } from './features/report/report-screen';
import { SettingsScreen } from './features/settings/settings-screen';
import { TrendsScreen } from './features/trends/trends-screen';
import { NavIcon } from './features/shell/nav-icons';
import { SCREENS, hrefFor, useHashRoute, type Screen } from './features/shell/use-hash-route';

function ScreenContent({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'journal':
      return <JournalScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'guidance':
      return <GuidanceScreen />;
    case 'trends':
      return <TrendsScreen />;
    case 'report':
      return <ReportScreen />;
    case 'data':
      return <DataScreen />;
  }
}

export function App({ startup }: { startup: Promise<StartupBackupOutcome> }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const screen = useHashRoute();
  const mainRef = useRef<HTMLElement>(null);
  const theme = useLiveQuery(() => readSetting(db, 'theme'), [db]);
  const language = useLiveQuery(() => readSetting(db, 'language'), [db]);

  useEffect(() => {
    if (language !== undefined) void applyLanguage(language);
  }, [language]);
  const [outcome, setOutcome] = useState<StartupBackupOutcome | null>(null);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);

  useEffect(() => {
    let current = true;
    void startup.then((result) => {
      if (!current) return;
      setOutcome(result);
      // The app's own "ready" signal: the database is open and the startup backup check is done.
      document.documentElement.dataset.appState = 'ready';
    });
    return () => {
      current = false;
    };
  }, [startup]);

  return (
    <>
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('app.skipToContent')}
      </button>
      <div className="app-shell">
        <nav className="sidebar" aria-label={t('nav.label')}>
          <div className="brand">
            <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M3 12h4l2-5 4 10 2-5h6" />
            </svg>
            <span>{t('app.name')}</span>
          </div>
          <ul className="nav-list">
            {SCREENS.map((name) => (
              <li key={name}>
                <a className="nav-link" href={hrefFor(name)} aria-current={name === screen ? 'page' : undefined}>
                  <NavIcon screen={name} />
                  <span>{t(`nav.${name}`)}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content" ref={mainRef} tabIndex={-1}>
          {outcome?.kind === 'backup-failed' && (
            <p className="banner banner-warning" role="alert">
              {t('backup.startupFailed', { reason: outcome.reason })}
            </p>
          )}
          <ReminderBanner />
          <ScreenContent screen={screen} />
        </main>
      </div>
      {outcome?.kind === 'offer-restore' && <RestoreOffer newest={outcome.newest} />}
    </>
  );
}
