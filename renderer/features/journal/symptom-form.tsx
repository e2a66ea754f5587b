import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { stampFromLocalInput } from '../../../shared/domain/local-time';
import {
  defaultLinkedSessionId,
  emptySymptomDraft,
  symptomDraftFromRecord,
  symptomInputFromDraft,
  type OnsetChoice,
} from '../../../shared/domain/drafts';
import { foldForSearch } from '../../../shared/domain/journal-filter';
import { guidanceQueryFor } from '../../../shared/guidance/ranking';
import { readTriageInput, triage } from '../../../shared/guidance/triage';
import type { SymptomEntry } from '../../../shared/domain/records';
import { severityWord } from '../../../shared/domain/scales';
import { RELIEFS, SENSATIONS, SEVERITY_MAX, SEVERITY_MIN, WARNING_SIGNS } from '../../../shared/domain/vocabulary';
import { useServices } from '../../app-services';
import { BodyMap } from '../../components/body-map/body-map';
import { ChipCheckboxes } from '../../components/chip-checkboxes';
import { Field } from '../../components/field';
import { NumberInput } from '../../components/number-input';
import { YesNoToggle } from '../../components/yes-no-toggle';
import { recentSessions, recentSymptoms } from '../../db/queries';
import { useIdleQuery } from '../../db/use-idle-query';
import { LinkedGuidance } from '../guidance/linked-guidance';
import { TriageAlert } from '../guidance/triage-alert';
import { formattingLocale, translateKey } from '../../i18n';
import { formatSessionOption } from '../../i18n/format';
import { SaveRow } from './form-status';
import { activityLabel, sensationLabel } from './labels';
import { useEntryForm } from './use-entry-form';

const LINKABLE_SESSIONS = 30;
const ONSET_CHOICES: readonly Exclude<OnsetChoice, ''>[] = [
  'during',
  'right-after',
  'minutes-after',
  'hours-after',
  'next-day',
  'at-rest',
];

interface SymptomFormProps {
  /** The symptom being edited, or undefined for a new one. */
  readonly editing?: SymptomEntry | undefined;
  readonly onSaved: (symptom: SymptomEntry, isNew: boolean) => void;
  readonly onCancel: () => void;
}

