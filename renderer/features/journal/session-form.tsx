import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OTHER_ACTIVITY,
  copyFromSession,
  emptySessionDraft,
  sessionDraftFromRecord,
  sessionInputFromDraft,
  type SessionDraft,
} from '../../../shared/domain/drafts';
import { foldForSearch } from '../../../shared/domain/journal-filter';
import { DURATION_MAX_MINUTES, type ExerciseSession } from '../../../shared/domain/records';
import { intensityWord } from '../../../shared/domain/scales';
import {
  ACTIVITIES,
  AMOUNT_FACTORS,
  RPE_MAX,
  RPE_MIN,
  YES_NO_FACTORS,
  type AmountFactor,
} from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { Field } from '../../components/field';
import { NumberInput } from '../../components/number-input';
import { YesNoToggle } from '../../components/yes-no-toggle';
import { lastSessionOf, yourActivities } from '../../db/queries';
import { formattingLocale } from '../../i18n';
import { formatSessionOption } from '../../i18n/format';
import { SaveRow } from './form-status';
import { activityLabel } from './labels';
import { useEntryForm } from './use-entry-form';

interface SessionFormProps {
  /** The workout being edited, or undefined for a new one. */
  readonly editing?: ExerciseSession | undefined;
  readonly onSaved: (session: ExerciseSession, isNew: boolean) => void;
  readonly onCancel: () => void;
}

