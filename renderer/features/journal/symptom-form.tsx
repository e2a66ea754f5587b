import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { defaultLinkedSessionId, emptySymptomDraft, symptomInputFromDraft } from '../../../shared/domain/drafts';
import { BODY_REGIONS, BODY_SIDES, SENSATIONS, SEVERITY_MAX, SEVERITY_MIN } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { Field } from '../../components/field';
import { recentSessions } from '../../db/queries';
import { formattingLocale } from '../../i18n';
import { formatSessionOption } from '../../i18n/format';
import { activityLabel } from './labels';
import { SaveRow } from './form-status';
import { useEntryForm } from './use-entry-form';

const LINKABLE_SESSIONS = 20;

export function SymptomForm() {
  const { t } = useTranslation();
  const { db, repository } = useServices();
  const sessions = useLiveQuery(() => recentSessions(db, LINKABLE_SESSIONS), [db]) ?? [];
  const defaultSessionId = defaultLinkedSessionId(sessions, new Date());
  const { formRef, draft, update, errors, status, submit } = useEntryForm(() => emptySymptomDraft(new Date()));

  return (
    <form
      ref={formRef}
      className="card entry-form"
      aria-labelledby="symptom-form-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit((current) => repository.addSymptom(symptomInputFromDraft(current, defaultSessionId)));
      }}
    >
      <h2 id="symptom-form-title">{t('journal.symptomForm.title')}</h2>
      <Field id="symptom-sensation" label={t('journal.symptomForm.sensation')} errorKey={errors.sensations}>
        {(control) => (
          <select {...control} value={draft.sensation} onChange={(event) => update('sensation', event.target.value)}>
            <option value="">{t('journal.symptomForm.chooseSensation')}</option>
            {SENSATIONS.map((sensation) => (
              <option key={sensation} value={sensation}>
                {t(`vocabulary.sensation.${sensation}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field id="symptom-region" label={t('journal.symptomForm.region')} errorKey={errors.locations}>
          {(control) => (
            <select {...control} value={draft.region} onChange={(event) => update('region', event.target.value)}>
              <option value="">{t('journal.symptomForm.chooseRegion')}</option>
              {BODY_REGIONS.map((region) => (
                <option key={region} value={region}>
                  {t(`vocabulary.region.${region}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="symptom-side" label={t('journal.symptomForm.side')}>
          {(control) => (
            <select
              {...control}
              aria-invalid={errors.locations !== undefined && draft.side === ''}
              value={draft.side}
              onChange={(event) => update('side', event.target.value)}
            >
              <option value="">{t('journal.symptomForm.chooseSide')}</option>
              {BODY_SIDES.map((side) => (
                <option key={side} value={side}>
                  {t(`vocabulary.side.${side}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row field-row-time-last">
        <Field
          id="symptom-severity"
          label={t('journal.symptomForm.severity')}
          hint={t('journal.symptomForm.severityHint')}
          errorKey={errors.severity}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={SEVERITY_MIN}
              max={SEVERITY_MAX}
              step={1}
              value={draft.severity}
              onChange={(event) => update('severity', event.target.value)}
            />
          )}
        </Field>
        <Field id="symptom-noted-at" label={t('journal.symptomForm.notedAt')} errorKey={errors.notedAt}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={draft.notedAt}
              onChange={(event) => update('notedAt', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field id="symptom-session" label={t('journal.symptomForm.session')} errorKey={errors.sessionId}>
        {(control) => (
          <select
            {...control}
            value={draft.sessionId ?? defaultSessionId}
            onChange={(event) => update('sessionId', event.target.value)}
          >
            <option value="">{t('journal.symptomForm.noSession')}</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {`${activityLabel(t, session.activity)} · ${formatSessionOption(
                  { instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes },
                  formattingLocale(),
                )}`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="symptom-notes"
        label={t('journal.symptomForm.notes')}
        hint={t('journal.symptomForm.notesHint')}
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
      <SaveRow label={t('journal.symptomForm.save')} savedText={t('journal.symptomForm.saved')} status={status} />
    </form>
  );
}