export function SymptomForm({ editing, onSaved, onCancel }: SymptomFormProps) {
  const { t } = useTranslation();
  const { db, repository } = useServices();
  const whereId = useId();
  const recent = useLiveQuery(() => recentSessions(db, LINKABLE_SESSIONS), [db]) ?? [];
  // An edited symptom may be linked to a workout older than the recent ones: offer it too.
  const linkedEarlier = useLiveQuery(
    async () => (editing?.sessionId ? await db.sessions.get(editing.sessionId) : undefined),
    [db, editing?.sessionId],
  );
  const sessions =
    linkedEarlier === undefined || recent.some((session) => session.id === linkedEarlier.id)
      ? recent
      : [...recent, linkedEarlier];
  const { formRef, draft, update, errors, status, submit } = useEntryForm(() =>
    editing === undefined ? emptySymptomDraft(new Date()) : symptomDraftFromRecord(editing),
  );
  const [sensationText, setSensationText] = useState('');
  // The default workout is the latest one before the time the person says they felt it.
  const feltAt = stampFromLocalInput(draft.notedAt);
  const defaultSessionId =
    editing === undefined
      ? defaultLinkedSessionId(sessions, feltAt === null ? new Date() : new Date(feltAt.instant))
      : '';
  // History runs up to the entry itself: an older entry being edited is judged by the weeks before it.
  const historyUntil = editing?.notedAt ?? null;
  const history =
    useIdleQuery(
      () => recentSymptoms(db, historyUntil === null ? new Date() : new Date(historyUntil)),
      [db, historyUntil],
    ) ?? [];
  // Read again at every keystroke, so a warning sign raises the alert before anything is saved.
  const typed = symptomInputFromDraft(draft, defaultSessionId);
  const triageResult = triage(readTriageInput({ ...typed, id: editing?.id }), history, new Date());
  const linkedSession = sessions.find((session) => session.id === typed['sessionId']);
  // Open at first when the entry already has warning signs; afterwards the person opens and closes it.
  const [warningSignsOpen] = useState(() => draft.warningSigns.length > 0);
  const severity = severityWord(Number(draft.severity));
  const customSensations = draft.sensations.filter(
    (sensation) => !(SENSATIONS as readonly string[]).includes(sensation),
  );

  /** What was typed in the sensation box: a known sensation it names, or the person's own words. */
  function typedSensation(): string | null {
    const typed = sensationText.trim();
    if (typed === '') return null;
    const folded = foldForSearch(typed);
    return SENSATIONS.find((sensation) => foldForSearch(sensationLabel(t, sensation)).startsWith(folded)) ?? typed;
  }

  function withTypedSensation(sensations: readonly string[]): string[] {
    const typed = typedSensation();
    return typed === null || sensations.includes(typed) ? [...sensations] : [...sensations, typed];
  }

  /** Enter in the sensation box adds what was typed instead of saving the form. */
  function addTypedSensation(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter' || typedSensation() === null) return;
    event.preventDefault();
    update('sensations', withTypedSensation(draft.sensations));
    setSensationText('');
  }

  return (
    <form
      ref={formRef}
      className="entry-form"
      aria-label={editing === undefined ? t('journal.symptomForm.titleNew') : t('journal.symptomForm.titleEdit')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        // Words left in the sensation box count, even without pressing Enter.
        void submit(async (current) => {
          const input = symptomInputFromDraft(
            { ...current, sensations: withTypedSensation(current.sensations) },
            defaultSessionId,
          );
          const saved =
            editing === undefined
              ? await repository.addSymptom(input)
              : await repository.updateSymptom(editing.id, input);
          onSaved(saved, editing === undefined);
        });
      }}
    >
      <TriageAlert result={triageResult} linksToArticles={false} />
      <div className="form-columns">
        <div className="form-column">
          <div className={errors.sensations === undefined ? 'field' : 'field field-invalid'}>
            <ChipCheckboxes
              legend={t('journal.symptomForm.sensations')}
              options={[
                ...SENSATIONS.map((sensation) => ({ value: sensation as string, label: sensationLabel(t, sensation) })),
                ...customSensations.map((sensation) => ({ value: sensation, label: sensation })),
              ]}
              selected={draft.sensations}
              onChange={(selected) => update('sensations', selected)}
            />
            <label htmlFor="symptom-add-sensation">{t('journal.symptomForm.addSensation')}</label>
            <input
              id="symptom-add-sensation"
              data-autofocus
              type="text"
              autoComplete="off"
              list="symptom-sensation-options"
              value={sensationText}
              aria-invalid={errors.sensations !== undefined}
              aria-describedby={
                errors.sensations === undefined
                  ? 'symptom-add-sensation-hint'
                  : 'symptom-add-sensation-hint symptom-add-sensation-error'
              }
              onChange={(event) => setSensationText(event.target.value)}
              onKeyDown={addTypedSensation}
            />
            <datalist id="symptom-sensation-options">
              {SENSATIONS.map((sensation) => (
                <option key={sensation} value={sensationLabel(t, sensation)} />
              ))}
            </datalist>
            <p id="symptom-add-sensation-hint" className="field-hint">
              {t('journal.symptomForm.addSensationHint')}
            </p>
            {errors.sensations !== undefined && (
              <p id="symptom-add-sensation-error" className="field-error">
                {translateKey(errors.sensations)}
              </p>
            )}
          </div>
          <div className={errors.locations === undefined ? 'field' : 'field field-invalid'}>
            <h3 id={whereId} className="field-heading">
              {t('journal.symptomForm.where')}
            </h3>
            <BodyMap
              value={draft.locations}
              onChange={(locations) => update('locations', locations)}
              labelledBy={whereId}
              {...(errors.locations === undefined ? {} : { describedBy: 'symptom-locations-error' })}
            />
            {errors.locations !== undefined && (
              <p id="symptom-locations-error" className="field-error">
                {translateKey(errors.locations)}
              </p>
            )}
          </div>
        </div>
        <div className="form-column">
          <div className="field-row">
            <Field
              id="symptom-severity"
              label={t('journal.symptomForm.severity')}
              hint={
                severity === null || draft.severity.trim() === ''
                  ? t('journal.symptomForm.severityHint')
                  : `${draft.severity} · ${t(`scales.severity.${severity}`)}`
              }
              errorKey={errors.severity}
            >
              {(control) => (
                <NumberInput
                  control={control}
                  value={draft.severity}
                  onChange={(text) => update('severity', text)}
                  min={SEVERITY_MIN}
                  max={SEVERITY_MAX}
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
          <div className="field-row">
            <Field id="symptom-onset" label={t('journal.symptomForm.onset')} errorKey={errors.onset}>
              {(control) => (
                <select
                  {...control}
                  value={draft.onset}
                  onChange={(event) => update('onset', event.target.value as OnsetChoice)}
                >
                  <option value="">{t('journal.onset.notSaid')}</option>
                  {ONSET_CHOICES.map((choice) => (
                    <option key={choice} value={choice}>
                      {t(`journal.onset.${choice}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {(draft.onset === 'minutes-after' || draft.onset === 'hours-after') && (
              <Field
                id="symptom-onset-amount"
                label={
                  draft.onset === 'minutes-after'
                    ? t('journal.symptomForm.onsetAmountMinutes')
                    : t('journal.symptomForm.onsetAmountHours')
                }
                errorKey={errors['onset.afterMinutes']}
              >
                {(control) => (
                  <NumberInput
                    control={control}
                    value={draft.onsetAmount}
                    onChange={(text) => update('onsetAmount', text)}
                    min={1}
                  />
                )}
              </Field>
            )}
          </div>
          <div className="field-row field-row-action">
            <Field id="symptom-duration" label={t('journal.symptomForm.duration')} errorKey={errors.durationMinutes}>
              {(control) => (
                <NumberInput
                  control={control}
                  value={draft.ongoing ? '' : draft.durationMinutes}
                  onChange={(text) => update('durationMinutes', text)}
                  min={1}
                  disabled={draft.ongoing}
                />
              )}
            </Field>
            <label className="choice">
              <input
                type="checkbox"
                checked={draft.ongoing}
                onChange={(event) => update('ongoing', event.target.checked)}
              />
              {t('journal.symptomForm.ongoing')}
            </label>
          </div>
          <YesNoToggle
            label={t('journal.symptomForm.worse')}
            value={draft.worseWithActivity}
            yesLabel={t('journal.yes')}
            noLabel={t('journal.no')}
            onChange={(value) => update('worseWithActivity', value)}
          />
          <details className="disclosure" open={warningSignsOpen}>
            <summary>{t('journal.symptomForm.warningSigns')}</summary>
            <ChipCheckboxes
              legend={t('journal.symptomForm.warningSigns')}
              hint={t('journal.symptomForm.warningSignsHint')}
              options={WARNING_SIGNS.map((sign) => ({ value: sign, label: t(`vocabulary.warningSign.${sign}`) }))}
              selected={draft.warningSigns}
              onChange={(selected) => update('warningSigns', selected)}
            />
          </details>
          <ChipCheckboxes
            legend={t('journal.symptomForm.helped')}
            options={RELIEFS.map((relief) => ({ value: relief, label: t(`vocabulary.relief.${relief}`) }))}
            selected={draft.helped}
            onChange={(selected) => update('helped', selected)}
          />
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
        </div>
      </div>
      <LinkedGuidance
        query={guidanceQueryFor(
          { sensations: draft.sensations, locations: draft.locations, warningSigns: draft.warningSigns },
          linkedSession,
        )}
        linksToArticles={false}
      />

      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('journal.cancel')}
        </button>
        <SaveRow label={t('journal.symptomForm.save')} status={status} formError={errors.form} />
      </div>
    </form>
  );
}
