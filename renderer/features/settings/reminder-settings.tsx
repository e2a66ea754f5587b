import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_REMINDER,
  REMINDER_DELAY_MINUTES_MAX,
  reminderSettingsSchema,
  validateWith,
  type ReminderSettings as ReminderSettingsValue,
} from '../../../shared/domain/records';
import { useServices } from '../../app-services';
import { Field } from '../../components/field';
import { NumberInput } from '../../components/number-input';
import { readSetting } from '../../db/queries';

export function ReminderSettings() {
  const { db } = useServices();
  const stored = useLiveQuery(async () => (await readSetting(db, 'reminder')) ?? DEFAULT_REMINDER, [db]);
  // The form starts from what is stored, so it waits until that has loaded; afterwards it keeps
  // what the person is typing even as the stored value changes under it.
  return stored === undefined ? null : <ReminderForm initial={stored} />;
}

function ReminderForm({ initial }: { initial: ReminderSettingsValue }) {
  const { t } = useTranslation();
  const { repository } = useServices();
  const [enabled, setEnabled] = useState(initial.enabled);
  const [delay, setDelay] = useState(String(initial.delayMinutes));
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  return (
    <section className="card" aria-labelledby="reminder-title">
      <h2 id="reminder-title">{t('settings.reminder.title')}</h2>
      <form
        className="entry-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const checked = validateWith(reminderSettingsSchema, {
            enabled,
            delayMinutes: delay.trim() === '' ? Number.NaN : Number(delay),
          });
          if (!checked.ok) {
            setError(checked.fieldErrors.delayMinutes ?? 'validation.invalid');
            setSaved(false);
            return;
          }
          setError(undefined);
          void (async () => {
            await repository.saveSetting({ key: 'reminder', value: checked.value });
            // Switched off means off now, not after the reminder already waiting.
            if (!checked.value.enabled) await repository.saveSetting({ key: 'pendingReminder', value: null });
            setSaved(true);
          })();
        }}
      >
        <label className="choice">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('settings.reminder.enabled')}
        </label>
        <Field id="settings-reminder-delay" label={t('settings.reminder.delay')} errorKey={error}>
          {(control) => (
            <NumberInput
              control={control}
              value={delay}
              onChange={setDelay}
              min={1}
              max={REMINDER_DELAY_MINUTES_MAX}
              disabled={!enabled}
              className="input-narrow"
            />
          )}
        </Field>
        <p className="muted">{t('settings.reminder.how')}</p>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('settings.reminder.save')}
          </button>
          <p className="form-status" role="status">
            {saved ? t('settings.reminder.saved') : ''}
          </p>
        </div>
      </form>
    </section>
  );
}
