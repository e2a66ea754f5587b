import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, preloadScreen } from './app';
import { AppServicesContext, type AppServices } from './app-services';
import { bridge } from './bridge';
import { createJournalDatabase } from './db/database';
import { readSetting } from './db/queries';
import { JournalRepository } from './db/repository';
import { BackupService } from './features/backups/backup-service';
import { ReminderService } from './features/reminders/reminder-service';
import { printRouteRange } from '../shared/report/print-route';
import { currentScreen } from './features/shell/use-hash-route';
import { adoptTrendsWorker } from './features/trends/trends-client';
import { initI18n } from './i18n';
import { showStartupError } from './startup-error';

async function start(trendsWorker: Worker | null): Promise<void> {
  if (trendsWorker !== null) adoptTrendsWorker(trendsWorker);
  // The report alone, for paper: no navigation, no startup backup (the journal's window already took it).
  const printRange = printRouteRange(window.location.hash);
  const printing = printRange === null ? null : import('./features/report/report-print');
  // Met below, after the journal has opened; without this a failure before then would go unheard.
  printing?.catch(() => undefined);
  // The screen's code loads while the journal opens.
  if (printing === null) preloadScreen(currentScreen());
  const db = createJournalDatabase();
  await db.open();
  await initI18n((await readSetting(db, 'language')) ?? 'system');
  const repository = new JournalRepository(db);
  const backups = new BackupService(repository, bridge, __APP_VERSION__);
  const services: AppServices = { db, repository, backups, bridge, reminders: new ReminderService(db, repository) };
  const container = document.getElementById('root');
  if (container === null) throw new Error('index.html has no #root element');
  if (printing !== null && printRange !== null) {
    const { ReportPrint, ReportPrintBoundary } = await printing;
    createRoot(container).render(
      <StrictMode>
        <AppServicesContext value={services}>
          <ReportPrintBoundary>
            <ReportPrint range={printRange} />
          </ReportPrintBoundary>
        </AppServicesContext>
      </StrictMode>,
    );
    document.documentElement.dataset.appState = 'ready';
    return;
  }
  // Started once, outside React, so that development double-rendering can't take two backups.
  const startup = backups.onStartup();
  createRoot(container).render(
    <StrictMode>
      <AppServicesContext value={services}>
        <App startup={startup} />
      </AppServicesContext>
    </StrictMode>,
  );
}

/** Starts the app; `trendsWorker` is the Trends worker when `boot.ts` has already started it. */
export function startApp(trendsWorker: Worker | null): void {
  start(trendsWorker).catch(showStartupError);
}
