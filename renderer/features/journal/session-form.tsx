import { useTranslation } from 'react-i18next';
import { emptySessionDraft, sessionInputFromDraft } from '../../../shared/domain/drafts';
import { DURATION_MAX_MINUTES } from '../../../shared/domain/records';
import { ACTIVITIES } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { Field } from '../../components/field';
import { SaveRow } from './form-status';
import { useEntryForm } from './use-entry-form';

export function SessionForm() {
  const { t } = useTranslation();
  const { repository } = useServices();
  const { formRef, draft, update, errors, status, submit } = useEntryForm(() => emptySessionDraft(new Date()));

  return (
    <form
      ref={formRef}
      className="card entry-form"
      aria-labelledby="session-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit((current) => repository.addSession(sessionInputFromDraft(current)));
      }}
    >
      <h2 id="session-form-title">{t('journal.sessionForm.title')}</h2>
      <Field id="session-activity" label={t('journal.sessionForm.activity')} errorKey={errors.activity}>
        {(control) => (
          <select {...control} value={draft.activity} onChange={(event) => update('activity', event.target.value)}>
            <option value="">{t('journal.sessionForm.chooseActivity')}</option>
            {ACTIVITIES.map((activity) => (
              <option key={activity} value={activity}>
                {t(`vocabulary.activity.${activity}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row field-row-time-first">
        <Field id="session-start" label={t('journal.sessionForm.start')} errorKey={errors.startedAt}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={draft.startedAt}
              onChange={(event) => update('startedAt', event.target.value)}
            />
          )}
        </Field>
        <Field id="session-duration" label={t('journal.sessionForm.duration')} errorKey={errors.durationMinutes}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={DURATION_MAX_MINUTES}
              step={1}
              value={draft.durationMinutes}
              onChange={(event) => update('durationMinutes', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        id="session-notes"
        label={t('journal.sessionForm.notes')}
        hint={t('journal.sessionForm.notesHint')}
        errorKey={errors.notes}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={draft.notes}
            onChange={(event) => update('notes', event.target.value)}
          />
        )}
      </Field>
      <SaveRow label={t('journal.sessionForm.save')} savedText={t('journal.sessionForm.saved')} status={status} />
    </form>
  );
}
