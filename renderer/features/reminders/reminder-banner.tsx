import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { msUntilDue } from '../../../shared/domain/reminders';
import { useServices } from '../../app-services';
import { readSetting } from '../../db/queries';
import { LOG_SYMPTOM_ACTION } from '../journal/journal-screen';
import { activityLabel } from '../journal/labels';
import { hrefFor } from '../shell/use-hash-route';

/**
 * Shows the follow-up once it is due: a banner in the app, and on the desktop a notification as
 * well. Timers can't outlive the page, so a reminder that fell due while the app was closed shows
 * as a banner at the next start.
 */
export function ReminderBanner() {
  const { t } = useTranslation();
  const { db, bridge, reminders } = useServices();
  const pending = useLiveQuery(() => readSetting(db, 'pendingReminder'), [db]) ?? null;
  const session = useLiveQuery(
    () => (pending === null ? undefined : db.sessions.get(pending.sessionId)),
    [db, pending?.sessionId],
  );
  const [dueKey, setDueKey] = useState<string | null>(null);
  const notified = useRef<string | null>(null);

  useEffect(() => {
    if (pending === null) return;
    const key = `${pending.sessionId}@${pending.dueAt}`;
    // Already due (the app was closed when it fell due) fires at once.
    const timer = setTimeout(() => setDueKey(key), Math.max(0, msUntilDue(pending, new Date())));
    return () => clearTimeout(timer);
  }, [pending]);

  const due = pending !== null && dueKey === `${pending.sessionId}@${pending.dueAt}` && session !== undefined;
  const activity = session === undefined ? '' : activityLabel(t, session.activity);

  useEffect(() => {
    if (!due || pending.notified === true || dueKey === null || notified.current === dueKey) return;
    notified.current = dueKey;
    void bridge
      .notify({ title: t('reminder.notificationTitle'), body: t('reminder.notificationBody', { activity }) })
      .then(() => reminders.markNotified(pending));
  }, [due, pending, dueKey, activity, bridge, reminders, t]);

  if (!due) return null;
  return (
    <div className="banner banner-reminder" role="status">
      <span>{t('reminder.banner', { activity })}</span>
      <span className="banner-actions">
        <a
          className="button button-small button-primary"
          href={hrefFor('journal', LOG_SYMPTOM_ACTION)}
          onClick={() => void reminders.dismiss()}
        >
          {t('reminder.logNow')}
        </a>
        <button type="button" className="button button-small" onClick={() => void reminders.dismiss()}>
          {t('reminder.dismiss')}
        </button>
      </span>
    </div>
  );
}
