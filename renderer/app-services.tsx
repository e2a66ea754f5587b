import { createContext, useContext } from 'react';
import type { DesktopBridge } from '../shared/bridge';
import type { JournalDatabase } from './db/database';
import type { JournalRepository } from './db/repository';
import type { BackupService } from './features/backups/backup-service';
import type { ReminderService } from './features/reminders/reminder-service';

/** The app's long-lived objects, created once at start and handed to every screen. */
export interface AppServices {
  readonly db: JournalDatabase;
  readonly repository: JournalRepository;
  readonly backups: BackupService;
  readonly bridge: DesktopBridge;
  readonly reminders: ReminderService;
}

export const AppServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(AppServicesContext);
  if (services === null) throw new Error('useServices() is used outside <AppServicesContext>');
  return services;
}
