import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileStatus, type FileNotice } from './use-file-action';
import { personTimeZone, readWorkoutFile, type ReadWorkoutFile, type WorkoutFileProblem } from './workout-import-file';
import { WorkoutImportPreview } from './workout-import-preview';

function problemText(t: TFunction, problem: WorkoutFileProblem): string {
  switch (problem.code) {
    case 'missing-column':
      return t('workoutImport.problem.missing-column', { column: problem.column });
    case 'failed':
      return t('workoutImport.problem.failed', { reason: problem.reason });
    default:
      return t(`workoutImport.problem.${problem.code}`);
  }
}

const FILE_ID = 'workout-import-file';

/**
 * Workouts from Strava's or Garmin Connect's CSV export: the file is read and shown as a preview,
 * and nothing is written until the person imports what it shows.
 */
export function WorkoutImportPanel() {
  const { t } = useTranslation();
  const [timeZone] = useState(personTimeZone);
  const [shown, setShown] = useState<{ readonly attempt: number; readonly file: ReadWorkoutFile } | null>(null);
  const [problem, setProblem] = useState<WorkoutFileProblem | null>(null);
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const input = useRef<HTMLInputElement>(null);
  // Counts files chosen, so a slow read of an earlier file can't replace a later one.
  const attempts = useRef(0);

  async function choose(file: File | undefined): Promise<void> {
    attempts.current += 1;
    const attempt = attempts.current;
    setShown(null);
    setProblem(null);
    setNotice(file === undefined ? null : { kind: 'ok', text: t('workoutImport.reading') });
    if (file === undefined) return;
    const read = await readWorkoutFile(file, timeZone);
    if (attempt !== attempts.current) return;
    if (read.ok) {
      setShown({ attempt, file: read.file });
      setNotice({ kind: 'ok', text: t('workoutImport.read', { file: file.name }) });
    } else {
      setProblem(read.problem);
      setNotice(null);
    }
  }

  /** Back to choosing a file, with the outcome beside it; the same file can be chosen again. */
  function finish(text: string): void {
    attempts.current += 1;
    setShown(null);
    setNotice({ kind: 'ok', text });
    if (input.current !== null) {
      input.current.value = '';
      input.current.focus();
    }
  }

  const describedBy = problem === null ? `${FILE_ID}-hint` : `${FILE_ID}-hint ${FILE_ID}-error`;

  return (
    <section className="card workout-import" aria-labelledby="workout-import-title">
      <h2 id="workout-import-title">{t('workoutImport.title')}</h2>
      <p className="muted">{t('workoutImport.intro')}</p>
      <div className={problem === null ? 'field' : 'field field-invalid'}>
        <label htmlFor={FILE_ID}>{t('workoutImport.file')}</label>
        <input
          ref={input}
          id={FILE_ID}
          type="file"
          accept=".csv,text/csv"
          aria-invalid={problem !== null}
          aria-describedby={describedBy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <p id={`${FILE_ID}-hint`} className="field-hint">
          {t('workoutImport.fileHint')}
        </p>
        {problem !== null && (
          <p id={`${FILE_ID}-error`} className="field-error" role="alert">
            {problemText(t, problem)}
          </p>
        )}
      </div>
      <FileStatus notice={notice} />
      {shown !== null && (
        <WorkoutImportPreview
          key={shown.attempt}
          file={shown.file}
          timeZone={timeZone}
          onImported={(count) => finish(t('workoutImport.done', { count }))}
          onCancel={() => finish(t('workoutImport.cancelled'))}
        />
      )}
    </section>
  );
}
