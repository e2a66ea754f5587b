import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_BACKUP_FILE_BYTES, type BackupOpenResult, type BackupPreview } from '../../../shared/backup-preview';
import { useServices } from '../../app-services';
import { BackupRestoreError, type BackupApplyMode, type BackupApplyResult } from '../backups/backup-service';
import { countOf, formatCount, openProblemText } from './backup-file-messages';
import { BackupFilePreview } from './backup-file-preview';
import type { FileNotice } from './use-file-action';

/** A file the person chose, kept as its bytes so the same bytes are previewed and applied. */
interface ChosenFile {
  readonly attempt: number;
  readonly name: string;
  readonly content: Uint8Array;
}

type Stage =
  | { readonly kind: 'choose' }
  | { readonly kind: 'passphrase'; readonly file: ChosenFile }
  | {
      readonly kind: 'preview';
      readonly file: ChosenFile;
      readonly passphrase: string | undefined;
      readonly preview: BackupPreview;
      /** False when the file has row errors: it is shown, never applied. */
      readonly applicable: boolean;
    };

const FILE_ID = 'backup-open-file';
const STATUS_ID = 'backup-open-status';
const PASSPHRASE_ID = 'backup-open-passphrase';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function outcomeText(t: TFunction, result: BackupApplyResult): string {
  const safety = result.safetyBackup === null ? t('backupFile.apply.noSafety') : t('backupFile.apply.safetyTaken');
  if (result.mode === 'replace') {
    const { sessions, symptoms } = result.preview.tables;
    const replaced = t('backupFile.apply.replaced', {
      workouts: countOf(t, 'workouts', sessions.rows),
      symptoms: countOf(t, 'symptoms', symptoms.rows),
    });
    return `${replaced} ${safety}`;
  }
  const tables = Object.values(result.merged);
  const total = (field: 'added' | 'updated' | 'unchanged' | 'keptJournal') =>
    tables.reduce((sum, table) => sum + table[field], 0);
  const merged = t('backupFile.apply.merged', {
    added: formatCount(total('added')),
    updated: formatCount(total('updated')),
    unchanged: formatCount(total('unchanged')),
  });
  const kept = total('keptJournal');
  const keptText =
    kept === 0 ? '' : ` ${t('backupFile.apply.keptYours', { count: kept, formatted: formatCount(kept) })}`;
  return `${merged}${keptText} ${safety}`;
}

/**
 * Opening a backup file: it is read and compared with the journal (a dry run), and the journal
 * changes only when the person replaces or merges what the preview shows.
 */
