import type { ExerciseSession, PendingReminder, ReminderSettings } from './records';

/** The follow-up for a workout just logged, or null when reminders are off. */
export function reminderFor(session: ExerciseSession, settings: ReminderSettings, now: Date): PendingReminder | null {
  if (!settings.enabled) return null;
  return { sessionId: session.id, dueAt: new Date(now.getTime() + settings.delayMinutes * 60_000).toISOString() };
}

/** Milliseconds until a reminder is due; zero or less means it is due now. */
export function msUntilDue(reminder: PendingReminder, now: Date): number {
  return Date.parse(reminder.dueAt) - now.getTime();
}
