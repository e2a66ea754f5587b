import type { ExerciseSession, SettingKey, SettingValue, SymptomEntry } from '../../shared/domain/records';
import type { JournalDatabase } from './database';

/** Read-only queries the screens subscribe to with `useLiveQuery`. */

/** Workouts and symptoms of the most recent days, newest first, through the time indexes. */
export async function recentEntries(
  db: JournalDatabase,
  limit: number,
): Promise<{ sessions: ExerciseSession[]; symptoms: SymptomEntry[] }> {
  const [sessions, symptoms] = await Promise.all([
    recentSessions(db, limit),
    db.symptoms.orderBy('notedAt').reverse().limit(limit).toArray(),
  ]);
  return { sessions, symptoms };
}

export async function readSetting<K extends SettingKey>(
  db: JournalDatabase,
  key: K,
): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  return row?.value as SettingValue<K> | undefined;
}

/** The newest workouts, for the symptom form's "Workout" choice. */
export function recentSessions(db: JournalDatabase, limit: number): Promise<ExerciseSession[]> {
  return db.sessions.orderBy('startedAt').reverse().limit(limit).toArray();
}
