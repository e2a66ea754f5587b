import { useLiveQuery } from 'dexie-react-hooks';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITIES, isKnownActivity } from '../../../shared/domain/vocabulary';
import {
  activityForWorkout,
  planWorkoutImport,
  type SkippedWorkout,
  type WorkoutImportPlan,
  typesToMap,
  type TypeRow,
} from '../../../shared/exchange/workout-import-plan';
import { useServices } from '../../app-services';
import { ValidationError } from '../../db/repository';
import { formattingLocale, translateKey } from '../../i18n';
import { activityLabel } from '../journal/labels';
import { readWorkoutImportContext } from './workout-import-context';
import type { ReadWorkoutFile } from './workout-import-file';

/** The reasons a workout is left out, in the order the summary lists them. */
const SKIP_ORDER = [
  'already-in-journal',
  'repeated-in-file',
  'needs-activity',
  'in-future',
  'invalid-session',
] as const satisfies readonly SkippedWorkout['code'][];

interface ProblemRow {
  readonly line: number;
  readonly reason: string;
  readonly column: string;
}

/** Rows that were not read, and workouts that would break a journal rule, by line. */
function problemRows(t: TFunction, file: ReadWorkoutFile, plan: WorkoutImportPlan): ProblemRow[] {
  const unreadable = file.rowProblems.map((problem) => ({
    line: problem.line,
    reason: t(`workoutImport.rows.problem.${problem.code}`),
    column:
      problem.column ??
      (problem.code === 'malformed-row' ? t('workoutImport.rows.wholeRow') : t('workoutImport.rows.noColumn')),
  }));
  const invalid = plan.skipped.flatMap((skipped) =>
    skipped.code === 'invalid-session'
      ? [
          {
            line: skipped.workout.line,
            reason: translateKey(Object.values(skipped.fieldErrors)[0] ?? 'validation.invalid'),
            column: t('workoutImport.rows.noColumn'),
          },
        ]
      : [],
  );
  return [...unreadable, ...invalid].sort((a, b) => a.line - b.line);
}

function errorText(error: unknown): string {
  if (error instanceof ValidationError) {
    return translateKey(Object.values(error.fieldErrors)[0] ?? 'validation.invalid');
  }
  return error instanceof Error ? error.message : String(error);
}

interface ActivitySelectProps {
  readonly id: string;
  readonly row: TypeRow;
  readonly value: string;
  readonly own: readonly string[];
  readonly onChange: (value: string) => void;
}

