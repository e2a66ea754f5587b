import { useTranslation } from 'react-i18next';
import type { BackupPreview, BackupTablePreview } from '../../../shared/backup-preview';
import type { ExportReadSource } from '../../../shared/exchange/export-import';
import { formatDate } from './backup-file-messages';
import { PreviewCounts } from './preview-counts';

/** The tables an export holds, in the order the preview lists them. */
const TABLES = ['sessions', 'symptoms'] as const;

/** The columns of the comparison, in order. */
const COUNT_COLUMNS = [
  'rows',
  'new',
  'identical',
  'differing',
  'newerInFile',
] as const satisfies readonly (keyof BackupTablePreview)[];

const TITLE_ID = 'export-import-preview-title';
const HINT_ID = 'export-import-merge-hint';

interface ExportImportPreviewProps {
  readonly source: ExportReadSource;
  readonly preview: BackupPreview;
  readonly merging: boolean;
  /** Why the last merge failed, in plain words. */
  readonly failure: string | null;
  readonly onMerge: () => void;
  readonly onClose: () => void;
}

/** What an export holds and how it compares with the journal: a dry run, nothing written. */
export function ExportImportPreview({ source, preview, merging, failure, onMerge, onClose }: ExportImportPreviewProps) {
  const { t } = useTranslation();
  const { tables, entries } = preview;
  const changes = TABLES.reduce((sum, table) => sum + tables[table].new + tables[table].newerInFile, 0);
  const journalEmpty = tables.sessions.inJournal + tables.symptoms.inJournal + tables.articles.inJournal === 0;

  return (
    <section className="file-preview export-import-preview" aria-labelledby={TITLE_ID}>
      <h3 id={TITLE_ID}>{t('exportImport.preview.title')}</h3>
      <dl className="file-facts">
        <dt>{t('exportImport.preview.format')}</dt>
        <dd>{source.format === 'csv' ? t('exportImport.preview.csv') : t('exportImport.preview.fhir')}</dd>
        {source.format === 'csv' ? (
          <>
            <dt>{t('exportImport.preview.workoutsFile')}</dt>
            <dd>{source.sessionsFile}</dd>
            <dt>{t('exportImport.preview.symptomsFile')}</dt>
            <dd>{source.symptomsFile}</dd>
          </>
        ) : (
          <>
            <dt>{t('exportImport.preview.file')}</dt>
            <dd>{source.file}</dd>
          </>
        )}
        {entries !== null && (
          <>
            <dt>{t('exportImport.preview.entries')}</dt>
            <dd>
              {t('exportImport.preview.entriesRange', {
                first: formatDate(entries.first),
                last: formatDate(entries.last),
              })}
            </dd>
          </>
        )}
      </dl>

      <PreviewCounts
        caption={t('exportImport.preview.tableTitle')}
        kindHeader={t('exportImport.preview.column.kind')}
        columns={COUNT_COLUMNS.map((key) => ({ key, label: t(`exportImport.preview.column.${key}`) }))}
        rows={TABLES.map((table) => ({
          key: table,
          label: t(`exportImport.preview.table.${table}`),
          counts: tables[table],
        }))}
      />
      <p className="field-hint">{t('exportImport.preview.newerNote')}</p>
      {changes === 0 && <p className="export-import-note">{t('exportImport.preview.allThere')}</p>}

      <p id={HINT_ID} className="field-hint">
        {t('exportImport.merge.hint')}
        {changes > 0 && !journalEmpty ? ` ${t('exportImport.merge.safety')}` : ''}
      </p>
      <div className="export-import-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={merging}
          aria-describedby={HINT_ID}
          onClick={onMerge}
        >
          {merging ? t('exportImport.merge.working') : t('exportImport.merge.button')}
        </button>
        <button type="button" className="button" disabled={merging} onClick={onClose}>
          {t('exportImport.merge.close')}
        </button>
      </div>
      <p className={failure === null ? 'form-status' : 'form-status form-status-error'} role="status">
        {failure ?? ''}
      </p>
    </section>
  );
}
