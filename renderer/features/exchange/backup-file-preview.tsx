import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupTableName } from '../../../shared/backup-format';
import type { BackupPreview, BackupTablePreview } from '../../../shared/backup-preview';
import { formattingLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import type { BackupApplyMode } from '../backups/backup-service';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { countOf, formatCount, formatDate, rowErrorText } from './backup-file-messages';
import './file-preview.css';
import { PreviewCounts } from './preview-counts';

/** The tables in the order the preview lists them. */
const TABLES = ['sessions', 'symptoms', 'settings', 'articles'] as const satisfies readonly BackupTableName[];

/** The columns of the comparison, in order; `invalid` only when the file has row errors. */
const COUNT_COLUMNS = [
  'rows',
  'invalid',
  'new',
  'identical',
  'differing',
  'newerInFile',
  'inJournal',
] as const satisfies readonly (keyof BackupTablePreview)[];

interface BackupFilePreviewProps {
  readonly fileName: string;
  readonly preview: BackupPreview;
  /** False when the file has row errors: the preview shows them and nothing can be applied. */
  readonly applicable: boolean;
  /** The change under way, if any. */
  readonly applying: BackupApplyMode | null;
  /** Why the last replace or merge failed, in plain words. */
  readonly failure: string | null;
  readonly onApply: (mode: BackupApplyMode) => Promise<void>;
  readonly onClose: () => void;
}

/** What a backup file holds and what replacing or merging it would do: a dry run, nothing written. */
export function BackupFilePreview(props: BackupFilePreviewProps) {
  const { fileName, preview, applicable, applying, failure, onApply, onClose } = props;
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const unknown = t('backupFile.preview.unknown');
  const { meta, tables, entries } = preview;
  const columns = COUNT_COLUMNS.filter((column) => column !== 'invalid' || preview.errorCount > 0);
  const journalEmpty = tables.sessions.inJournal + tables.symptoms.inJournal + tables.articles.inJournal === 0;
  const fileCounts = {
    fileWorkouts: countOf(t, 'workouts', tables.sessions.rows),
    fileSymptoms: countOf(t, 'symptoms', tables.symptoms.rows),
  };
  // When nothing can be applied, why comes first in each button's description.
  const describedBy = (hint: string) => (applicable ? hint : `backup-apply-blocked ${hint}`);

  async function replace(): Promise<void> {
    await onApply('replace');
    setConfirming(false);
  }

  return (
    <section className="file-preview backup-file-preview" aria-labelledby="backup-preview-title">
      <h4 id="backup-preview-title">{t('backupFile.preview.title', { file: fileName })}</h4>
      <dl className="file-facts">
        <dt>{t('backupFile.preview.made')}</dt>
        <dd>{meta.createdAt === null ? unknown : formatInstant(meta.createdAt, formattingLocale())}</dd>
        <dt>{t('backupFile.preview.reason')}</dt>
        <dd>{meta.reason === null ? unknown : t(`backup.reason.${meta.reason}`)}</dd>
        <dt>{t('backupFile.preview.appVersion')}</dt>
        <dd>{meta.appVersion ?? unknown}</dd>
        <dt>{t('backupFile.preview.protection')}</dt>
        <dd>{preview.encrypted ? t('backupFile.preview.protectedYes') : t('backupFile.preview.protectedNo')}</dd>
        <dt>{t('backupFile.preview.entries')}</dt>
        <dd>
          {entries === null
            ? t('backupFile.preview.noEntries')
            : t('backupFile.preview.entriesRange', {
                first: formatDate(entries.first),
                last: formatDate(entries.last),
              })}
        </dd>
      </dl>

      <PreviewCounts
        caption={t('backupFile.preview.tableTitle')}
        kindHeader={t('backupFile.preview.column.kind')}
        columns={columns.map((key) => ({ key, label: t(`backupFile.preview.column.${key}`) }))}
        rows={TABLES.map((table) => ({
          key: table,
          label: t(`backupFile.preview.table.${table}`),
          counts: tables[table],
        }))}
      />
      <p className="field-hint">{t('backupFile.preview.newerNote')}</p>
      <p className="field-hint">{t('backupFile.preview.settingsNote')}</p>

      {preview.errorCount > 0 && (
        <>
          <h5 id="backup-rows-title">{t('backupFile.rows.title')}</h5>
          {preview.errorCount > preview.errors.length && (
            <p className="field-hint">
              {t('backupFile.rows.more', {
                shown: formatCount(preview.errors.length),
                count: formatCount(preview.errorCount),
              })}
            </p>
          )}
          {/* Focusable, so a long list can be scrolled from the keyboard. */}
          <div className="numbers-scroll" role="region" aria-labelledby="backup-rows-title" tabIndex={0}>
            <table className="numbers file-problems">
              <thead>
                <tr>
                  <th scope="col">{t('backupFile.rows.column.kind')}</th>
                  <th scope="col">{t('backupFile.rows.column.row')}</th>
                  <th scope="col">{t('backupFile.rows.column.field')}</th>
                  <th scope="col">{t('backupFile.rows.column.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.map((error, index) => (
                  <tr key={`${error.table ?? ''}-${error.index ?? ''}-${error.path}-${index}`}>
                    <th scope="row">
                      {error.table === null ? t('backupFile.rows.file') : t(`backupFile.preview.table.${error.table}`)}
                    </th>
                    <td>{error.index === null ? t('backupFile.rows.none') : formatCount(error.index + 1)}</td>
                    <td>{error.path === '' ? t('backupFile.rows.wholeRow') : <code>{error.path}</code>}</td>
                    <td>{rowErrorText(t, error)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {!applicable && (
        <p id="backup-apply-blocked" className="backup-file-blocked">
          {t('backupFile.apply.blocked')}
        </p>
      )}
      <div className="backup-file-choices">
        <div className="backup-file-choice">
          <button
            type="button"
            className="button button-danger"
            disabled={!applicable || applying !== null}
            aria-describedby={describedBy('backup-replace-hint')}
            onClick={() => setConfirming(true)}
          >
            {applying === 'replace' ? t('backupFile.apply.working') : t('backupFile.apply.replace')}
          </button>
          <p id="backup-replace-hint" className="field-hint">
            {t('backupFile.apply.replaceHint')}
          </p>
        </div>
        <div className="backup-file-choice">
          <button
            type="button"
            className="button button-primary"
            disabled={!applicable || applying !== null}
            aria-describedby={describedBy('backup-merge-hint')}
            onClick={() => void onApply('merge')}
          >
            {applying === 'merge' ? t('backupFile.apply.working') : t('backupFile.apply.merge')}
          </button>
          <p id="backup-merge-hint" className="field-hint">
            {t('backupFile.apply.mergeHint')}
          </p>
        </div>
      </div>
      <div className="form-actions">
        <button type="button" className="button" disabled={applying !== null} onClick={onClose}>
          {t('backupFile.apply.close')}
        </button>
      </div>
      <p className={failure === null ? 'form-status' : 'form-status form-status-error'} role="status">
        {failure ?? ''}
      </p>

      <ConfirmDialog
        open={confirming}
        title={t('backupFile.apply.confirm.title')}
        confirmLabel={t('backupFile.apply.confirm.confirm')}
        destructive
        busy={applying === 'replace'}
        onConfirm={() => void replace()}
        onCancel={() => setConfirming(false)}
      >
        {journalEmpty ? (
          <p>{t('backupFile.apply.confirm.bodyEmpty', fileCounts)}</p>
        ) : (
          <div className="backup-file-confirm">
            <p>
              {t('backupFile.apply.confirm.body', {
                journalWorkouts: countOf(t, 'workouts', tables.sessions.inJournal),
                journalSymptoms: countOf(t, 'symptoms', tables.symptoms.inJournal),
                ...fileCounts,
              })}
            </p>
            <p>{t('backupFile.apply.confirm.safety')}</p>
          </div>
        )}
      </ConfirmDialog>
    </section>
  );
}
