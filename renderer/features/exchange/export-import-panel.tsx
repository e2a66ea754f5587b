import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileInfo } from '../../../shared/backup-files';
import type { BackupPreview } from '../../../shared/backup-preview';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import type { ExportFileProblem, ExportReadSource } from '../../../shared/exchange/export-import';
import type { JournalCsvProblem } from '../../../shared/exchange/journal-csv';
import { useServices } from '../../app-services';
import type { JournalMergeResult } from '../../db/repository';
import { formatCount } from './backup-file-messages';
import { readChosenExport } from './export-import-file';
import { csvProblemText, exportProblemText, fileList } from './export-import-messages';
import { ExportImportPreview } from './export-import-preview';
import type { FileNotice } from './use-file-action';
import './export-import.css';
import './file-preview.css';

/** How many unreadable CSV lines are listed; all of them are counted. */
const MAX_LISTED_LINES = 100;

type Stage =
  | { readonly kind: 'choose' }
  | {
      readonly kind: 'problems';
      readonly problems: readonly ExportFileProblem[];
      readonly csvProblems: readonly JournalCsvProblem[];
    }
  | {
      readonly kind: 'preview';
      readonly attempt: number;
      readonly source: ExportReadSource;
      readonly entries: { readonly sessions: readonly ExerciseSession[]; readonly symptoms: readonly SymptomEntry[] };
      readonly preview: BackupPreview;
    };

const FILE_ID = 'export-import-file';
const STATUS_ID = 'export-import-status';
const LINES_TITLE_ID = 'export-import-lines-title';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function outcomeText(
  t: TFunction,
  result: { readonly merged: JournalMergeResult; readonly safetyBackup: BackupFileInfo | null },
): string {
  const tables = [result.merged.sessions, result.merged.symptoms];
  const total = (field: 'added' | 'updated' | 'unchanged' | 'keptJournal') =>
    tables.reduce((sum, table) => sum + table[field], 0);
  const added = total('added');
  const updated = total('updated');
  const kept = total('keptJournal');
  const parts = [
    t('exportImport.merge.done', {
      added: formatCount(added),
      updated: formatCount(updated),
      unchanged: formatCount(total('unchanged')),
    }),
  ];
  if (kept > 0) parts.push(t('exportImport.merge.keptYours', { count: kept, formatted: formatCount(kept) }));
  // No backup is taken when the merge changes nothing; that needs no word.
  if (result.safetyBackup !== null) parts.push(t('exportImport.merge.safetyTaken'));
  else if (added + updated > 0) parts.push(t('exportImport.merge.noSafety'));
  return parts.join(' ');
}

/**
 * Bringing one of the journal's own exports back in: both CSV files, or the FHIR Bundle. The files
 * are read and compared with the journal (a dry run), and the journal changes only when the person
 * merges what the preview shows. An export is not the whole journal, so it is never a replace.
 */