export function BackupFileOpen() {
  const { t } = useTranslation();
  const { backups } = useServices();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const [fileInvalid, setFileInvalid] = useState(false);
  const [reading, setReading] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [passphraseError, setPassphraseError] = useState<string | null>(null);
  const [applying, setApplying] = useState<BackupApplyMode | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Bumped when a preview closes, so focus goes back to the file input once the preview has gone.
  const [finished, setFinished] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  // Counts files chosen, so a slow read of an earlier file can't replace a later one.
  const attempts = useRef(0);

  useEffect(() => {
    if (finished > 0) fileInput.current?.focus();
  }, [finished]);

  function show(opened: BackupOpenResult, file: ChosenFile, withPassphrase: string | undefined): void {
    if (opened.ok || opened.problem === 'invalid-rows') {
      setStage({ kind: 'preview', file, passphrase: withPassphrase, preview: opened.preview, applicable: opened.ok });
      setFileInvalid(!opened.ok);
      setNotice(
        opened.ok
          ? { kind: 'ok', text: t('backupFile.open.read', { file: file.name }) }
          : { kind: 'error', text: openProblemText(t, opened.problem) },
      );
    } else if (opened.problem === 'passphrase-required') {
      setStage({ kind: 'passphrase', file });
      setNotice({ kind: 'ok', text: t('backupFile.open.protected', { file: file.name }) });
    } else if (
      withPassphrase !== undefined &&
      (opened.problem === 'wrong-passphrase' || opened.problem === 'encrypted-data-damaged')
    ) {
      setPassphraseError(openProblemText(t, opened.problem));
      passphraseInput.current?.focus();
      passphraseInput.current?.select();
    } else {
      setStage({ kind: 'choose' });
      setFileInvalid(true);
      setNotice({ kind: 'error', text: openProblemText(t, opened.problem) });
    }
  }

  async function choose(file: File | undefined): Promise<void> {
    attempts.current += 1;
    const attempt = attempts.current;
    setStage({ kind: 'choose' });
    setPassphrase('');
    setPassphraseError(null);
    setFailure(null);
    setFileInvalid(false);
    setNotice(null);
    setReading(false);
    if (file === undefined) return;
    // Checked before a byte is read: a file this large would only hold the app up.
    if (file.size > MAX_BACKUP_FILE_BYTES) {
      setFileInvalid(true);
      setNotice({ kind: 'error', text: openProblemText(t, 'too-large') });
      return;
    }
    setReading(true);
    setNotice({ kind: 'ok', text: t('backupFile.open.reading') });
    try {
      const content = new Uint8Array(await file.arrayBuffer());
      if (attempt !== attempts.current) return;
      const opened = await backups.previewBackupFile(content);
      if (attempt !== attempts.current) return;
      show(opened, { attempt, name: file.name, content }, undefined);
    } catch (error) {
      if (attempt !== attempts.current) return;
      setFileInvalid(true);
      setNotice({ kind: 'error', text: t('backupFile.open.failed', { reason: reasonOf(error) }) });
    } finally {
      if (attempt === attempts.current) setReading(false);
    }
  }

  async function unlock(event: FormEvent<HTMLFormElement>, file: ChosenFile): Promise<void> {
    event.preventDefault();
    if (passphrase === '') {
      setPassphraseError(t('backupFile.open.passphraseEmpty'));
      passphraseInput.current?.focus();
      return;
    }
    setReading(true);
    setPassphraseError(null);
    try {
      const opened = await backups.previewBackupFile(file.content, { passphrase });
      if (file.attempt !== attempts.current) return;
      show(opened, file, passphrase);
    } catch (error) {
      if (file.attempt !== attempts.current) return;
      setPassphraseError(t('backupFile.open.failed', { reason: reasonOf(error) }));
    } finally {
      if (file.attempt === attempts.current) setReading(false);
    }
  }

  /** Back to choosing a file, with the outcome beside it; the same file can be chosen again. */
  function finish(text: string): void {
    attempts.current += 1;
    setStage({ kind: 'choose' });
    setPassphrase('');
    setFailure(null);
    setFileInvalid(false);
    setNotice({ kind: 'ok', text });
    if (fileInput.current !== null) fileInput.current.value = '';
    setFinished((count) => count + 1);
  }

  async function apply(mode: BackupApplyMode): Promise<void> {
    if (stage.kind !== 'preview') return;
    const { file } = stage;
    setApplying(mode);
    setFailure(null);
    try {
      const result = await backups.applyBackupFile(
        file.content,
        stage.passphrase === undefined ? { mode } : { mode, passphrase: stage.passphrase },
      );
      finish(outcomeText(t, result));
    } catch (error) {
      const reason = error instanceof BackupRestoreError ? openProblemText(t, error.problem) : reasonOf(error);
      setFailure(t('backupFile.apply.failed', { reason }));
    } finally {
      setApplying(null);
    }
  }

  const fileDescribedBy = notice === null ? `${FILE_ID}-hint` : `${FILE_ID}-hint ${STATUS_ID}`;

  return (
    <div className="backup-file-part" role="group" aria-labelledby="backup-open-title">
      <h3 id="backup-open-title">{t('backupFile.open.title')}</h3>
      <p className="muted">{t('backupFile.open.intro')}</p>
      <div className={fileInvalid ? 'field field-invalid' : 'field'}>
        <label htmlFor={FILE_ID}>{t('backupFile.open.file')}</label>
        <input
          ref={fileInput}
          id={FILE_ID}
          type="file"
          accept=".json,.enc"
          disabled={applying !== null}
          aria-invalid={fileInvalid}
          aria-describedby={fileDescribedBy}
          onChange={(event) => void choose(event.target.files?.[0])}
        />
        <p id={`${FILE_ID}-hint`} className="field-hint">
          {t('backupFile.open.fileHint')}
        </p>
      </div>
      <p
        id={STATUS_ID}
        className={notice?.kind === 'error' ? 'form-status form-status-error' : 'form-status'}
        role="status"
      >
        {notice?.text ?? ''}
      </p>

      {stage.kind === 'passphrase' && (
        <form className="backup-file-unlock" noValidate onSubmit={(event) => void unlock(event, stage.file)}>
          <div className={passphraseError === null ? 'field' : 'field field-invalid'}>
            <label htmlFor={PASSPHRASE_ID}>{t('backupFile.open.passphrase')}</label>
            <div className="backup-file-unlock-row">
              <input
                ref={passphraseInput}
                id={PASSPHRASE_ID}
                type="password"
                autoComplete="current-password"
                value={passphrase}
                aria-invalid={passphraseError !== null}
                aria-describedby={
                  passphraseError === null ? `${PASSPHRASE_ID}-hint` : `${PASSPHRASE_ID}-hint ${PASSPHRASE_ID}-error`
                }
                onChange={(event) => setPassphrase(event.target.value)}
              />
              <button type="submit" className="button button-primary" disabled={reading}>
                {reading ? t('backupFile.open.opening') : t('backupFile.open.submit')}
              </button>
            </div>
            <p id={`${PASSPHRASE_ID}-hint`} className="field-hint">
              {t('backupFile.open.passphraseHint')}
            </p>
            <p id={`${PASSPHRASE_ID}-error`} className="field-error" role="status">
              {passphraseError ?? ''}
            </p>
          </div>
        </form>
      )}

      {stage.kind === 'preview' && (
        <BackupFilePreview
          key={stage.file.attempt}
          fileName={stage.file.name}
          preview={stage.preview}
          applicable={stage.applicable}
          applying={applying}
          failure={failure}
          onApply={apply}
          onClose={() => finish(t('backupFile.apply.closed'))}
        />
      )}
    </div>
  );
}