export function SessionForm({ editing, onSaved, onCancel }: SessionFormProps) {
  const { t } = useTranslation();
  const { db, repository } = useServices();
  const own = useLiveQuery(() => yourActivities(db), [db]) ?? [];
  const { formRef, draft, update, replaceDraft, errors, status, submit } = useEntryForm(() =>
    editing === undefined ? emptySessionDraft(new Date()) : sessionDraftFromRecord(editing),
  );
  const [copyNotice, setCopyNotice] = useState('');
  const chosenActivity = draft.activity === OTHER_ACTIVITY ? draft.customActivity.trim() : draft.activity;
  const intensity = intensityWord(Number(draft.intensity));

  /** "Running" typed as one's own activity is the built-in running, so filters and history agree. */
  function withKnownActivity(current: SessionDraft): SessionDraft {
    if (current.activity !== OTHER_ACTIVITY) return current;
    const typed = foldForSearch(current.customActivity.trim());
    const known = ACTIVITIES.find(
      (activity) => foldForSearch(activityLabel(t, activity)) === typed || activity === typed,
    );
    return known === undefined ? current : { ...current, activity: known };
  }

  async function copyLastTime(): Promise<void> {
    const previous = await lastSessionOf(db, chosenActivity, editing?.id);
    if (previous === undefined) {
      setCopyNotice(t('journal.sessionForm.sameAsLastNone'));
      return;
    }
    // The database read took a moment; anything typed meanwhile stays.
    replaceDraft((current) => copyFromSession(previous, current));
    setCopyNotice(
      t('journal.sessionForm.sameAsLastDone', {
        date: formatSessionOption(
          { instant: previous.startedAt, utcOffsetMinutes: previous.utcOffsetMinutes },
          formattingLocale(),
        ),
      }),
    );
  }

  return (
    <form
      ref={formRef}
      className="entry-form"
      aria-label={editing === undefined ? t('journal.sessionForm.titleNew') : t('journal.sessionForm.titleEdit')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit(async (current) => {
          const input = sessionInputFromDraft(withKnownActivity(current));
          const saved =
            editing === undefined
              ? await repository.addSession(input)
              : await repository.updateSession(editing.id, input);
          onSaved(saved, editing === undefined);
        });
      }}
    >
      <div className="form-columns">
        <div className="form-column">
          <Field
            id="session-activity"
            label={t('journal.sessionForm.activity')}
            errorKey={draft.activity === OTHER_ACTIVITY ? undefined : errors.activity}
          >
            {(control) => (
              <select
                {...control}
                data-autofocus
                value={draft.activity}
                onChange={(event) => update('activity', event.target.value)}
              >
                <option value="">{t('journal.sessionForm.chooseActivity')}</option>
                {own.length > 0 && (
                  <optgroup label={t('journal.sessionForm.yourActivities')}>
                    {own.map((activity) => (
                      <option key={`own-${activity}`} value={activity}>
                        {activityLabel(t, activity)}
                      </option>
                    ))}
                  </optgroup>
                )}
                <optgroup label={t('journal.sessionForm.allActivities')}>
                  {ACTIVITIES.filter((activity) => !own.includes(activity)).map((activity) => (
                    <option key={activity} value={activity}>
                      {t(`vocabulary.activity.${activity}`)}
                    </option>
                  ))}
                  <option value={OTHER_ACTIVITY}>{t('journal.sessionForm.otherActivity')}</option>
                </optgroup>
              </select>
            )}
          </Field>
          {draft.activity === OTHER_ACTIVITY && (
            <Field
              id="session-custom-activity"
              label={t('journal.sessionForm.customActivity')}
              hint={t('journal.sessionForm.customActivityHint')}
              errorKey={errors.activity}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  value={draft.customActivity}
                  onChange={(event) => update('customActivity', event.target.value)}
                />
              )}
            </Field>
          )}
          <div className="field-row">
            <Field id="session-duration" label={t('journal.sessionForm.duration')} errorKey={errors.durationMinutes}>
              {(control) => (
                <NumberInput
                  control={control}
                  value={draft.durationMinutes}
                  onChange={(text) => update('durationMinutes', text)}
                  min={1}
                  max={DURATION_MAX_MINUTES}
                />
              )}
            </Field>
            <Field
              id="session-intensity"
              label={t('journal.sessionForm.intensity')}
              hint={
                intensity === null
                  ? t('journal.sessionForm.intensityHint')
                  : `${draft.intensity} · ${t(`scales.intensity.${intensity}`)}`
              }
              errorKey={errors.intensity}
            >
              {(control) => (
                <NumberInput
                  control={control}
                  value={draft.intensity}
                  onChange={(text) => update('intensity', text)}
                  min={RPE_MIN}
                  max={RPE_MAX}
                />
              )}
            </Field>
          </div>
          {/* After duration and intensity, so the keyboard path from activity to saving stays short. */}
          <div className="form-actions">
            <button
              type="button"
              className="button button-small"
              disabled={chosenActivity === ''}
              onClick={() => void copyLastTime()}
            >
              {t('journal.sessionForm.sameAsLast')}
            </button>
            <p className="form-status" role="status">
              {copyNotice}
            </p>
          </div>
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
          <Field
            id="session-notes"
            label={t('journal.sessionForm.notes')}
            hint={t('journal.sessionForm.notesHint')}
            errorKey={errors.notes}
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={draft.notes}
                onChange={(event) => update('notes', event.target.value)}
              />
            )}
          </Field>
        </div>
        <fieldset className="form-column factors">
          <legend>{t('journal.sessionForm.factors')}</legend>
          <p className="field-hint">{t('journal.sessionForm.factorsHint')}</p>
          {YES_NO_FACTORS.map((factor) => (
            <YesNoToggle
              key={factor}
              label={t(`journal.factor.${factor}`)}
              value={draft.yesNo[factor]}
              yesLabel={t('journal.yes')}
              noLabel={t('journal.no')}
              onChange={(value) => update('yesNo', { ...draft.yesNo, [factor]: value })}
            />
          ))}
          <div className="amounts">
            {(Object.keys(AMOUNT_FACTORS) as AmountFactor[]).map((factor) => (
              <Field
                key={factor}
                id={`session-${factor}`}
                label={t(`journal.factor.${factor}`)}
                errorKey={errors[`factors.${factor}`]}
              >
                {(control) => (
                  <NumberInput
                    control={control}
                    value={draft.amounts[factor]}
                    onChange={(text) => update('amounts', { ...draft.amounts, [factor]: text })}
                    min={0}
                    max={AMOUNT_FACTORS[factor]}
                  />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('journal.cancel')}
        </button>
        <SaveRow label={t('journal.sessionForm.save')} status={status} formError={errors.form} />
      </div>
    </form>
  );
}
