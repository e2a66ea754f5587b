import { PASSPHRASE_MIN_LENGTH } from '../../../shared/backup-crypto';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app-services';
import { Field } from '../../components/field';
import { BackupExportError, NothingToBackUpError } from '../backups/backup-service';
import { exportProblemText } from './backup-file-messages';
import { FileStatus, useFileAction } from './use-file-action';

interface PassphraseErrors {
  readonly passphrase?: string;
  readonly repeat?: string;
}

const PASSPHRASE_ID = 'backup-export-passphrase';
const REPEAT_ID = 'backup-export-repeat';

/** The whole journal saved as one file, encrypted when the person chooses a passphrase. */
export function BackupFileExport() {
  const { t } = useTranslation();
  const { backups, bridge } = useServices();
  const { busy, notice, run, setNotice } = useFileAction();
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<PassphraseErrors>({});
  const passphraseInput = useRef<HTMLInputElement>(null);
  const repeatInput = useRef<HTMLInputElement>(null);

  function passphraseErrors(): PassphraseErrors {
    if (!protect) return {};
    if (passphrase === '') return { passphrase: 'backupFile.export.passphraseEmpty' };
    if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) return { passphrase: 'backupFile.export.passphraseShort' };
    if (repeat === '') return { repeat: 'backupFile.export.repeatEmpty' };
    if (passphrase !== repeat) return { repeat: 'backupFile.export.passphraseMismatch' };
    return {};
  }

  function save(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const found = passphraseErrors();
    setErrors(found);
    if (found.passphrase !== undefined || found.repeat !== undefined) setNotice(null);
    if (found.passphrase !== undefined) {
      passphraseInput.current?.focus();
      return;
    }
    if (found.repeat !== undefined) {
      repeatInput.current?.select();
      repeatInput.current?.focus();
      return;
    }
    void run(async () => {
      try {
        const backup = await backups.exportBackup(protect ? { passphrase } : {});
        const result = await bridge.saveFile({
          suggestedName: backup.suggestedName,
          contents: backup.contents,
          filter: {
            name: backup.encrypted ? t('backupFile.export.fileTypeEncrypted') : t('backupFile.export.fileType'),
            extensions: [backup.extension],
          },
        });
        if (result.status === 'cancelled') return { kind: 'ok', text: t('backupFile.export.cancelled') };
        // The passphrase has done its work; it isn't kept on screen a moment longer than needed.
        setPassphrase('');
        setRepeat('');
        return {
          kind: 'ok',
          text: backup.encrypted
            ? t('backupFile.export.savedEncrypted', { file: result.location })
            : t('backupFile.export.saved', { file: result.location }),
        };
      } catch (error) {
        if (error instanceof NothingToBackUpError) return { kind: 'ok', text: t('backupFile.export.empty') };
        if (error instanceof BackupExportError) return { kind: 'error', text: exportProblemText(t, error.problem) };
        return {
          kind: 'error',
          text: t('backupFile.export.failed', { reason: error instanceof Error ? error.message : String(error) }),
        };
      }
    });
  }

  return (
    <form className="backup-file-part" aria-labelledby="backup-export-title" noValidate onSubmit={save}>
      <h3 id="backup-export-title">{t('backupFile.export.title')}</h3>
      <label className="choice">
        <input
          type="checkbox"
          checked={protect}
          aria-describedby="backup-export-protect-hint"
          onChange={(event) => {
            setProtect(event.target.checked);
            setErrors({});
          }}
        />
        {t('backupFile.export.protect')}
      </label>
      <p id="backup-export-protect-hint" className="field-hint backup-file-indent">
        {t('backupFile.export.protectHint')}
      </p>
      {protect && (
        <div className="backup-file-passphrase">
          <p className="backup-file-warning" id="backup-export-warning">
            {t('backupFile.export.warning')}
          </p>
          <div className="field-row">
            <Field id={PASSPHRASE_ID} label={t('backupFile.export.passphrase')} errorKey={errors.passphrase}>
              {(control) => (
                <input
                  {...control}
                  aria-describedby={[control['aria-describedby'], 'backup-export-warning'].filter(Boolean).join(' ')}
                  ref={passphraseInput}
                  type="password"
                  autoComplete="new-password"
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                />
              )}
            </Field>
            <Field id={REPEAT_ID} label={t('backupFile.export.repeat')} errorKey={errors.repeat}>
              {(control) => (
                <input
                  {...control}
                  ref={repeatInput}
                  type="password"
                  autoComplete="new-password"
                  value={repeat}
                  onChange={(event) => setRepeat(event.target.value)}
                />
              )}
            </Field>
          </div>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('backupFile.export.saving') : t('backupFile.export.save')}
        </button>
      </div>
      <FileStatus notice={notice} />
    </form>
  );
}
