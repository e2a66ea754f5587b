import { useLiveQuery } from 'dexie-react-hooks';
import {
  Component,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from './app-services';
import { readSetting } from './db/queries';
import { applyLanguage } from './i18n';
import type { StartupBackupOutcome } from './features/backups/backup-service';
import { RestoreOffer } from './features/backups/restore-offer';
import { ReminderBanner } from './features/reminders/reminder-banner';
import { NavIcon } from './features/shell/nav-icons';
import { SCREENS, hrefFor, useHashRoute, type Screen } from './features/shell/use-hash-route';

/**
 * Each screen is a chunk of its own, loaded the first time it is opened: a window evaluates only
 * the code of the screen it shows (the Trends charts alone are a fifth of the app) before drawing.
 */
const SCREEN_LOADERS: Record<Screen, () => Promise<{ default: ComponentType }>> = {
  journal: () => import('./features/journal/journal-screen').then((module) => ({ default: module.JournalScreen })),
  trends: () => import('./features/trends/trends-screen').then((module) => ({ default: module.TrendsScreen })),
  guidance: () => import('./features/guidance/guidance-screen').then((module) => ({ default: module.GuidanceScreen })),
  report: () => import('./features/report/report-screen').then((module) => ({ default: module.ReportScreen })),
  data: () => import('./features/exchange/data-screen').then((module) => ({ default: module.DataScreen })),
  settings: () => import('./features/settings/settings-screen').then((module) => ({ default: module.SettingsScreen })),
};

/** One load per screen, shared by a preload and the screen itself. */
const screenLoads = new Map<Screen, Promise<{ default: ComponentType }>>();

function loadScreen(screen: Screen): Promise<{ default: ComponentType }> {
  let load = screenLoads.get(screen);
  if (load === undefined) {
    load = SCREEN_LOADERS[screen]();
    screenLoads.set(screen, load);
  }
  return load;
}

const SCREENS_BY_NAME: Record<Screen, ComponentType> = {
  journal: lazy(() => loadScreen('journal')),
  trends: lazy(() => loadScreen('trends')),
  guidance: lazy(() => loadScreen('guidance')),
  report: lazy(() => loadScreen('report')),
  data: lazy(() => loadScreen('data')),
  settings: lazy(() => loadScreen('settings')),
};

/**
 * Starts loading a screen's code, so that it is there (or on its way) when the screen is drawn. A
 * failure is met by the screen itself when it is drawn (`ScreenLoadBoundary`).
 */
export function preloadScreen(screen: Screen): void {
  loadScreen(screen).catch(() => undefined);
}

/**
 * A screen whose code could not be loaded (the app's files changed under an open window, say)
 * says so in plain words, with the way out, instead of leaving the window blank.
 */
class ScreenLoadBoundary extends Component<{ children: ReactNode; onShown: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <>
        <ScreenLoadFailed />
        <ShownSignal onShown={this.props.onShown} />
      </>
    );
  }
}

/**
 * Says that what it sits beside is on screen: its effect runs once that has been committed, after
 * the effects of the screen before it (a screen's keyboard shortcuts among them).
 */
function ShownSignal({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

function ScreenLoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="banner banner-warning" role="alert">
      <p>{t('app.screenFailed')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/**
 * How long after the window opens the other screens' code is loaded, when the window is idle: late
 * enough not to compete with drawing the first screen, early enough that the first click on
 * another screen rarely waits for its code.
 */
const OTHER_SCREENS_AFTER_MS = 3000;

export function App({ startup }: { startup: Promise<StartupBackupOutcome> }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const screen = useHashRoute();
  const ShownScreen = SCREENS_BY_NAME[screen];
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
    let idle: number | undefined;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => SCREENS.forEach(preloadScreen));
    }, OTHER_SCREENS_AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);

  useEffect(() => {
    let current = true;
    void startup.then((result) => {
      if (current) setOutcome(result);
    });
    return () => {
      current = false;
    };
  }, [startup]);

  const [screenShown, setScreenShown] = useState(false);
  const markScreenShown = useCallback(() => setScreenShown(true), []);
  useEffect(() => {
    // The app's own "ready" signal: the database is open, the startup backup check is done, and
    // the first screen, whose code loads on its own, is on screen and answers its shortcuts.
    if (outcome !== null && screenShown) document.documentElement.dataset.appState = 'ready';
  }, [outcome, screenShown]);

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
          {/* A screen's code comes from local disk in a few milliseconds: nothing is shown meanwhile. */}
          <ScreenLoadBoundary key={screen} onShown={markScreenShown}>
            <Suspense fallback={null}>
              <ShownScreen />
              <ShownSignal onShown={markScreenShown} />
            </Suspense>
          </ScreenLoadBoundary>
        </main>
      </div>
      {outcome?.kind === 'offer-restore' && <RestoreOffer newest={outcome.newest} />}
    </>
  );
}