/** The journal's activities for one type: the person's own first, as in the workout form. */
function ActivitySelect({ id, row, value, own, onChange }: ActivitySelectProps) {
  const { t } = useTranslation();
  // A remembered activity of the person's own that is no longer in the journal is still offered.
  const yours = value !== '' && !isKnownActivity(value) && !own.includes(value) ? [value, ...own] : own;
  const keepName = !isKnownActivity(row.externalType) && !yours.includes(row.externalType);
  const hintId = `${id}-hint`;
  return (
    <>
      <select
        id={id}
        value={value}
        {...(value === '' ? { 'aria-describedby': hintId } : {})}
        onChange={(event) => onChange(event.target.value)}
      >
        {value === '' && <option value="">{t('workoutImport.mapping.choose')}</option>}
        {yours.length > 0 && (
          <optgroup label={t('journal.sessionForm.yourActivities')}>
            {yours.map((activity) => (
              <option key={`own-${activity}`} value={activity}>
                {activityLabel(t, activity)}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('journal.sessionForm.allActivities')}>
          {ACTIVITIES.filter((activity) => !yours.includes(activity)).map((activity) => (
            <option key={activity} value={activity}>
              {t(`vocabulary.activity.${activity}`)}
            </option>
          ))}
          {keepName && (
            <option value={row.externalType}>{t('workoutImport.mapping.keepName', { name: row.externalType })}</option>
          )}
        </optgroup>
      </select>
      {value === '' && (
        <p id={hintId} className="field-hint">
          {t('workoutImport.mapping.needsChoice')}
        </p>
      )}
    </>
  );
}

interface WorkoutImportPreviewProps {
  readonly file: ReadWorkoutFile;
  readonly timeZone: string;
  readonly onImported: (count: number) => void;
  readonly onCancel: () => void;
}

/**
 * What importing a file would do, before anything is written: what is added, what is left out and
 * why, the activity each type of workout becomes. The plan follows every change of an activity.
 */
export function WorkoutImportPreview({ file, timeZone, onImported, onCancel }: WorkoutImportPreviewProps) {
  const { t } = useTranslation();
  const { db, repository } = useServices();
  const context = useLiveQuery(() => readWorkoutImportContext(db, file.workouts), [db, file]);
  /** Activities chosen in this preview, by mapping key; they win over remembered ones. */
  const [choices, setChoices] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const mapping = useMemo(() => ({ ...context?.saved, ...choices }), [context?.saved, choices]);
  const plan = useMemo(
    () => (context === undefined ? null : planWorkoutImport(file.workouts, mapping, context.existing, new Date())),
    [file, mapping, context],
  );

  if (context === undefined || plan === null) {
    return <p className="muted">{t('workoutImport.reading')}</p>;
  }

  const types = typesToMap(plan, context.saved);
  const problems = problemRows(t, file, plan);
  const numbers = new Intl.NumberFormat(formattingLocale());
  const skippedCount = (code: SkippedWorkout['code']) => plan.skipped.filter((skipped) => skipped.code === code).length;

  async function importPlanned(): Promise<void> {
    if (plan === null) return;
    const sessions = plan.add.map((planned) => planned.session);
    setBusy(true);
    setFailure(null);
    try {
      await repository.addImportedSessions(sessions, Object.keys(choices).length > 0 ? mapping : null);
      onImported(sessions.length);
    } catch (error) {
      setFailure(t('workoutImport.failed', { reason: errorText(error) }));
      setBusy(false);
    }
  }

  return (
    <section className="workout-import-preview" aria-labelledby="workout-import-preview-title">
      <h3 id="workout-import-preview-title">{t('workoutImport.preview.title')}</h3>
      <p>
        {t('workoutImport.preview.recognised', {
          file: file.fileName,
          service: t(`workoutImport.service.${file.format}`),
        })}
        {file.format === 'garmin' && ` ${t('workoutImport.preview.localTimes', { zone: timeZone })}`}
      </p>
      <ul className="workout-import-summary">
        <li className="workout-import-total">
          {plan.add.length === 0
            ? t('workoutImport.preview.nothingToAdd')
            : t('workoutImport.preview.toAdd', { count: plan.add.length })}
        </li>
        {SKIP_ORDER.map((code) => {
          const count = skippedCount(code);
          return count === 0 ? null : <li key={code}>{t(`workoutImport.preview.skipped.${code}`, { count })}</li>;
        })}
        {file.rowProblems.length > 0 && (
          <li>{t('workoutImport.preview.unreadable', { count: new Set(file.rowProblems.map((p) => p.line)).size })}</li>
        )}
      </ul>

      {types.length > 0 && (
        <>
          <h4 id="workout-import-types-title">{t('workoutImport.mapping.title')}</h4>
          <p className="muted">{t('workoutImport.mapping.intro')}</p>
          <table className="numbers workout-import-types" aria-labelledby="workout-import-types-title">
            <thead>
              <tr>
                <th scope="col">{t('workoutImport.mapping.type')}</th>
                <th scope="col">{t('workoutImport.mapping.workouts')}</th>
                <th scope="col">{t('workoutImport.mapping.activity')}</th>
              </tr>
            </thead>
            <tbody>
              {types.map((row, index) => {
                const id = `workout-import-type-${index}`;
                return (
                  <tr key={row.key}>
                    <th scope="row">
                      <label htmlFor={id}>{row.externalType}</label>
                    </th>
                    <td>{numbers.format(row.workouts)}</td>
                    <td>
                      <ActivitySelect
                        id={id}
                        row={row}
                        value={activityForWorkout(row, mapping) ?? ''}
                        own={context.own}
                        onChange={(value) => setChoices((current) => ({ ...current, [row.key]: value }))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}

      {problems.length > 0 && (
        <>
          <h4 id="workout-import-rows-title">{t('workoutImport.rows.title')}</h4>
          {/* Focusable, so the rows can be scrolled from the keyboard. */}
          <div className="numbers-scroll" role="region" aria-labelledby="workout-import-rows-title" tabIndex={0}>
            <table className="numbers workout-import-rows">
              <thead>
                <tr>
                  <th scope="col">{t('workoutImport.rows.line')}</th>
                  <th scope="col">{t('workoutImport.rows.reason')}</th>
                  <th scope="col">{t('workoutImport.rows.column')}</th>
                </tr>
              </thead>
              <tbody>
                {problems.map((problem, index) => (
                  <tr key={`${problem.line}-${index}`}>
                    <th scope="row">{problem.line}</th>
                    <td>{problem.reason}</td>
                    <td>{problem.column}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {failure !== null && (
        <p className="form-status form-status-error" role="alert">
          {failure}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy || plan.add.length === 0}
          onClick={() => void importPlanned()}
        >
          {busy ? t('workoutImport.preview.importing') : t('workoutImport.preview.import', { count: plan.add.length })}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