export function ExportImportPanel() {
  const { t } = useTranslation();
  const { backups } = useServices();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [reading, setReading] = useState(false);
  /** The outcome of the last merge, or why the files could not be read at all. */
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const [merging, setMerging] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Bumped when a preview closes, so focus goes back to the file input once the preview has gone.
  const [finished, setFinished] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  // Counts choices, so a slow read of earlier files can't replace later ones.
  const attempts = useRef(0);

  useEffect(() => {
    if (finished > 0) fileInput.current?.focus();
  }, [finished]);

  async function choose(files: readonly File[]): Promise<void> {
    attempts.current += 1;
    const attempt = attempts.current;
    setStage({ kind: 'choose' });
    setNotice(null);
    setFailure(null);
    if (files.length === 0) return;
    setReading(true);
    try {
      const read = await readChosenExport(files);
      if (attempt !== attempts.current) return;
      if (!read.ok) {
        setStage({ kind: 'problems', problems: read.problems, csvProblems: read.csvProblems });
        return;
      }
      const entries = { sessions: read.sessions, symptoms: read.symptoms };
      const preview = await backups.previewEntries(entries);
      if (attempt !== attempts.current) return;
      setStage({ kind: 'preview', attempt, source: read.source, entries, preview });
    } catch (error) {
      if (attempt !== attempts.current) return;
      setNotice({ kind: 'error', text: t('exportImport.failed', { reason: reasonOf(error) }) });
    } finally {
      if (attempt === attempts.current) setReading(false);
    }
  }

  /** Back to choosing files, with the outcome beside the input; the same files can be chosen again. */
  function finish(text: string): void {
    attempts.current += 1;
    setStage({ kind: 'choose' });
    setFailure(null);
    setNotice({ kind: 'ok', text });
    if (fileInput.current !== null) fileInput.current.value = '';
    setFinished((count) => count + 1);
  }

  async function merge(): Promise<void> {
    if (stage.kind !== 'preview') return;
    setMerging(true);
    setFailure(null);
    try {
      finish(outcomeText(t, await backups.mergeEntries(stage.entries)));
    } catch (error) {
      setFailure(t('exportImport.merge.failed', { reason: reasonOf(error) }));
    } finally {
      setMerging(false);
    }
  }

  const hasProblems = stage.kind === 'problems' || notice?.kind === 'error';
  const csvProblems = stage.kind === 'problems' ? stage.csvProblems : [];
  const listed = csvProblems.slice(0, MAX_LISTED_LINES);

  let status: readonly string[] = [];
  if (reading) status = [t('exportImport.reading')];
  else if (stage.kind === 'problems') {
    status = [
      ...stage.problems.map((problem) => exportProblemText(t, problem)),
      ...(csvProblems.length > 0
        ? [t('exportImport.rows.summary', { count: csvProblems.length, formatted: formatCount(csvProblems.length) })]
        : [t('exportImport.unchanged')]),
    ];
  } else if (stage.kind === 'preview') {
    const { source } = stage;
    const names = source.format === 'csv' ? [source.sessionsFile, source.symptomsFile] : [source.file];
    status = [t('exportImport.read', { files: fileList(names) })];
  } else if (notice !== null) status = [notice.text];

  return (
    <section className="card export-import" aria-labelledby="export-import-title">
      <h2 id="export-import-title">{t('exportImport.title')}</h2>
      <p className="muted">{t('exportImport.intro')}</p>
      <div className={hasProblems ? 'field field-invalid' : 'field'}>
        <label htmlFor={FILE_ID}>{t('exportImport.file')}</label>
        <input
          ref={fileInput}
          id={FILE_ID}
          type="file"
          multiple
          accept=".csv,.json,text/csv,application/json,application/fhir+json"
          disabled={merging}
          aria-invalid={hasProblems}
          aria-describedby={`${FILE_ID}-hint ${STATUS_ID}`}
          onChange={(event) => void choose(Array.from(event.target.files ?? []))}
        />
        <p id={`${FILE_ID}-hint`} className="field-hint">
          {t('exportImport.fileHint')}
        </p>
      </div>
      <div
        id={STATUS_ID}
        className={
          hasProblems ? 'export-import-status form-status form-status-error' : 'export-import-status form-status'
        }
        role="status"
      >
        {status.map((text, index) => (
          <p key={index}>{text}</p>
        ))}
      </div>

      {listed.length > 0 && (
        <div className="export-import-lines">
          <h3 id={LINES_TITLE_ID}>{t('exportImport.rows.title')}</h3>
          <p className="field-hint">{t('exportImport.rows.intro')}</p>
          {csvProblems.length > listed.length && (
            <p className="field-hint">
              {t('exportImport.rows.more', {
                shown: formatCount(listed.length),
                count: formatCount(csvProblems.length),
              })}
            </p>
          )}
          {/* Focusable, so a long list can be scrolled from the keyboard. */}
          <div className="numbers-scroll" role="region" aria-labelledby={LINES_TITLE_ID} tabIndex={0}>
            <table className="numbers file-problems">
              <thead>
                <tr>
                  <th scope="col">{t('exportImport.rows.column.file')}</th>
                  <th scope="col">{t('exportImport.rows.column.line')}</th>
                  <th scope="col">{t('exportImport.rows.column.column')}</th>
                  <th scope="col">{t('exportImport.rows.column.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {listed.map((problem, index) => (
                  <tr key={`${problem.file}-${problem.line}-${index}`}>
                    <th scope="row">{t(`exportImport.rows.file.${problem.file}`)}</th>
                    <td>{formatCount(problem.line)}</td>
                    <td>
                      {problem.column === undefined ? t('exportImport.rows.wholeLine') : <code>{problem.column}</code>}
                    </td>
                    <td>{csvProblemText(t, problem)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}

      {stage.kind === 'preview' && (
        <ExportImportPreview
          key={stage.attempt}
          source={stage.source}
          preview={stage.preview}
          merging={merging}
          failure={failure}
          onMerge={() => void merge()}
          onClose={() => finish(t('exportImport.merge.closed'))}
        />
      )}
    </section>
  );
}
