import { DEFAULT_REMINDER, type ExerciseSession, type PendingReminder } from '../../../shared/domain/records';
import { reminderFor } from '../../../shared/domain/reminders';
import type { JournalDatabase } from '../../db/database';
import { readSetting } from '../../db/queries';
import type { JournalRepository } from '../../db/repository';

/**
 * The follow-up after a workout. The pending reminder is stored, so it survives a restart: if the
 * app was closed when it fell due, it is shown the next time the app opens.
 */
export class ReminderService {
  constructor(
    private readonly db: JournalDatabase,
    private readonly repository: JournalRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async scheduleAfter(session: ExerciseSession): Promise<void> {
    const settings = (await readSetting(this.db, 'reminder')) ?? DEFAULT_REMINDER;
    const pending = reminderFor(session, settings, this.now());
    if (pending !== null) await this.repository.saveSetting({ key: 'pendingReminder', value: pending });
  }

  async markNotified(reminder: PendingReminder): Promise<void> {
    await this.repository.saveSetting({ key: 'pendingReminder', value: { ...reminder, notified: true } });
  }

  async dismiss(): Promise<void> {
    await this.repository.saveSetting({ key: 'pendingReminder', value: null });
  }
}
